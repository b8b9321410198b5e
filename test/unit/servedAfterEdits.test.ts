// The served treaties after keystrokes (index/workspace.ts `treaties`, `titles`): an edit of an open document puts
// its new snapshot in its place in the list, and the tables of titles by place (features/resolve.ts `titleTableOf`,
// which bare names such as `刑法第二条` and laws' titles without their state are looked up in) are kept while every
// title stays. After any edits of open laws — a title changed, written as another law's, its state's name changed,
// taken away, the whole text emptied and written again — the list is the one the documents give and every reference
// of the citing text goes where it goes in a fresh workspace of the same texts. The same when laws are opened, closed
// or changed on disk (each puts its new snapshot in its place as a keystroke does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { contextOf } from '../../server/src/features/context';
import { definition } from '../../server/src/features/definition';
import { referencesOf } from '../../server/src/model/references';

const LAW = (title: string, body: string) => `# ${title}\n\n第一条 为了${body}，制定本法。\n\n第二条 ${body}的任务。\n\n第三条 本法自公布之日起施行。\n`;

const DOCS: [string, string][] = [
  ['file:///ws/a.md', LAW('中华人民共和国刑法', '惩罚犯罪')],
  ['file:///ws/b.md', LAW('中华人民共和国刑事诉讼法', '保证刑法的正确实施')],
  ['file:///ws/c.md', LAW('俄罗斯联邦宪法', '确立国家制度')],
  ['file:///ws/d.md', LAW('中华人民共和国宪法', '确立国家制度')],
];
const CITING = 'file:///ws/citing.md';
const CITING_TEXT =
  '# 中华人民共和国某某条例\n\n第一条 依照刑法第二条、刑事诉讼法第一条和《土地管理法》第三条，制定本条例。\n\n' +
  '第二条 依照宪法第一条和俄罗斯联邦宪法第二条，以及《刑法》第三条。\n\n第三条 本条例自公布之日起施行。\n';

/** What an edit writes over a law's title line (or over the whole law). */
const TITLES = ['中华人民共和国刑法', '中华人民共和国刑事诉讼法', '中华人民共和国宪法', '俄罗斯联邦刑法', '俄罗斯联邦宪法', '中华人民共和国土地管理法', '刑法', '关于刑法的说明', ''];

/**
 * A law's title line rewritten, or its whole text emptied or written again — typed if it is open, saved on disk if
 * not; opened in the editor (a whole text sent for an open one: its text again); closed (back to its disk text); a
 * new law saved (`add`: its title).
 */
type Step = { doc: number; title: string } | { doc: number; whole: boolean } | { doc: number; open: true } | { doc: number; close: true } | { add: string };

const doc = fc.nat({ max: DOCS.length - 1 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ doc, title: fc.constantFrom(...TITLES) }),
  fc.record({ doc, whole: fc.boolean() }),
  fc.record({ doc, open: fc.constant(true as const) }),
  fc.record({ doc, close: fc.constant(true as const) }),
  fc.record({ add: fc.constantFrom(...TITLES) }),
);

/** Where each reference of the citing text leads: the URIs, reference by reference. */
function targets(index: WorkspaceIndex, uri: string): string[][] {
  const snapshot = index.get(uri)!;
  return referencesOf(index.model(snapshot)).map((r) => definition(contextOf(index, snapshot), r.start + 1).map((l) => l.targetUri));
}

/** A law's text after a step that writes it (the title line or the whole). */
function written(text: string, original: string, s: Step): { start: number; end: number; text: string } {
  if ('title' in s) {
    const line = text.startsWith('# ') ? text.indexOf('\n') : -1;
    return line < 0 ? { start: 0, end: 0, text: `# ${s.title}\n` } : { start: 2, end: line, text: s.title };
  }
  return { start: 0, end: text.length, text: 'whole' in s && s.whole ? original : '' };
}

function check(steps: Step[]): void {
  const index = new WorkspaceIndex();
  // Each law on disk, the first two open too; the citing text open.
  const disk = new Map<string, string>(DOCS);
  const open = new Map<string, string>();
  const versions = new Map<string, number>();
  for (const [uri, text] of DOCS) index.set(uri, text, 0);
  for (const [uri, text] of [...DOCS.slice(0, 2), [CITING, CITING_TEXT] as [string, string]]) {
    index.set(uri, text, 1, 'markdown');
    open.set(uri, text);
    versions.set(uri, 1);
  }
  void targets(index, CITING);
  /** The index against a fresh workspace of the same texts, each document set (its disk text, then the editor's) in the order it came. */
  const compare = (steps: Step[]) => {
    const fresh = new WorkspaceIndex();
    for (const { uri: u } of index.all()) {
      if (disk.has(u)) fresh.set(u, disk.get(u)!, 0);
      if (open.has(u)) fresh.set(u, open.get(u)!, versions.get(u) ?? 1, 'markdown');
    }
    assert.deepStrictEqual(index.treaties().map((x) => x.uri), fresh.treaties().map((x) => x.uri), 'the served treaties');
    assert.deepStrictEqual(index.treaties(), [...index.all()].filter((x) => index.isServed(x)), 'the snapshots served now');
    assert.deepStrictEqual(targets(index, CITING), targets(fresh, CITING), `after ${JSON.stringify(steps)}`);
  };
  for (const s of steps) {
    if ('add' in s) {
      const uri = `file:///ws/new${disk.size}.md`;
      index.set(uri, LAW(s.add, '规定'), 0);
      disk.set(uri, LAW(s.add, '规定'));
      compare(steps);
      continue;
    }
    const [uri, original] = DOCS[s.doc];
    const version = (versions.get(uri) ?? 0) + 1;
    versions.set(uri, version);
    if ('open' in s) {
      const text = open.get(uri) ?? disk.get(uri)!;
      index.set(uri, text, version, 'markdown');
      open.set(uri, text);
    } else if ('close' in s) {
      index.close(uri);
      open.delete(uri);
    } else if (open.has(uri)) {
      const text = open.get(uri)!;
      const e = written(text, original, s);
      const next = text.slice(0, e.start) + e.text + text.slice(e.end);
      index.update(uri, next, [e], version, 'markdown');
      open.set(uri, next);
    } else {
      const text = disk.get(uri)!;
      const e = written(text, original, s);
      const next = text.slice(0, e.start) + e.text + text.slice(e.end);
      index.set(uri, next, 0);
      disk.set(uri, next);
    }
    compare(steps);
  }
}

test('property: after edits of laws, open or on disk, openings and closings, the served treaties and where bare names lead are those of a fresh workspace', () => {
  fc.assert(fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), check), { numRuns: 150 });
});

test('a law retitled by a keystroke: its bare name leads to it, the old name no longer does', () => {
  check([{ doc: 0, title: '中华人民共和国土地管理法' }, { doc: 1, title: '中华人民共和国刑法' }, { doc: 3, title: '' }, { doc: 3, whole: true }]);
  // And the answers themselves, read: after `a.md` is titled 土地管理法, `刑法第二条` leads to b.md (retitled 刑法).
  const index = new WorkspaceIndex();
  for (const [uri, text] of [...DOCS, [CITING, CITING_TEXT] as [string, string]]) index.set(uri, text, 1, 'markdown');
  const before = targets(index, CITING);
  assert.ok(before.some((t) => t.length === 1 && t[0] === 'file:///ws/a.md'), '刑法第二条 leads to a.md first');
  const a = DOCS[0][1];
  const retitle = (uri: string, text: string, title: string, v: number) => {
    const line = text.indexOf('\n');
    index.update(uri, `# ${title}` + text.slice(line), [{ start: 2, end: line, text: title }], v, 'markdown');
  };
  retitle('file:///ws/a.md', a, '中华人民共和国土地管理法', 2);
  retitle('file:///ws/b.md', DOCS[1][1], '中华人民共和国刑法', 2);
  const after = targets(index, CITING).flat();
  assert.ok(after.includes('file:///ws/b.md'), '刑法第二条 now leads to b.md');
  assert.ok(after.includes('file:///ws/a.md'), '《土地管理法》第三条 now leads to a.md');
});
