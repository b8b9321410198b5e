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

test('resolve: a draft’s citation of its own instrument names it; the draft title read once a snapshot, each snapshot’s own', () => {
  const ws = workspace(SOURCE);
  const answers = (name: string) => {
    const ctx = contextOf(ws.index, ws.snapshot(ws.fx.files.find((f) => f.name === name)!));
    return referencesOf(ctx.treaty).flatMap((r) => {
      if (r.kind !== 'citation') return [];
      const t = resolve(ctx, r);
      return [t?.kind === 'document' ? `document ${t.snapshot.uri.slice(t.snapshot.uri.lastIndexOf('/') + 1)}` : `${t?.kind} ${r.citation.title}`];
    });
  };
  const a = ['no-such-document 另一法', 'no-such-document 第三法', 'document a.md'];
  const b = ['document b.md', 'no-such-document 另一法', 'no-such-document 第三法'];
  const before = draftTitleStats.read;
  assert.deepEqual(answers('a.md'), a);
  assert.deepEqual(answers('b.md'), b);
  assert.deepEqual(answers('a.md'), a);
  // Two documents' citations resolved, three citations each, the first's twice: each title read once, not once a citation.
  assert.equal(draftTitleStats.read - before, 2);
});
