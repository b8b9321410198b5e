// A draft citing the instrument its title says it is a draft of (`测试法（草案）` citing 《测试法》) names itself
// (features/resolve.ts `namesOwnInstrument`). The title's draft form is read once a snapshot, not once a citation
// (`draftTitled`, kept on the snapshot): each document's answers are its own, in whatever order the documents are
// resolved. The expected answers were written by reading the texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workspace } from '../support/workspace';
import { contextOf } from '../../server/src/features/context';
import { draftTitleStats, resolve } from '../../server/src/features/resolve';
import { referencesOf } from '../../server/src/model/references';

const SOURCE =
  '%! a.md\n# 测试法（草案）\n\n## 第一条\n\n依照《另一法》、《第三法》和《测试法》办理。\n' +
  '%! b.md\n# 其他法（草案）\n\n## 第一条\n\n依照《其他法》、《另一法》和《第三法》办理。\n';

/** What each citation of the file `name` in `ws` resolves to: `document <file>`, or the answer's kind and the title cited. */
function citationAnswers(ws: ReturnType<typeof workspace>, name: string): string[] {
  const ctx = contextOf(ws.index, ws.snapshot(ws.fx.files.find((f) => f.name === name)!));
  return referencesOf(ctx.treaty).flatMap((r) => {
    if (r.kind !== 'citation') return [];
    const t = resolve(ctx, r);
    return [t?.kind === 'document' ? `document ${t.snapshot.uri.slice(t.snapshot.uri.lastIndexOf('/') + 1)}` : `${t?.kind} ${r.citation.title}`];
  });
}

test('resolve: a draft’s citation of its own instrument names it; the draft title read once a snapshot, each snapshot’s own', () => {
  const ws = workspace(SOURCE);
  const answers = (name: string) => citationAnswers(ws, name);
  const a = ['no-such-document 另一法', 'no-such-document 第三法', 'document a.md'];
  const b = ['document b.md', 'no-such-document 另一法', 'no-such-document 第三法'];
  const before = draftTitleStats.read;
  assert.deepEqual(answers('a.md'), a);
  assert.deepEqual(answers('b.md'), b);
  assert.deepEqual(answers('a.md'), a);
  // Two documents' citations resolved, three citations each, the first's twice: each title read once, not once a citation.
  assert.equal(draftTitleStats.read - before, 2);
});

// A court's notice above the arrangement it publishes, the page titled with the court's name (`最高人民法院关于…的安排`), cites
// the arrangement by the words after its name (`达成《关于…的安排》`, the 2017 evidence arrangement as Wikisource prints it:
// test/fixtures/real/arrangement_hk_evidence_2017_spc_notice_wikisource_hant.md): itself. Another text citing those words,
// or this one citing another 关于… title, names no document the workspace holds; nor do those words in its articles (the
// arrangement it replaces, as `最高人民法院2012年12月20日发布的《关于适用…的解释》…同时废止` in LawRefBook/Laws'
// interpretation of the Criminal Procedure Law of 2021).
const ISSUED =
  '%! notice.md\n# 最高人民法院关于内地与香港特别行政区法院相互委托送达民商事司法文书的安排\n\n' +
  '最高人民法院与香港特别行政区经协商，达成《关于内地与香港特别行政区法院相互委托送达民商事司法文书的安排》，现予公布。' +
  '另见《关于内地与澳门特别行政区法院相互委托送达民商事司法文书的安排》。\n\n## 第一条\n\n本安排自2020年1月1日起施行。' +
  '最高人民法院1999年1月14日发布的《关于内地与香港特别行政区法院相互委托送达民商事司法文书的安排》同时废止。\n' +
  '%! other.md\n# 测试协定\n\n## 第一条\n\n参照《关于内地与香港特别行政区法院相互委托送达民商事司法文书的安排》办理。\n';

test('resolve: a text titled with its issuer’s name, citing itself by the words after the name, names itself; no other', () => {
  const ws = workspace(ISSUED);
  const hk = '关于内地与香港特别行政区法院相互委托送达民商事司法文书的安排';
  assert.deepEqual(citationAnswers(ws, 'notice.md'), ['document notice.md', 'no-such-document 关于内地与澳门特别行政区法院相互委托送达民商事司法文书的安排', `no-such-document ${hk}`]);
  assert.deepEqual(citationAnswers(ws, 'other.md'), [`no-such-document ${hk}`]);
});
