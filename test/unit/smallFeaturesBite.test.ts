// Tests that bite for the small features with no bite file of their own (issue 12): citedBy,
// codeLens, documentLinks, foldingRanges, inlayHints, selectionRanges, summary, definition and
// encodingNotice. Each case a workspace of treaty texts and the whole answer, every range shown
// as `file line:char-line:char⟦the text there⟧`, so a range one character off fails. Expected
// answers written by reading the texts and the features (docs/mutation.md, “Runs of branch
// mutforeign”).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf } from '../../server/src/features/context';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { LineMap } from '../../server/src/syntax/positions';
import { fixture } from '../support/fixture';
import { citedBy } from '../../server/src/features/citedBy';
import { codeLenses } from '../../server/src/features/codeLens';
import { documentLinks } from '../../server/src/features/documentLinks';
import { foldingRanges } from '../../server/src/features/foldingRanges';
import { inlayHints } from '../../server/src/features/inlayHints';
import { selectionRanges } from '../../server/src/features/selectionRanges';
import { summary } from '../../server/src/features/summary';
import { definition } from '../../server/src/features/definition';
import { encodingNotice } from '../../server/src/features/encodingNotice';
import { getLocale, setLocale } from '../../server/src/features/messages';

type R = { start: { line: number; character: number }; end: { line: number; character: number } };

function setUp(source: string, token = { isCancellationRequested: false }) {
  const f = fixture(source);
  const index = new WorkspaceIndex();
  for (const file of f.files) index.set(file.uri, file.text, 1, 'markdown');
  const texts = new Map(f.files.map((x) => [x.uri, x.text]));
  const place = (uri: string, r: R) => {
    const lines = new LineMap(index.model(index.get(uri)!).tree.lines);
    const text = texts.get(uri)!.slice(lines.offsetAt(r.start), lines.offsetAt(r.end));
    return `${uri.replace('file:///ws/', '')} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}⟦${text}⟧`;
  };
  const ctxOf = (name: string) => contextOf(index, index.get(`file:///ws/${name}`)!, token);
  return { ctx: contextOf(index, index.get(f.main.uri)!, token), ctxOf, offset: f.main.cursor!, place, index, uri: f.main.uri };
}

const pos = (p: { line: number; character: number } | undefined) => (p ? `${p.line}:${p.character}` : 'none');

const T = '中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约';
const CITED = `# ${T}

中华人民共和国和哈萨克斯坦共和国（以下简称“缔约双方”）达成协议如下：

## 第一条

缔约双方发展友好关系。

## 第二条

本条约自签字之日起生效。
`;

const DRAFT = `# 测试议定书

缔约双方根据《${T}》，达成协议如下：

## 第一条

一、本议定书所称“边境”指两国边境地区。

二、依照《${T}》第一条，缔约双方在边境合作。

## 第二条

依照第一条第二款、第一条第三款和第二条，边境居民往来。本条不影响第一条。
`;

const WS = (draft = DRAFT, cited = CITED) => `%! a.md\n${cited}%! test.md\n${draft}`;

// ——— citedBy ———

test('citedBy: every citation of the title in the other documents, the title where the peek opens', () => {
  const s = setUp(WS());
  const r = citedBy(s.ctxOf('a.md'));
  assert.deepEqual({ position: pos(r.position), locations: r.locations.map((l) => s.place(l.uri, l.range)), message: r.message }, {
    position: '0:2', locations: [`test.md 2:6-2:32⟦《${T}》⟧`, `test.md 8:4-8:30⟦《${T}》⟧`], message: undefined,
  });
});

test('citedBy: a document nobody cites says so, naming its title; an untitled one says it cannot be cited', () => {
  const s = setUp(WS());
  const r = citedBy(s.ctxOf('test.md'));
  assert.deepEqual({ position: pos(r.position), locations: r.locations, message: r.message },
    { position: '0:2', locations: [], message: '工作区中没有文件引用《测试议定书》。' });
  const u = setUp('## 第一条\n\n双方合作。\n');
  const n = citedBy(u.ctx);
  assert.deepEqual({ position: pos(n.position), locations: n.locations, message: n.message },
    { position: 'none', locations: [], message: '该文件没有标题，其他文件无法引用它。' });
});

test('citedBy: the document\'s own citation of its title is not among those citing it', () => {
  const cited = CITED.replace('本条约自签字之日起生效。', `《${T}》自签字之日起生效。`);
  const s = setUp(WS(DRAFT, cited));
  const r = citedBy(s.ctxOf('a.md'));
  assert.deepEqual(r.locations.map((l) => s.place(l.uri, l.range)), [`test.md 2:6-2:32⟦《${T}》⟧`, `test.md 8:4-8:30⟦《${T}》⟧`]);
});

// ——— codeLens ———

/** Every lens: `label⟦…⟧ title → every location`, the command and its first two arguments checked. */
function lenses(source: string, name: string, token?: { isCancellationRequested: boolean }): string[] {
  const s = setUp(source, token);
  const ctx = s.ctxOf(name);
  return codeLenses(ctx).map((l) => {
    const [uri, position, locations] = l.command!.arguments as [string, { line: number; character: number }, { uri: string; range: R }[]];
    assert.equal(l.command!.command, 'treaty.showReferences');
    assert.equal(uri, ctx.snapshot.uri);
    assert.deepEqual(position, l.range.start);
    return `${s.place(uri, l.range)} ${l.command!.title} → ${locations.map((x) => s.place(x.uri, x.range)).join(', ')}`;
  });
}

test('codeLens: an article cited from another document, counted once', () => {
  assert.deepEqual(lenses(WS(), 'a.md'), [`a.md 4:3-4:6⟦第一条⟧ 被引用 1 次 → test.md 8:4-8:33⟦《${T}》第一条⟧`]);
});

test('codeLens: references of the document itself, 本条 among them; a missing paragraph and another instrument\'s article are not counted', () => {
  assert.deepEqual(lenses(WS(), 'test.md'), [
    'test.md 4:3-4:6⟦第一条⟧ 被引用 2 次 → test.md 12:2-12:8⟦第一条第二款⟧, test.md 12:32-12:35⟦第一条⟧',
    'test.md 10:3-10:6⟦第二条⟧ 被引用 2 次 → test.md 12:16-12:19⟦第二条⟧, test.md 12:27-12:29⟦本条⟧',
  ]);
});

test('codeLens: an untitled document: its own references only (no document can cite it)', () => {
  assert.deepEqual(lenses('%! x.md\n## 第一条\n\n依照第二条，双方合作。\n\n## 第二条\n\n双方交流。\n', 'x.md'), ['x.md 4:3-4:6⟦第二条⟧ 被引用 1 次 → x.md 2:2-2:5⟦第二条⟧']);
});

test('codeLens: a law kept one file per part: the other part refers to the article without a citation, and is counted', () => {
  const law = '# 中华人民共和国测试法\n\n';
  const parts = `%! a.md\n${law}## 第一条\n\n为了测试，制定本法。\n%! b.md\n${law}## 第三条\n\n依照第一条的规定，适用第三条。\n`;
  assert.deepEqual(lenses(parts, 'a.md'), ['a.md 2:3-2:6⟦第一条⟧ 被引用 1 次 → b.md 4:2-4:5⟦第一条⟧']);
  assert.deepEqual(lenses(parts, 'b.md'), ['b.md 2:3-2:6⟦第三条⟧ 被引用 1 次 → b.md 4:11-4:14⟦第三条⟧']);
});

test('codeLens: a cancelled request gives no lens; nothing cited, no lens', () => {
  assert.deepEqual(lenses(WS(), 'a.md', { isCancellationRequested: true }), []);
  assert.deepEqual(lenses('%! x.md\n# 甲乙协定\n\n## 第一条\n\n双方合作。\n\n## 第二条\n\n双方交流。\n', 'x.md'), []);
});

test('codeLens: in English, an article cited several times', () => {
  const before = getLocale();
  setLocale('en');
  try {
    const got = lenses(WS(), 'test.md');
    assert.deepEqual(got.map((l) => l.replace(/ → .*/, '')), ['test.md 4:3-4:6⟦第一条⟧ Cited 2 times', 'test.md 10:3-10:6⟦第二条⟧ Cited 2 times']);
    const once = lenses(WS(), 'a.md');
    assert.deepEqual(once.map((l) => l.replace(/ → .*/, '')), ['a.md 4:3-4:6⟦第一条⟧ Cited once']);
  } finally {
    setLocale(before);
  }
});

// ——— documentLinks ———

test('documentLinks: a citation links to the document, a cited article to its line; the document\'s own references have none', () => {
  const s = setUp(WS());
  const links = documentLinks(s.ctxOf('test.md')).map((l) => `${s.place('file:///ws/test.md', l.range)} → ${l.target!.replace('file:///ws/', '')} “${l.tooltip}”`);
  assert.deepEqual(links, [
    `test.md 2:6-2:32⟦《${T}》⟧ → a.md “${T}”`,
    `test.md 8:4-8:30⟦《${T}》⟧ → a.md “${T}”`,
    `test.md 8:30-8:33⟦第一条⟧ → a.md#L5 “${T} 第一条”`,
  ]);
  assert.deepEqual(documentLinks(s.ctxOf('a.md')), []);
});

test('documentLinks: a citation of an instrument not in the workspace, and one citing the document itself, link nowhere; a cancelled request stops', () => {
  const text = `%! x.md\n# 甲乙协定\n\n## 第一条\n\n依照《联合国宪章》第一条和《甲乙协定》第二条，双方合作。\n\n## 第二条\n\n双方交流。\n`;
  const s = setUp(text);
  assert.deepEqual(documentLinks(s.ctx), []);
  const c = setUp(WS(), { isCancellationRequested: true });
  assert.deepEqual(documentLinks(c.ctxOf('test.md')), []);
});

// ——— foldingRanges and selectionRanges ———

const LAW = `# 甲乙两国边境合作协定

甲国和乙国，
为了发展两国边境地区的合作，
达成协议如下：

## 第一章　总则

## 第一条

一、双方合作。

二、合作包括：

（一）交流；

（二）培训。

## 第二条

本协定自签字之日起生效。
`;

test('foldingRanges: a People\'s Daily text: its tags (a comment), an article, a section and the signature block', () => {
  const text = '〖RQ/日期〗19960706〖-RQ/日期〗\n〖FL/分类〗条约〖-FL/分类〗\n〖BT/标题〗关于口岸的协定〖-BT/标题〗\n\n## 第一条\n\n双方合作。\n\n### 说明\n\n甲。\n\n乙。\n\n' +
    '本协定于1996年7月6日在北京签订，一式两份。\n\n中华人民共和国政府\n代表\n\n甲国政府\n代表\n';
  const lines = text.split('\n');
  const got = foldingRanges(setUp(text).ctx).map((r) => `${r.startLine}-${r.endLine} ${r.kind ?? '-'} ${lines[r.startLine]}`);
  assert.deepEqual(got, ['0-2 comment 〖RQ/日期〗19960706〖-RQ/日期〗', '4-6 - ## 第一条', '8-12 - ### 说明', '16-20 - 中华人民共和国政府']);
});

/** The chain of selection ranges at `offset`, innermost first. */
function chain(source: string, offset: number): string[] {
  const s = setUp(source);
  const [r] = selectionRanges(s.ctx, [offset]);
  const out: string[] = [];
  for (let x: typeof r | undefined = r; x; x = x.parent) out.push(`${x.range.start.line}:${x.range.start.character}-${x.range.end.line}:${x.range.end.character}`);
  return out;
}

test('foldingRanges: the preamble (a region, and its paragraph), a chapter, each article and a paragraph over several lines; one-line blocks not folded', () => {
  const s = setUp(LAW);
  const lines = LAW.split('\n');
  const got = foldingRanges(s.ctx).map((r) => `${r.startLine}-${r.endLine} ${r.kind ?? '-'} ${lines[r.startLine]}`);
  assert.deepEqual(got, [
    '2-4 region 甲国和乙国，',
    '2-4 - 甲国和乙国，',
    '6-20 - ## 第一章　总则',
    '8-16 - ## 第一条',
    '12-16 - 二、合作包括：',
    '18-20 - ## 第二条',
  ]);
});

test('selectionRanges: from the clause and sentence to the line, its item, paragraph, article, chapter and the whole text, no range twice', () => {
  // `（一）交流；`: the clause after the label, the sentence with its ；, the line.
  assert.deepEqual(chain(LAW, LAW.indexOf('交流')), ['14:3-14:5', '14:3-14:6', '14:0-14:6', '12:0-16:6', '8:0-16:6', '6:0-20:12', '0:0-20:12']);
});

test('selectionRanges: a reference first, then its clause (between ，；。), its sentence (to its ；) and the line', () => {
  const text = '# 甲乙协定\n\n## 第一条\n\n一、双方依照本协定第二条的规定，在边境地区合作；具体办法另行商定。\n\n## 第二条\n\n本协定自签字之日起生效。\n';
  const s = setUp(text);
  const [r] = selectionRanges(s.ctx, [text.indexOf('第二条的') + 1]);
  const got: string[] = [];
  for (let x: typeof r | undefined = r; x; x = x.parent) got.push(s.place(s.uri, x.range));
  assert.deepEqual(got, [
    'test.md 4:6-4:12⟦本协定第二条⟧',
    'test.md 4:2-4:15⟦双方依照本协定第二条的规定⟧',
    'test.md 4:2-4:24⟦双方依照本协定第二条的规定，在边境地区合作；⟧',
    'test.md 4:0-4:33⟦一、双方依照本协定第二条的规定，在边境地区合作；具体办法另行商定。⟧',
    `test.md 2:0-4:33⟦${text.slice(text.indexOf('## 第一条'), text.indexOf('商定。') + 3)}⟧`,
    `test.md 0:0-8:12⟦${text.trimEnd()}⟧`,
  ]);
});

test('selectionRanges: the cursor at a heading\'s first column is inside every range', () => {
  assert.deepEqual(chain(LAW, LAW.indexOf('## 第二条')), ['18:0-18:6', '18:0-20:12', '6:0-20:12', '0:0-20:12']);
});

test('selectionRanges: one range per offset asked, in order', () => {
  const s = setUp(LAW);
  const got = selectionRanges(s.ctx, [LAW.indexOf('培训'), LAW.indexOf('生效')]).map((r) => `${r.range.start.line}:${r.range.start.character}-${r.range.end.line}:${r.range.end.character} ${r.parent ? `${r.parent.range.start.line}:${r.parent.range.start.character}` : ''}`);
  assert.deepEqual(got, ['16:3-16:5 16:3', '20:0-20:11 20:0']);
});

// ——— inlayHints ———

const RELATIVE = `# 甲乙协定

## 第一条

一、双方依照第二条和本协定合作。

二、前款所述合作适用本条。

## 第二条

前条适用于本款。

## 第二条之一

本条自签字之日起生效。
`;

/** Every hint: where it is written (after the reference) and its label. */
function hints(source: string, from = 0, to?: number): string[] {
  const s = setUp(source);
  const end = s.ctx.lines.positionAt(to ?? source.length);
  return inlayHints(s.ctx, { start: s.ctx.lines.positionAt(from), end }).map((h) => {
    assert.equal(h.kind, 1);
    assert.equal(h.paddingLeft, true);
    return `${h.position.line}:${h.position.character} ${h.label}`;
  });
}

test('inlayHints: what each relative reference points at, written after it: the paragraph, the article, its 之一', () => {
  assert.deepEqual(hints(RELATIVE), [
    '6:4 第一条第一款',
    '6:12 第一条',
    '10:2 第一条',
    '10:7 第二条第一款',
    '14:2 第二条之一',
  ]);
});

test('inlayHints: only the references inside the range asked for, the ones touching its ends included', () => {
  const start = RELATIVE.indexOf('本条。');
  assert.deepEqual(hints(RELATIVE, start, RELATIVE.indexOf('前条')), ['6:12 第一条', '10:2 第一条']);
  assert.deepEqual(hints(RELATIVE, start + 1, start + 1), ['6:12 第一条']);
  assert.deepEqual(hints(RELATIVE, RELATIVE.indexOf('所述'), RELATIVE.indexOf('所述')), ['6:4 第一条第一款']);
  assert.deepEqual(hints(RELATIVE, RELATIVE.indexOf('双方依照'), RELATIVE.indexOf('合作。')), [], 'no hint for an absolute reference or a self-reference');
});

// ——— summary ———

test('summary: title, kind, how many articles and chapters', () => {
  assert.deepEqual(summary(setUp(LAW).ctx), { title: '甲乙两国边境合作协定', kind: '协定', units: 2, unitStyle: 'article', chapters: 1 });
  assert.deepEqual(summary(setUp(RELATIVE).ctx), { title: '甲乙协定', kind: '协定', units: 3, unitStyle: 'article', chapters: 0 });
});

test('summary: a joint statement counts its numbered paragraphs; an untitled text has no title', () => {
  const joint = '# 中华人民共和国和甲国联合声明\n\n一、双方同意发展友好关系。\n\n二、双方同意加强合作。\n\n三、双方同意定期会晤。\n';
  assert.deepEqual(summary(setUp(joint).ctx), { title: '中华人民共和国和甲国联合声明', kind: '联合声明', units: 3, unitStyle: 'paragraph', chapters: 0 });
  assert.deepEqual(summary(setUp('## 第一条\n\n双方合作。\n').ctx), { title: undefined, kind: undefined, units: 1, unitStyle: 'article', chapters: 0 });
});

// ——— definition ———

/** Every link from the reference under the cursor: `origin → target range / selection`. */
function definitions(source: string): string[] {
  const s = setUp(source);
  return definition(s.ctx, s.offset).map((l) => `${s.place(s.uri, l.originSelectionRange!)} → ${s.place(l.targetUri, l.targetRange)} / ${s.place(l.targetUri, l.targetSelectionRange)}`);
}
const cursorIn = (doc: string, find: string, plus = 1) => doc.replace(find, find.slice(0, plus) + '‸' + find.slice(plus));

test('definition: a paragraph of this document\'s article: its text, the selection on its first line', () => {
  assert.deepEqual(definitions(WS(cursorIn(DRAFT, '第一条第二款'))), [
    `test.md 12:2-12:8⟦第一条第二款⟧ → test.md 8:0-8:${`二、依照《${T}》第一条，缔约双方在边境合作。`.length}⟦二、依照《${T}》第一条，缔约双方在边境合作。⟧ / test.md 8:0-8:${`二、依照《${T}》第一条，缔约双方在边境合作。`.length}⟦二、依照《${T}》第一条，缔约双方在边境合作。⟧`,
  ]);
});

test('definition: a cited article: the whole article in the other document, the selection on its label', () => {
  assert.deepEqual(definitions(WS(cursorIn(DRAFT, `》第一条，`, 2))), [
    `test.md 8:4-8:33⟦《${T}》第一条⟧ → a.md 4:0-6:11⟦## 第一条\n\n缔约双方发展友好关系。⟧ / a.md 4:3-4:6⟦第一条⟧`,
  ]);
});

test('definition: a citation: the title\'s line, its break left out, the selection on the title', () => {
  assert.deepEqual(definitions(WS(cursorIn(DRAFT, `《${T}》，`, 3))), [
    `test.md 2:6-2:32⟦《${T}》⟧ → a.md 0:0-0:26⟦# ${T}⟧ / a.md 0:2-0:26⟦${T}⟧`,
  ]);
});

test('definition: a term defined by its short name: the phrase and the clause, the selection on the term', () => {
  const text = cursorIn(CITED, '缔约双方发展', 2);
  assert.deepEqual(definitions(text), [
    'test.md 6:0-6:4⟦缔约双方⟧ → test.md 2:0-2:28⟦中华人民共和国和哈萨克斯坦共和国（以下简称“缔约双方”）⟧ / test.md 2:22-2:26⟦缔约双方⟧',
  ]);
});

test('definition: a term defined by what it means: the clause and the meaning after it, the selection on the term', () => {
  const text = cursorIn(DRAFT, '在边境合作', 2);
  assert.deepEqual(definitions(WS(text)).map((l) => l.replace(/^test\.md /, '')), [
    '8:39-8:41⟦边境⟧ → test.md 6:8-6:19⟦“边境”指两国边境地区⟧ / test.md 6:9-6:11⟦边境⟧',
  ]);
});

test('definition: a self-reference goes to this document\'s title; nothing under the cursor, nothing', () => {
  assert.deepEqual(definitions(cursorIn(CITED, '本条约', 2)), ['test.md 10:0-10:3⟦本条约⟧ → test.md 0:0-0:26⟦# ' + T + '⟧ / test.md 0:2-0:26⟦' + T + '⟧']);
  assert.deepEqual(definitions(cursorIn(CITED, '发展友好', 1)), []);
});

// ——— encodingNotice ———

test('encodingNotice: replacement characters: the count, the line of the first, the encodings named or guessed', () => {
  const text = '# 协定\n\n\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd条约\r\n第二行\ufffd\n';
  const s = setUp(text);
  const d = encodingNotice(s.ctx)!;
  const message = (x: { message: unknown }) => String(x.message);
  assert.deepEqual({ range: s.place(s.uri, d.range), severity: d.severity, code: d.code, source: d.source, data: d.data }, {
    range: `test.md 2:0-2:12⟦${'\ufffd'.repeat(10)}条约⟧`, severity: 2, code: 'encoding.wrong', source: 'treaty', data: undefined,
  });
  assert.ok(message(d).includes('11 个字符') && message(d).includes('GB18030 (GBK) / Big5'), message(d));
  const gb = encodingNotice(s.ctx, 'gb18030')!;
  assert.ok(message(gb).includes('11 个字符') && message(gb).includes('选 GB18030 (GBK)') && !message(gb).includes('Big5'), message(gb));
  assert.deepEqual(gb.data, { encoding: 'gb18030' });
  const last = setUp(`# 协定\n\n${'\ufffd'.repeat(10)}条约`);
  assert.equal(last.place(last.uri, encodingNotice(last.ctx)!.range), `test.md 2:0-2:12⟦${'\ufffd'.repeat(10)}条约⟧`, 'the last line, without a line break');
  const lost = encodingNotice(s.ctx, 'utf-8')!;
  assert.ok(message(lost).startsWith('此文件含有 11 个替换字符'), message(lost));
});

test('encodingNotice: a UTF-8 text read as GBK: the garbled characters counted, on their line; a good text has none', () => {
  const garbled = '鍗忓畾'.repeat(25);
  const s = setUp(`# 协定\n\n${garbled}\n`);
  const d = encodingNotice(s.ctx)!;
  const message = (x: { message: unknown }) => String(x.message);
  assert.equal(s.place(s.uri, d.range), `test.md 0:2-0:4⟦协定⟧`);
  assert.ok(message(d).includes('77 个汉字'), message(d));
  assert.equal(encodingNotice(setUp(CITED).ctx), undefined);
});
