// Tests that bite for model/signing.ts (issue 12, item 5): each case a signing clause at the end
// of a short agreement and the whole of what is read from it — the self-reference, the date,
// the place, the copies, the languages and their codes, the authentic texts — each with the text
// at its offsets, so a span one character off fails. Then findDates and formatDate alone.
// Written from the forms in the source's comments; answers by reading the clauses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { findDates, formatDate } from '../../server/src/model/signing';

const DOC = (clause: string) => `# 中华人民共和国和甲国边境合作协定\n\n## 第一条\n\n双方加强合作。\n\n## 第二条\n\n本协定自签字之日起生效。\n\n${clause}\n`;

/** What is read from the clause, each value with the text at its offsets. */
function signing(name: string, clause: string, want: Record<string, string>): void {
  test(`readSigning: ${name}`, () => {
    const text = DOC(clause);
    const s = buildTreaty(text).signing;
    assert.ok(s, 'a signing clause');
    const at = (a?: number, b?: number) => (a === undefined ? '' : ` «${text.slice(a, b)}»`);
    const got: Record<string, string> = { text: s.text };
    if (s.selfRef !== undefined) got.self = `${s.selfRef}${at(s.selfRefStart, s.selfRefStart! + s.selfRef.length)}`;
    if (s.date) got.date = `${formatDate(s.date)}${at(s.date.start, s.date.end)}`;
    if (s.place !== undefined) got.place = s.place;
    if (s.copies !== undefined) got.copies = `${s.copies}${at(s.copiesStart, s.copiesEnd)}`;
    if (s.languages.length > 0 || s.languageCodes) got.languages = `${s.languages.join('|')} = ${(s.languageCodes ?? []).join('|')}`;
    if (s.authentic !== undefined) got.authentic = `${s.authentic}${at(s.authenticStart, s.authenticEnd)}`;
    assert.deepEqual(got, want);
    assert.equal(text.slice(s.start, s.end).replace(/\s*\n\s*/g, '').trim(), s.text);
  });
}

signing('the whole clause', '本协定于2002年1月17日在北京签署，一式两份，每份均用中文、哈萨克文和俄文写成，三种文本同等作准。', {
  text: '本协定于2002年1月17日在北京签署，一式两份，每份均用中文、哈萨克文和俄文写成，三种文本同等作准。',
  self: '本协定 «本协定»', date: '2002年1月17日 «2002年1月17日»', place: '北京', copies: '2 «一式两份»',
  languages: '中文|哈萨克文|俄文 = zh|kk|ru', authentic: '3 «三种文本同等作准»',
});
signing('spaced numbers, half-width commas', '本协议于 2002 年 1 月 17 日在北京签署,一式 两 份,每份均用中文和俄文写成,两种文本具有同等效力。', {
  text: '本协议于 2002 年 1 月 17 日在北京签署,一式 两 份,每份均用中文和俄文写成,两种文本具有同等效力。',
  self: '本协议 «本协议»', date: '2002年1月17日 «2002 年 1 月 17 日»', place: '北京', copies: '2 «一式 两 份»',
  languages: '中文|俄文 = zh|ru', authentic: '2 «两种文本具有同等效力»',
});
// Spaces around the language names (a PDF paste): no empty name before the first nor after the last.
signing('spaced words around the languages', '本协议于2002年1月17日在北京签署，一式两份，每份均用 中文 和 俄文 写成，两种文本同等作准。', {
  text: '本协议于2002年1月17日在北京签署，一式两份，每份均用 中文 和 俄文 写成，两种文本同等作准。',
  self: '本协议 «本协议»', date: '2002年1月17日 «2002年1月17日»', place: '北京', copies: '2 «一式两份»',
  languages: '中文|俄文 = zh|ru', authentic: '2 «两种文本同等作准»',
});
signing('traditional characters, read folded, values as written', '一九八四年十二月十九日在北京簽訂，共兩份，每份都用中文和英文寫成，兩種文本同等作準。', {
  text: '一九八四年十二月十九日在北京簽訂，共兩份，每份都用中文和英文寫成，兩種文本同等作準。',
  date: '1984年12月19日 «一九八四年十二月十九日»', place: '北京', copies: '2 «共兩份»', languages: '中文|英文 = zh|en', authentic: '2 «兩種文本同等作準»',
});
signing('UNESCO\'s originals counted as texts: 两个正式文本均有…签字 (in two authentic copies bearing the signature)', '1972年11月23日订于巴黎，两个正式文本均有大会第十七届会议主席和总干事的签字。', {
  text: '1972年11月23日订于巴黎，两个正式文本均有大会第十七届会议主席和总干事的签字。', date: '1972年11月23日 «1972年11月23日»', place: '巴黎', copies: '2 «两个正式文本»',
});
signing('traditional characters: 兩個正式文本', '1972年11月23日訂於巴黎，兩個正式文本均有大會主席的簽字。', {
  text: '1972年11月23日訂於巴黎，兩個正式文本均有大會主席的簽字。', date: '1972年11月23日 «1972年11月23日»', place: '巴黎', copies: '2 «兩個正式文本»',
});
signing('订于 and the place after it', '1951年9月8日訂於舊金山，正本一份。', { text: '1951年9月8日訂於舊金山，正本一份。', date: '1951年9月8日 «1951年9月8日»', place: '舊金山', copies: '1 «正本一份»' });
signing('open for signature: the place, not what is open there', '本公约于1982年12月10日于纽约联合国总部开放供签署。', {
  text: '本公约于1982年12月10日于纽约联合国总部开放供签署。', self: '本公约 «本公约»', date: '1982年12月10日 «1982年12月10日»', place: '纽约联合国总部',
});
signing('a date broken over two lines is one date; 缮写两分', '本协定于二〇〇四年六\n月十日在北京签订，缮写两分。', {
  text: '本协定于二〇〇四年六月十日在北京签订，缮写两分。', self: '本协定 «本协定»', date: '2004年6月10日 «二〇〇四年六\n月十日»', place: '北京', copies: '2 «缮写两分»',
});
signing('a line broken after ， goes on: the authentic texts on the next line', '本协定于2012年6月5日在北京签订，一式两份，每份均用中文和俄文写成，\n两种文本同等作准。', {
  text: '本协定于2012年6月5日在北京签订，一式两份，每份均用中文和俄文写成，两种文本同等作准。', self: '本协定 «本协定»', date: '2012年6月5日 «2012年6月5日»', place: '北京', copies: '2 «一式两份»',
  languages: '中文|俄文 = zh|ru', authentic: '2 «两种文本同等作准»',
});
signing('after ， and a blank line the signatures are not the clause', '本协定于2012年6月5日在北京签订，一式两份，\n\n中华人民共和国政府代表　　甲国政府代表', {
  text: '本协定于2012年6月5日在北京签订，一式两份，', self: '本协定 «本协定»', date: '2012年6月5日 «2012年6月5日»', place: '北京', copies: '2 «一式两份»',
});
signing('the words before a language dropped: 同等有效的英文', '本协定于2001年7月16日在莫斯科签订，一式两份，每份均用同等有效的中文和俄文写成。', {
  text: '本协定于2001年7月16日在莫斯科签订，一式两份，每份均用同等有效的中文和俄文写成。', self: '本协定 «本协定»', date: '2001年7月16日 «2001年7月16日»', place: '莫斯科', copies: '2 «一式两份»',
  languages: '中文|俄文 = zh|ru',
});
signing('a language the lexicon does not know: its code is empty', '本协定于2001年7月16日在莫斯科签订，用中文和克里奥尔文书写。', {
  text: '本协定于2001年7月16日在莫斯科签订，用中文和克里奥尔文书写。', self: '本协定 «本协定»', date: '2001年7月16日 «2001年7月16日»', place: '莫斯科',
  languages: '中文|克里奥尔文 = zh|',
});
signing('a date to the month: the place after it, not the date (the bug); twelve copies; words before a long language name', '本协定于2002年1月在北京签署，一式十二份，每份均用同等有效的哈萨克文和中文写成。', {
  text: '本协定于2002年1月在北京签署，一式十二份，每份均用同等有效的哈萨克文和中文写成。', self: '本协定 «本协定»', date: '2002年1月 «2002年1月»', place: '北京', copies: '12 «一式十二份»',
  languages: '哈萨克文|中文 = kk|zh',
});
signing('a date to the year, in Chinese numerals', '本协定于二〇〇二年在阿斯塔纳签订，一式两份。', {
  text: '本协定于二〇〇二年在阿斯塔纳签订，一式两份。', self: '本协定 «本协定»', date: '2002年 «二〇〇二年»', place: '阿斯塔纳', copies: '2 «一式两份»',
});
signing('a date-place line under the signatories, each on its own line (a joint communiqué): the date and the place', '中华人民共和国政府代表\n马耳他政府代表\n一九七二年一月三十一日于罗马', {
  text: '一九七二年一月三十一日于罗马', date: '1972年1月31日 «一九七二年一月三十一日»', place: '罗马',
});
signing('a date-place line going on with the copies and the language, no verb (a memorandum of talks: 于北京，一式两份，用英文写成), above the delegations', '1986年7月25日于北京，一式两份，用英文写成。\n中方代表团 甲国代表团', {
  text: '1986年7月25日于北京，一式两份，用英文写成。', date: '1986年7月25日 «1986年7月25日»', place: '北京', copies: '2 «一式两份»', languages: '英文 = en',
});
signing('the same in traditional characters with a converter\'s pinyin in the verb (寫(xiě)成), half-width commas', '1986年7月25日于北京,一式兩份,用英文寫(xiě)成。\n中方代表團(tuán) 甲國代表團(tuán)', {
  text: '1986年7月25日于北京,一式兩份,用英文寫(xiě)成。', date: '1986年7月25日 «1986年7月25日»', place: '北京', copies: '2 «一式兩份»', languages: '英文 = en',
});
signing('the verb broken by a space where a gazette\'s scan joined its printed lines (寫 成): the languages', '本條約於一九五九年六月二十三日在北京簽訂,共兩分。每分都用中文和俄文寫 成,兩種文本具有同等效力。', {
  text: '本條約於一九五九年六月二十三日在北京簽訂,共兩分。每分都用中文和俄文寫 成,兩種文本具有同等效力。', self: '本條約 «本條約»', date: '1959年6月23日 «一九五九年六月二十三日»', place: '北京', copies: '2 «共兩分»',
  languages: '中文|俄文 = zh|ru', authentic: '2 «兩種文本具有同等效力»',
});
signing('a date-place line with the signer\'s name in Latin letters glued after the place (a PDF\'s signature, 於南京Ralph Skrine Stevenson): the place ends before the name', '公曆一九四七年七月二十三日於南京Ralph Skrine Stevenson', {
  text: '公曆一九四七年七月二十三日於南京Ralph Skrine Stevenson', date: '1947年7月23日 «一九四七年七月二十三日»', place: '南京',
});
signing('the copies and languages written 以…各缮…份 (Taiwan), the texts 两种文字同一作准, the date-place line after it', '本议定书以中文及西班牙文各缮二份，两种文字同一作准，以昭信守。\n一九八二年九月廿二日于瓜地马拉城', {
  text: '本议定书以中文及西班牙文各缮二份，两种文字同一作准，以昭信守。一九八二年九月廿二日于瓜地马拉城', self: '本议定书 «本议定书»',
  date: '1982年9月22日 «一九八二年九月廿二日»', place: '瓜地马拉城', copies: '2 «缮二份»', languages: '中文|西班牙文 = zh|es', authentic: '2 «两种文字同一作准»',
});
signing('hard-wrapped (a PDF, a database\'s fixed width): the copies sentence and the date-place line each broken, read whole', '本议定书以中文及西班牙文各缮\n二份，两种文字同一作准，以昭信守。\n一九八二年九月廿二日于瓜地\n马拉城', {
  text: '本议定书以中文及西班牙文各缮二份，两种文字同一作准，以昭信守。一九八二年九月廿二日于瓜地马拉城', self: '本议定书 «本议定书»',
  date: '1982年9月22日 «一九八二年九月廿二日»', place: '瓜地马拉城', copies: '2 «缮\n二份»', languages: '中文|西班牙文 = zh|es', authentic: '2 «两种文字同一作准»',
});
signing('a comment line between the signatories and the date-place line', '中华人民共和国政府代表\n马耳他政府代表\n<!-- treaty-disable-next-line numbering.gap -->\n一九七二年一月三十一日于罗马', {
  text: '一九七二年一月三十一日于罗马', date: '1972年1月31日 «一九七二年一月三十一日»', place: '罗马',
});

// ——— Dates ———

// A joint statement's date-place line under its signatories (a blank line between them or not), and a news agency's
// remark after the place, bracketed, on its line or wrapped to the next (`…于阿拉木图（新华社阿拉木图 7 月 5 日` / `电）`, as
// People's Daily prints a statement): no part of the place.
const STATEMENT = (tail: string) => `# 中华人民共和国和哈萨克斯坦共和国联合声明\n\n中华人民共和国和哈萨克斯坦共和国（以下简称“双方”）声明如下：\n\n一、双方发展睦邻友好关系。\n\n二、双方加强经贸合作。\n\n${tail}`;
const SIGNATORIES = '中华人民共和国主席\n江泽民\n\n哈萨克斯坦共和国总统\n纳扎尔巴耶夫\n\n';
for (const [name, tail, text] of [
  ['under the signatories, a blank line between', `${SIGNATORIES}一九九六年七月五日于阿拉木图\n`, '一九九六年七月五日于阿拉木图'],
  ['a news agency\'s remark after the place', '一九九六年七月五日于阿拉木图（新华社阿拉木图7月5日电）\n', '一九九六年七月五日于阿拉木图（新华社阿拉木图7月5日电）'],
  ['a news agency\'s remark wrapped to the next line', '一九九六年七月五日于阿拉木图（新华社阿拉木图 7 月 5 日\n电）\n', '一九九六年七月五日于阿拉木图（新华社阿拉木图 7 月 5 日电）'],
  ['the remark wrapped, under the signatories', `${SIGNATORIES}一九九六年七月五日于阿拉木图（新华社阿拉木图 7 月 5 日\n电）\n`, '一九九六年七月五日于阿拉木图（新华社阿拉木图 7 月 5 日电）'],
] as const) {
  test(`readSigning: a joint statement's date and place, ${name}`, () => {
    const t = buildTreaty(STATEMENT(tail));
    assert.deepEqual(t.signing && { text: t.signing.text, place: t.signing.place, date: t.signing.date && formatDate(t.signing.date) }, { text, place: '阿拉木图', date: '1996年7月5日' });
    assert.deepEqual(t.articles.map((a) => t.text.slice(a.start, a.end).trim()), ['一、双方发展睦邻友好关系。', '二、双方加强经贸合作。']);
  });
}

test('findDates: every date of a text, its offsets past leading spaces, relative to a base', () => {
  const s = '甲 2002年1月17日乙二〇〇四年六月丙1999年丁九月初七日戊1998年13月1日己999年1月1日庚3000年1月1日辛1990年2月初三日';
  assert.deepEqual(findDates(s, 100).map((d) => `${formatDate(d)} «${s.slice(d.start - 100, d.end - 100)}»`), [
    '2002年1月17日 «2002年1月17日»', '2004年6月 «二〇〇四年六月»', '1999年 «1999年»', '1990年2月3日 «1990年2月初三日»',
  ]);
});
test('findDates: the bounds of a year and a month; a year that does not parse', () => {
  const s = '1000年1月1日 2999年12月1日 3000年1月1日 999年1月1日 2002年0月1日 百千年1月1日 2002年12月31日';
  assert.deepEqual(findDates(s).map(formatDate), ['1000年1月1日', '2999年12月1日', '2002年12月31日']);
});
test('formatDate: year, month, day as far as known', () => {
  assert.deepEqual([{ year: 2002 }, { year: 2002, month: 1 }, { year: 2002, month: 1, day: 17 }, { year: 2002, day: 17 }].map(formatDate), ['2002年', '2002年1月', '2002年1月17日', '2002年17日']);
});

// Sample H's signing.ts:102 (branch h12featb): the place written before a date (`在莫斯科于2002年签订`,
// `于纽约1966年签署`) is the place alone; the date after it was read as part of it (`莫斯科于2002年`).
signing('the place before the date: 在…于 date 签订', '本协定在莫斯科于2002年签订，一式两份。', {
  text: '本协定在莫斯科于2002年签订，一式两份。', self: '本协定 «本协定»', date: '2002年 «2002年»', place: '莫斯科', copies: '2 «一式两份»',
});
signing('the place before the date: 在…于 a whole date 签订', '本协定在北京于一九九〇年十月十日签订，一式两份。', {
  text: '本协定在北京于一九九〇年十月十日签订，一式两份。', self: '本协定 «本协定»', date: '1990年10月10日 «一九九〇年十月十日»', place: '北京', copies: '2 «一式两份»',
});
// A place written right after the date, with neither 在 nor 于 before it (`于2002年北京签署`): read when the
// lexicon knows it as a place (a state's capital); other words there say how it was signed, not where.
signing('a capital right after the year, no 在: 于2002年北京签署', '本协定于2002年北京签署，一式两份。', {
  text: '本协定于2002年北京签署，一式两份。', self: '本协定 «本协定»', date: '2002年 «2002年»', place: '北京', copies: '2 «一式两份»',
});
signing('a capital right after a whole date, no 在: 2002年10月10日莫斯科签订', '本协定于2002年10月10日莫斯科签订，一式两份，每份均用中文和俄文写成，两种文本同等作准。', {
  text: '本协定于2002年10月10日莫斯科签订，一式两份，每份均用中文和俄文写成，两种文本同等作准。', self: '本协定 «本协定»', date: '2002年10月10日 «2002年10月10日»', place: '莫斯科', copies: '2 «一式两份»',
  languages: '中文|俄文 = zh|ru', authentic: '2 «两种文本同等作准»',
});
signing('words of manner after the date are no place: 正式签署', '本协定于2002年10月10日正式签署，一式两份。', {
  text: '本协定于2002年10月10日正式签署，一式两份。', self: '本协定 «本协定»', date: '2002年10月10日 «2002年10月10日»', copies: '2 «一式两份»',
});
signing('words of manner after the date are no place: 由双方代表签署', '本协定于2002年10月10日由双方代表签署。', {
  text: '本协定于2002年10月10日由双方代表签署。', self: '本协定 «本协定»', date: '2002年10月10日 «2002年10月10日»',
});
// Dates in an era, and a date's equivalent in another calendar (the Chinese texts of treaties with Japan, and of the Qing's).
signing('a date in Japan\'s era alone, under the signatures (a note\'s date line): 昭和二十七年…於臺北', '昭和二十七年四月二十八日於臺北', {
  text: '昭和二十七年四月二十八日於臺北', date: '1952年4月28日 «昭和二十七年四月二十八日»', place: '臺北',
});
signing('a year of one numeral in an era: 令和五年', '令和五年十一月一日於東京', {
  text: '令和五年十一月一日於東京', date: '2023年11月1日 «令和五年十一月一日»', place: '東京',
});
signing('an era\'s first year: 昭和元年', '昭和元年十二月二十八日於東京', {
  text: '昭和元年十二月二十八日於東京', date: '1926年12月28日 «昭和元年十二月二十八日»', place: '東京',
});
signing('the year in two eras, the month and day written once: 中華民國四十一年即日本國昭和二十七年四月二十八日', '中華民國四十一年即日本國昭和二十七年四月二十八日訂於臺北。', {
  text: '中華民國四十一年即日本國昭和二十七年四月二十八日訂於臺北。', date: '1952年4月28日 «中華民國四十一年即日本國昭和二十七年四月二十八日»', place: '臺北',
});
signing('the equivalent between commas: …日，即日本國昭和…日，訂於臺北', '中華民國四十一年四月二十八日，即日本國昭和二十七年四月二十八日，訂於臺北。', {
  text: '中華民國四十一年四月二十八日，即日本國昭和二十七年四月二十八日，訂於臺北。', date: '1952年4月28日 «中華民國四十一年四月二十八日»', place: '臺北',
});
signing('a reign\'s date, then the Western one between commas: 道光…，即英國紀年之一千八百四十二年八月二十九日，訂於江寧', '道光二十二年七月二十四日，即英國紀年之一千八百四十二年八月二十九日，訂於江寧。', {
  text: '道光二十二年七月二十四日，即英國紀年之一千八百四十二年八月二十九日，訂於江寧。', date: '1842年8月29日 «一千八百四十二年八月二十九日»', place: '江寧',
});
signing('the place right before the year: 于纽约1966年签署', '本公约于纽约1966年签署。', {
  text: '本公约于纽约1966年签署。', self: '本公约 «本公约»', date: '1966年 «1966年»', place: '纽约',
});
