// The signing clause of a text, as data: the closing lines after the last article and what the
// model reads from them (date, place, copies), or null when they are not a signing clause.
// Older treaties are sealed and marked rather than signed (鈐關防, 畫押蓋印), and date themselves
// by the reign and by the Western calendar: the Western date is the one read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';

const HEAD = '# 测试条约\n\n**第一款**　甲。\n\n**第二款**　乙。\n\n';

const CASES: [string, string, { date: [number, number, number]; place?: string; copies?: number } | null][] = [
  ['sealed on board (Nanking, 1842)', '道光二十二年七月二十四日即英國記年之一千八百四十二年八月二十九日由江寧省會行大英君主汗華囇船上鈐闗防\n', { date: [1842, 8, 29] }],
  ['marked and sealed in a city', '咸豐八年五月十六日即一千八百五十八年六月二十六日在天津府畫押蓋印。\n', { date: [1858, 6, 26], place: '天津府' }],
  ['signed (today\'s form)', '本条约于2002年1月17日在北京签署，一式两份。\n', { date: [2002, 1, 17], place: '北京', copies: 2 }],
  ['another instrument dated by a participle (签订的《…》) is not the signing clause after it', '本议定书自签字之日起生效，有效期与一九九七年六月二十七日签订的《甲乙协定》的有效期相同。\n\n本议定书于二○○九年六月十七日在莫斯科签订，一式两份。\n', { date: [2009, 6, 17], place: '莫斯科', copies: 2 }],
  ['run on after the last article\'s text in its line', '本条约自签字之日起生效。本条约于2002年1月17日在北京签署，一式两份。\n', { date: [2002, 1, 17], place: '北京', copies: 2 }],
  ['a body pasted as one line, the signing clause after the last article', '第三款 本议定书自签字之日起生效。 本议定书于一九七八年五月十九日在北京签订,共两份。 注:清单略。 甲国 乙国 (签字) (签字)\n', { date: [1978, 5, 19], place: '北京', copies: 2 }],
  ['Taiwan: the copies, then a line dated by the Republic\'s era and the Western calendar (廿 for twenty)', '本議定書以中文及西班牙文各繕二份，兩種文字同一作準，以昭\n信守。\n中華民國七十一年九月廿二日公曆一九八二年九月廿二日于瓜地馬拉城\n', { date: [1982, 9, 22], place: '瓜地馬拉城', copies: 2 }],
  ['a note\'s date-place line with the year in words (一千九百四十七年, as the 1947 UN Treaty Series page writes it)', '本大使順向\n貴部長重表敬意。\n\n公曆一千九百四十七年七月二十三日於南京\n', { date: [1947, 7, 23], place: '南京' }],
  ['the Republic\'s treaty (1944): the copies in the testimonium\'s sentence, then a line dated by three calendars — the Afghan year is no Western one', '為此兩全權代表將本約簽字蓋印，以昭信守，本約用中文、波斯文及法文各繕兩份。\n大中華民國三十三年三月二日阿曆一千三百二十二年十二月十二日公曆一千九百四十四年三月二日訂於安哥拉\n', { date: [1944, 3, 2], place: '安哥拉', copies: 2 }],
  ['a Hijri date after the Western one is not read (按照回历为…)', '本议定书于二○○二年三月二十五日在马斯喀特签订，按照回历为1423年1月11日，一式两份。\n', { date: [2002, 3, 25], place: '马斯喀特', copies: 2 }],
  ['a Hijri date before the Western one is not read', '本条约于回历一三六一年二月二十七日即公历一九四二年三月十六日在巴格达签订，一式两份。\n', { date: [1942, 3, 16], place: '巴格达', copies: 2 }],
  ['dated by the Republic\'s era alone (中華民國四十一年, as its treaties and notes are): year 41 is 1952', '本約用中文、日文及英文各繕二份。\n中華民國四十一年四月二十八日訂於臺北\n', { date: [1952, 4, 28], place: '臺北', copies: 2 }],
  ['a seal mentioned without a date is no signing clause', '本条约须加盖印章后生效。\n', null],
  // A preamble cut by its page before the articles (the 2001 China–Russia treaty): the instruments the heads of state signed and adopted.
  ['instruments dated by coordinated participles (签署和通过的…宣言和声明) are no signing clause', '认为一九九二年至二〇〇〇年期间两国元首签署和通过的中俄联合宣言和声明对发展双边关系具有重要意义，\n', null],
  ['签署并批准的 likewise', '重申1998年签署并批准的甲乙协定仍然有效。\n', null],
  // A note after a protocol (Taiwan's gazette, 1955), citing it: 之 is the written language's 的.
  ['another instrument dated by a participle with 之 (签署之议定书) is no signing clause', '本大臣兹谨提及日本国与中华民国间于一九五五年七月二日签署之议定书第二项。该项规定:本议定书应于双方互换照会之日生效。\n', null],
];

for (const [name, closing, want] of CASES) {
  test(`signing clause: ${name}`, () => {
    const sg = buildTreaty(HEAD + closing).signing;
    if (want === null) {
      assert.equal(sg, undefined);
      return;
    }
    assert.ok(sg, 'a signing clause');
    const read: { date: [number, number, number]; place?: string; copies?: number } = { date: [sg.date!.year, sg.date!.month!, sg.date!.day!] };
    if (want.place !== undefined) read.place = sg.place;
    if (want.copies !== undefined) read.copies = sg.copies;
    assert.deepEqual(read, want);
  });
}

test('signing clause: cut from the last article\'s line, the article keeps its own text', () => {
  const text = '# 测试协定\n\n第一条\n\n甲。\n\n第二条\n\n本协定自签字之日起生效。本协定于2002年1月17日在北京签署，一式两份。\n';
  const t = buildTreaty(text);
  assert.deepEqual(t.articles.map((a) => a.paragraphs.map((p) => text.slice(p.start, p.end).trim())), [['甲。'], ['本协定自签字之日起生效。']]);
  assert.equal(t.signing?.text, '本协定于2002年1月17日在北京签署，一式两份。');
});

test('signing clause: a date signed as a participle in the last article\'s line is not cut out', () => {
  const text = '# 测试协定\n\n第一条\n\n甲。\n\n第二条\n\n本协定自签字之日起生效。本协定于2002年1月17日签署的附件为其组成部分。\n';
  const t = buildTreaty(text);
  assert.deepEqual(t.articles.map((a) => a.paragraphs.map((p) => text.slice(p.start, p.end).trim())), [['甲。'], ['本协定自签字之日起生效。本协定于2002年1月17日签署的附件为其组成部分。']]);
  assert.equal(t.signing, undefined);
});

test('signing clause: its date line cut by a page (…公曆一千九百四), the testimonium that holds the copies is the clause — not a paragraph of the last article', () => {
  const t = buildTreaty('# 测试条约\n\n第一條 甲。\n\n第二條 本約應迅速批准。\n本約自互換批准書之日起發生效力。\n為此兩全權代表將本約簽字蓋印，以昭信守，本約用中文、波斯文及法文各繕兩份，中文、波斯文、法文約本併用為準。\n大中華民國三十三年三月二日阿曆一千三百二十二年十二月十二日公曆一千九百四\n');
  assert.equal(t.signing?.copies, 2);
  assert.deepEqual(t.signing?.languages, ['中文', '波斯文', '法文']);
  assert.equal(t.articles[1].paragraphs.length, 2);
  // Its date: the Western one is cut, the Republic's era gives it (三十三年 is 1944).
  assert.deepEqual([t.signing?.date?.year, t.signing?.date?.month, t.signing?.date?.day], [1944, 3, 2]);
  // A testimonium without the copies, nothing dated after it: no signing clause.
  assert.equal(buildTreaty('# 测试条约\n\n第一條 甲。\n\n第二條 乙。\n為此，兩國全權大臣署名蓋印，以昭信守。\n').signing, undefined);
  // Run on after the last article's own sentence, it is no clause of its own: the article keeps its paragraph.
  const runOn = buildTreaty('# 测试协定\n\n## 第一条\n\n双方依照第二条第一款合作。\n\n## 第二条\n\n本协定自签字之日起生效，有效期五年。为此，双方代表签字盖章，以昭信守，本协定用中文和甲文各缮两份。\n');
  assert.equal(runOn.signing, undefined);
  assert.equal(runOn.articles[1].paragraphs.length, 1);
});

// The UN Charter's testimonium (1945): after 为此, the representatives named in any words, signing, sealed with 以昭信守.
test('signing clause: the testimonium 為此…之代表謹簽字于本憲章，以昭信守 opens the clause — not a paragraph of the last article', () => {
  const text = '# 测试宪章\n\n第一百一十條\n本憲章應由簽字國各依其憲法程序批准之。\n第一百一十一條\n本憲章應留存美利堅合眾國政府之檔庫，其中、法、俄、英、及西文各本同一作準。\n為此聯合國各會員國政府之代表謹簽字于本憲章，以昭信守。\n公曆1945年6月26日簽訂於舊金山市。\n';
  const t = buildTreaty(text);
  assert.deepEqual(t.articles.map((a) => a.paragraphs.length), [1, 1]);
  assert.equal(t.signing?.start, text.indexOf('為此'));
  assert.deepEqual([t.signing?.date?.year, t.signing?.date?.month, t.signing?.date?.day, t.signing?.place], [1945, 6, 26, '舊金山市']);
  // Not sealed with 以昭信守, a sentence after 为此 is the article's (为此 opens many a sentence of a text's own).
  const own = buildTreaty(text.replace('，以昭信守', ''));
  assert.deepEqual(own.articles.map((a) => a.paragraphs.length), [1, 2]);
});

// The languages of the 1950s' form (the State Council Gazette, 1955): `每份均以中文及印尼文書就`.
test('signing clause: languages written 以…書就 (the 1950s\' form)', () => {
  const sg = buildTreaty(HEAD + '本議定書於一九五四年九月一日在雅加達簽訂,共兩份,每份均以中文及印尼文書就,兩種文字的條文具有同等效力。\n').signing;
  assert.ok(sg, 'a signing clause');
  assert.deepEqual(sg.languages, ['中文', '印尼文']);
});

// A page that joined a table's cells (test/fixtures/real/communique_cn_az_diplomatic_1992_bjdzjh.md): a communique's paragraphs
// after the first in one line, its closing glued at the line's end — the sentence counting the copies, the signatories read
// across (two columns, their marks after them), the date-place, a cell's mark after it (lines.ts gluedClosingCuts).
const JOINED = '甲乙两国建交联合公报 |\n2002-03-15 |\n甲国政府和乙国政府决定两国自一九九二年四月二日起建立大使级外交关系。\n两国政府同意发展两国之间的友好合作关系。 两国政府同意互相提供一切必要的协助。 联合公报以中文、乙文和俄文写成,一式两份,三种文本同等作准。中文本和乙文本同俄文本核对无误。 甲国政府代表 乙国政府代表 甲国驻丙国 乙国外交部长 特命全权大使 王某(签字) 李某(签字) 一九九二年四月二日于巴库 |\n';

test('signing clause: a closing glued at the end of a line of paragraphs (a table\'s cells joined): copies, signatories read across, date-place', () => {
  const t = buildTreaty(JOINED);
  const sg = t.signing;
  assert.ok(sg, 'a signing clause');
  assert.deepEqual([sg.date?.year, sg.date?.month, sg.date?.day], [1992, 4, 2]);
  assert.equal(sg.place, '巴库');
  assert.equal(sg.copies, 2);
  assert.deepEqual(sg.languages, ['中文', '乙文', '俄文']);
  assert.ok(t.isTreaty, 'a communique with its signing clause is a treaty');
  // The paragraphs before the copies sentence stay the text's; the clause opens with that sentence.
  assert.equal(JOINED.slice(sg.start, sg.start + 5), '联合公报以');
  assert.ok(t.preamble && t.preamble.end <= sg.start);
});

test('signing clause: one signatory\'s mark before a date-place ending a line is no row of signatories: nothing cut', () => {
  const one = JOINED.replace(' 王某(签字) 李某(签字) ', ' 王某(签字) ');
  assert.equal(buildTreaty(one).signing, undefined);
});

test('signing clause: a date-place line with a table cell\'s mark after the place (`…于罗马 |`)', () => {
  const sg = buildTreaty('甲乙两国建交联合公报\n\n两国政府决定建立外交关系。\n\n甲国政府代表 |\n乙国政府代表 |\n一九七二年一月三十一日于罗马 |\n').signing;
  assert.ok(sg, 'a signing clause');
  assert.deepEqual([sg.date?.year, sg.date?.month, sg.date?.day], [1972, 1, 31]);
  assert.equal(sg.place, '罗马');
});
