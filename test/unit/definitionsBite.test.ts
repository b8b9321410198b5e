// Tests that bite for model/definitions.ts (issue 12, item 5): each case a text and the whole
// list of its definitions as read — the term, what it stands for, and the three places the
// checks and the fixes use (the term's span, the meaning's span, the defining clause's span),
// each shown as the text at those offsets, so a span that is one character off fails. Written
// from the rules in the source (the comments of findDefinitions, meaningBefore, meaningEnd)
// and the mutants that survived (docs/mutation.md, “Runs of branch mutate12”).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { findDefinitions } from '../../server/src/model/definitions';

/** A definition as `term ← meaning | meaning's text at its span | clause`, `=` for one defined by what it means. */
function read(name: string, text: string, want: string[]): void {
  test(`definitions: ${name}`, () => {
    const got = buildTreaty(text).definitions.map((d) => {
      assert.equal(text.slice(d.start, d.end), d.term, `the term ${d.term} at its offsets`);
      return `${d.term} ${d.byMeaning ? '=' : '←'} ${d.meaning} | ${text.slice(d.meaningStart, d.meaningEnd)} | ${text.slice(d.clauseStart, d.clauseEnd)}`;
    });
    assert.deepEqual(got, want);
  });
}

const TITLE = '# 中华人民共和国和甲国友好合作协定\n\n';
const ART = (body: string) => `${TITLE}## 第一条\n\n${body}\n`;

// ——— 以下简称 and its kin ———

read('（以下简称“双方”）: the noun phrase before it', `${TITLE}中华人民共和国和甲国（以下简称“双方”），达成协议如下：\n`,
  ['双方 ← 中华人民共和国和甲国 | 中华人民共和国和甲国 | （以下简称“双方”）']);
read('a clause opening its own paragraph under the parties named one a paragraph (a gazette, a converted document): the names above it, joined, from the first one\'s noun phrase', `${TITLE}经正式授权签订本协定的中华人民共和国政府\n\n甲国政府，\n\n以下简称“缔约双方”，\n\n达成协议如下：\n`,
  ['缔约双方 ← 中华人民共和国政府甲国政府 | 中华人民共和国政府\n\n甲国政府 | 以下简称“缔约双方”']);
read('a clause opening its own paragraph under a sentence: no name above it, no meaning', `${TITLE}双方达成协议如下：\n\n（以下简称“双方”），\n`,
  ['双方 ←  |  | （以下简称“双方”）']);
read('half-width brackets and quotes', `${TITLE}中华人民共和国和甲国(以下简称"双方")，达成协议如下：\n`,
  ['双方 ← 中华人民共和国和甲国 | 中华人民共和国和甲国 | (以下简称"双方")']);
read('two names in one clause', ART('上海合作组织（以下简称“本组织”或“组织”）设立秘书处。'),
  ['本组织 ← 上海合作组织 | 上海合作组织 | （以下简称“本组织”或“组织”）', '组织 ← 上海合作组织 | 上海合作组织 | （以下简称“本组织”或“组织”）']);
read('between commas, and the other words: 以下合并简称, 以下统称, 以下称, （下称, （简称, 「」, 『』', ART([
  '中华人民共和国和甲国，以下简称“缔约各方”，同意：',
  '甲国政府和乙国政府（以下合并简称“两国政府”）同意；',
  '边境管理机关（以下统称「管理机关」）同意；',
  '口岸检查机关（以下称『检查机关』）同意；',
  '联合委员会（下称“委员会”）同意；',
  '边防部门（简称“边防”）同意。',
].join('')), [
  '缔约各方 ← 中华人民共和国和甲国 | 中华人民共和国和甲国 | 以下简称“缔约各方”',
  '两国政府 ← 甲国政府和乙国政府 | 甲国政府和乙国政府 | （以下合并简称“两国政府”）',
  '管理机关 ← 边境管理机关 | 边境管理机关 | （以下统称「管理机关」）',
  '检查机关 ← 口岸检查机关 | 口岸检查机关 | （以下称『检查机关』）',
  '委员会 ← 联合委员会 | 联合委员会 | （下称“委员会”）',
  '边防 ← 边防部门 | 边防部门 | （简称“边防”）',
]);
read('two parties, each named in its brackets: the second is the phrase after 和 or 与, not both', `${TITLE}中华人民共和国政府（以下简称“中方”）和俄罗斯联邦政府（以下简称“俄方”），达成协议如下：\n`, [
  '中方 ← 中华人民共和国政府 | 中华人民共和国政府 | （以下简称“中方”）',
  '俄方 ← 俄罗斯联邦政府 | 俄罗斯联邦政府 | （以下简称“俄方”）',
]);
read('the two short names named together in the second brackets: 以下合并简称 after them, half-width brackets', `${TITLE}中华人民共和国外交部(以下简称“中方”)与甲国外交部(以下简称“甲方”,“中方”与“甲方”以下合并简称“双方”),达成以下谅解:\n`, [
  '中方 ← 中华人民共和国外交部 | 中华人民共和国外交部 | (以下简称“中方”)',
  '甲方 ← 甲国外交部 | 甲国外交部 | (以下简称“甲方”',
  '双方 ← “中方”与“甲方” | “中方”与“甲方” | 以下合并简称“双方”)',
]);
read('a title line with no blank line after it: the meaning starts below it', '中华人民共和国政府和甲国政府关于合作的谅解备忘录\n中华人民共和国政府和甲国政府（以下简称“双方”），达成以下谅解：\n一、双方合作。\n',
  ['双方 ← 中华人民共和国政府和甲国政府 | 中华人民共和国政府和甲国政府 | （以下简称“双方”）']);
// A database's name line holding the title (`[文件名称] …`, `【标题】…`), the preamble under it with no blank line: the meaning starts below it too.
read('a database\'s name line with no blank line after it: the meaning starts below it', '[文件名称] 甲组织成员国长期睦邻友好合作条约\n甲组织(以下简称“本组织”)成员国乙国、丙国,以下简称“缔约各方”,\n兹达成协议如下:\n第一条\n缔约各方合作。\n',
  ['本组织 ← 甲组织 | 甲组织 | (以下简称“本组织”)', '缔约各方 ← 甲组织成员国乙国、丙国 | 甲组织(以下简称“本组织”)成员国乙国、丙国 | 以下简称“缔约各方”']);
// Verbs joined before an organization's first mention (`扩大合作,发展和加强上海合作组织（以下简称上合组织）成员国之间的关系`): its name is the object after them.
read('an unquoted short name after joined verbs (发展和加强…): the object after the verbs', `${TITLE}甲组织成员国政府（以下称各方），致力于扩大合作，发展和加强甲合作组织（以下简称甲合组织）成员国之间的友好关系，达成协议如下：\n`,
  ['各方 ← 甲组织成员国政府 | 甲组织成员国政府 | （以下称各方）', '甲合组织 ← 甲合作组织 | 甲合作组织 | （以下简称甲合组织）']);
read('traditional characters, kept as written', `${TITLE}中華人民共和國和甲國（以下簡稱“雙方”），達成協議如下：\n`,
  ['雙方 ← 中華人民共和國和甲國 | 中華人民共和國和甲國 | （以下簡稱“雙方”）']);
read('下称 and 简称 only after a bracket or a comma: 所简称 is no definition', ART('该机构所简称“机构”的部门同意。'), []);

// ——— Unquoted terms: bounded by their brackets or by commas ———

read('unquoted, closing its brackets', `${TITLE}中华人民共和国和甲国（以下简称缔约双方），达成协议如下：\n`,
  ['缔约双方 ← 中华人民共和国和甲国 | 中华人民共和国和甲国 | （以下简称缔约双方）']);
read('unquoted, inside brackets after other words: the phrase before the brackets', ART('中华人民共和国香港特别行政区（包括离岛，以下称香港）的居民同意。'),
  ['香港 ← 中华人民共和国香港特别行政区 | 中华人民共和国香港特别行政区 | 以下称香港）']);
read('unquoted, between commas; the words before 的 that hold the term\'s 香港 are part of the phrase, from the 在 that opens them', ART('在香港居住的中国公民，简称香港居民，可以申请。'),
  ['香港居民 ← 在香港居住的中国公民 | 在香港居住的中国公民 | 简称香港居民']);
read('unquoted, naming an article, is no definition: a reference after 简称 names no term', ART('双方同意，简称第十条双方同意，另行商定。'), []);
read('unquoted without bounds is no definition: a comma after it but none before', ART('本合同当事人以下称甲方，应当付款。'), []);

// ——— What the phrase is ———

read('a paragraph\'s label is not part of the phrase', ART('一、中华人民共和国和甲国（以下简称“双方”）同意。'),
  ['双方 ← 中华人民共和国和甲国 | 中华人民共和国和甲国 | （以下简称“双方”）']);
read('a definition nested in the phrase is left out of the meaning, not out of its span', ART('上海合作组织（以下简称“本组织”）成员国（以下简称“成员国”）同意。'), [
  '本组织 ← 上海合作组织 | 上海合作组织 | （以下简称“本组织”）',
  '成员国 ← 上海合作组织成员国 | 上海合作组织（以下简称“本组织”）成员国 | （以下简称“成员国”）',
]);
read('brackets inside the phrase belong to it; it starts after a comma', ART('双方认为，中华人民共和国政府（中方）和甲国政府（以下简称“双方”）同意。'),
  ['双方 ← 中华人民共和国政府（中方）和甲国政府 | 中华人民共和国政府（中方）和甲国政府 | （以下简称“双方”）']);
read('the phrase after 的 (a preposition), the title before it not cut', ART('双方认为，依照《甲乙协定》设立的委员会（以下简称“委员会”）同意。'),
  ['委员会 ← 委员会 | 委员会 | （以下简称“委员会”）']);
read('an instrument named by its whole title without 《》 (…政府关于…的协定): the title, not its last word', ART([
  '在签订中华人民共和国政府和甲国政府关于对所得避免双重征税和防止偷漏税的协定(以下简称“协定”)时，双方同意：',
  '双方根据二〇〇二年在北京签署的甲国和乙国关于互免签证的协议（以下称“该协议”）进行磋商。',
  '双方同意执行关于边境合作的议定书（以下简称“议定书”）。',
  '双方将关于互免签证的换文（以下简称“换文”）提交批准。',
  '双方依照关于边境合作的安排设立的委员会（以下简称“委员会”）负责执行。',
  '关于边境口岸的协定（以下简称“口岸协定”）同时适用。',
].join('\n')), [
  '协定 ← 中华人民共和国政府和甲国政府关于对所得避免双重征税和防止偷漏税的协定 | 中华人民共和国政府和甲国政府关于对所得避免双重征税和防止偷漏税的协定 | (以下简称“协定”)',
  '该协议 ← 甲国和乙国关于互免签证的协议 | 甲国和乙国关于互免签证的协议 | （以下称“该协议”）',
  '议定书 ← 关于边境合作的议定书 | 关于边境合作的议定书 | （以下简称“议定书”）',
  '换文 ← 关于互免签证的换文 | 关于互免签证的换文 | （以下简称“换文”）',
  '委员会 ← 委员会 | 委员会 | （以下简称“委员会”）',
  '口岸协定 ← 关于边境口岸的协定 | 关于边境口岸的协定 | （以下简称“口岸协定”）',
]);
read('the short name is the instrument\'s kind itself, after 的: the whole phrase from the parties that concluded it', ART([
  '行政長官命令公佈印度尼西亞共和國與中華人民共和國以換文方式就總領事館領區擴大達成的協議(以下簡稱“協議”),即照會的正式文本。',
  '双方应当遵守俄罗斯联邦政府和中华人民共和国政府在北京签订的协定（以下简称“协定”）。',
  '双方执行签订的协议（以下简称“协议”）。',
].join('\n')), [
  '協議 ← 印度尼西亞共和國與中華人民共和國以換文方式就總領事館領區擴大達成的協議 | 印度尼西亞共和國與中華人民共和國以換文方式就總領事館領區擴大達成的協議 | (以下簡稱“協議”)',
  '协定 ← 俄罗斯联邦政府和中华人民共和国政府在北京签订的协定 | 俄罗斯联邦政府和中华人民共和国政府在北京签订的协定 | （以下简称“协定”）',
  // No parties named: the kind alone, as before.
  '协议 ← 协议 | 协议 | （以下简称“协议”）',
]);
read('统称 after a list: the name stands for all the list, not its last member (China\'s WTO accession protocol: 包括…地区、…以及其他…的地区（统称为特殊经济区）)', ART('本议定书适用于甲国的全部关税领土，包括边境贸易地区、经济特区以及其他在关税方面已建特殊制度的地区（统称为特殊经济区）。'),
  ['特殊经济区 ← 边境贸易地区、经济特区以及其他在关税方面已建特殊制度的地区 | 边境贸易地区、经济特区以及其他在关税方面已建特殊制度的地区 | （统称为特殊经济区）']);
read('以下称 after a list whose last member is 其他 of a kind after its 的 (the exit-entry law: 驻外使馆、领馆或者外交部委托的其他驻外机构（以下称驻外签证机关）): the kind names every member, the name stands for the list', ART('中华人民共和国驻外使馆、领馆或者外交部委托的其他驻外机构（以下称驻外签证机关）负责签发签证。'),
  ['驻外签证机关 ← 中华人民共和国驻外使馆、领馆或者外交部委托的其他驻外机构 | 中华人民共和国驻外使馆、领馆或者外交部委托的其他驻外机构 | （以下称驻外签证机关）']);
read('以下称 after 其他 of a kind with no list before it: the phrase as before, its qualifier kept', ART('外交部委托的其他驻外机构（以下称驻外签证机关）负责签发签证。'),
  ['驻外签证机关 ← 外交部委托的其他驻外机构 | 外交部委托的其他驻外机构 | （以下称驻外签证机关）']);
read('统称 after a list governed by a verb: the name stands for what the verb\'s 的 qualifies, not the list (对进口货物、出口货物和过境货物征收的关税和国内税)', ART('对进口货物、出口货物和过境货物征收的关税和国内税（以下统称税费）不得歧视。'),
  ['税费 ← 关税和国内税 | 关税和国内税 | （以下统称税费）']);
read('统称 after a preposition: a list before the preposition is the clause\'s subject, not what the name stands for', ART('各级行政机关、授权的组织和公用企业为单位和个人（以下统称申请人）办理事项。'),
  ['申请人 ← 单位和个人 | 单位和个人 | （以下统称申请人）']);
read('以下统称 after 的: the words before 的 that the short name is made of are part of the meaning', ART('本条例适用于本市行政区域内从事生产经营活动的单位（以下统称生产经营单位）。'),
  ['生产经营单位 ← 本市行政区域内从事生产经营活动的单位 | 本市行政区域内从事生产经营活动的单位 | （以下统称生产经营单位）']);
read('以下统称 after 的, several nouns: the phrase from the preposition that governs them', ART('组织对农产品生产企业、家庭农场和其他具有一定规模的农产品生产者（以下统称规模农产品生产者）进行培训。'),
  ['规模农产品生产者 ← 农产品生产企业、家庭农场和其他具有一定规模的农产品生产者 | 农产品生产企业、家庭农场和其他具有一定规模的农产品生产者 | （以下统称规模农产品生产者）']);
read('以下称 after 的: 藏 of 馆藏文物 is in the words before 的, from the preposition that governs them', ART('博物馆、图书馆和其他文物收藏单位对其收藏的文物（以下称馆藏文物），应当区分文物等级。'),
  ['馆藏文物 ← 其收藏的文物 | 其收藏的文物 | （以下称馆藏文物）']);
read('after 的 with no verb or preposition before it: the words before 的 the short name is made of are part of the meaning, from the phrase\'s start', ART('一、本協定的適用海域(以下稱協定海域)為以下規定的黃海的海域。'),
  ['協定海域 ← 本協定的適用海域 | 本協定的適用海域 | (以下稱協定海域)']);
read('after 的: 在 right after the verb, or after 凡, opens the words before 的 and is part of the phrase', ART('本条例适用于在本市从事经营活动的单位（以下统称经营单位）。凡在银行开立账户的企业和其他单位（以下简称开户单位），应当遵守本条例。'), [
  '经营单位 ← 在本市从事经营活动的单位 | 在本市从事经营活动的单位 | （以下统称经营单位）',
  '开户单位 ← 在银行开立账户的企业和其他单位 | 在银行开立账户的企业和其他单位 | （以下简称开户单位）',
]);
read('after 的: a preposition right after a verb opens the words before 的, the verb governs them', ART('鼓励建立为刑释人员提供帮教服务的社会组织（以下统称帮教组织）。'),
  ['帮教组织 ← 为刑释人员提供帮教服务的社会组织 | 为刑释人员提供帮教服务的社会组织 | （以下统称帮教组织）']);
read('after 为 or 为了 (a purpose): the object of its verbs, not the verbs nor 了', ART([
  '为了进一步加强和完善市人民代表大会专门委员会（以下简称专门委员会）的工作，制定本规定。',
  '为正确适用《中华人民共和国票据法》（以下简称票据法），作出如下规定。',
  '为了规范性文件备案审查工作机构（以下简称审查机构）的工作，制定本规定。',
  '申请人为单位和个人（以下简称申请人）。',
].join('')), [
  '专门委员会 ← 市人民代表大会专门委员会 | 市人民代表大会专门委员会 | （以下简称专门委员会）',
  '票据法 ← 《中华人民共和国票据法》 | 《中华人民共和国票据法》 | （以下简称票据法）',
  '审查机构 ← 规范性文件备案审查工作机构 | 规范性文件备案审查工作机构 | （以下简称审查机构）',
  '申请人 ← 单位和个人 | 单位和个人 | （以下简称申请人）',
]);
read('after 本着 (in the spirit of): the object of its verbs, as after 为', `${TITLE}中华人民共和国政府和日本国政府，本着加强中华人民共和国和日本国（以下称缔约双方）友好关系之目的，达成协议如下：\n`,
  ['缔约双方 ← 中华人民共和国和日本国 | 中华人民共和国和日本国 | （以下称缔约双方）']);
read('a short name in book-title marks holding a bracketed remark (《条例(草案)》, 《办法（试行）》)', ART('市人大常委会对市人民政府提报的《沈阳市社会信用条例(草案)》(以下简称《条例(草案)》)进行了初次审议。根据《甲市公共信用信息管理办法（试行）》（以下简称《办法（试行）》）制定本细则。'), [
  '《条例(草案)》 ← 《沈阳市社会信用条例(草案)》 | 《沈阳市社会信用条例(草案)》 | (以下简称《条例(草案)》)',
  '《办法（试行）》 ← 《甲市公共信用信息管理办法（试行）》 | 《甲市公共信用信息管理办法（试行）》 | （以下简称《办法（试行）》）',
]);
read('names in book-title marks holding brackets, joined by 、: the second is the name after it, the first\'s clause no part of it', ART('根据《中华人民共和国刑法修正案（五）》（以下简称《刑法修正案（五）》）、《中华人民共和国刑法修正案（六）》（以下简称《刑法修正案（六）》）的规定，现对罪名作如下补充。'), [
  '《刑法修正案（五）》 ← 《中华人民共和国刑法修正案（五）》 | 《中华人民共和国刑法修正案（五）》 | （以下简称《刑法修正案（五）》）',
  '《刑法修正案（六）》 ← 《中华人民共和国刑法修正案（六）》 | 《中华人民共和国刑法修正案（六）》 | （以下简称《刑法修正案（六）》）',
]);
read('a converter\'s pinyin inside the words introducing a short name (以下合稱(chēng)“雙方”, 簡(jiǎn)稱)', ART('中華人民共和國政府與美利堅合眾國政府(以下合稱(chēng)“雙方”),認識到雙邊經貿關係的重要性;甲國海關總署(以下簡(jiǎn)稱(chēng)“甲方海關”)負責實施。'), [
  '雙方 ← 中華人民共和國政府與美利堅合眾國政府 | 中華人民共和國政府與美利堅合眾國政府 | (以下合稱(chēng)“雙方”)',
  '甲方海關 ← 甲國海關總署 | 甲國海關總署 | (以下簡(jiǎn)稱(chēng)“甲方海關”)',
]);
read('two things, each named in its brackets, joined by 或者 or 同: the second is the phrase after it', ART('公安机关对《上海市特种行业许可证》（以下简称《特种行业许可证》）或者《上海市公共场所治安许可证》（以下简称《治安许可证》）进行年检。中国有关单位（以下简称中方）同外国组织和国际组织（以下简称外方）合作。'), [
  '《特种行业许可证》 ← 《上海市特种行业许可证》 | 《上海市特种行业许可证》 | （以下简称《特种行业许可证》）',
  '《治安许可证》 ← 《上海市公共场所治安许可证》 | 《上海市公共场所治安许可证》 | （以下简称《治安许可证》）',
  '中方 ← 中国有关单位 | 中国有关单位 | （以下简称中方）',
  '外方 ← 外国组织和国际组织 | 外国组织和国际组织 | （以下简称外方）',
]);
read('the words of the clause that open the phrase are not part of it: 是指, 以及, 或者, 并向; 向 opening a qualifier is', ART('本条例中的出卖人，是指房地产开发企业（以下简称开发企业）。培训对象包括技工，以及技师、高级技师（以下统称技师）。申请人应当备案，并向国务院民用航空主管部门（以下简称民航局）申请。销售者赔偿后，属于向销售者提供产品的其他销售者（以下简称供货者）的责任的，可以追偿。'), [
  '开发企业 ← 房地产开发企业 | 房地产开发企业 | （以下简称开发企业）',
  '技师 ← 技师、高级技师 | 技师、高级技师 | （以下统称技师）',
  '民航局 ← 国务院民用航空主管部门 | 国务院民用航空主管部门 | （以下简称民航局）',
  '供货者 ← 向销售者提供产品的其他销售者 | 向销售者提供产品的其他销售者 | （以下简称供货者）',
]);
read('对外 is a word, not the preposition 对; 自由 and 理由 are words, not the preposition 由', ART('审批机关为中华人民共和国对外贸易经济合作部（以下简称外经贸部）。城市公共供水企业、自建设施对外供水企业（以下统称供水企业）应当登记。本办法适用于中国（上海）自由贸易试验区（以下简称自贸试验区）。'), [
  '外经贸部 ← 中华人民共和国对外贸易经济合作部 | 中华人民共和国对外贸易经济合作部 | （以下简称外经贸部）',
  '供水企业 ← 城市公共供水企业、自建设施对外供水企业 | 城市公共供水企业、自建设施对外供水企业 | （以下统称供水企业）',
  '自贸试验区 ← 中国（上海）自由贸易试验区 | 中国（上海）自由贸易试验区 | （以下简称自贸试验区）',
]);
read('after 由 or 须经 (by, subject to): the body named, not the clause before it', ART('设立合营企业，必须经中华人民共和国商务部（以下简称商务部）批准。住房公积金由国家机关、事业单位（以下统称单位）缴存。'), [
  '商务部 ← 中华人民共和国商务部 | 中华人民共和国商务部 | （以下简称商务部）',
  '单位 ← 国家机关、事业单位 | 国家机关、事业单位 | （以下统称单位）',
]);
read('以下称 after 的, quoted: 涉密 is in the words before 的', ART('双方对存储、处理涉密信息的计算机信息系统（以下称“涉密信息系统”）加强管理。'),
  ['涉密信息系统 ← 存储、处理涉密信息的计算机信息系统 | 存储、处理涉密信息的计算机信息系统 | （以下称“涉密信息系统”）']);
read('the phrase starts after the last verb or preposition outside brackets', ART('双方致力于将中吉国界（以下简称“国界”）建设成为和平的边界。'),
  ['国界 ← 中吉国界 | 中吉国界 | （以下简称“国界”）']);
read('the phrase starts after a verb\'s aspect particle 了 (what was done to it: its object), not after 了 in a word (为了, 除了, 了解)', ART('双方实地确定了两国陆地边界线（以下简称“边界线”），为了解决甲乙争端（以下简称“争端”）进行协商。'),
  ['边界线 ← 两国陆地边界线 | 两国陆地边界线 | （以下简称“边界线”）', '争端 ← 甲乙争端 | 甲乙争端 | （以下简称“争端”）']);
read('not after a verb that would leave less than two characters', ART('双方指定甲方的乙（以下简称“乙”）负责。'),
  ['乙 ← 双方指定甲方的乙 | 双方指定甲方的乙 | （以下简称“乙”）']);
read('not after a preposition inside a title', ART('双方执行《关于合作的协定》（以下简称“协定”）。'),
  ['协定 ← 《关于合作的协定》 | 《关于合作的协定》 | （以下简称“协定”）']);
read('spaces and commas before the clause are not part of the phrase', ART('双方同意：中华人民共和国和甲国 ，（以下简称“双方”）合作。'),
  ['双方 ← 中华人民共和国和甲国 | 中华人民共和国和甲国 | （以下简称“双方”）']);
read('a space after the comma is not part of the phrase', ART('双方认为， 中华人民共和国和甲国（以下简称“双方”）同意。'),
  ['双方 ← 中华人民共和国和甲国 | 中华人民共和国和甲国 | （以下简称“双方”）']);
read('a markdown bullet before the phrase is not part of it', `${TITLE}## 第一条\n\n- 中华人民共和国和甲国（以下简称“双方”）同意。\n`,
  ['双方 ← 中华人民共和国和甲国 | 中华人民共和国和甲国 | （以下简称“双方”）']);
read('not read in a comment', ART('<!-- 中华人民共和国和甲国（以下简称“双方”） -->'), []);

// ——— Defined by what they mean ———

read('“X”是指 up to the clause\'s 。, ；, outside brackets and quotes', ART('本协定中：“边境口岸”是指双方商定的（包括临时的；季节性的）口岸；“人员”是指持有“通行证”的人。'), [
  '边境口岸 = 双方商定的（包括临时的；季节性的）口岸 | 双方商定的（包括临时的；季节性的）口岸 | “边境口岸”是指',
  '人员 = 持有“通行证”的人 | 持有“通行证”的人 | “人员”是指',
]);
read('the meaning stops at the line\'s end, without a colon that opens a list', ART('“主管机关”包括有关机关：\n\n（一）公安部；'), [
  '主管机关 = 有关机关 | 有关机关 | “主管机关”包括',
]);
// A meaning that only points to the list under it (`下列机关`, words.ts LIST_POINTERS) is the list (session 40; it was `下列机关`).
read('a meaning pointing to the list under it (下列机关) is the items listed', ART('“主管机关”包括下列机关：\n\n（一）公安部；'), [
  '主管机关 = （一）公安部； | （一）公安部； | “主管机关”包括',
]);
read('a closing bracket with none open (a list\'s 1）) does not hide the clause\'s end', ART('“边境地区”是指：1）甲地；2）乙地。'), [
  '边境地区 = 1）甲地 | 1）甲地 | “边境地区”是指：',
]);
read('by meaning, with ‘’ and ＂＂ quotes as with “”', ART('‘口岸’是指边境口岸；＂人员＂是指持证的人。'), [
  '口岸 = 边境口岸 | 边境口岸 | ‘口岸’是指',
  '人员 = 持证的人 | 持证的人 | ＂人员＂是指',
]);
read('指定 and 指导 are no definition', ART('“主管机关”指定联络员；“委员会”指导工作。'), []);
read('本法所称X，是指', '# 中华人民共和国某某法\n\n## 第二条\n\n本法所称外国中央银行，是指外国和地区的中央银行。\n',
  ['外国中央银行 = 外国和地区的中央银行 | 外国和地区的中央银行 | 本法所称外国中央银行，是指']);
read('both kinds, in the order of the text', ART('中华人民共和国和甲国（以下简称“双方”）同意：“口岸”是指边境口岸。'), [
  '双方 ← 中华人民共和国和甲国 | 中华人民共和国和甲国 | （以下简称“双方”）',
  '口岸 = 边境口岸 | 边境口岸 | “口岸”是指',
]);

// ——— Cases for the mutants the cases above left alive (in-process run of 14:57, docs/mutation.md) ———

read('both kinds, in the order of the text when the one defined by meaning comes first', ART('“口岸”是指边境口岸。中华人民共和国和甲国（以下简称“双方”）同意。'), [
  '口岸 = 边境口岸 | 边境口岸 | “口岸”是指',
  '双方 ← 中华人民共和国和甲国 | 中华人民共和国和甲国 | （以下简称“双方”）',
]);
read('本协定所称X before a quoted “Y”是指, in the order of the text', ART('本协定所称口岸，是指边境口岸；“人员”是指持证的人。'), [
  '口岸 = 边境口岸 | 边境口岸 | 本协定所称口岸，是指',
  '人员 = 持证的人 | 持证的人 | “人员”是指',
]);
read('a half-width ; ends a meaning too', ART('“甲方”是指中国政府; “乙方”是指甲国政府。'), [
  '甲方 = 中国政府 | 中国政府 | “甲方”是指',
  '乙方 = 甲国政府 | 甲国政府 | “乙方”是指',
]);
read('unquoted, inside brackets after other words that hold brackets of their own', ART('中华人民共和国香港特别行政区（包括（离岛）等，以下称香港）的居民同意。'),
  ['香港 ← 中华人民共和国香港特别行政区 | 中华人民共和国香港特别行政区 | 以下称香港）']);
read('a comma inside brackets or a title does not end the phrase', ART('双方认为，中华人民共和国政府（中方，北京）和甲国政府（以下简称“双方”）合作。《关于边境，口岸的协定》（以下简称“协定”）生效。'), [
  '双方 ← 中华人民共和国政府（中方，北京）和甲国政府 | 中华人民共和国政府（中方，北京）和甲国政府 | （以下简称“双方”）',
  '协定 ← 《关于边境，口岸的协定》 | 《关于边境，口岸的协定》 | （以下简称“协定”）',
]);
read('a preposition opening the phrase is cut too; two characters left after a cut are enough', ART('双方认为，在边境地区（以下简称“边境”）和缔约国的国民（以下简称“国民”）之间合作。'), [
  '边境 ← 边境地区 | 边境地区 | （以下简称“边境”）',
  '国民 ← 国民 | 国民 | （以下简称“国民”）',
]);
read('the label of a law-style article is not part of the phrase', '# 中华人民共和国某某法\n\n第一条　中华人民共和国和甲国（以下简称“双方”）同意。\n\n第二条　双方合作。\n',
  ['双方 ← 中华人民共和国和甲国 | 中华人民共和国和甲国 | （以下简称“双方”）']);

// ——— Cases of branch mutforeign (2026-12-01) ———

// The bug: ‘’ and full-width ＂ were no quotes to the reader, so the unquoted rule took `‘双方’`
// whole, quote marks and all, and every later 双方 was a word no definition named.
read('single quotes ‘’ are quotes: the term is what they hold', `${TITLE}中华人民共和国和甲国（以下简称‘双方’），达成协议如下：\n`,
  ['双方 ← 中华人民共和国和甲国 | 中华人民共和国和甲国 | （以下简称‘双方’）']);
read('full-width ＂＂ are quotes too, and two names in them', ART('上海合作组织（以下简称＂本组织＂或＂组织＂）设立秘书处。'), [
  '本组织 ← 上海合作组织 | 上海合作组织 | （以下简称＂本组织＂或＂组织＂）',
  '组织 ← 上海合作组织 | 上海合作组织 | （以下简称＂本组织＂或＂组织＂）',
]);

read('a text in another language is read by the foreign reader', '# Agreement\n\nThe Government of A and the Government of B (hereinafter referred to as "the Parties"),\n\nArticle 1\n\nThe Parties agree.\n',
  ['Parties ← The Government of A and the Government of B | The Government of A and the Government of B | (hereinafter referred to as "the Parties")']);

// ——— Reading only some lines (the model re-reads the articles an edit touched): offsets in the whole text ———

const PARTS = `${TITLE}## 第一条\n\n中华人民共和国和甲国（以下简称“双方”）同意。\n\n## 第二条\n\n“口岸”是指边境口岸。\n\n## 第三条\n\n联合委员会（下称“委员会”）和“人员”是指持证的人。\n`;

/** The definitions of lines `from..to` of a text, as `read` shows them. */
function readLines(name: string, text: string, from: number, to: number, want: string[]): void {
  test(`definitions of some lines: ${name}`, () => {
    const t = buildTreaty(text);
    const got = findDefinitions(text, t.tree, from, to).map((d) => {
      assert.equal(text.slice(d.start, d.end), d.term, `the term ${d.term} at its offsets`);
      return `${d.term} ${d.byMeaning ? '=' : '←'} ${d.meaning} | ${text.slice(d.meaningStart, d.meaningEnd)} | ${text.slice(d.clauseStart, d.clauseEnd)}`;
    });
    assert.deepEqual(got, want);
  });
}

readLines('the first article\'s lines', PARTS, 2, 6, ['双方 ← 中华人民共和国和甲国 | 中华人民共和国和甲国 | （以下简称“双方”）']);
readLines('the second article\'s lines: a definition by meaning, offsets in the whole text', PARTS, 6, 10, ['口岸 = 边境口岸 | 边境口岸 | “口岸”是指']);
readLines('the last article, to the end: both kinds, in the order of the text', PARTS, 10, buildTreaty(PARTS).tree.lines.length, [
  '委员会 ← 联合委员会 | 联合委员会 | （下称“委员会”）',
  '人员 = 持证的人 | 持证的人 | “人员”是指',
]);
readLines('from the first line, not to the end', PARTS, 0, 11, [
  '双方 ← 中华人民共和国和甲国 | 中华人民共和国和甲国 | （以下简称“双方”）',
  '口岸 = 边境口岸 | 边境口岸 | “口岸”是指',
]);
readLines('no lines', PARTS, 4, 4, []);

// ——— Cases of branch s11foreign (2026-12-01, session 11), for survivors of definitions.ts ———

read('quoted after a comma and ending the sentence: read without brackets or a second comma', ART('为此设立中哈边境联合委员会，以下简称“联委会”。'),
  ['联委会 ← 中哈边境联合委员会 | 中哈边境联合委员会 | 以下简称“联委会”']);
read('half-width brackets nested in the brackets of an unquoted name (a PDF paste)', ART('中华人民共和国香港特别行政区(包括(离岛)等，以下称香港)的居民同意。'),
  ['香港 ← 中华人民共和国香港特别行政区 | 中华人民共和国香港特别行政区 | 以下称香港)']);
read('the phrase runs back over a half-width bracket and a 《》 title holding a comma', ART([
  '双方主管机关(即甲方的海关总署，乙方的联邦海关署)(以下简称“主管机关”)负责执行；',
  '双方根据《关于促进贸易，投资和发展的协定》（以下简称“贸易协定”）开展合作。',
].join('\n')), [
  '主管机关 ← 双方主管机关(即甲方的海关总署，乙方的联邦海关署) | 双方主管机关(即甲方的海关总署，乙方的联邦海关署) | (以下简称“主管机关”)',
  '贸易协定 ← 《关于促进贸易，投资和发展的协定》 | 《关于促进贸易，投资和发展的协定》 | （以下简称“贸易协定”）',
]);
// 依据 opens the phrase as 根据 does: 最高人民法院关于…补充安排 (2020), `依据《…安排》（以下简称《安排》）第十一条的规定`.
read('依据 before a 《》 title, as 根据: no part of the phrase', ART('依据《甲国和乙国关于司法协助的安排》（以下简称《安排》）第十一条的规定，作出如下补充安排：'),
  ['《安排》 ← 《甲国和乙国关于司法协助的安排》 | 《甲国和乙国关于司法协助的安排》 | （以下简称《安排》）']);
// A converter's pinyin left in brackets after a character (a ruby annotation: 最高人民法院…補充安排 (2020) as a page
// printed it, `依據(jù)《…》（以下簡稱《安排》）`): no part of the phrase after the word cut; the title's own is kept as written.
read('a converter\'s pinyin after the word cut is no part of the phrase', ART('依據(jù)《甲國和乙國關(guān)于司法協助的安排》(以下簡稱《安排》)第十一條的規定，作出如下補充安排：'),
  ['《安排》 ← 《甲國和乙國關(guān)于司法協助的安排》 | 《甲國和乙國關(guān)于司法協助的安排》 | (以下簡稱《安排》)']);
// A bracketed abbreviation or letter after the word cut is the text's own, not a converter's pinyin (which has a tone mark or digit):
// `依照(EU)第2016/679号条例` names the regulation with it.
read('a bracketed abbreviation after the word cut is part of the phrase', ART('缔约双方依照(EU)第2016/679号条例（以下简称“条例”）保护个人数据。'),
  ['条例 ← (EU)第2016/679号条例 | (EU)第2016/679号条例 | （以下简称“条例”）']);
// What a cited provision provides for (澳門特別行政區…公告 of Security Council resolution 1844 (2008): `關於…第733(1992)號決議第5段
// 規定的武器和軍事裝備禁運(下稱“軍火禁運”)`): the citation qualifies the noun, back over 关于 and 按照, which govern the whole.
read('a noun a cited provision provides for: the citation is part of the phrase', ART([
  '重申其关于第733(1992)号决议第5段规定的武器和军事装备禁运(下称“军火禁运”)的各项决议，',
  '缔约双方按照第五条第二款所规定的程序（以下简称“程序”）进行协商。',
  '双方根据本协定规定的原则（以下简称“原则”）进行协商。',
].join('\n')), [
  '军火禁运 ← 第733(1992)号决议第5段规定的武器和军事装备禁运 | 第733(1992)号决议第5段规定的武器和军事装备禁运 | (下称“军火禁运”)',
  '程序 ← 第五条第二款所规定的程序 | 第五条第二款所规定的程序 | （以下简称“程序”）',
  // No provision cited: the noun alone, as before.
  '原则 ← 原则 | 原则 | （以下简称“原则”）',
]);
// With no word governing the whole, a cited provision still qualifies the noun, but the sentence's subject and verb before
// it are none of the phrase (`缔约双方适用…`, `双方执行…`); the instrument named right before the provision is its citation's
// (LawRefBook/Laws' 航道法: `建设本法第二十四条…规定的工程（以下统称与航道有关的工程）` is 本法第二十四条…规定的工程).
read('a noun a cited provision provides for, no word governing the whole: from the citation, not the sentence\'s subject', ART([
  '缔约双方适用第五条规定的程序（以下简称“程序”）进行协商。',
  '双方执行安全理事会第733(1992)号决议第5段规定的武器和军事装备禁运（以下简称“禁运”）。',
  '本协定第三条规定的委员会（以下简称“委员会”）负责协调。',
  '缔约双方适用《联合国海洋法公约》第七十六条规定的大陆架（以下简称“大陆架”）界限。',
  '缔约双方的主管机关和本协定第五条规定的联络机构（以下统称“主管部门”）负责执行。',
].join('\n')), [
  '程序 ← 第五条规定的程序 | 第五条规定的程序 | （以下简称“程序”）',
  '禁运 ← 第733(1992)号决议第5段规定的武器和军事装备禁运 | 第733(1992)号决议第5段规定的武器和军事装备禁运 | （以下简称“禁运”）',
  '委员会 ← 本协定第三条规定的委员会 | 本协定第三条规定的委员会 | （以下简称“委员会”）',
  '大陆架 ← 《联合国海洋法公约》第七十六条规定的大陆架 | 《联合国海洋法公约》第七十六条规定的大陆架 | （以下简称“大陆架”）',
  // A name joined before the citation is one of those the collective name stands for.
  '主管部门 ← 缔约双方的主管机关和本协定第五条规定的联络机构 | 缔约双方的主管机关和本协定第五条规定的联络机构 | （以下统称“主管部门”）',
]);
// A title glued to the preamble with a database's date remark between (中华人民共和国政府和美利坚合众国政府关于刑事司法协助的协定,
// a converted document: `…的协定(2001年3月8日生效)中华人民共和国政府和美利坚合众国政府,以下简称“双方”`): the names after the remark.
read('a date remark after a title glued before the parties ends the phrase', `${TITLE}甲国政府和乙国政府关于刑事司法协助的协定(2001年3月8日生效)甲国政府和乙国政府,以下简称“双方”,达成协议如下:\n`,
  ['双方 ← 甲国政府和乙国政府 | 甲国政府和乙国政府 | 以下简称“双方”']);
// A date remark after a cited title, a provision of it cited after (`《…公约》（1994年11月16日生效）第七十六条所规定的`), is the
// citation's: it ends no title glued to the preamble, and the instrument stays in the phrase.
read('a date remark between a cited title and its provision is part of the citation', ART('缔约双方同意，《联合国海洋法公约》（1994年11月16日生效）第七十六条所规定的外大陆架（以下简称“外大陆架”）由委员会审议。'),
  ['外大陆架 ← 《联合国海洋法公约》（1994年11月16日生效）第七十六条所规定的外大陆架 | 《联合国海洋法公约》（1994年11月16日生效）第七十六条所规定的外大陆架 | （以下简称“外大陆架”）']);
// A short name made of the characters of the last of two joined names, its first character first, stands for that name alone
// (最高人民法院关于内地与香港特别行政区相互执行仲裁裁决的安排, 1999); a name for both (`双方`) stands for the whole phrase.
read('a short name abbreviating the last of two joined names stands for it alone', ART([
  '经最高人民法院与香港特别行政区(以下简称香港特区)政府协商，作出如下安排：',
  '中华人民共和国与甲国（以下简称“双方”）同意。',
  '法院建立社会鉴定机构和鉴定人（以下简称鉴定人）名册。',
].join('\n')), [
  '香港特区 ← 香港特别行政区 | 香港特别行政区 | (以下简称香港特区)',
  '双方 ← 中华人民共和国与甲国 | 中华人民共和国与甲国 | （以下简称“双方”）',
  // The last name whole names both.
  '鉴定人 ← 社会鉴定机构和鉴定人 | 社会鉴定机构和鉴定人 | （以下简称鉴定人）',
]);
read('the phrase stops at a comma before a 《》 title holding one, and at a bracket left open', ART([
  '经双方同意，《关于促进贸易，投资和发展的协定》（以下简称“贸易协定”）自签字之日起生效；',
  '缔约双方（中华人民共和国政府和甲国政府（以下简称“双方”））同意。',
].join('\n')), [
  '贸易协定 ← 《关于促进贸易，投资和发展的协定》 | 《关于促进贸易，投资和发展的协定》 | （以下简称“贸易协定”）',
  '双方 ← 中华人民共和国政府和甲国政府 | 中华人民共和国政府和甲国政府 | （以下简称“双方”）',
]);
