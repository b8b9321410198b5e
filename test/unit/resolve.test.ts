// Where a reference points (features/resolve.ts), every resolution rule as data: a
// workspace (`%! name.md` starts a file), `‸` on the reference, and the whole answer. A
// target that is a place is marked ⟦…⟧ (the span of the article, paragraph, item or
// defined term, as the model keeps it: a block runs to the next one); an answer that is
// not a place is written out. The result is compared whole: kind, file, span, date
// agreement, the number or article that is missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Want, answerOf, expected } from '../support/resolveAnswer';
import { workspace } from '../support/workspace';
import { contextOf } from '../../server/src/features/context';
import { isPart, resolve } from '../../server/src/features/resolve';
import { referencesOf } from '../../server/src/model/references';
import { buildTreaty } from '../../server/src/model/treaty';

const AGREEMENT = '%! b.md\n# 甲乙边防合作协议\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n\n本协议于2002年1月17日在北京签署。\n';
const STATEMENT_1993 = '%! s1993.md\n# 中华人民共和国和哈萨克斯坦共和国联合声明\n\n一、甲。\n\n二、乙。\n\n1993年10月18日于北京\n';
const STATEMENT_1995 = '%! s1995.md\n# 中华人民共和国和哈萨克斯坦共和国联合声明\n\n一、甲。\n\n二、乙。\n\n1995年9月11日于北京\n';
const LONG_STATEMENTS = '%! l1993.md\n# 中华人民共和国和哈萨克斯坦共和国关于睦邻友好关系的联合声明\n\n一、甲。\n\n1993年10月18日于北京\n%! l1995.md\n# 中华人民共和国和哈萨克斯坦共和国关于进一步发展友好合作关系的联合声明\n\n一、甲。\n\n1995年9月11日于北京\n';
// The marked file comes last: a mark closing at the end of a file would otherwise stand before the next `%!`.
const HONG_KONG = '%! hk.md\n# 中华人民共和国香港特别行政区基本法\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n';
const MACAO = '%! mo.md\n# 中华人民共和国澳门特别行政区基本法\n\n## 第一条\n\n丙。\n\n## 第二条\n\n丁。\n';
const LAW_1997 = '%! x1997.md\n# 中华人民共和国测试法\n\n（1997年3月14日第八届全国人民代表大会第五次会议通过）\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n';
const LAW_2020 = '%! x2020.md\n# 中华人民共和国测试法\n\n（1997年3月14日第八届全国人民代表大会第五次会议通过　2020年12月26日第十三届全国人民代表大会常务委员会第二十四次会议修正）\n\n## 第一条\n\n甲。\n';
const PRC_CONSTITUTION = '%! c.md\n# 中华人民共和国宪法\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n';
const PRC_CONSTITUTION_MARKED = PRC_CONSTITUTION.replace('## 第二条\n\n乙。\n', '⟦## 第二条\n\n乙。\n⟧');

const CASES: [string, string, Want][] = [
  // In this document.
  ['本协议 → this document', '%! a.md\n# 测试协议\n\n## 第一条\n\n本协‸议自签字之日起生效。\n', { kind: 'document', file: 'a.md' }],
  // Another text's self-word names no place here: quoted new wording, or 本协定 in a protocol to that agreement (…协定的议定书).
  ['本协议 in quoted text → nothing (the quoted text\'s)', '%! a.md\n# 测试协议\n\n## 第一条\n\n修改为：“本协‸议适用。”\n', undefined],
  ['本协定 in a protocol to an agreement → nothing (the agreement\'s)', '%! a.md\n# 甲乙投资协定的议定书\n\n## 第一条\n\n本协‸定适用于缔约各方领土，本议定书同时生效。\n', undefined],
  ['本议定书 in that protocol → this document', '%! a.md\n# 甲乙投资协定的议定书\n\n## 第一条\n\n本协定适用于缔约各方领土，本议定‸书同时生效。\n', { kind: 'document', file: 'a.md' }],
  ['a defined term → its definition', '%! a.md\n# 测试协议\n\n甲国和乙国（以下简称“⟦双方⟧”），达成协议如下：\n\n## 第一条\n\n双‸方合作。\n', 'marked term'],
  ['第二条 → the whole article, to the next heading', '%! a.md\n# 测试协议\n\n## 第一条\n\n见第二‸条。\n\n⟦## 第二条\n\n乙。\n\n⟧## 第三条\n\n丙。\n', 'marked article'],
  ['第一条第二款 → the paragraph', '%! a.md\n# 测试协议\n\n## 第一条\n\n甲。\n\n⟦乙。\n⟧\n## 第二条\n\n适用第一条第二‸款。\n', 'marked article'],
  ['第一条第二款第（二）项 → the item of that paragraph', '%! a.md\n# 测试协议\n\n## 第一条\n\n甲。\n\n乙：\n\n（一）丙；\n\n⟦（二）丁。\n⟧\n## 第二条\n\n适用第一条第二款第（二‸）项。\n', 'marked article'],
  ['第一条第（二）项 → the item of a one-paragraph article', '%! a.md\n# 测试协议\n\n## 第一条\n\n乙：\n\n（一）丙；\n\n⟦（二）丁。\n⟧\n## 第二条\n\n适用第一条第（二‸）项。\n', 'marked article'],
  ['第一条第二项 in an article without items → its second paragraph (条/项/款)', '%! a.md\n# 测试协议\n\n## 第一条\n\n一、甲。\n\n⟦二、乙。\n⟧\n## 第二条\n\n适用第一条第二‸项。\n', 'marked article'],
  ['本条第二款 → that paragraph of the enclosing article', '%! a.md\n# 测试协议\n\n## 第一条\n\n甲。\n\n⟦乙。\n⟧\n本条第二‸款所称信息。\n', 'marked article'],
  // Relative references. Old treaties number their articles in 款 (第一款, 第二款): there 前款, 本款 and 次款 are articles.
  ['前款 → the paragraph before, in the same article', '%! a.md\n# 测试协议\n\n## 第一条\n\n⟦甲。\n⟧\n前‸款所称信息。\n', 'marked article'],
  ['次款 → the paragraph after, in the same article', '%! a.md\n# 测试协议\n\n## 第一条\n\n依照次‸款办理。\n\n⟦乙。\n⟧\n## 第二条\n\n丙。\n', 'marked article'],
  ['次条 → the next article', '%! a.md\n# 测试协议\n\n## 第一条\n\n次‸条所称信息。\n\n⟦## 第二条\n\n乙。\n\n⟧## 第三条\n\n丙。\n', 'marked article'],
  ['前款 where the articles are 款 → the article before', '%! a.md\n# 测试条约\n\n## 第一款\n\n甲。\n\n⟦## 第二款\n\n乙。\n\n⟧## 第三款\n\n前‸款所载疆界。\n', 'marked article'],
  ['本款 where the articles are 款 → the enclosing article', '%! a.md\n# 测试条约\n\n## 第一款\n\n甲。\n\n⟦## 第二款\n\n本‸款所载。\n\n⟧## 第三款\n\n丙。\n', 'marked article'],
  ['次款 where the articles are 款 → the article after', '%! a.md\n# 测试条约\n\n## 第一款\n\n须照次‸款所定办理。\n\n⟦## 第二款\n\n乙。\n\n⟧## 第三款\n\n丙。\n', 'marked article'],
  ['第二款 alone where the articles are 款 → that article', '%! a.md\n# 测试条约\n\n## 第一款\n\n甲。\n\n⟦## 第二款\n\n乙。\n\n⟧## 第三款\n\n按照第二‸款赔偿事宜。\n', 'marked article'],
  ['第二款 alone where the articles are 条 → a paragraph of this article', '%! a.md\n# 测试协议\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n\n⟦丙。\n⟧\n适用第二‸款。\n', 'marked article'],
  ['次条 in the last article names nothing', '%! a.md\n# 测试协议\n\n## 第一条\n\n甲。\n\n## 第二条\n\n次‸条所称信息。\n', null],
  ['本协议第九条, no such article here', '%! a.md\n# 测试协议\n\n## 第一条\n\n依照本协议第九‸条。\n', { kind: 'no-such-article', num: 9, in: 'a.md' }],
  ['第一条第三款, no such paragraph', '%! a.md\n# 测试协议\n\n## 第一条\n\n甲。\n\n## 第二条\n\n适用第一条第三‸款。\n', { kind: 'no-such-paragraph', article: '第一条', in: 'a.md' }],
  ['第一条第二款第（五）项, no such item', '%! a.md\n# 测试协议\n\n## 第一条\n\n甲。\n\n乙：\n\n（一）丙；\n\n（二）丁。\n\n## 第二条\n\n适用第一条第二款第（五‸）项。\n', { kind: 'no-such-item', article: '第一条', in: 'a.md' }],
  ['第一条第（五）项, no such item in the article', '%! a.md\n# 测试协议\n\n## 第一条\n\n乙：\n\n（一）丙；\n\n（二）丁。\n\n## 第二条\n\n适用第一条第（五‸）项。\n', { kind: 'no-such-item', article: '第一条', in: 'a.md' }],

  // In another document, by its title.
  ['《title》 → that document', `%! a.md\n# 测试议定书\n\n根据《甲乙边防合作‸协议》，达成协议如下：\n\n## 第一条\n\n甲。\n${AGREEMENT}`, { kind: 'document', file: 'b.md' }],
  ['a date that agrees', `%! a.md\n# 测试议定书\n\n根据2002年1月17日《甲乙边防合作‸协议》，达成协议如下：\n\n## 第一条\n\n甲。\n${AGREEMENT}`, { kind: 'document', file: 'b.md', dateAgrees: true }],
  ['a date that does not agree (an agreement: a wrong date)', `%! a.md\n# 测试议定书\n\n根据2003年1月17日《甲乙边防合作‸协议》，达成协议如下：\n\n## 第一条\n\n甲。\n${AGREEMENT}`, { kind: 'document', file: 'b.md', dateAgrees: false }],
  ['《title》第二条 → that article there', `%! a.md\n# 测试议定书\n\n## 第一条\n\n依照《甲乙边防合作协议》第二‸条。\n${AGREEMENT.replace('## 第二条\n\n乙。\n\n本协议于2002年1月17日在北京签署。\n', '⟦## 第二条\n\n乙。\n\n⟧本协议于2002年1月17日在北京签署。\n')}`, 'marked article'],
  ['「title」第二条 (corner brackets, Taiwan and Hong Kong texts) → that article there', `%! a.md\n# 測試議定書\n\n## 第一條\n\n依照「甲乙邊防合作協議」第二‸條。\n${AGREEMENT.replace('## 第二条\n\n乙。\n\n本协议于2002年1月17日在北京签署。\n', '⟦## 第二条\n\n乙。\n\n⟧本协议于2002年1月17日在北京签署。\n')}`, 'marked article'],
  ['「title」第九条 broken over two lines, no such article there (not this document\'s)', `%! a.md\n# 測試議定書\n\n## 第一條\n\n依照「甲乙邊防\n合作協議」第九‸條。\n\n## 第二條\n\n乙。\n${AGREEMENT}`, { kind: 'no-such-article', num: 9, in: 'b.md', citation: '甲乙边防合作协议' }],
  // A short name in 《》 (`（以下简称《安排》）`, as the Supreme People's Court's arrangements with Hong Kong write it) is the cited instrument's.
  ['《short name》第二条 → that article of the instrument it was defined for', `%! a.md\n# 测试补充议定书\n\n依据《甲乙边防合作协议》（以下简称《协议》）第一条的规定，达成协议如下：\n\n一、将《协议》第二‸条修改为：“丙。”\n${AGREEMENT.replace('## 第二条\n\n乙。\n\n本协议于2002年1月17日在北京签署。\n', '⟦## 第二条\n\n乙。\n\n⟧本协议于2002年1月17日在北京签署。\n')}`, 'marked article'],
  ['《short name》 defined with ，下同 and 下称 → the document it was defined for', `%! a.md\n# 测试补充议定书\n\n依据《甲乙边防合作协议》（下称《协议》，下同）第一条的规定，达成协议如下：\n\n一、《协‸议》所指程序包括认可程序。\n${AGREEMENT}`, { kind: 'document', file: 'b.md' }],
  ['《short name》 defined after the document number (（法释〔2008〕5号，以下简称《解释》）) → the document it was defined for', `%! a.md\n# 测试补充议定书\n\n依据《甲乙边防合作协议》（甲发〔2002〕5号，以下简称《协议》）第一条的规定，达成协议如下：\n\n一、《协‸议》所指程序包括认可程序。\n${AGREEMENT}`, { kind: 'document', file: 'b.md' }],
  ['《short name》 → the document it was defined for', `%! a.md\n# 测试补充议定书\n\n依据《甲乙边防合作协议》（以下简称《协议》）第一条的规定，达成协议如下：\n\n一、《协‸议》所指程序包括认可程序。\n${AGREEMENT}`, { kind: 'document', file: 'b.md' }],
  ['《short name》 in its own definition → the document it names', `%! a.md\n# 测试补充议定书\n\n依据《甲乙边防合作协议》（以下简称《协‸议》）第一条的规定，达成协议如下：\n${AGREEMENT}`, null],
  ['《short name》第九条, no such article in the instrument it was defined for', `%! a.md\n# 测试补充议定书\n\n依据《甲乙边防合作协议》（以下简称《协议》）第一条的规定，达成协议如下：\n\n一、将《协议》第九‸条修改为：“丙。”\n${AGREEMENT}`, { kind: 'no-such-article', num: 9, in: 'b.md', citation: '甲乙边防合作协议' }],
  ['《title》第九条, no such article there', `%! a.md\n# 测试议定书\n\n## 第一条\n\n依照《甲乙边防合作协议》第九‸条。\n${AGREEMENT}`, { kind: 'no-such-article', num: 9, in: 'b.md', citation: '甲乙边防合作协议' }],
  ['《title》 not in the workspace', `%! a.md\n# 测试议定书\n\n根据《甲丙边防合作‸协议》，达成协议如下：\n\n## 第一条\n\n甲。\n${AGREEMENT}`, { kind: 'no-such-document', citation: '甲丙边防合作协议' }],
  ['《title》第二条, the title not in the workspace', `%! a.md\n# 测试议定书\n\n## 第一条\n\n依照《甲丙边防合作协议》第二‸条。\n${AGREEMENT}`, { kind: 'no-such-document', citation: '甲丙边防合作协议' }],

  // Statements that share a title: the date chooses; a date none has is another statement.
  ['a dated 联合声明 → the statement of that date', `%! a.md\n# 测试协定\n\n重申1995年9月11日《中华人民共和国和哈萨克斯坦共和国联合‸声明》的原则。\n\n## 第一条\n\n甲。\n${STATEMENT_1993}${STATEMENT_1995}`, { kind: 'document', file: 's1995.md', dateAgrees: true }],
  ['a dated 联合声明 that no statement in the workspace has is not found', `%! a.md\n# 测试协定\n\n重申1996年7月5日《中华人民共和国和哈萨克斯坦共和国联合‸声明》的原则。\n\n## 第一条\n\n甲。\n${STATEMENT_1993}${STATEMENT_1995}`, { kind: 'no-such-document', citation: '中华人民共和国和哈萨克斯坦共和国联合声明' }],
  // A title naming the parties in the other order (the other party's text names itself first: the alternat) is the same instrument's.
  ['a title with its parties in the other order → the statement naming them so', `%! a.md\n# 测试协定\n\n重申《哈萨克斯坦共和国和中华人民共和国联合‸声明》的原则。\n\n## 第一条\n\n甲。\n${STATEMENT_1993}`, { kind: 'document', file: 's1993.md' }],
  ['a dated title with its parties in the other order → the statement of that date', `%! a.md\n# 测试协定\n\n重申1995年9月11日《哈萨克斯坦共和国和中华人民共和国联合‸声明》的原则。\n\n## 第一条\n\n甲。\n${STATEMENT_1993}${STATEMENT_1995}`, { kind: 'document', file: 's1995.md', dateAgrees: true }],
  ['a title with its parties in the other order and a subject of its own is another instrument', `%! a.md\n# 测试协定\n\n重申《哈萨克斯坦共和国和中华人民共和国关于边界问题的联合‸声明》的原则。\n\n## 第一条\n\n甲。\n${STATEMENT_1993}`, { kind: 'no-such-document', citation: '哈萨克斯坦共和国和中华人民共和国关于边界问题的联合声明' }],
  ['a title with its parties in the other order is never the statement that writes it', '%! s.md\n# 中华人民共和国和哈萨克斯坦共和国联合声明\n\n一、重申《哈萨克斯坦共和国和中华人民共和国联合‸声明》的原则。\n\n二、乙。\n', { kind: 'no-such-document', citation: '哈萨克斯坦共和国和中华人民共和国联合声明' }],
  ['a short form 中哈联合声明 → the statement naming those parties', `%! a.md\n# 测试协定\n\n重申中哈联合‸声明的原则。\n\n## 第一条\n\n甲。\n${STATEMENT_1993}`, { kind: 'document', file: 's1993.md' }],
  ['a dated short form → the statement of that date', `%! a.md\n# 测试协定\n\n重申1995年9月11日中哈联合‸声明的原则。\n\n## 第一条\n\n甲。\n${STATEMENT_1993}${STATEMENT_1995}`, { kind: 'document', file: 's1995.md', dateAgrees: true }],
  ['a short form with a date no statement has is not found', `%! a.md\n# 测试协定\n\n重申1996年7月5日中哈联合‸声明的原则。\n\n## 第一条\n\n甲。\n${STATEMENT_1993}${STATEMENT_1995}`, { kind: 'no-such-document', citation: '中哈联合声明' }],
  ['a short form matched by parties is never the statement that writes it', '%! s.md\n# 中华人民共和国和哈萨克斯坦共和国关于边界问题的联合声明\n\n一、重申中哈联合‸声明的原则。\n\n二、乙。\n', { kind: 'no-such-document', citation: '中哈联合声明' }],
  ['a short form with its parties in the other order → the statement naming them', `%! a.md\n# 测试协定\n\n重申哈中联合‸声明的原则。\n\n## 第一条\n\n甲。\n${STATEMENT_1993}`, { kind: 'document', file: 's1993.md' }],
  ['a short form: the statement naming the parties in the order written first', `%! a.md\n# 测试协定\n\n重申哈中联合‸声明的原则。\n\n## 第一条\n\n甲。\n${STATEMENT_1993}%! k.md\n# 哈萨克斯坦共和国和中华人民共和国联合声明\n\n一、甲。\n\n二、乙。\n`, { kind: 'document', file: 'k.md' }],
  ['a short form with its parties in the other order and a date none has is not found', `%! a.md\n# 测试协定\n\n重申1996年7月5日哈中联合‸声明的原则。\n\n## 第一条\n\n甲。\n${STATEMENT_1993}`, { kind: 'no-such-document', citation: '哈中联合声明' }],
  ['a short form: the title ends with the kind (a note in brackets aside)', `%! a.md\n# 测试协定\n\n重申中哈联合‸声明的原则。\n\n## 第一条\n\n甲。\n%! n.treaty.md\n# 中华人民共和国和哈萨克斯坦共和国联合声明的说明\n\n一、甲。\n%! s.treaty.md\n# 中华人民共和国和哈萨克斯坦共和国联合声明（草案）\n\n一、甲。\n`, { kind: 'document', file: 's.treaty.md' }],

  // A name without brackets: the document whose title ends with the longest part of it.
  ['香港特别行政区基本法第二条 → that article of the Hong Kong Basic Law', `%! a.md\n# 测试条例\n\n## 第一条\n\n依照香港特别行政区基本法第二‸条。\n${MACAO}${HONG_KONG.replace('## 第二条\n\n乙。\n', '⟦## 第二条\n\n乙。\n⟧')}`, 'marked article'],
  ['澳门特别行政区基本法第二条 → the Macao one, not the Hong Kong one', `%! a.md\n# 测试条例\n\n## 第一条\n\n依照澳门特别行政区基本法第二‸条。\n${HONG_KONG}${MACAO.replace('## 第二条\n\n丁。\n', '⟦## 第二条\n\n丁。\n⟧')}`, 'marked article'],
  ['a bare name: an ending of one character (the kind) is not enough', `%! a.md\n# 测试条例\n\n## 第一条\n\n依照甲国海关法第二‸条。\n${HONG_KONG}${MACAO}`, { kind: 'no-such-document', citation: '甲国海关法' }],
  ['a bare name longer than the title: its ending is the title', `%! a.md\n# 测试条例\n\n## 第一条\n\n依照中国香港特别行政区基本法第二‸条。\n${MACAO}${HONG_KONG.replace('## 第二条\n\n乙。\n', '⟦## 第二条\n\n乙。\n⟧')}`, 'marked article'],
  ['a bare name: a shorter ending in a later document does not win', `%! a.md\n# 测试条例\n\n## 第一条\n\n依照澳门特别行政区基本法第二‸条。\n${MACAO.replace('## 第二条\n\n丁。\n', '⟦## 第二条\n\n丁。\n\n⟧## 第三条\n\n戊。\n')}${HONG_KONG}`, 'marked article'],
  ['a bare name is never the document that writes it', `%! hk.md\n# 中华人民共和国香港特别行政区基本法\n\n## 第一条\n\n依照特别行政区基本法第二‸条。\n\n## 第二条\n\n乙。\n`, { kind: 'no-such-document', citation: '特别行政区基本法' }],
  // …but a law's own title without the home state's name is its name for itself (`宪法第三章第五节` in the constitution): its own article.
  ['a law naming itself by its title without the state: its own article', `%! hk.md\n# 中华人民共和国香港特别行政区基本法\n\n## 第一条\n\n依照香港特别行政区基本法第二‸条。\n\n⟦## 第二条\n\n乙。\n⟧`, 'marked article'],
  ['a bare name: a longer ending in a later document wins (劳动合同法, not 合同法)', `%! a.md\n# 测试条例\n\n## 第一条\n\n依照劳动合同法第二‸条。\n%! ht.md\n# 中华人民共和国合同法\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n%! ld.md\n# 中华人民共和国劳动合同法\n\n## 第一条\n\n丙。\n\n⟦## 第二条\n\n丁。\n⟧`, 'marked article'],
  ['a bare name ending with a whole title that names no state (国务院… before 医疗器械监督管理条例)', `%! a.md\n# 测试办法\n\n## 第一条\n\n依照国务院医疗器械监督管理条例第二‸条。\n%! yl.md\n# 医疗器械监督管理条例\n\n## 第一条\n\n甲。\n\n⟦## 第二条\n\n乙。\n⟧`, 'marked article'],
  ['a bare name sharing only the end of a title that names no state is another law (兽药管理条例)', `%! a.md\n# 测试办法\n\n## 第一条\n\n依照兽药管理条例第二‸条。\n%! yl.md\n# 医疗器械监督管理条例\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n`, { kind: 'no-such-document', citation: '兽药管理条例' }],
  // Another document's article found, its paragraph or item not.
  ['《title》第二条第二款, the article there has one paragraph', `%! a.md\n# 测试议定书\n\n## 第一条\n\n依照《甲乙边防合作协议》第二条第二‸款。\n${AGREEMENT}`, { kind: 'no-such-paragraph', article: '第二条', in: 'b.md' }],
  ['《title》第二条第（三）项, the article there has two items', `%! a.md\n# 测试议定书\n\n## 第一条\n\n依照《甲乙边防合作协议》第二条第（三‸）项。\n%! b.md\n# 甲乙边防合作协议\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙：\n\n（一）丙；\n\n（二）丁。\n`, { kind: 'no-such-item', article: '第二条', in: 'b.md' }],
  // Versions of one law: the date cited chooses; a version newer than the citing text is not held against it.
  ['a dated citation of a law: an article only another version has is missing from the version dated', `%! a.md\n# 测试条例\n\n## 第一条\n\n依照2020年12月26日通过的《中华人民共和国测试法》第二‸条。\n${LAW_1997}${LAW_2020}`, { kind: 'no-such-article', num: 2, in: 'x2020.md', citation: '中华人民共和国测试法' }],
  ['an undated citation of a law: the article in either version', `%! a.md\n# 测试条例\n\n## 第一条\n\n依照《中华人民共和国测试法》第二‸条。\n${LAW_2020}${LAW_1997.replace('## 第二条\n\n乙。\n', '⟦## 第二条\n\n乙。\n⟧')}`, 'marked article'],
  ['a text of the same version as the law it cites: an article the law lacks is missing', `%! a.md\n# 测试条例\n\n（2020年12月26日国务院第一百次常务会议通过）\n\n## 第一条\n\n依照《中华人民共和国测试法》第二‸条。\n${LAW_2020}`, { kind: 'no-such-article', num: 2, in: 'x2020.md', citation: '中华人民共和国测试法' }],
  ['a text older than the version of the law in the workspace: nothing said of an article it lacks', `%! a.md\n# 测试条例\n\n（2019年12月26日国务院第一百次常务会议通过）\n\n## 第一条\n\n依照《中华人民共和国测试法》第二‸条。\n${LAW_2020}`, undefined],
  // A name qualified by a state: that state's law. `宪法` or `刑法` alone, or after 中国 / 我国, is China's; another state's
  // (listed in the lexicon or not: a name ending as states' names do, 共和国, 联邦, 王国, 国) is never China's.
  ['宪法第二条 → the PRC Constitution (`中华人民共和国` left out)', `%! a.md\n# 测试条例\n\n## 第一条\n\n依照宪法第二‸条。\n${PRC_CONSTITUTION_MARKED}`, 'marked article'],
  ['中国宪法第二条 → the PRC Constitution', `%! a.md\n# 测试条例\n\n## 第一条\n\n依照中国宪法第二‸条。\n${PRC_CONSTITUTION_MARKED}`, 'marked article'],
  ['我国宪法第二条 → the PRC Constitution', `%! a.md\n# 测试条例\n\n## 第一条\n\n依照我国宪法第二‸条。\n${PRC_CONSTITUTION_MARKED}`, 'marked article'],
  ['俄罗斯联邦宪法第二条 is not the PRC Constitution', `%! a.md\n# 测试条例\n\n## 第一条\n\n依照俄罗斯联邦宪法第二‸条。\n${PRC_CONSTITUTION}`, { kind: 'no-such-document', citation: '俄罗斯联邦宪法' }],
  ['美国宪法第二条 is not the PRC Constitution', `%! a.md\n# 测试条例\n\n## 第一条\n\n依照美国宪法第二‸条。\n${PRC_CONSTITUTION}`, { kind: 'no-such-document', citation: '美国宪法' }],
  ['意大利宪法第二条 is not the PRC Constitution', `%! a.md\n# 测试条例\n\n## 第一条\n\n依照意大利宪法第二‸条。\n${PRC_CONSTITUTION}`, { kind: 'no-such-document', citation: '意大利宪法' }],
  ['日本国宪法第二条 is not the PRC Constitution', `%! a.md\n# 测试条例\n\n## 第一条\n\n依照日本国宪法第二‸条。\n${PRC_CONSTITUTION}`, { kind: 'no-such-document', citation: '日本国宪法' }],
  ['a state the lexicon does not list, named as states are (…王国), is not China', `%! a.md\n# 测试条例\n\n## 第一条\n\n依照乙王国宪法第二‸条。\n${PRC_CONSTITUTION}`, { kind: 'no-such-document', citation: '乙王国宪法' }],
  ['中华民国宪法第二条 is not the PRC Constitution', `%! a.md\n# 测试条例\n\n## 第一条\n\n依照中华民国宪法第二‸条。\n${PRC_CONSTITUTION}`, { kind: 'no-such-document', citation: '中华民国宪法' }],
  ['法国刑法第二条 is not the PRC Criminal Law', `%! a.md\n# 测试条例\n\n## 第一条\n\n依照法国刑法第二‸条。\n%! x.md\n# 中华人民共和国刑法\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n`, { kind: 'no-such-document', citation: '法国刑法' }],
  // The state written before 的 (`美国的宪法`): the 的 cuts the name, the state still owns the law. Another state's: no reference of this workspace's.
  ['美国的宪法第二条 names no article here or in the PRC Constitution', `%! a.md\n# 测试条例\n\n## 第一条\n\n依照美国的宪法第二‸条的规定，保护在其境内的对方公民的合法权益。\n${PRC_CONSTITUTION}`, null],
  ['各国的刑法第二条 names no article of the PRC Criminal Law', `%! a.md\n# 测试条例\n\n## 第一条\n\n依照各国的刑法第二‸条。\n%! x.md\n# 中华人民共和国刑法\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n`, null],
  ['中国的宪法第二条 → the PRC Constitution', `%! a.md\n# 测试条例\n\n## 第一条\n\n依照中国的宪法第二‸条。\n${PRC_CONSTITUTION_MARKED}`, 'marked article'],
  ['我国的宪法第二条 → the PRC Constitution', `%! a.md\n# 测试条例\n\n## 第一条\n\n依照我国的宪法第二‸条。\n${PRC_CONSTITUTION_MARKED}`, 'marked article'],
  ['俄罗斯联邦宪法第二条 → the Russian Constitution beside the PRC one', `%! a.md\n# 测试条例\n\n## 第一条\n\n依照俄罗斯联邦宪法第二‸条。\n${PRC_CONSTITUTION}%! ru.md\n# 俄罗斯联邦宪法\n\n## 第一条\n\n丙。\n\n⟦## 第二条\n\n丁。\n⟧`, 'marked article'],
  ['宪法第二条 alone is not another state\'s constitution', `%! a.md\n# 测试条例\n\n## 第一条\n\n依照宪法第二‸条。\n%! ru.md\n# 俄罗斯联邦宪法\n\n## 第一条\n\n丙。\n\n## 第二条\n\n丁。\n`, { kind: 'no-such-document', citation: '宪法' }],
  // Short forms whose titles say more than the parties: matched by parties, kind and date.
  ['a dated short form → the longer-titled statement of that date', `%! a.md\n# 测试协定\n\n重申1995年9月11日中哈联合‸声明的原则。\n\n## 第一条\n\n甲。\n${LONG_STATEMENTS}`, { kind: 'document', file: 'l1995.md', dateAgrees: true }],
  ['a dated short form: no longer-titled statement of that date', `%! a.md\n# 测试协定\n\n重申1996年7月5日中哈联合‸声明的原则。\n\n## 第一条\n\n甲。\n${LONG_STATEMENTS}`, { kind: 'no-such-document', citation: '中哈联合声明' }],
  // Every kind of instrument whose titles repeat: a dated citation no document has names another one.
  ...['联合公报', '联合新闻公报', '声明', '公报'].map((kind): [string, string, Want] => [`a dated ${kind} that none in the workspace has is not found`,
    `%! a.md\n# 测试协定\n\n重申1996年7月5日《中华人民共和国和哈萨克斯坦共和国‸${kind}》的原则。\n\n## 第一条\n\n甲。\n%! s.md\n# 中华人民共和国和哈萨克斯坦共和国${kind}\n\n一、甲。\n\n1995年9月11日于北京\n`,
    { kind: 'no-such-document', citation: `中华人民共和国和哈萨克斯坦共和国${kind}` }]),
];

for (const [label, source, want] of CASES) {
  test(`resolve: ${label}`, () => {
    assert.deepEqual(answerOf(source), expected(source, want));
  });
}

test('resolve: citations of one title with other dates, in one context, each by its own date (day and month)', () => {
  const source = `%! a.md\n# 测试议定书\n\n根据2002年1月17日《甲乙边防合作协议》、2002年2月17日《甲乙边防合作协议》和2002年1月18日《甲乙边防合作协议》，达成协议如下：\n\n## 第一条\n\n甲。\n${AGREEMENT}`;
  const ws = workspace(source);
  const ctx = contextOf(ws.index, ws.snapshot(ws.file('a.md')));
  const answers = referencesOf(ctx.treaty).flatMap((r) => {
    if (r.kind !== 'citation') return [];
    const t = resolve(ctx, r);
    return [t?.kind === 'document' ? t.dateAgrees : t?.kind];
  });
  assert.deepEqual(answers, [true, false, false]);
});

test('isPart: a text whose first numbered article is not 第一条, an unreadable number before it aside', () => {
  assert.deepEqual(
    ['# 测试法\n\n## 第十十条\n\n甲。\n\n## 第五条\n\n乙。\n', '# 测试法\n\n## 第十十条\n\n甲。\n\n## 第一条\n\n乙。\n', '# 测试法\n\n## 第五条\n\n乙。\n', '# 测试法\n\n甲。\n']
      .map((t) => isPart(buildTreaty(t))),
    [true, false, true, false],
  );
});
