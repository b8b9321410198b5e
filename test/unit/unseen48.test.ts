// Readings of real texts first read in session 48 (test/fixtures/real, docs/variants.md "Read in session 48"), as data: a small
// text laid out as the real one is, the reading a reader gives, and the texts the rule must leave alone. Each rule is about how
// Chinese treaty text is printed, never about one document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { definition } from '../../server/src/features/definition';
import { diagnostics } from '../../server/src/features/diagnostics';
import { hover } from '../../server/src/features/hover';
import { foldScript } from '../../server/src/syntax/script';
import { MarkupContent } from 'vscode-languageserver-types';

function points(name: string, source: string, want: string[]): void {
  test(`session 48 readings, points: ${name}`, () => {
    const ctx = textContext(source);
    assert.deepEqual(ctx.treaty.articles.map((a) => a.name), want);
    assert.deepEqual(diagnostics(ctx).filter((d) => d.code === 'numbering.gap').map((d) => d.message), []);
  });
}

// Taiwan's law database prints a protocol's points with a space after the numeral (`一 第二條第一款之規定…`); a point whose words
// open with its first item's label, a heavenly stem in brackets (`二 (甲) 除本約中…`), is a point all the same.
const PROTOCOL = '甲乙兩國友好條約之議定書\n議定書\n下開全權代表,於本日簽訂甲乙兩國友好條約時,特議定本議定書。\n' +
  '一 第二條之規定,應認為並不影響締約任何一方之權利。\n二 (甲) 第三條僅指締約雙方之國民。\n(乙) 第三條所用之字樣,應解釋為指法律規章而言。\n三 第五條之規定,不得解釋為有所限制。\n';
points('a point opening with its item (甲): read', PROTOCOL, ['一、', '二、', '三、']);
points('the item in full-width brackets: read', PROTOCOL.replace('二 (甲)', '二 （甲）'), ['一、', '二、', '三、']);
// Not: a wrapped sentence's line opening with a numeral, a space and a bracket holding more than a stem (`一 (甲方)…`).
points('a numeral, a space and a bracketed word: no point',
  '甲乙兩國友好條約之議定書\n一 第二條之規定,應認為並不影響締約任何一方之權利,締約國\n一 (甲方) 之國民亦同。\n二 第五條之規定,不得解釋為有所限制。\n',
  ['一、', '二、']);

function signed(name: string, source: string, want: [number, number, number] | undefined): void {
  test(`session 48 readings, signing: ${name}`, () => {
    const s = textContext(source).treaty.signing;
    assert.deepEqual(s && [s.date?.year, s.date?.month, s.date?.day], want);
  });
}

// A note recalling the agreement it extends, dated in the words after 關於 (about): the date is the agreement's, no clause of
// this text (the 于 of 关于 was read as a place's: `中華民國與薩爾瓦多共和國`).
const NOTE = '甲國外交部照會中譯文\n大使先生:\n謹向閣下致意並聲述關於甲國與乙國一九七七年十一月\n八日簽訂,並依第十三條規定換文,自一九七八年一月十九日起生效之\n農技合作協定。\n特此順向閣下致最崇高之敬意。\n';
signed('a date after 關於 in a note\'s recital: none', NOTE, undefined);
// Not: the text's own clause (本協定於…簽訂), nor one after a title naming 关于 and a self-word on the same line.
signed('the text\'s own clause: read',
  '甲乙兩國農技合作協定\n第一條 雙方開展合作。\n第二條 本協定自簽字之日起生效。\n本協定於一九七七年十一月八日在聖薩爾瓦多簽訂,一式兩份,每份均用中文和西班牙文寫成,兩種文本同等作準。\n',
  [1977, 11, 8]);
signed('a title with 关于 then the clause on one line: read',
  '甲国和乙国关于农业合作的协定 第一条 双方开展合作。 本协定于2002年1月17日在北京签署,一式两份。\n',
  [2002, 1, 17]);

// The notes of an exchange headed in translation with their language named (`…照會中譯文`, `…照會中文譯文`): an exchange of notes.
test('session 48 readings, kind: notes headed 照會中譯文 and 照會中文譯文 are an exchange of notes', () => {
  const source = `${NOTE}外交部長 某某 (簽署)\n甲國駐乙國大使館照會中文譯文\n部長閣下:\n本人謹復照證實甲國政府同意閣下照會中之提議。\n大使 某某(簽署)\n`;
  const t = textContext(source).treaty;
  assert.equal(t.kind, '换文');
  assert.ok(t.isTreaty);
});

// In a treaty's protocol, 本約 (the older texts' short form of 本條約) is the treaty's, as 本條約 is: not this protocol.
function selfLinks(source: string, word: string): number[] {
  return definition(textContext(source), source.indexOf(word) + 1).map((l) => l.targetSelectionRange.start.line);
}
test('session 48 readings, self: 本約 in a treaty\'s protocol names the treaty', () => {
  assert.deepEqual(selfLinks(PROTOCOL.replace('第三條僅指', '除本約中另行給予之權利外,第三條僅指'), '本約'), []);
});
test('session 48 readings, self: 本約 in a treaty names the treaty itself', () => {
  assert.deepEqual(selfLinks('甲乙兩國友好條約\n第一條 締約雙方之國民享有本約所規定之權利。\n第二條 本約自批准之日起生效。\n', '本約'), [0]);
});

function meaning(name: string, source: string, term: string, want: string | undefined): void {
  test(`session 48 readings, meaning: ${name}`, () => {
    assert.equal(textContext(source).treaty.definitions.find((d) => d.term === term)?.meaning, want);
  });
}

// A memorandum naming itself by its kind, its title written with no 的 before the kind (`…外贸部关于工业合作谅解备忘录(以下简称
// “备忘录”)`): the whole title, from the parties before its 关于 (was: 工业合作谅解备忘录).
const MOU_TITLE = '甲国发展和改革委员会与乙国发展、工业和外贸部关于工业合作谅解备忘录';
meaning('a memorandum named by its kind after its title\'s 关于: the title',
  `${MOU_TITLE}\n双方达成如下谅解:\n第一条\n${MOU_TITLE}(以下简称“备忘录”)的目的是促进合作。\n第二条 本备忘录自签字之日起生效。\n`,
  '备忘录', MOU_TITLE);
// Not: a short name that is no kind after the same words (what 关于 governs: 工业合作).
meaning('a short name that is no kind after 关于: the words 关于 governs',
  '甲国和乙国协定\n第一条 双方关于工业合作(以下简称“合作”)的意愿。\n第二条 本协定自签字之日起生效。\n',
  '合作', '工业合作');

// A convention's short name written in 《》 (`《聯合國海洋法公約》(以下簡稱“《公約》”)`, ReCAAP in traditional script) and used on the same
// line (`重申在《公約》下…`): the convention it stands for, as on the lines after, not an unknown text titled 公约; in either script.
const SHORT_IN_BRACKETS = '甲乙兩國合作協定\n本協定締約方,\n認識到依據一九八二年十二月十日《聯合國海洋法公約》(以下簡稱“《公約》”)的規定,重申在《公約》下各國有義務合作,\n達成協議如下:\n第一條 雙方合作。\n第二條 本協定自簽字之日起生效。\n';
const hoverAt = (source: string, word: string) => (hover(textContext(source), source.indexOf(word) + 3)?.contents as MarkupContent).value;
for (const [script, source] of [['traditional', SHORT_IN_BRACKETS], ['simplified', foldScript(SHORT_IN_BRACKETS)]]) {
  test(`session 48 readings, short name: 《公約》 on the line defining it is the convention (${script})`, () => {
    assert.match(hoverAt(source, '在《'), /^\*\*《联合国海洋法公约》\*\*/);
    // So on the next line, as before.
    const next = source.replace('\n達成', '\n依照《公約》,\n達成').replace('\n达成', '\n依照《公约》,\n达成');
    assert.match(hoverAt(next, '照《'), /^\*\*《联合国海洋法公约》\*\*/);
  });
}
// Not: 《公約》 in a text that defines no such name is a citation of a text titled 公约.
test('session 48 readings, short name: 《公約》 not defined stays a text titled 公约', () => {
  assert.match(hoverAt(SHORT_IN_BRACKETS.replace('(以下簡稱“《公約》”)', ''), '在《'), /^\*\*《公约》\*\*/);
});
