// Tests that bite for features/termQuotes.ts (issue 12, item 5): each case a text with every
// finding marked ⟦…⟧ (the quoted term, marks included) and, in the same order, what it is —
// `kind written→want term` — so a finding too many, too few, one character off, of the wrong
// kind or wanting the wrong style fails. Then the fix of a finding as its whole list of edits.
// Written from the rules in the source's comments (the document's style, nesting, quotations
// over several paragraphs, symmetric marks) and the mutants that survived (docs/mutation.md,
// “Runs of branch mutterms12”); the expected answers by reading the texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { QuoteStyle, marksOf, termQuoteEdit, termQuotes } from '../../server/src/features/termQuotes';
import { fixture } from '../support/fixture';

/** How a style is written in the cases below (not marksOf: that is tested on its own). */
const SHOWN: Record<QuoteStyle, string> = { cn: '“”', corner: '「」', 'white-corner': '『』', single: '‘’', ascii: '""', fullwidth: '＂＂' };

test('marksOf: each style\'s two marks', () => {
  assert.deepEqual((Object.keys(SHOWN) as QuoteStyle[]).map(marksOf), Object.values(SHOWN));
});

/** Every finding of the text: the marked spans in order, each `kind written→want term`. */
function quotes(name: string, source: string, want: string[]): void {
  test(`termQuotes: ${name}`, () => {
    const { text, marks } = fixture(source).main;
    const got = termQuotes(buildTreaty(text));
    assert.deepEqual(got.map((f) => `${f.kind} ${f.written}→${SHOWN[f.want]} ${f.term}`), want);
    assert.deepEqual(got.map((f) => ({ start: f.start, end: f.end })), marks);
  });
}

/** The fix of the marked finding: its title and edits as `start-end→text` (offsets in the text), or none. */
function fix(name: string, source: string, want: { title: string; edits: string[] } | undefined): void {
  test(`termQuoteEdit: ${name}`, () => {
    const { text, marks } = fixture(source).main;
    const [m] = marks;
    const got = termQuoteEdit(buildTreaty(text), m.start, m.end);
    assert.deepEqual(got && { title: got.title, edits: got.edits.map((e) => `${e.start}-${e.end}→${e.newText}`) }, want);
  });
}

const TAIL = '\n本协定自签字之日起生效，有效期五年。\n\n本协定于2001年7月16日在莫斯科签订，一式两份，每份均用中文和俄文写成，两种文本同等作准。\n';
const PRE = '# 中华人民共和国和甲国边境合作协定\n\n';
/** An agreement whose preamble defines the parties as `parties` (marks included), then one article. */
const DOC = (parties: string, body: string) => `${PRE}中华人民共和国和甲国（以下简称${parties}），达成协议如下：\n\n## 第一条\n\n${body}\n${TAIL}`;

// ——— The document's style: the one most definitions use, the first one's on a tie ———

quotes('a tie: the first definition\'s style; the other definition flagged once, not also as a use',
  DOC('“双方”', '中吉国界（以下简称⟦「国界」⟧）由双方管理。'), ['definition 「」→“” 国界']);
quotes('the majority wins over the first', DOC('⟦“双方”⟧', '中吉国界（以下简称「国界」）和边境（以下简称⟦『边境』⟧）及口岸（以下简称「口岸」）。'), [
  'definition “”→「」 双方',
  'definition 『』→「」 边境',
]);
// (The definition reader takes ‘’ and ＂＂ as part of the term: they are styles of uses only.)
quotes('each style is a style: 『』, ""', DOC('“双方”', '甲（以下简称“甲方”）、丙（以下简称⟦『丙方』⟧）、丁（以下简称⟦"丁方"⟧）。'), [
  'definition 『』→“” 丙方',
  'definition ""→“” 丁方',
]);
quotes('a definition whose marks do not pair is not counted for the style', DOC('⟦“双方」⟧', '中吉国界（以下简称「国界」）。'), ['mismatched “」→「」 双方']);
quotes('marks that do not pair in every definition: no style, nothing reported', DOC('“双方」', '中吉国界（以下简称「国界”），「双方」管理。'), []);
quotes('a definition by what it means is not counted (its term is often quoted when spoken of)',
  DOC('「双方」', '本协定所称“边境地区”是指两国接壤的地区。“边境地区”由双方管理。'), []);
quotes('a definition inside another quotation is not counted, nor read',
  DOC('「双方」', '双方同意：“中吉国界（以下简称「国界」）由界标标定。”又及：“边境（以下简称‘边境’）。”国界和边境由双方管理。'), []);
quotes('an unquoted definition is not counted; the quoted one sets the style', DOC('双方', '中吉国界（以下简称「国界」）由双方管理，⟦“国界”⟧一语同此。'), ['use “”→「」 国界']);
quotes('a definition after an odd number of ASCII marks on its line: its " closes, nothing is read',
  DOC('“双方”', '标记"A（以下简称"甲方"）均可。'), []);
quotes('a definition after an even number of ASCII marks on its line: its " opens',
  DOC('“双方”', '标记"A"和"B"，乙（以下简称⟦"乙方"⟧）均可。'), ['definition ""→“” 乙方']);
quotes('no definition: nothing', `${PRE}## 第一条\n\n「双方」加强合作。\n${TAIL}`, []);
quotes('a text in another language is not read', '# Agreement between A and B\n\nA and B (hereinafter referred to as "Parties") agree as follows:\n\n## Article 1\n\nThe Parties shall cooperate. “Parties” and ‘Parties’ alike.\n', []);

// ——— The term written again ———

quotes('in each other style, in order; the document\'s style untouched', DOC('“双方”', '⟦「双方」⟧、“双方”、⟦‘双方’⟧、⟦『双方』⟧、⟦"双方"⟧、⟦＂双方＂⟧均指两国。'), [
  'use 「」→“” 双方',
  'use ‘’→“” 双方',
  'use 『』→“” 双方',
  'use ""→“” 双方',
  'use ＂＂→“” 双方',
]);
quotes('marks that do not pair around a use', DOC('“双方”', '⟦「双方”⟧和⟦‘双方」⟧均指两国。'), [
  'mismatched 「”→“” 双方',
  'mismatched ‘」→“” 双方',
]);
quotes('the term as written: traditional characters for a simplified definition', DOC('“双方”', '⟦「雙方」⟧指兩國。'), ['use 「」→“” 雙方']);
quotes('a use before a flagged definition comes first (text order)', DOC('“双方”', '⟦「双方」⟧根据中吉国界（以下简称⟦「国界」⟧）合作。'), [
  'use 「」→“” 双方',
  'definition 「」→“” 国界',
]);
quotes('a term defined twice is looked for once', DOC('“双方”', '两国（以下简称“双方”）同意，⟦「双方」⟧加强合作。'), ['use 「」→“” 双方']);
quotes('a use in a definition by meaning is a use', DOC('「雙方」', '雙方同意，本協定所稱⟦“雙方”⟧指兩國政府。'), ['use “”→「」 雙方']);
quotes('not the term alone, not quoted: nothing', DOC('“双方”', '「双方边境」和「边境双方」及双方。'), []);
quotes('after a closing mark that closes nothing', DOC('“双方”', '」⟦「双方」⟧加强合作。'), ['use 「」→“” 双方']);
quotes('a use after an odd number of ASCII marks: its " closes, not read', DOC('“双方”', '双方使用"A"双方"B"标记。'), []);
quotes('the same for fullwidth ＂', DOC('“双方”', '双方使用＂A＂双方＂B＂标记。'), []);
quotes('lines that end with a carriage return alone: the marks of the line before do not count',
  DOC('“双方”', '标记"A\n标记"B"和⟦"双方"⟧。').replace(/\n/g, '\r'), ['use ""→“” 双方']);
quotes('a use after an even number of ASCII marks on its line (the marks of earlier lines do not count)',
  DOC('“双方”', '标记"A\n\n标记"B"和⟦"双方"⟧。'), ['use ""→“” 双方']);

// ——— Inside another quotation: the text quoted, left alone ———

quotes('nested: 「…『双方』…」 and “…‘双方’…”', DOC('“双方”', '声明：「本声明所称『双方』同此。」又：“所称‘双方’同此。”'), []);
quotes('an apostrophe closes only a ‘: the “ stays open', DOC('“双方”', '声明：“甲’「双方」”。⟦「双方」⟧加强合作。'), ['use 「」→“” 双方']);
quotes('『 and ‘ open a quotation of their own', DOC('“双方”', '声明：『甲「双方」乙』，又：‘甲「双方」乙’。⟦「双方」⟧合作。'), ['use 「」→“” 双方']);
quotes('a quotation closed, then the term: read again', DOC('“双方”', '声明：“甲乙。”⟦「双方」⟧加强合作。'), ['use 「」→“” 双方']);
quotes('a quotation over several paragraphs (each opens again, the last closes), quoted with >',
  DOC('“双方”', '附件一修改为：\n\n> “一、「双方」由界标标定。\n\n> “二、「双方」管理。”\n\n⟦「双方」⟧在国界合作。'), ['use 「」→“” 双方']);
quotes('a quotation opened inside one running over paragraphs: nested, both closed at the end',
  DOC('“双方”', '修改为：“一、甲。\n\n二、「乙。\n\n三、「双方」。」”\n\n⟦「双方」⟧合作。'), ['use 「」→“” 双方']);
// (A paragraph opening with a mark while a quotation is open opens it again: the lines below start with text.)
quotes('an open quotation goes on for 40 lines, not past them (the 41st line is outside from its start)',
  DOC('“双方”', `附件修改为：“甲\n${'乙。\n'.repeat(39)}内「双方」。\n⟦「双方」⟧在外，外⟦「双方」⟧。`), ['use 「」→“” 双方', 'use 「」→“” 双方']);
quotes('blank lines, page breaks and comments do not count among the 40, and a mark in a comment opens nothing',
  DOC('“双方”', `<!-- “ -->\n⟦「双方」⟧在外。附件修改为：“甲\n\n${'乙。\n\n'.repeat(39)}---\n\n<!-- 注 -->\n内「双方」。`), ['use 「」→“” 双方']);
quotes('a quotation closed resets the count', DOC('“双方”', `声明：“甲\n${'乙。\n'.repeat(30)}丙”\n\n附件修改为：“丁\n${'戊。\n'.repeat(30)}内「双方」。`), []);

// ——— Forty terms at most are looked for ———

// 双方, then 甲01, 甲02 …
const many = (n: number) => Array.from({ length: n }, (_, i) => `机构${i + 1}（以下简称“甲${String(i + 1).padStart(2, '0')}”）`).join('、');
quotes('the first 40 terms are looked for', DOC('“双方”', `${many(39)}。⟦「甲39」⟧合作。`), ['use 「」→“” 甲39']);
quotes('the 41st is not', DOC('“双方”', `${many(40)}。「甲40」合作。`), []);

// ——— The fix: the marks that differ, nothing else ———

// DOC's text before the article body: the offsets below are counted from it.
const BODY = DOC('“双方”', '').indexOf('## 第一条') + '## 第一条\n\n'.length;
fix('both marks of a use', DOC('“双方”', '⟦「双方」⟧加强合作。'), { title: '“双方”', edits: [`${BODY}-${BODY + 1}→“`, `${BODY + 3}-${BODY + 4}→”`] });
fix('the opening mark alone', DOC('“双方”', '⟦"双方”⟧加强合作。'), { title: '“双方”', edits: [`${BODY}-${BODY + 1}→“`] });
fix('the closing mark alone', DOC('“双方”', '⟦“双方」⟧加强合作。'), { title: '“双方”', edits: [`${BODY + 3}-${BODY + 4}→”`] });
fix('in the document\'s 「」, the term as written', DOC('「雙方」', '本協定所稱⟦“雙方”⟧指兩國。'), { title: '「雙方」', edits: [`${BODY + 5}-${BODY + 6}→「`, `${BODY + 8}-${BODY + 9}→」`] });
fix('a definition', DOC('“双方”', '中吉国界（以下简称⟦「国界」⟧）。'), { title: '“国界”', edits: [`${BODY + 9}-${BODY + 10}→“`, `${BODY + 12}-${BODY + 13}→”`] });
fix('no finding there: no fix', DOC('“双方”', '⟦「双⟧方」加强合作。'), undefined);
fix('a finding\'s start but not its end: no fix', DOC('“双方”', '⟦「双方」加强⟧合作。'), undefined);
fix('a finding\'s end but not its start: no fix', DOC('“双方”', '加⟦强「双方」⟧合作。'), undefined);
fix('none where the text read again would cite a title', DOC('“双方”', '双方依照1994年4月26日签订的《中华人民共和国和甲国国界协定》（以下简称“国界协定”），执行⟦『国界协定』⟧第一条。'), undefined);

// Sample H's termQuotes.ts:127 (branch h12featb): a quotation opened by the text's very first
// character (offset 0) is a quotation: the definition inside it (「委员会」) is the quoted text's
// and sets no style; the document's is the “” of 双方, and 「双方」 written later is flagged.
quotes('a quotation opening at the first character of the text holds its own definitions',
  '“缔约双方设立联合委员会（以下简称「委员会」）。”\n\n甲国和乙国（以下简称“双方”），达成协议如下：\n\n## 第一条\n\n⟦「双方」⟧合作。\n', ['use 「」→“” 双方']);
