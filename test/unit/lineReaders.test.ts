// The lexer's readers that replaced a pattern on the hot path of a parse (s52parse, issue #13): lines.ts `bulletEnd` (a list
// bullet read in place, not BULLET's pattern on a slice) and `bracketedItemAt` (an item's bracketed label, not ITEM's
// pattern); and `NextChar`, the cursor the glued-heading cuts search a line by, asked in text order with steps back (a line
// asked again from its start) — what its cached search must answer, whatever is tried to make it cheaper.
// Data: lines of real texts in test/fixtures/real (whose README records each page), each expected answer read off the
// line; the properties hold the readers to what they replaced, written out here (the oracles). And parser.ts `itemFamily`'s
// reading of the commonest labels by their codes (s53parse), held to the `familyOf` it passes over.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BRANCHES, CharSearch, KeptChar, NextChar, STEMS, WalkedChar, bracketedItemAt, bulletEnd, splitLines } from '../../server/src/syntax/lines';
import { parseRoman } from '../../server/src/syntax/foreign';
import { parseNumeral } from '../../server/src/syntax/numerals';
import { bracketsOf, familyOf, itemFamily, parseTreaty } from '../../server/src/syntax/parser';
import { reparse } from '../../server/src/syntax/reparse';
import { ITEM_NUMERAL, ROMAN_CHARS, romanCharValue } from '../../server/src/syntax/words';

/** [file, the line, the content after its bullet (undefined: it opens with no bullet)]. */
const BULLETED: [string, string, string | undefined][] = [
  // A web page's list copied with its bullets, indented (a pinyin converter's page of an air services agreement).
  ['agreement_cn_bn_air_pinyin_page.md', '      • 作者:damei', '作者:damei'],
  // A database's fields as a markdown list.
  ['agreement_cn_bh_air_page.md', '- 法规标题:中华人民共和国政府和巴林国政府民用航空运输协定', '法规标题:中华人民共和国政府和巴林国政府民用航空运输协定'],
  // A word processor's round bullet and a space.
  ['memorandum_cn_br_industry_fdtk.md', '● 冶金工业、铁矿、铝土矿、铜矿等矿产资源', '冶金工业、铁矿、铝土矿、铜矿等矿产资源'],
  // A hyphen glued to the word is a dash of the text, no bullet (only `•` and `●` are bullets without a space).
  ['agreement_cn_ee_maritime_fsou.md', '-军舰;', undefined],
  // Emphasis around an article's label is no bullet.
  ['agreement_cis_belovezha_1991_hant.md', '**第一條**　締約國成立獨立國家國協。', undefined],
];

test('bulletEnd: a list bullet opening real lines', () => {
  for (const [source, line, expected] of BULLETED) {
    const s = line.search(/\S/);
    const end = bulletEnd(line, s, line.length);
    assert.equal(end < 0 ? undefined : line.slice(end), expected, source);
  }
});

/** The pattern bulletEnd replaced, run on the content's first 160 characters (lines.ts `match`, WINDOW): the oracle. */
const BULLET = /^(?:[-*+\u2022\u00b7\u25cf][ \t\u3000]+|[\u2022\u25cf](?=[\u3400-\u9fff\uff08(“]))/;

test('bulletEnd: where the pattern it replaced ends, at any mark a bullet may be', () => {
  const pieces = ['-', '*', '+', '•', '·', '●', ' ', '\t', '\u3000', '\u00a0', '文', '（', '(', '“', '”', 'a', '1', '\u3400', '\u9fff', '\ua000'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }).map((ps) => ps.join('')), fc.nat(4), (s, cut) => {
    if (!'-*+•·●'.includes(s[0])) return;
    // The content may end before the line does (its trailing white space, a closing emphasis).
    const e = Math.max(1, s.length - cut);
    const m = BULLET.exec(s.slice(0, Math.min(e, 160)));
    assert.equal(bulletEnd(s, 0, e), m ? m[0].length : -1, JSON.stringify(s));
  }), { numRuns: 5000 });
  // A run of white space longer than the window: the pattern read it only to the window's end.
  const long = `-${' '.repeat(300)}文`;
  assert.equal(bulletEnd(long, 0, long.length), 160);
});

test('a thematic break is read as before, a bullet or emphasis opening a line is none', () => {
  const kinds = (text: string) => splitLines(text).map((l) => l.kind);
  // charter_un_ch1-3.md and charter_atlantic_hant.md rule their pages so; ordinance_hk_interpretation_cap1_page.md underlines.
  assert.deepEqual(kinds('-----\n---\n* * *\n __ _\n__________________________________________\n'), ['break', 'break', 'break', 'break', 'break']);
  assert.deepEqual(kinds('- 法规标题:中华人民共和国政府和巴林国政府民用航空运输协定\n**第一條**　締約國成立獨立國家國協。\n-军舰;\n'), ['text', 'article', 'text']);
});

/** Every index of `ch` in `text`, in order (the oracle of WalkedChar's list). */
function indexesOf(text: string, ch: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === ch) out.push(i);
  return out;
}

// (The same property for the full split's cursor, which walks every 年 from the text's start and keeps where each is, and for the
// outline's, which reads that list: lines.ts WalkedChar, KeptChar.)
const CURSORS: [string, (text: string) => CharSearch][] = [
  ['NextChar', (text) => new NextChar(text, '年')],
  ['WalkedChar', (text) => new WalkedChar(text, '年')],
  ['KeptChar', (text) => new KeptChar(indexesOf(text, '年'))],
];

for (const [name, cursorOf] of CURSORS) test(`${name}: the first character in a range, asked in text order with steps back`, () => {
  const pieces = ['年', '本', '第', '文', '，', '\n'];
  const step = fc.record({ back: fc.nat(80), len: fc.nat(40), forward: fc.nat(30) });
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 400 }).map((ps) => ps.join('')), fc.array(step, { maxLength: 60 }), (text, steps) => {
    const cursor = cursorOf(text);
    let at = 0;
    for (const { back, len, forward } of steps) {
      // A line's range asked from a little before where the last ended (a step back), or on from it.
      const from = Math.max(0, at - back);
      const to = Math.min(text.length, from + len);
      const i = text.indexOf('年', from);
      assert.equal(cursor.in(from, to), i >= 0 && i < to ? i : -1, `${JSON.stringify(text)} ${from}..${to}`);
      at = Math.min(text.length, from + forward);
    }
    // (The walk's list: every 年 of the text, those of the ranges never asked too — the outline reads it as the text's.)
    if (cursor instanceof WalkedChar) assert.deepEqual(cursor.all(), indexesOf(text, '年'), JSON.stringify(text));
  }), { numRuns: 2000 });
});

/** [file, the line, its item's label and number (undefined: no item's label opens it)]. */
const ITEMS: [string, string, [string, number] | undefined][] = [
  ['statement_cn_gb_hongkong_hant.md', '（十一）香港特別行政區的社會治安由香港特別行政區政府負責維持。', ['（十一）', 11]],
  ['agreement_cn_jp_fisheries_1975_hant.md', '  (2)北緯37°20′、東經123°3′之點;', ['(2)', 2]],
  ['agreement_hk_us_air_hant.md', '(i) 「運價」一詞的定義包括下列一項或多項:', ['(i)', 9]],
  ['agreement_ndb_2014_wikisource_hant.md', '(ⅱ)在銀行認為合適的情況下,在其職能範圍內與國際組織以及國內的公共或私人實體,特別是國際金融機構和國家開發銀行,進行合作;', ['(ⅱ)', 2]],
  ['convention_vienna_treaties_1969_page.md', '  (甲)称‘条约’者,谓国家间所缔结而以国际法为准之国际书面协定,不论其载于一项单独文书或两项以上相互有关之文书内,亦不论其特定名称如何;', ['(甲)', 1]],
  ['agreement_mo_pt_legal_judicial_assistance_2001_bo_hant.md', 'a) 刑事司法文書的送達;', ['a)', 1]],
];

test('bracketedItemAt: an item\'s bracketed label opening real lines', () => {
  for (const [source, text, expected] of ITEMS) {
    const [l] = splitLines(text);
    assert.deepEqual(l.kind === 'item' && l.label ? [text.slice(l.label.start, l.label.end), l.num] : undefined, expected, source);
  }
});

/** The pattern bracketedItemAt replaced (lines.ts ITEM), run on the content's first 160 characters: the oracle. */
const ITEM = new RegExp(`^(?:([0-9０-９]{1,3})[.．、](?![0-9０-９])|[（(][ \\t\\u3000]{0,3}([${ITEM_NUMERAL}]{1,5}|[0-9０-９]{1,3}|[a-zａ-ｚ]|[ivx]{2,5}|[${ROMAN_CHARS}]|[${BRANCHES}${STEMS}])[ \\t\\u3000]{0,3}[)）]|([a-z])[)）](?![a-z0-9]))`);
/** The number lines.ts `itemNumber` reads from the pattern's group (a letter, a branch or stem, a roman numeral, a numeral). */
function numberOf(n: string): number | undefined {
  const c = n.charCodeAt(0);
  if (n.length === 1 && c >= 0x61 && c <= 0x7a) return c - 0x60;
  if (n.length === 1 && c >= 0xff41 && c <= 0xff5a) return c - 0xff40;
  if (n.length === 1 && BRANCHES.includes(n)) return BRANCHES.indexOf(n) + 1;
  if (n.length === 1 && STEMS.includes(n)) return STEMS.indexOf(n) + 1;
  if (n.length === 1 && romanCharValue(c)) return romanCharValue(c);
  return /^[ivx]+$/.test(n) ? parseRoman(n) : parseNumeral(n);
}

test('bracketedItemAt: the label and number the pattern it replaced read, at any bracket or letter', () => {
  const pieces = ['（', '(', '）', ')', ' ', '\t', '\u3000', '一', '十', '百', '二', '〇', '1', '２', 'a', 'ａ', 'i', 'v', 'x', 'q', 'ⅱ', '子', '甲', '文', '.'];
  fc.assert(fc.property(fc.constantFrom('（', '(', 'a', 'i', 'x'), fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((ps) => ps.join('')), fc.nat(3), (open, rest, cut) => {
    const s = open + rest;
    const e = Math.max(1, s.length - cut);
    const m = ITEM.exec(s.slice(0, e));
    const end = bracketedItemAt(s, 0, e);
    assert.equal(end, m ? m[0].length : -1, JSON.stringify(s));
    // Through the lexer, a line of it: the same label, the number of the pattern's group (no words naming items after it).
    if (!m || rest.includes('项')) return;
    const [l] = splitLines(`${s.slice(0, m[0].length)}文字`);
    assert.deepEqual([l.kind, l.label?.end, l.num], ['item', m[0].length, numberOf(m[2] ?? m[3])], JSON.stringify(s));
  }), { numRuns: 8000, examples: [
    // Each run one longer than the pattern takes, and white space one longer than it allows, inside either bracket.
    ['(', '123)', 0], ['(', '1234)', 0], ['（', '一二三四五）', 0], ['（', '一二三四五六）', 0], ['(', 'iiiii)', 0], ['(', 'iiiiii)', 0],
    ['(', 'i)', 0], ['(', 'v v)', 0], ['(', '   一   )', 0], ['(', '    一)', 0], ['(', '一    )', 0], ['a', ')b', 0], ['a', ')', 0], ['x', '）。', 0],
  ] });
});

/** [file, the line, the family of its label (parser.ts `itemFamily`): its shape, its numerals' kind]. */
const FAMILIES: [string, string, string][] = [
  ['statement_cn_gb_hongkong_hant.md', '（十二）關於中華人民共和國對香港的上述基本方針政策和本聯合聲明附件一對上述基本方針政策的具體說明，中華人民共和國全國人民代表大會將以中華人民共和國香港特別行政區基本法規定之，並在五十年內不變。', '(一)'],
  ['convention_cwc_1993_icrc_excerpt.md', '1、本公约各缔约国承诺,在任何情况下:', '1.'],
  ['agreement_cn_kr_fisheries_2000_p2.md', '12.北纬34度00分,东经124度00分30秒之点(A12)', '1.'],
  ['treaty_ecsc_paris_1951_excerpt_hant.md', '（甲）確保共同市場之規律性供應，並兼顧第三國之需求；', '(甲)'],
  ['agreement_cn_jp_fisheries_1975_hant.md', '  (2)北緯37°20′、東經123°3′之點;', '(1)'],
];

test('itemFamily: the family of an item\'s label opening real lines', () => {
  for (const [source, text, expected] of FAMILIES) {
    const [l] = splitLines(text);
    assert.equal(itemFamily(text, l), expected, source);
  }
});

test('itemFamily: a bracketed numeral or digits and a point read by their codes as familyOf reads them, any other label as before', () => {
  const numerals = ['一', '二', '十', '百', '〇', '两', '子', '甲', 'ⅱ', 'i', '1', '２', ' ', '\u3000', '*'];
  fc.assert(fc.property(fc.constantFrom('（', '(', ''), fc.array(fc.constantFrom(...numerals), { minLength: 1, maxLength: 4 }).map((ps) => ps.join('')), fc.constantFrom('）', ')', '.', '、', '．', ''), (open, core, close) => {
    const text = `${open}${core}${close}文字`;
    const [l] = splitLines(text);
    if (!l.label) return;
    assert.equal(itemFamily(text, l), familyOf(text.slice(l.label.start, l.label.end), l.num), JSON.stringify(text));
  }), { numRuns: 4000, examples: [['（', '十二', '）'], ['', '12', '.'], ['', '1', '、'], ['', '３', '．'], ['（', '子', '）'], ['（', '一〇', '）']] });
});

// The full parse's brackets (parser.ts `bracketsOf`), which the outline reads instead of searching the text for `（` and `(`
// again: every one of the text, those of lines the lexer's item search never asks too — the title's, a chapter heading's, a
// line before the first article —, at their offsets; none kept for a tree an edit's re-parse made (it splits a region alone).
test('bracketsOf: every bracket of a fully parsed text, at its offset; none for a re-parsed tree', () => {
  const text = '# 中(zhōng)国和甲国协定\n\n（草案）\n\n## 第一章 总则（一般规定）\n\n第一条 双方（以下简称“缔约方”）同意：(一)合作；(二)交流。\n\n第二条 本协定(含附件)自签字之日起生效。\n';
  const tree = parseTreaty(text);
  // (Read off the text: the title's 中( at 3 (`# ` before 中); （草案） at 18, its line after the title's 16 units and two
  // breaks; the chapter's （一般规定） at 33 (its line at 24, `## 第一章 总则` nine units); the first article's line at 41:
  // （以下简称 at 47, (一) at 61 after `同意：`, (二) at 67 after `合作；`; the second's at 75: (含附件) at 82.)
  assert.deepEqual(bracketsOf(tree), { text, full: [18, 33, 47], ascii: [3, 61, 67, 82] });
  const edited = reparse(tree, [{ start: text.indexOf('合作'), end: text.indexOf('合作'), text: '开展' }]);
  assert.notEqual(edited, tree);
  assert.equal(bracketsOf(edited), undefined);
});
