// Tests that bite for model/parties.ts and model/shortTitle.ts (issue 12): the parties read from
// a title or from the preamble's defined-party phrase, their states and organs, and the short
// title made of their short forms. Titles are the real ones of test/fixtures (seeds, drafts,
// pasted) or built like them; each answer written by reading the title against the rules in the
// source's comments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { capitalOf, languageOf, partiesFromTitle, partyInfoOf, shortFormOf, splitParties, splitPartyName } from '../../server/src/model/parties';
import { MAX_SHORT_TITLE, shortTitleOf } from '../../server/src/model/shortTitle';

// ——— From a title ———

const TITLES: [title: string, kind: string | undefined, parties: string[]][] = [
  // 关于 ends the parties; the subject after it is never cut into parties.
  ['中华人民共和国政府和俄罗斯联邦政府关于互免团体旅游签证的协定', '协定', ['中华人民共和国政府', '俄罗斯联邦政府']],
  ['中华人民共和国政府和吉尔吉斯共和国政府关于中吉边境口岸及其管理制度的协定', '协定', ['中华人民共和国政府', '吉尔吉斯共和国政府']],
  ['中华人民共和国国防部和吉尔吉斯共和国边防总局关于边防合作协议的补充议定书', '议定书', ['中华人民共和国国防部', '吉尔吉斯共和国边防总局']],
  ['中华人民共和国政府和新加坡共和国政府关于修订关于对所得避免双重征税和防止偷漏税的协定的议定书', '议定书', ['中华人民共和国政府', '新加坡共和国政府']],
  // The bug: a title opening with 关于 names no parties before it; its subject was cut at 和 into two "parties".
  ['关于中华人民共和国和俄罗斯联邦边界的协定', '协定', []],
  ['关于修改中华人民共和国和哈萨克斯坦共和国边防合作协定的议定书', '议定书', []],
  ['关于边境口岸及其管理制度的协定', '协定', []],
  // No 关于: the last part runs into the subject; its state is kept, and 政府 after it.
  ['中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约', '条约', ['中华人民共和国', '哈萨克斯坦共和国']],
  ['中华人民共和国政府和哈萨克斯坦共和国政府边境合作协定', '协定', ['中华人民共和国政府', '哈萨克斯坦共和国政府']],
  ['中华人民共和国政府和大韩民国政府海运协定', '协定', ['中华人民共和国政府', '大韩民国政府']],
  // And the organ the first party names, written again after the last state: two ministries (test/fixtures/real/
  // protocol_cn_ru_mfa_consultations_1994_fsou.md), not the state alone — its copy read `俄罗斯联邦和中华人民共和国外交部外交部`.
  ['中华人民共和国外交部和俄罗斯联邦外交部磋商议定书', '议定书', ['中华人民共和国外交部', '俄罗斯联邦外交部']],
  ['中华人民共和国国防部和蒙古国国防部合作协定', '协定', ['中华人民共和国国防部', '蒙古国国防部']],
  ['中华人民共和国和蒙古国边境口岸协定（草案）', '协定', ['中华人民共和国', '蒙古国']],
  ['中华人民共和国、俄罗斯联邦和蒙古国关于三国国界交界点的协定', '协定', ['中华人民共和国', '俄罗斯联邦', '蒙古国']],
  ['中华人民共和国与俄罗斯联邦睦邻友好合作条约', '条约', ['中华人民共和国', '俄罗斯联邦']],
  // The kind is taken off first: 和约 holds a separator.
  ['中华人民共和国和日本国和约', '和约', ['中华人民共和国', '日本国']],
  // A state whose name holds 及 is one party (the Sino-British Joint Declaration, test/fixtures/real).
  ['中华人民共和国政府和大不列颠及北爱尔兰联合王国政府关于香港问题的联合声明', '联合声明', ['中华人民共和国政府', '大不列颠及北爱尔兰联合王国政府']],
  ['中华人民共和国政府和大不列颠及北爱尔兰联合王国政府文化合作协定', '协定', ['中华人民共和国政府', '大不列颠及北爱尔兰联合王国政府']],
  // So is a state whose name holds 和, by any of the lexicon's names for it (not only the full names of the states treaties here are made with).
  ['中华人民共和国政府和特立尼达和多巴哥共和国政府经济技术合作协定', '协定', ['中华人民共和国政府', '特立尼达和多巴哥共和国政府']],
  ['中华人民共和国和波斯尼亚和黑塞哥维那关于互免签证的协定', '协定', ['中华人民共和国', '波斯尼亚和黑塞哥维那']],
  // A state's name ending in two of the endings (联邦 then 共和国, 共和国 then 联盟) is read whole: the China–Germany social
  // security agreement's German copy was exported as `德意志联邦与中华人民共和国共和国社会保险协定`.
  ['中华人民共和国与德意志联邦共和国社会保险协定', '协定', ['中华人民共和国', '德意志联邦共和国']],
  ['中华人民共和国和南斯拉夫社会主义联邦共和国贸易协定', '协定', ['中华人民共和国', '南斯拉夫社会主义联邦共和国']],
  ['中华人民共和国和苏维埃社会主义共和国联盟友好同盟互助条约', '条约', ['中华人民共和国', '苏维埃社会主义共和国联盟']],
  // One party, or a last part that names no state: none.
  ['中华人民共和国引渡法', '法', []],
  ['中华人民共和国和甲方合作协定', '协定', []],
  ['上海合作组织宪章', '宪章', []],
];

test('partiesFromTitle: real titles and their kinds', () => {
  assert.deepEqual(TITLES.map(([t, k]) => [t, k, partiesFromTitle(t, k)]), TITLES);
});

test('partiesFromTitle: the kind and a bracketed remark are taken off the end before the last state is read', () => {
  // Without its kind the title ends with the state: 政府 is kept only when written right after it.
  assert.deepEqual(partiesFromTitle('中华人民共和国政府和俄罗斯联邦政府协定', '协定'), ['中华人民共和国政府', '俄罗斯联邦政府']);
  assert.deepEqual(partiesFromTitle('中华人民共和国政府和俄罗斯联邦协定（草案和附件）', '协定'), ['中华人民共和国政府', '俄罗斯联邦']);
  assert.deepEqual(partiesFromTitle('中华人民共和国和俄罗斯联邦政府间协定'), ['中华人民共和国', '俄罗斯联邦政府']);
});

// ——— From the defined-party phrase ———

const PHRASES: [phrase: string, parties: string[]][] = [
  ['中华人民共和国政府和哈萨克斯坦共和国政府', ['中华人民共和国政府', '哈萨克斯坦共和国政府']],
  ['中华人民共和国国防部与吉尔吉斯共和国边防总局', ['中华人民共和国国防部', '吉尔吉斯共和国边防总局']],
  ['上海合作组织成员国哈萨克斯坦共和国、中华人民共和国、吉尔吉斯共和国', ['哈萨克斯坦共和国', '中华人民共和国', '吉尔吉斯共和国']],
  ['上海合作组织成员国各方和中国', ['上海合作组织成员国各方', '中国']],
  ['- 中华人民共和国，俄罗斯联邦及蒙古国', ['中华人民共和国', '俄罗斯联邦', '蒙古国']],
  ['中华人民共和国政府和大不列颠及北爱尔兰联合王国政府', ['中华人民共和国政府', '大不列颠及北爱尔兰联合王国政府']],
  ['中华人民共和国政府、安提瓜和巴布达政府和圣文森特和格林纳丁斯政府', ['中华人民共和国政府', '安提瓜和巴布达政府', '圣文森特和格林纳丁斯政府']],
  ['**中华人民共和国和俄罗斯联邦', ['中华人民共和国', '俄罗斯联邦']],
  ['中华人民共和国 和 俄罗斯联邦', ['中华人民共和国', '俄罗斯联邦']],
  // Markdown emphasis and spaces are layout, not part of a name (a Chinese name has no spaces); a hyphen inside a name is its own.
  ['**中华人民共和国政府**和**大韩民国政府**', ['中华人民共和国政府', '大韩民国政府']],
  ['__中华人民共和国政府__和_大韩民国政府_', ['中华人民共和国政府', '大韩民国政府']],
  ['中华人民共和国政府和大韩民国　政府', ['中华人民共和国政府', '大韩民国政府']],
  ['中华人民共和国商务部和中国-东盟中心', ['中华人民共和国商务部', '中国-东盟中心']],
  ['中华人民共和国', []],
  ['甲和乙国', []],
  [`中华人民共和国和${'甲'.repeat(40)}国`, []],
  [`中华人民共和国和${'甲'.repeat(39)}国`, ['中华人民共和国', `${'甲'.repeat(39)}国`]],
  // The phrase a definition reads may start with the words of the sentence before the states
  // (agreement_cn_jp_social_security_2018: 本着加强中华人民共和国和日本国(以下称缔约双方)友好关系): not a name.
  ['本着加强中华人民共和国和日本国', ['中华人民共和国', '日本国']],
  ['为了加强中华人民共和国政府和俄罗斯联邦政府', ['中华人民共和国政府', '俄罗斯联邦政府']],
  // Words before a name that is no state's stay: the first part names no state after them.
  ['上海合作组织成员国各方和中国', ['上海合作组织成员国各方', '中国']],
  ['欧洲联盟和中华人民共和国', ['欧洲联盟', '中华人民共和国']],
];

test('splitParties: enumerations of parties', () => {
  assert.deepEqual(PHRASES.map(([p]) => [p, splitParties(p)]), PHRASES);
});

test('splitPartyName, languageOf, capitalOf, shortFormOf', () => {
  const names = ['中国国防部', '中华人民共和国国防部', '俄罗斯联邦政府', '蒙古国', '阿拉伯联合酋长国', '大不列颠及北爱尔兰联合王国政府', '美利坚合众国', '国防部', '最高人民法院'];
  assert.deepEqual(names.map((n) => { const p = splitPartyName(n); return `${p.state}|${p.organ}`; }), [
    '中国|国防部', '中华人民共和国|国防部', '俄罗斯联邦|政府', '蒙古国|', '阿拉伯联合酋长国|', '大不列颠及北爱尔兰联合王国|政府', '美利坚合众国|', '国防部|', '最高人民法院|',
  ]);
  assert.deepEqual(['哈萨克斯坦共和国', '中华人民共和国政府', '美利坚合众国', '甲国'].map((p) => [languageOf(p), capitalOf(p), shortFormOf(p)]), [
    ['哈文', '阿斯塔纳', '哈'], ['中文', '北京', '中'], ['英文', undefined, '美'], [undefined, undefined, undefined],
  ]);
});

// ——— The parties of a text ———

function parties(name: string, text: string, want: { names: string[]; term: string; source: string }): void {
  test(`partyInfoOf: ${name}`, () => {
    assert.deepEqual({ ...partyInfoOf(buildTreaty(text)) }, want);
  });
}

parties('the preamble\'s defined parties first', '# 中华人民共和国和哈萨克斯坦共和国边境合作协定\n\n中华人民共和国政府和哈萨克斯坦共和国政府（以下简称“双方”），\n\n## 第一条\n\n双方合作。\n',
  { names: ['中华人民共和国政府', '哈萨克斯坦共和国政府'], term: '双方', source: 'definition' });
parties('in traditional characters: the term as written, the names read simplified', '# 中華人民共和國和哈薩克斯坦共和國邊境合作協定\n\n中華人民共和國政府和哈薩克斯坦共和國政府（以下簡稱“雙方”），\n\n## 第一條\n\n雙方合作。\n',
  { names: ['中华人民共和国政府', '哈萨克斯坦共和国政府'], term: '雙方', source: 'definition' });
parties('缔约双方 defined for one phrase that names no two parties: the title\'s parties, the term kept', '# 中华人民共和国和哈萨克斯坦共和国边境合作协定\n\n各缔约国政府（以下简称“缔约双方”），\n\n## 第一条\n\n缔约双方合作。\n',
  { names: ['中华人民共和国', '哈萨克斯坦共和国'], term: '缔约双方', source: 'title' });
parties('a term that is not the parties\' is passed over', '# 中华人民共和国和哈萨克斯坦共和国边境合作协定\n\n双方设立边境合作委员会（以下简称“委员会”）。\n\n## 第一条\n\n委员会开会。\n',
  { names: ['中华人民共和国', '哈萨克斯坦共和国'], term: '双方', source: 'title' });
parties('两国 and 缔约国 stand for the parties', '# 甲国宪章\n\n中华人民共和国和俄罗斯联邦（以下简称“两国”），\n\n## 第一条\n\n两国合作。\n',
  { names: ['中华人民共和国', '俄罗斯联邦'], term: '两国', source: 'definition' });
parties('缔约各方', '# 甲国宪章\n\n中华人民共和国、俄罗斯联邦和蒙古国（以下简称“缔约各方”），\n\n## 第一条\n\n缔约各方合作。\n',
  { names: ['中华人民共和国', '俄罗斯联邦', '蒙古国'], term: '缔约各方', source: 'definition' });
// Party names in bold in the preamble: the states are known by their names (韩文, 韩), not hidden behind `**`.
parties('party names in bold in the preamble: the names without the marks', '# 中华人民共和国政府和大韩民国政府文化合作协定\n\n**中华人民共和国政府**和**大韩民国政府**（以下简称“双方”），\n\n## 第一条\n\n双方合作。\n',
  { names: ['中华人民共和国政府', '大韩民国政府'], term: '双方', source: 'definition' });
// memorandum_cn_sg_officials_2003: 双方 defined as “中方”与“新方”, each defined before: the names they stand for.
parties('the parties defined by their short names: the names those stand for', '# 中华人民共和国外交部与新加坡共和国外交部关于官员访华项目的谅解备忘录\n\n中华人民共和国外交部(以下简称“中方”)与新加坡共和国外交部(以下简称“新方”,“中方”与“新方”以下合并简称“双方”),达成以下谅解:\n\n一、双方合作。\n',
  { names: ['中华人民共和国外交部', '新加坡共和国外交部'], term: '双方', source: 'definition' });
parties('no title, no definition', '## 第一条\n\n双方合作。\n', { names: [], term: '双方', source: 'none' });
parties('a title opening with 关于 and no definition: none', '# 关于中华人民共和国和俄罗斯联邦边界的协定\n\n## 第一条\n\n双方合作。\n', { names: [], term: '双方', source: 'none' });

/** Terms that stand for the parties, and terms that only hold one of them. */
const TERMS: [term: string, parties: boolean][] = [
  ['双方', true], ['缔约双方', true], ['缔约国双方', true], ['各方', true], ['缔约各方', true], ['三方', true], ['六方', true], ['缔约国', true], ['成员国', true], ['两国', true],
  ['双方代表', false], ['非缔约国', false], ['缔约国会议', false], ['非成员国', false], ['成员国代表', false], ['中俄两国', false], ['两国政府', false], ['缔约一方', false],
];
test('partyInfoOf: which defined terms stand for the parties', () => {
  const got = TERMS.map(([term]) => {
    const info = partyInfoOf(buildTreaty(`# 中华人民共和国政府和俄罗斯联邦政府合作协定\n\n中华人民共和国和俄罗斯联邦（以下简称“${term}”），\n\n## 第一条\n\n甲。\n`));
    return [term, info.source === 'definition' && info.term === term && info.names.join('|') === '中华人民共和国|俄罗斯联邦'];
  });
  assert.deepEqual(got, TERMS);
  const other = partyInfoOf(buildTreaty('# 中华人民共和国政府和俄罗斯联邦政府合作协定\n\n中华人民共和国和俄罗斯联邦（以下简称“两国政府”），\n\n## 第一条\n\n甲。\n'));
  assert.deepEqual({ ...other }, { names: ['中华人民共和国政府', '俄罗斯联邦政府'], term: '双方', source: 'title' });
});

// ——— Short titles ———

function short(name: string, text: string, want: string | undefined): void {
  test(`shortTitleOf: ${name}`, () => assert.equal(shortTitleOf(buildTreaty(text)), want));
}

short('two governments, 关于 dropped', '# 中华人民共和国政府和俄罗斯联邦政府关于互免团体旅游签证的协定\n\n## 第一条\n\n甲。\n', '中俄互免团体旅游签证的协定');
short('the subject names the parties again', '# 中华人民共和国政府和吉尔吉斯共和国政府关于中吉边境口岸及其管理制度的协定\n\n## 第一条\n\n甲。\n', '中吉边境口岸及其管理制度的协定');
short('three parties', '# 中华人民共和国、俄罗斯联邦和蒙古国关于三国国界交界点的协定\n\n## 第一条\n\n甲。\n', '中俄蒙三国国界交界点的协定');
short('no 关于', '# 中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约\n\n## 第一条\n\n甲。\n', '中哈睦邻友好合作条约');
short('OCR spaces in the title', '# 中华人民共和国 和 俄罗斯联邦 睦邻友好合作条约\n\n## 第一条\n\n甲。\n', '中俄睦邻友好合作条约');
short('a party without a short form: the title whole', '# 中华人民共和国政府和新加坡共和国政府关于海运的协定\n\n## 第一条\n\n甲。\n', '中华人民共和国政府和新加坡共和国政府关于海运的协定');
short('a title opening with 关于: whole', '# 关于中华人民共和国和俄罗斯联邦边界的协定\n\n## 第一条\n\n甲。\n', '关于中华人民共和国和俄罗斯联邦边界的协定');
short('the defined parties not written first in the title: whole', '# 中俄睦邻友好合作条约\n\n中华人民共和国和俄罗斯联邦（以下简称“双方”），\n\n## 第一条\n\n甲。\n', '中俄睦邻友好合作条约');
short('the defined parties joined by 同 in the title: whole (a 和 later is no separator)', '# 中华人民共和国同俄罗斯联邦和平友好条约\n\n中华人民共和国和俄罗斯联邦（以下简称“双方”），\n\n## 第一条\n\n甲。\n', '中华人民共和国同俄罗斯联邦和平友好条约');
short('spaces left in the title (beside digits) are dropped', '# 中华人民共和国和俄罗斯联邦 2001 年睦邻友好合作条约\n\n## 第一条\n\n甲。\n', '中俄2001年睦邻友好合作条约');
short('the kind right after the parties', '# 中华人民共和国和俄罗斯联邦条约\n\n中华人民共和国和俄罗斯联邦（以下简称“双方”），\n\n## 第一条\n\n甲。\n', '中俄条约');
short('nothing after the parties: whole', '# 中华人民共和国和俄罗斯联邦\n\n中华人民共和国和俄罗斯联邦（以下简称“双方”），\n\n## 第一条\n\n甲。\n', '中华人民共和国和俄罗斯联邦');
short('no title', '## 第一条\n\n甲。\n', undefined);
const LONG = `中华人民共和国政府和俄罗斯联邦政府关于${'对所得避免双重征税'.repeat(5)}的协定`;
short('longer than 40 characters: cut, the kind kept', `# ${LONG}\n\n## 第一条\n\n甲。\n`, `中俄${'对所得避免双重征税'.repeat(4).slice(0, MAX_SHORT_TITLE - 5)}…协定`);
short('exactly 40 characters: whole', `# 中华人民共和国和俄罗斯联邦${'甲'.repeat(36)}条约\n\n## 第一条\n\n乙。\n`, `中俄${'甲'.repeat(36)}条约`);
short('41 characters: cut, the kind kept', `# 中华人民共和国和俄罗斯联邦${'甲'.repeat(37)}条约\n\n## 第一条\n\n乙。\n`, `中俄${'甲'.repeat(35)}…条约`);
short('41 characters not ending with the kind: cut, nothing kept after', `# 中华人民共和国和俄罗斯联邦${'甲'.repeat(33)}条约（草案）\n\n## 第一条\n\n乙。\n`, `中俄${'甲'.repeat(33)}条约（草案`.slice(0, 39) + '…');

test('partyInfoOf: a title opening with a cited title (《…安排》第三议定书) names the parties only inside it — that instrument\'s name, never reordered in a copy — so none are read from it', () => {
  // The parties are named in the cited title and the preamble only, and no 双方 is defined.
  const text = '《内地和中国香港特别行政区关于对所得避免双重征税和防止偷漏税的安排》第三议定书\n\n为了修订《内地和中国香港特别行政区关于对所得避免双重征税和防止偷漏税的安排》（以下简称《安排》），内地和中国香港特别行政区达成协议如下：\n\n第一条　删去《安排》第二十四条。\n\n第二条　本议定书自签字之日起生效。\n';
  assert.deepEqual({ ...partyInfoOf(buildTreaty(text)) }, { names: [], term: '双方', source: 'none' });
  // A title naming them in its own words still does (the cited agreement's name aside).
  const own = '中华人民共和国政府和新加坡共和国政府关于修订《中华人民共和国政府和新加坡共和国政府关于对所得避免双重征税和防止偷漏税的协定》的议定书\n\n第一条　甲。\n';
  assert.deepEqual(partyInfoOf(buildTreaty(own)).names, ['中华人民共和国政府', '新加坡共和国政府']);
});
