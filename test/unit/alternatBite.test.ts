// The alternat, rule by rule (features/export/alternat.ts): each party's copy of a bilateral
// instrument names that party first — every pair of the parties' names (full names and states,
// each separator, spaces inside and around the names), the languages of the signing clause (the
// party's own first, the other party's second, the rest as written, separators kept), and the
// signature columns (the party's own on the left, the gap between columns as written) — while
// titles in 《…》, pairs already in the party's order and the signature block's own text stay.
// Every expected copy is the whole text, written by reading the fixture. Then the signature
// layout (lead, columns, their spans and cleaned lines) and `cleanLine`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { cleanLine, signatureLayout, signingCopies } from '../../server/src/features/export/alternat';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SIGNED = `中华人民共和国政府
代表
（签字）

蒙古国政府
代表
（签字）
`;
const SIGNED_SWAPPED = `蒙古国政府
代表
（签字）

中华人民共和国政府
代表
（签字）
`;

/** A bilateral agreement between 中华人民共和国政府 and 蒙古国政府 around the given body, signing clause and signatures. */
const agreement = (body: string, signing = '本协定于2010年6月4日在乌兰巴托签订，一式两份，每份均用中文和蒙文写成，两种文本同等作准。', signatures = SIGNED) =>
  `# 中华人民共和国政府和蒙古国政府关于口岸的协定

中华人民共和国政府和蒙古国政府（以下简称“双方”），达成协议如下：

## 第一条

${body}

## 第二条

本协定自签字之日起生效。

${signing}

${signatures}`;

const agreementSwapped = (body: string, signing = '本协定于2010年6月4日在乌兰巴托签订，一式两份，每份均用蒙文和中文写成，两种文本同等作准。', signatures = SIGNED_SWAPPED) =>
  `# 蒙古国政府和中华人民共和国政府关于口岸的协定

蒙古国政府和中华人民共和国政府（以下简称“双方”），达成协议如下：

## 第一条

${body}

## 第二条

本协定自签字之日起生效。

${signing}

${signatures}`;

interface CopyCase {
  name: string;
  text: string;
  /** The second party's copy, whole. */
  second: string;
}

const COPIES: CopyCase[] = [
  {
    name: 'title, preamble, signing languages and signature columns',
    text: agreement('双方开展合作。'),
    second: agreementSwapped('双方开展合作。'),
  },
  {
    name: 'every separator (和 与 及 同 、) is kept, the names swap around it',
    text: agreement('中华人民共和国政府与蒙古国政府会晤；中华人民共和国政府及蒙古国政府协商；中华人民共和国政府同蒙古国政府商定；中华人民共和国政府、蒙古国政府派员。'),
    second: agreementSwapped('蒙古国政府与中华人民共和国政府会晤；蒙古国政府及中华人民共和国政府协商；蒙古国政府同中华人民共和国政府商定；蒙古国政府、中华人民共和国政府派员。'),
  },
  {
    name: 'spaces around the separator and inside a name (OCR) stay where they were written',
    text: agreement('中华人民共和国政府 和 蒙古国政府会晤。中华 人民共和国政府与蒙古国　政府协商。'),
    second: agreementSwapped('蒙古国政府 和 中华人民共和国政府会晤。蒙古国　政府与中华 人民共和国政府协商。'),
  },
  {
    name: 'the states alone are a pair too; a full-name pair is not read again as states',
    text: agreement('中华人民共和国和蒙古国的边界，中华人民共和国政府和蒙古国政府的口岸。'),
    second: agreementSwapped('蒙古国和中华人民共和国的边界，蒙古国政府和中华人民共和国政府的口岸。'),
  },
  {
    name: 'titles in 《》 are never reordered; a pair already in the copy’s order stays; a name alone stays',
    text: agreement('依照《中华人民共和国政府和蒙古国政府口岸协定》，蒙古国政府和中华人民共和国政府商定，中华人民共和国政府负责，蒙古国政府协助。'),
    second: agreementSwapped('依照《中华人民共和国政府和蒙古国政府口岸协定》，蒙古国政府和中华人民共和国政府商定，中华人民共和国政府负责，蒙古国政府协助。'),
  },
  {
    name: 'a pair right after a title in 《》 is reordered (only what starts inside the quotes is kept)',
    text: agreement('《口岸协定》中华人民共和国政府和蒙古国政府各执一份。'),
    second: agreementSwapped('《口岸协定》蒙古国政府和中华人民共和国政府各执一份。'),
  },
  {
    name: 'languages: a third language stays last, the separators stay in place',
    text: agreement('双方开展合作。', '本协定于2010年6月4日在乌兰巴托签订，一式两份，每份均用中文、蒙文和英文写成，三种文本同等作准。'),
    second: agreementSwapped('双方开展合作。', '本协定于2010年6月4日在乌兰巴托签订，一式两份，每份均用蒙文、中文和英文写成，三种文本同等作准。'),
  },
  {
    name: 'languages: a language of neither party written first goes after both parties’ languages',
    text: agreement('双方开展合作。', '本协定于2010年6月4日在乌兰巴托签订，一式两份，每份均用英文、中文和蒙文写成，三种文本同等作准。'),
    second: agreementSwapped('双方开展合作。', '本协定于2010年6月4日在乌兰巴托签订，一式两份，每份均用蒙文、中文和英文写成，三种文本同等作准。'),
  },
  {
    name: 'languages: a space after a separator and a space before the list are kept',
    text: agreement('双方开展合作。', '本协定于2010年6月4日在乌兰巴托签订，一式两份，每份均用 中文、 蒙文写成，两种文本同等作准。'),
    second: agreementSwapped('双方开展合作。', '本协定于2010年6月4日在乌兰巴托签订，一式两份，每份均用 蒙文、 中文写成，两种文本同等作准。'),
  },
  {
    name: 'languages already in the copy’s order: the clause stays',
    text: agreement('双方开展合作。', '本协定于2010年6月4日在乌兰巴托签订，一式两份，每份均用蒙文和中文写成，两种文本同等作准。'),
    second: agreementSwapped('双方开展合作。', '本协定于2010年6月4日在乌兰巴托签订，一式两份，每份均用蒙文和中文写成，两种文本同等作准。'),
  },
  {
    name: 'one language only: the clause stays',
    text: agreement('双方开展合作。', '本协定于2010年6月4日在乌兰巴托签订，一式两份，用中文写成。'),
    second: agreementSwapped('双方开展合作。', '本协定于2010年6月4日在乌兰巴托签订，一式两份，用中文写成。'),
  },
  {
    name: 'a lead line before the columns (以昭信守) stays before them',
    text: agreement('双方开展合作。', undefined, '下列签字人经各自政府正式授权，签署本协定，以昭信守。\n\n' + SIGNED),
    second: agreementSwapped('双方开展合作。', undefined, '下列签字人经各自政府正式授权，签署本协定，以昭信守。\n\n' + SIGNED_SWAPPED),
  },
  {
    name: 'no language list (no 用…写成) in the signing clause: it stays',
    text: agreement('双方开展合作。', '本协定于2010年6月4日在乌兰巴托签订，一式两份，两种文本同等作准。'),
    second: agreementSwapped('双方开展合作。', '本协定于2010年6月4日在乌兰巴托签订，一式两份，两种文本同等作准。'),
  },
  {
    name: 'signatures side by side: each row’s cells change places, the other cell kept at its column, in the row’s spaces',
    text: agreement('双方开展合作。', undefined, '中华人民共和国政府　　　　　　　　蒙古国政府\n代　表　　　　　　　　　　　　　　代　表\n（签字）    （签字）\n'),
    second: agreementSwapped('双方开展合作。', undefined, '蒙古国政府　　　　　　　　　　　　中华人民共和国政府\n代　表　　　　　　　　　　　　　　代　表\n（签字）    （签字）\n'),
  },
  {
    name: 'signatures side by side, a row with one cell: which column it is in is not known, the block stays',
    text: agreement('双方开展合作。', undefined, '中华人民共和国政府　　　　蒙古国政府\n（签字）\n'),
    second: agreementSwapped('双方开展合作。', undefined, '中华人民共和国政府　　　　蒙古国政府\n（签字）\n'),
  },
  {
    name: 'no signatures: the rest is reordered',
    text: agreement('双方开展合作。', undefined, ''),
    second: agreementSwapped('双方开展合作。', undefined, ''),
  },
  {
    name: 'the gap between the columns is taken as written after the first column (trailing spaces included)',
    text: agreement('双方开展合作。', undefined, '中华人民共和国政府\n代表\n（签字）  \n\n蒙古国政府\n代表\n（签字）\n'),
    second: agreementSwapped('双方开展合作。', undefined, '蒙古国政府\n代表\n（签字）  \n\n中华人民共和国政府\n代表\n（签字）\n'),
  },
  {
    name: 'signature columns without a blank line between them are joined without one',
    text: agreement('双方开展合作。', undefined, '中华人民共和国政府代表\n（签字）\n蒙古国政府代表\n（签字）\n'),
    second: agreementSwapped('双方开展合作。', undefined, '蒙古国政府代表\n（签字）\n中华人民共和国政府代表\n（签字）\n'),
  },
  {
    name: 'a name cut over two lines in the signatures: the column opens at its state, the lines go with it; markup stays',
    text: agreement('双方开展合作。', undefined, '**中华人民共和国**\n**政府代表**\n（签字）\n\n**蒙古国政府代表**\n（签字）\n'),
    second: agreementSwapped('双方开展合作。', undefined, '**蒙古国政府代表**\n（签字）\n\n**中华人民共和国**\n**政府代表**\n（签字）\n'),
  },
  {
    name: 'names in the signature block are not swapped as pairs; a block whose columns do not name both parties stays',
    text: agreement('双方开展合作。', undefined, '中华人民共和国政府和蒙古国政府代表\n（签字）\n'),
    second: agreementSwapped('双方开展合作。', undefined, '中华人民共和国政府和蒙古国政府代表\n（签字）\n'),
  },
];

for (const c of COPIES) {
  test(`alternat: ${c.name}`, () => {
    const copies = signingCopies(c.text);
    assert.deepEqual(
      copies.map((x) => [x.party, x.index]),
      [
        ['中华人民共和国政府', 0],
        ['蒙古国政府', 1],
      ],
    );
    assert.equal(copies[0].text, c.text, 'the first party’s copy is the text as agreed');
    assert.equal(copies[1].text, c.second);
  });
}

test('alternat: a party named by its state alone beside one named with its organ — the full pair swapped once, the states alone elsewhere', () => {
  const text = '# 中华人民共和国和蒙古国政府关于口岸的协定\n\n中华人民共和国和蒙古国政府（以下简称“双方”），达成协议如下：\n\n## 第一条\n\n中华人民共和国和蒙古国开展合作。\n';
  const copies = signingCopies(text);
  assert.deepEqual(
    copies.map((x) => x.party),
    ['中华人民共和国', '蒙古国政府'],
  );
  assert.equal(copies[1].text, '# 蒙古国政府和中华人民共和国关于口岸的协定\n\n蒙古国政府和中华人民共和国（以下简称“双方”），达成协议如下：\n\n## 第一条\n\n蒙古国和中华人民共和国开展合作。\n');
});

// treaty_cn_mn_transfer_sentenced_page: a news page's headline names the parties by their everyday names (中国和蒙古国), the
// preamble by their full names; Mongolia's copy kept the headline's 中国 first.
test('alternat: the states\' everyday names, in any mix (中国和蒙古国, 中国和蒙古), are a pair of the parties and swapped', () => {
  const text = '中国和蒙古国移管被判刑人条约全文\n\n  中华人民共和国和蒙古国(下称双方),议定下列各条:\n\n  第一条 定义\n\n  中国和蒙古开展合作。其中国和地区不变。\n';
  const copies = signingCopies(text);
  assert.deepEqual(copies.map((x) => x.party), ['中华人民共和国', '蒙古国']);
  assert.equal(copies[0].text, text);
  assert.equal(copies[1].text, '蒙古国和中国移管被判刑人条约全文\n\n  蒙古国和中华人民共和国(下称双方),议定下列各条:\n\n  第一条 定义\n\n  蒙古和中国开展合作。其中国和地区不变。\n');
});

// agreement_cn_jp_social_security_2018_bilingual: 缔约双方 defined as the states, the governments named in the title and preamble.
test('alternat: parties read as states, named with the same organ after each (政府 … 政府): the pair swapped with its organ', () => {
  const text = '# 中华人民共和国政府和日本国政府社会保障协定\n\n中华人民共和国政府和日本国政府，本着加强中华人民共和国和日本国（以下称缔约双方）友好关系之目的，达成协议如下：\n\n## 第一条\n\n中华人民共和国政府和日本国政府交换信息。\n';
  const copies = signingCopies(text);
  assert.deepEqual(copies.map((x) => x.party), ['中华人民共和国', '日本国']);
  assert.equal(copies[1].text, '# 日本国政府和中华人民共和国政府社会保障协定\n\n日本国政府和中华人民共和国政府，本着加强日本国和中华人民共和国（以下称缔约双方）友好关系之目的，达成协议如下：\n\n## 第一条\n\n日本国政府和中华人民共和国政府交换信息。\n');
});

// agreement_cn_mm_border_1997_page: a title centred over two lines, broken inside the second party's name.
test('alternat: a pair broken over a line of a centred title (…缅甸联邦 / 政府关于…) is swapped as one; a blank line between names is no pair', () => {
  const text = '中华人民共和国政府和缅甸联邦\n政府关于边境管理的协定\n\n中华人民共和国政府和缅甸联邦政府（以下简称“双方”）达成协议如下：\n\n第一条 双方合作。\n\n中华人民共和国政府和\n\n缅甸联邦政府\n';
  const copies = signingCopies(text);
  assert.deepEqual(copies.map((x) => x.party), ['中华人民共和国政府', '缅甸联邦政府']);
  assert.equal(copies[1].text, '缅甸联邦\n政府和中华人民共和国政府关于边境管理的协定\n\n缅甸联邦政府和中华人民共和国政府（以下简称“双方”）达成协议如下：\n\n第一条 双方合作。\n\n中华人民共和国政府和\n\n缅甸联邦政府\n');
});

// memorandum_cn_sg_officials_2003: 双方 defined as “中方”与“新方”, each defined for a ministry before.
test('alternat: parties defined by their short names — the full names and the short names swapped, and the copy of the copy is the text', () => {
  const text = '# 中华人民共和国外交部与新加坡共和国外交部关于官员访华项目的谅解备忘录\n\n中华人民共和国外交部（以下简称“中方”）与新加坡共和国外交部（以下简称“新方”，“中方”与“新方”以下合并简称“双方”），达成以下谅解：\n\n一、中方和新方合作。\n\n本备忘录于2003年11月18日在北京签署，用中文和英文写成，两种文本同等作准。\n';
  const copies = signingCopies(text);
  assert.deepEqual(copies.map((x) => x.party), ['中华人民共和国外交部', '新加坡共和国外交部']);
  const second = '# 新加坡共和国外交部与中华人民共和国外交部关于官员访华项目的谅解备忘录\n\n中华人民共和国外交部（以下简称“中方”）与新加坡共和国外交部（以下简称“新方”，“新方”与“中方”以下合并简称“双方”），达成以下谅解：\n\n一、新方和中方合作。\n\n本备忘录于2003年11月18日在北京签署，用英文和中文写成，两种文本同等作准。\n';
  assert.equal(copies[1].text, second);
  assert.equal(signingCopies(second)[1].text, text);
});

test('alternat: a text in traditional characters, a converter\'s pinyin inside a name, and this instrument\'s own title cited in a notice above it — all swapped in the other party\'s copy; other instruments\' titles stay', () => {
  const text = '行政長官公告：《中華人民共和國澳門特別行政區與瑞士聯邦關於接收的協定》已生效。\n\n# 中華人民共和國澳門特別行政區與瑞士聯邦關於接收的協定\n\n中華人民共和國澳門特別行政區與瑞士聯(lián)邦（以下簡稱“雙方”），根據《中華人民共和國澳門特別行政區與瑞士聯邦關於互免簽證的協定》，達成協議如下：\n\n第一條\n\n雙方合作。\n\n本協定於2005年在澳門簽訂，一式兩份，用中文和德文寫成，兩種文本同等作準。\n';
  const copies = signingCopies(text);
  // (The parties as the model names them: read as simplified, the gloss as written.)
  assert.deepEqual(copies.map((x) => x.party), ['中华人民共和国澳门特别行政区', '瑞士联(lián)邦']);
  const second = '行政長官公告：《瑞士聯邦與中華人民共和國澳門特別行政區關於接收的協定》已生效。\n\n# 瑞士聯邦與中華人民共和國澳門特別行政區關於接收的協定\n\n瑞士聯(lián)邦與中華人民共和國澳門特別行政區（以下簡稱“雙方”），根據《中華人民共和國澳門特別行政區與瑞士聯邦關於互免簽證的協定》，達成協議如下：\n\n第一條\n\n雙方合作。\n\n本協定於2005年在澳門簽訂，一式兩份，用中文和德文寫成，兩種文本同等作準。\n';
  // (The languages stay: a confederation of four languages has none of its own to put first.)
  assert.equal(copies[1].text, second);
});

test('alternat: a text whose pairs are already in the second party’s order is its own copy; the alternat is its own inverse', () => {
  const text = agreement('中华人民共和国政府和蒙古国政府开展合作。');
  const second = signingCopies(text)[1].text;
  // Read again, the copy names 蒙古国政府 first: its second copy is the agreed text.
  assert.deepEqual(
    signingCopies(second).map((x) => x.party),
    ['蒙古国政府', '中华人民共和国政府'],
  );
  assert.equal(signingCopies(second)[1].text, text);
});

// (Three parties: a copy each since session 62, alternatThree.test.ts.)
test('alternat: one copy for one party or none; the text as written', () => {
  const none = '# 关于口岸的协定\n\n## 第一条\n\n中华人民共和国和蒙古国商定。\n';
  for (const text of [none, '', '中华人民共和国和和\n']) assert.deepEqual(signingCopies(text), [{ party: undefined, index: 0, text }]);
});

interface LayoutCase {
  name: string;
  signatures: string;
  lead: string[];
  /** Each column as its party, the text of its span (trimmed) and its lines. */
  columns: Array<[string | undefined, string, string[]]>;
}

const LAYOUTS: LayoutCase[] = [
  {
    name: 'two columns, each opened by its party’s line, blank lines skipped',
    signatures: SIGNED,
    lead: [],
    columns: [
      ['中华人民共和国政府', '中华人民共和国政府\n代表\n（签字）', ['中华人民共和国政府', '代表', '（签字）']],
      ['蒙古国政府', '蒙古国政府\n代表\n（签字）', ['蒙古国政府', '代表', '（签字）']],
    ],
  },
  {
    name: 'the columns in the order of the text, markup removed from the lines, a name cut over lines',
    signatures: '**蒙古国政府代表**\n（签字）\n\n中华人民共和国\n国防部代表\n（签字）\n',
    lead: [],
    columns: [
      ['蒙古国政府', '**蒙古国政府代表**\n（签字）', ['蒙古国政府代表', '（签字）']],
      ['中华人民共和国政府', '中华人民共和国\n国防部代表\n（签字）', ['中华人民共和国', '国防部代表', '（签字）']],
    ],
  },
  {
    name: 'a second line opening with a party’s state stays in that party’s column',
    signatures: '中华人民共和国政府\n中华人民共和国驻蒙古国大使\n（签字）\n\n蒙古国政府\n（签字）\n',
    lead: [],
    columns: [
      ['中华人民共和国政府', '中华人民共和国政府\n中华人民共和国驻蒙古国大使\n（签字）', ['中华人民共和国政府', '中华人民共和国驻蒙古国大使', '（签字）']],
      ['蒙古国政府', '蒙古国政府\n（签字）', ['蒙古国政府', '（签字）']],
    ],
  },
  {
    name: 'no party named: one column with every line, no lead',
    signatures: '代表甲\n（签字）\n\n代表乙\n（签字）\n',
    lead: [],
    columns: [[undefined, '代表甲\n（签字）\n\n代表乙\n（签字）', ['代表甲', '（签字）', '代表乙', '（签字）']]],
  },
  {
    name: 'side by side: the first line names a party in each cell; the rows’ cells are the columns’ lines, the lines before the lead',
    signatures: '经各自政府授权，签字如下：\n\n蒙古国政府　　　　中华人民共和国政府\n\n代　表　　　　　　**代　表**\n',
    lead: ['经各自政府授权，签字如下：'],
    columns: [
      ['蒙古国政府', '蒙古国政府　　　　中华人民共和国政府\n\n代　表　　　　　　**代　表**', ['蒙古国政府', '代　表']],
      ['中华人民共和国政府', '蒙古国政府　　　　中华人民共和国政府\n\n代　表　　　　　　**代　表**', ['中华人民共和国政府', '代　表']],
    ],
  },
  {
    name: 'a signature block of markup only (<br> lines pasted from a web page): no lead, no column',
    signatures: '<br>\n<br>\n',
    lead: [],
    columns: [],
  },
];

for (const c of LAYOUTS) {
  test(`signature layout: ${c.name}`, () => {
    const text = agreement('双方开展合作。', undefined, c.signatures);
    const treaty = buildTreaty(text);
    const layout = signatureLayout(treaty);
    assert.deepEqual(layout.lead, c.lead);
    assert.deepEqual(
      layout.columns.map((col) => [col.party, text.slice(col.start, col.end).replace(/\s+$/, ''), col.lines]),
      c.columns,
    );
  });
}

test('signature layout: lines before the first party’s column are the lead', () => {
  const text = agreement('双方开展合作。', '本协定于2010年6月4日在乌兰巴托签订，一式两份，每份均用中文和蒙文写成，两种文本同等作准。\n\n下列签字人经各自政府正式授权，签署本协定，以昭信守。', SIGNED);
  const layout = signatureLayout(buildTreaty(text));
  assert.deepEqual(layout.lead, ['下列签字人经各自政府正式授权，签署本协定，以昭信守。']);
  assert.deepEqual(
    layout.columns.map((c) => c.lines),
    [
      ['中华人民共和国政府', '代表', '（签字）'],
      ['蒙古国政府', '代表', '（签字）'],
    ],
  );
});

test('signature layout: a text without signatures has none', () => {
  assert.deepEqual(signatureLayout(buildTreaty('# 关于口岸的协定\n\n## 第一条\n\n双方开展合作。\n')), { lead: [], columns: [] });
});

test('cleanLine: superscripts kept as text, tags, escapes and emphasis removed, ends trimmed', () => {
  const cases: Array<[string, string]> = [
    ['  **中华人民共和国政府**  ', '中华人民共和国政府'],
    ['__代表__\u3000', '代表'],
    ['第1<sup>2</sup>条', '第12条'],
    ['<span class="x">代表</span>', '代表'],
    ['\\*签字\\* \\_ \\\\ \\` \\[ \\]', '*签字* _ \\ ` [ ]'],
    ['a < b', 'a < b'],
    ['<这是一个超过二十个字符的尖括号里的文字，不是标签，不删除>', '<这是一个超过二十个字符的尖括号里的文字，不是标签，不删除>'],
  ];
  assert.deepEqual(
    cases.map(([s]) => cleanLine(s)),
    cases.map(([, e]) => e),
  );
});

// Cells one space apart (a treaty database squeezed the layout's spaces): the 1983 China–Peru supplementary protocol
// as fsou.com gives it. Its signature rows read `中华人民共和国政府 秘鲁共和国政府` / `代 表 代 表` /
// `(对外经济贸易部副部长) (商业部副部长)` / `贾 石 路易斯·蒙特罗·阿兰布鲁` and a stray `(` the page cut.
const PERU = readFileSync(join(__dirname, '../../../test/fixtures/real/supplement_cn_pe_trade_1983_fsou.md'), 'utf8');

test('signature layout, cells one space apart (real: China–Peru 1983): the row naming both parties heads the columns; a row written twice over is its halves, a letter-spaced name one cell; the rows end at a line of one cell', () => {
  const layout = signatureLayout(buildTreaty(PERU));
  assert.deepEqual(layout.lead, ['注:缔约双方已相互通知完成了各自国内的法律程序,本议定书自1986年5月15日起生效。']);
  assert.deepEqual(
    layout.columns.map((c) => [c.party, c.lines]),
    [
      ['中华人民共和国政府', ['中华人民共和国政府', '代 表', '(对外经济贸易部副部长)', '贾 石']],
      ['秘鲁共和国政府', ['秘鲁共和国政府', '代 表', '(商业部副部长)', '路易斯·蒙特罗·阿兰布鲁']],
    ],
  );
  assert.equal(layout.rows?.length, 4);
});

test('signing copies, cells one space apart (real: China–Peru 1983): Peru’s copy swaps each signature row’s cells, one space between them, and swapping back gives the text', () => {
  const [china, peru] = signingCopies(PERU);
  assert.equal(china.text, PERU);
  assert.equal(peru.party, '秘鲁共和国政府');
  // Read off the text: the title, the preamble, articles 1 and 4 name Peru first; the signature rows swap; the
  // languages are left as the clause writes them (an order agreed in the text, not the copy's: see alternat.ts); the
  // note and the stray `(` stay.
  const expected = PERU.replace('中华人民共和国政府和秘鲁共和国政府贸易协定补充议定书', '秘鲁共和国政府和中华人民共和国政府贸易协定补充议定书')
    .replace('中华人民共和国政府和秘鲁共和国政府,通过友好协商', '秘鲁共和国政府和中华人民共和国政府,通过友好协商')
    .replace('取消中华人民共和国政府和秘鲁共和国政府于', '取消秘鲁共和国政府和中华人民共和国政府于')
    .replace('本补充议定书为中华人民共和国政府和秘鲁共和国政府一九七二年', '本补充议定书为秘鲁共和国政府和中华人民共和国政府一九七二年')
    .replace(
      '中华人民共和国政府 秘鲁共和国政府\n代 表 代 表\n(对外经济贸易部副部长) (商业部副部长)\n贾 石 路易斯·蒙特罗·阿兰布鲁\n(',
      '秘鲁共和国政府 中华人民共和国政府\n代 表 代 表\n(商业部副部长) (对外经济贸易部副部长)\n路易斯·蒙特罗·阿兰布鲁 贾 石\n(',
    );
  assert.notEqual(expected, PERU);
  assert.equal(peru.text, expected);
  assert.match(peru.text, /每份都用中文和西班牙文写成/);
  // Peru's copy read as a text of its own: its first party is Peru, and its copy for China is the original.
  const back = signingCopies(peru.text);
  assert.equal(back[0].party, '秘鲁共和国政府');
  assert.equal(back[1].text, PERU);
});

test('signature rows one space apart: no boundary where the row cannot be read as two cells', () => {
  const at = (signatures: string) => signatureLayout(buildTreaty(agreement('双方开展合作。', undefined, signatures)));
  // Three words with no letter-spacing: which gap divides the cells is unknown, so the rows end before it.
  assert.deepEqual(at('中华人民共和国政府 蒙古国政府\n外交部 副部长 大使\n').columns.map((c) => c.lines), [['中华人民共和国政府'], ['蒙古国政府']]);
  // A letter-spaced row of five characters: not two halves, one run of letters: no boundary.
  assert.deepEqual(at('中华人民共和国政府 蒙古国政府\n签 字 代 表 人\n').columns.map((c) => c.lines), [['中华人民共和国政府'], ['蒙古国政府']]);
  // One party's column alone over lines (no row names both): the columns as before, one per party.
  assert.deepEqual(at('中华人民共和国政府\n代 表\n\n蒙古国政府\n代 表\n').columns.map((c) => c.lines), [['中华人民共和国政府', '代 表'], ['蒙古国政府', '代 表']]);
  assert.equal(at('中华人民共和国政府\n代 表\n\n蒙古国政府\n代 表\n').rows, undefined);
});

// A party's name opening with the clause that says who authorized it (the Macao–Maldives air services agreement of 2006,
// test/fixtures/multilingual/mo_mv_air_services_2006_art1): the clause goes with its party in the other's copy.
test('alternat: an authorizing clause before a party’s name goes with it', () => {
  const text = '經中華人民共和國中央人民政府正式授權締結本協定的中華人民共和國澳門特別行政區政府(澳門特別行政區)和馬爾代夫共和國政府 (以下稱為締約雙方),\n達成協定如下:\n\n第一條\n\n締約雙方開展合作。\n';
  const copies = signingCopies(text);
  assert.equal(copies.length, 2);
  assert.equal(copies[1].text.split('\n')[0], '馬爾代夫共和國政府和經中華人民共和國中央人民政府正式授權締結本協定的中華人民共和國澳門特別行政區政府(澳門特別行政區) (以下稱為締約雙方),');
  // And back (model/parties.ts authorizedSecond reads the parties of that copy, the clause before the second's name): the text.
  assert.equal(signingCopies(copies[1].text)[1]?.text, text);
});
