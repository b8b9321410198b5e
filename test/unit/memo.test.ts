// syntax/memo.ts: a cache kept on the object it is computed from. Its semantics are a WeakMap's
// (one answer per cache and object, gone with the object), never shared by a copy of the object,
// never serialized; and — why it is not a WeakMap — what a document's checks cache dies young
// with the document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Memo, withSlot } from '../../server/src/syntax/memo';
import { parse } from '../../server/src/syntax/parser';
import { rowsAreLines, rowsOf } from '../../server/src/syntax/positions';
import { textContext } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';
import { seeds } from '../support/fixture';
import { exposedGc, keptByYoungCollection } from '../support/gc';
import { buildTreaty } from '../../server/src/model/treaty';
import { align } from '../../server/src/features/align';

test('memo: one answer per cache and object; has, delete; another cache over the same object keeps its own', () => {
  const one = new Memo<object, number | undefined>();
  const two = new Memo<object, string>();
  const a = {};
  const b = {};
  one.set(a, 1).set(b, undefined);
  two.set(a, 'x');
  const seen = [one.get(a), one.has(b), one.get(b), two.get(a), two.has(b), one.delete(a), one.has(a), one.delete(a), two.get(a)];
  assert.deepEqual(seen, [1, true, undefined, 'x', false, true, false, false, 'x']);
});

test('memo: a copy of the object (spread, JSON, structured clone, its keys) carries no cache', () => {
  const memo = new Memo<{ name: string }, string>();
  const model = { name: 'a' };
  memo.set(model, 'cached');
  const spread = { ...model };
  const assigned = Object.assign({}, model);
  assert.deepEqual(
    [memo.get(spread), memo.get(assigned), memo.get(structuredClone(model)), JSON.stringify(model), Object.keys(model), Reflect.ownKeys(spread), memo.get(model)],
    [undefined, undefined, undefined, '{"name":"a"}', ['name'], ['name'], 'cached'],
  );
  assert.deepEqual(model, { name: 'a' });
});

test('memo: a frozen object keeps its caches too (held aside), each its own', () => {
  const memo = new Memo<object, number>();
  const a = Object.freeze({});
  const b = Object.freeze({});
  memo.set(a, 1);
  assert.deepEqual([memo.get(a), memo.has(b), memo.set(b, 2).get(b), memo.get(a), memo.delete(a), memo.has(a)], [1, false, 2, 1, true, false]);
});

test('withSlot: the slot made ahead, empty; a cache set later goes in it; a tree\'s lines leave the parser with it, glued or not', () => {
  const memo = new Memo<object, number>();
  const a = withSlot({ name: 'a' });
  const given = Object.getOwnPropertySymbols(a);
  memo.set(a, 1);
  assert.deepEqual([given.length, memo.get(a), Object.getOwnPropertySymbols(a).length, Object.keys(a)], [1, 1, 1, ['name']]);
  // The same slot, whatever the lines: an article heading glued inside a line, or none. (The glued text's
  // physical lines are merged only when asked for; its slot was there before.)
  const plain = parse('中华人民共和国和某国引渡条约\n\n第一条　定义\n\n本条约中：\n\n第二条　适用\n\n本条约适用于双方。\n');
  const glued = parse('中华人民共和国和某国引渡条约\n\n双方议定如下：第一条 本条约所称“请求方”，是指提出请求的一方。第二条 本条约自签署之日起生效。第三条 本条约有效期五年。\n');
  const slots = (lines: readonly unknown[]) => Object.getOwnPropertySymbols(lines).length;
  assert.deepEqual(
    [plain.lines.some((l) => l.glued), glued.lines.some((l) => l.glued), slots(plain.lines), slots(glued.lines), rowsAreLines(plain.lines), rowsAreLines(glued.lines)],
    [false, true, 1, 1, true, false],
  );
  assert.deepEqual([rowsOf(glued.lines).length, slots(glued.lines)], [glued.lines.length - 3, 1]);
});

test("a document's checks die young with it: a young collection keeps next to none of what they cached", () => {
  // The checks cache most of what they compute per model (references, findings, runs, term
  // forms). Kept in a module's WeakMap, all of it outlived the model: V8's young-generation
  // collector keeps an old WeakMap's values, so each model's caches were copied and promoted by
  // the next scavenge (~80 KB of garbage a 12 KB treaty in treaty-check; scavenges twice as long).
  const texts = [...seeds().values()].map((s) => s.text);
  // Each document a new text (a model of its own), as a folder of treaties checked one after another.
  let n = 0;
  const check = (): void => {
    const text = texts[n % texts.length] + `\n<!-- ${n++} -->\n`;
    void diagnostics(textContext(text, `file:///ws/t${n}.md`));
  };
  // (Warm: the first checks compile and allocate their feedback, which lives on.)
  const { kept, allocated } = keptByYoungCollection(check, 30, 50, 'checks');
  assert.ok(kept < allocated * 0.1, `${kept} of ${allocated} bytes allocated by the checks survived a young collection`);
});

test('an alignment lives as long as both its texts: the versions of a text aligned with a counterpart that stays are collected', async () => {
  // Editing one text of an instrument makes a model a keystroke; each is aligned with the
  // counterpart's model, which stays (features/counterparts.ts: the text with the smaller URI is
  // `a`, either may be the one edited). An alignment holds both models: kept with the counterpart
  // once the version is gone, it would keep every version of the edited text alive.
  const gc = exposedGc();
  const text = (n: number): string => `# 甲乙协定\n\n## 第一条\n\n双方合作${n}次。\n\n## 第二条\n\n本协定自签字之日起生效。\n`;
  const stays = buildTreaty(text(0));
  const first: WeakRef<object>[] = [];
  const second: WeakRef<object>[] = [];
  // (In a function of its own: the suspended test would hold its last locals.)
  const versions = (): void => {
    for (let k = 1; k <= 3; k++) {
      const edited = buildTreaty(text(k));
      align(edited, stays);
      first.push(new WeakRef(edited));
      const other = buildTreaty(text(k));
      align(stays, other);
      second.push(new WeakRef(other));
    }
  };
  versions();
  // (A WeakRef keeps its target for the rest of the turn that made it.)
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  assert.deepEqual([first.map((r) => r.deref() === undefined), second.map((r) => r.deref() === undefined)], [[true, true, true], [true, true, true]]);
});
