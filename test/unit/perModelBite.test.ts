// Tests that bite for model/perModel.ts (branch s11treaty): the cache every reader of a model
// goes through (parties, final clauses, references, folded text) computes once per model — an
// undefined answer too — and never hands one model's answer to another, even an equal one (the
// model of an edited document is a new object). Then through a reader: a new version's parties
// are its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { perModel } from '../../server/src/model/perModel';
import { buildTreaty } from '../../server/src/model/treaty';
import { partiesOf } from '../../server/src/model/parties';

test('perModel: one computation per model, an undefined answer remembered too; an equal model is another', () => {
  const calls: string[] = [];
  const read = perModel((m: { name: string }) => {
    calls.push(m.name);
    return m.name === 'none' ? undefined : { of: m.name };
  });
  const a = { name: 'a' };
  const none = { name: 'none' };
  const a2 = { name: 'a' };
  const first = read(a);
  assert.deepEqual([first, read(a) === first, read(none), read(none), read(a2) === first, read(a2), read(a) === first], [{ of: 'a' }, true, undefined, undefined, false, { of: 'a' }, true]);
  assert.deepEqual(calls, ['a', 'none', 'a']);
});

test('perModel: two caches over one model keep their own answers', () => {
  const model = {};
  const one = perModel(() => 1);
  const two = perModel(() => 2);
  assert.deepEqual([one(model), two(model), one(model)], [1, 2, 1]);
});

test('perModel through a reader: the parties of a document and of its edited version, each its own', () => {
  const before = buildTreaty('# 中华人民共和国和蒙古国边境口岸协定\n\n第一条 双方开放口岸。\n');
  const after = buildTreaty('# 中华人民共和国和俄罗斯联邦边境口岸协定\n\n第一条 双方开放口岸。\n');
  assert.deepEqual([partiesOf(before), partiesOf(after), partiesOf(before)], [['中华人民共和国', '蒙古国'], ['中华人民共和国', '俄罗斯联邦'], ['中华人民共和国', '蒙古国']]);
  assert.equal(partiesOf(before), partiesOf(before));
});
