// A fenced code block (``` or ~~~, with or without an info string) in a markdown treaty is no part of
// the treaty: a drafter quotes an article, a command or a note in one. Nothing inside it is read —
// no article, paragraph or item, no reference, no definition, no check, no suppression comment — and
// the treaty around it reads as it does without it. A fence never closed runs to the end in markdown:
// here it is said so (`syntax.unclosed-fence`) and the text after it is read as the treaty.
import { test } from 'node:test';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../support/fixture';
import { DocumentSymbol } from 'vscode-languageserver-types';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { referencesOf } from '../../server/src/model/references';
import { splitLines } from '../../server/src/syntax/lines';
import { languageOf } from '../../server/src/syntax/foreign';
import { parseTreaty } from '../../server/src/syntax/parser';
import { reparse } from '../../server/src/syntax/reparse';
import { textContext } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { foldingRanges } from '../../server/src/features/foldingRanges';

const TREATY = `# 中华人民共和国政府和甲国政府经济合作协定

中华人民共和国政府和甲国政府（以下简称“双方”），达成协议如下：

## 第一条

双方在平等互利的基础上开展经济合作。

{FENCE}

## 第二条

本协定自签字之日起生效，有效期五年。

本协定于2001年7月16日在北京签订，一式两份，每份均用中文和甲文写成，两种文本同等作准。
`;

/** A drafter's note quoting, in a fence, an article of an earlier draft: a ninth article, a reference to it, a term defined, a suppression comment. */
const QUOTED = '起草说明：上一稿此处为：\n\n```text\n<!-- treaty-disable-file -->\n## 第九条\n\n依照本协定第十二条，“主管机关”是指双方指定的机关。\n```';

const codes = (text: string) => diagnostics(textContext(text)).map((d) => d.code);

test('a fenced code block holds no article, reference or definition of the treaty', () => {
  const plain = buildTreaty(TREATY.replace('{FENCE}', '起草说明：上一稿此处为另一条。'));
  const fenced = buildTreaty(TREATY.replace('{FENCE}', QUOTED));
  assert.deepEqual(fenced.articles.map((a) => a.name), ['第一条', '第二条']);
  assert.deepEqual(fenced.definitions.map((d) => d.term), plain.definitions.map((d) => d.term));
  // `本协定第十二条` inside the fence is no reference (this agreement has two articles).
  assert.ok(!referencesOf(fenced).some((r) => fenced.text.slice(r.start, r.end).includes('十二')));
  assert.equal(fenced.signing?.place, '北京');
});

test('a fenced code block raises no check, and a suppression comment inside it silences none', () => {
  // The same note outside a fence: article 9 is out of order and 第十二条 missing.
  const bare = TREATY.replace('{FENCE}', QUOTED.replace(/```text\n|\n```/g, '').replace('<!-- treaty-disable-file -->\n', ''));
  assert.ok(codes(bare).includes('ref.no-such-article'));
  const fenced = TREATY.replace('{FENCE}', QUOTED);
  assert.deepEqual(codes(fenced), []);
  // A term defined and never used outside the fence is still reported: the fence's `treaty-disable-file` is shown code, not a comment.
  const unused = fenced.replace('（以下简称“双方”）', '（以下简称“缔约方”）');
  assert.ok(codes(unused).includes('term.unused'), codes(unused).join());
});

test('a tilde fence, a longer closing fence and a fence inside a fence', () => {
  const kinds = (s: string) => splitLines(s).map((l) => l.kind);
  assert.deepEqual(kinds('~~~\n第一条\n~~~~\n第二条\n'), ['code', 'code', 'code', 'article']);
  // A backtick fence with an info string holding a backtick is text; ``` inside ~~~ is code.
  assert.deepEqual(kinds('``` a`b\n~~~\n```\n第一条\n~~~\n'), ['text', 'code', 'code', 'code', 'code']);
  // An info string closes nothing: the block runs to the bare fence.
  assert.deepEqual(kinds('```md\n第一条\n```md\n第二条\n```\n第三条\n'), ['code', 'code', 'code', 'code', 'code', 'article']);
});

test('a fence never closed is diagnosed, and the treaty after it is read', () => {
  const text = TREATY.replace('{FENCE}', '```text\n起草说明：上一稿此处为另一条。');
  const t = buildTreaty(text);
  assert.deepEqual(t.articles.map((a) => a.name), ['第一条', '第二条']);
  assert.ok(t.signing?.date);
  const ds = diagnostics(textContext(text));
  assert.deepEqual(ds.map((d) => [d.code, d.range.start.line]), [['syntax.unclosed-fence', 8]]);
});

test('the outline shows nothing for a fence', () => {
  const all = (ss: DocumentSymbol[]): string[] => ss.flatMap((s) => [s.name, ...all(s.children ?? [])]);
  const names = all(documentSymbols(textContext(TREATY.replace('{FENCE}', QUOTED))));
  assert.ok(names.includes('第二条'), names.join());
  assert.ok(!names.some((n) => n.includes('第九条')), names.join());
});

test('folding ranges fold a code block, its fences with it', () => {
  const text = TREATY.replace('{FENCE}', QUOTED);
  const open = text.split('\n').indexOf('```text');
  const ranges = foldingRanges(textContext(text));
  assert.ok(ranges.some((r) => r.startLine === open && r.endLine === open + 5), JSON.stringify(ranges));
});

test('an edit that opens, closes or types inside a fence re-parses as a full parse does', () => {
  const text = TREATY.replace('{FENCE}', QUOTED);
  const at = text.indexOf('平等互利');
  const tree = parseTreaty(text);
  const strip = (t: ReturnType<typeof parseTreaty>) => JSON.stringify(t.lines.map((l) => [l.kind, l.start, l.end]));
  for (const [start, end, insert] of [
    [at, at, '\n```\n'], // a fence opened inside an article: the fence below now closes it
    [text.indexOf('```text'), text.indexOf('```text') + 7, ''], // the opening fence deleted
    [text.indexOf('依照本协定'), text.indexOf('依照本协定'), '第三条'], // typing inside the fence
  ] as const) {
    const edited = text.slice(0, start) + insert + text.slice(end);
    assert.equal(strip(reparse(tree, [{ start, end, text: insert }])), strip(parseTreaty(edited)));
  }
});

/** What a reader sees, without offsets (the fence moves every offset after it). */
function reading(text: string): unknown {
  const t = buildTreaty(text);
  return {
    title: t.title?.text,
    kind: t.kind,
    articles: t.articles.map((a) => [a.name, a.caption, a.paragraphs.map((p) => [p.num, p.items.length])]),
    signing: t.signing && { place: t.signing.place, copies: t.signing.copies, languages: t.signing.languages },
    definitions: t.definitions.map((d) => [d.term, d.meaning]),
    references: referencesOf(t).map((r) => [r.kind, t.text.slice(r.start, r.end)]),
    diagnostics: diagnostics(textContext(text)).map((d) => [d.code, d.message]),
  };
}

/** Words ending inside a range, then the line break (and blank lines) before a label: `…第二至` / `第五條…`. */
const RANGE_ABOVE = /第[一二三四五六七八九十百零〇0-9]{1,8}[条條款项項章节節]?至[ \t\u3000]*\n[ \t\u3000\n]*$/;

test('property: a code block quoting another treaty, before the first article and at the end, changes nothing a reader sees (every seed, real, unseen, multilingual, law, draft and amendment fixture)', () => {
  const quote = fs.readFileSync(path.join(ROOT, 'test/fixtures/seeds/000_c6ff318dd0620b0f.md'), 'utf8');
  const fence = `\n\n~~~markdown\n${quote}\n~~~\n\n`;
  let checked = 0;
  for (const folder of ['seeds', 'real', 'unseen', 'multilingual', 'laws', 'drafts', 'amendments']) {
    const dir = path.join(ROOT, 'test/fixtures', folder);
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort()) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      // (The first article's heading may be indented, as a page indents it: `  第一条   一般义务`. A label continuing a range the line
      // written above ends inside is no heading — `附八:關於…條約第二至` / `第五條延期實行之換文`, a title, lines.ts endsInRange —
      // nor is one after it: no code block is put between the range's halves.)
      const heading = /^[ \t\u3000]*(?:#+ *)?第[一二三四五六七八九十百0-9]+[条條]/m.exec(text);
      const first = heading && !RANGE_ABOVE.test(text.slice(0, heading.index)) ? heading.index : -1;
      for (const fenced of [text + fence, ...(first > 0 ? [text.slice(0, first) + fence.trimStart() + text.slice(first)] : [])]) {
        assert.deepEqual(reading(fenced), reading(text), `${folder}/${file}`);
      }
      checked++;
    }
  }
  assert.ok(checked > 150, String(checked));
});

test('the language of a text is not read in its code blocks; a text opening with a fence is read', () => {
  const english = fs.readFileSync(path.join(ROOT, 'test/fixtures/multilingual/world_heritage_1972.en.md'), 'utf8');
  assert.equal(languageOf(english), 'en');
  assert.equal(languageOf(`\`\`\`\n${'中华人民共和国'.repeat(40)}\n\`\`\`\n${english}`), 'en');
  assert.equal(languageOf('```'), 'zh');
  assert.equal(languageOf('~~~\n第一条'), 'zh');
});
