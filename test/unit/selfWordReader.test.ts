// model/references.ts `selfEnd`: the self-reference at a 本 (本协定, 本《安排》, 本協(xié)定), read by the characters' codes
// instead of the alternation of every self-word with a converter's pinyin allowed after each character (the costliest
// pattern of the references' reading: ~0.5 s of treaty-check's 7 s over 5,000 generated treaties). Data: words around a
// 本 in real texts (test/fixtures/real, whose README records each page; LawRefBook/Laws, https://github.com/LawRefBook/Laws,
// commit 2f4c5c2), folded to simplified as the reading folds them; each expected end read off the text. The property holds
// the reader to the pattern it replaced, written out here as references.ts wrote it (the oracle).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { selfEnd } from '../../server/src/model/references';
import { foldScript } from '../../server/src/syntax/script';
import { CHENG_NOUNS, CHENG_VERBS, NOT_AFTER_BENFA, NOT_AFTER_BENYUE, NOT_AFTER_BENZHANGCHENG, NOT_SELF, SELF_WORDS, alternation, withPinyin } from '../../server/src/syntax/words';

/** [where the words are from, the words, the self-reference in them at their first 本 (or undefined: none there)]. */
const CASES: [string, string, string | undefined][] = [
  // A converter's pinyin after a character of the word: read as if it were not there, the gloss within the reference.
  ['agreement_cn_bn_air_pinyin_page.md', '运企业”,指根据本协(xié)定第三条规定', '本协(xié)定'],
  ['memorandum_cn_it_tax_1986_pinyin_hant.md (traditional)', '規(guī)定和本協(xié)定第十九條第一款', '本协(xié)定'],
  // UN model texts and Hong Kong's arrangements bracket the word.
  ['protocol_cn_hk_tax_2010_third.md', '的与执行本《安排》的规定相关的信息', '本《安排》'],
  // After 成 ending a verb: 完成本议定书, 构成本协议.
  ['protocol_cn_gb_tax_2013.md', '外交途径相互书面通知已完成本议定书生效所必需的国内', '本议定书'],
  ['agreement_ndb_2014_mof.md', '协定条款经营业务。该协定构成本协议不可分割的一部分', '本协议'],
  // 本 making a word with what stands before it (基本法律) or after it (本法院: the court): none.
  ['宪法/宪法.md', '、民事、国家机构的和其他的基本法律；', undefined],
  ['司法解释/最高人民法院关于人民法院执行工作若干问题的规定（试行）(2020-12-29).md', '难或被执行人不在本法院辖区的案件，', undefined],
  // 本章 and its 程序 in a law (民事诉讼法 第一百八十五条, LawRefBook/Laws): no 本章程; a 章程's own 本章程 is one.
  ['民事诉讼法.md', '依照本章程序审理的案件，实行一审终审', undefined],
  ['charter_organisation_statutes_fsou_p2.md', '立法程序接受本章程者，均得成为本组织会员', '本章程'],
  // The longest word standing after 本 (本议定书, not a 本议… of its own), the text's end right after it.
  ['protocol_cn_gb_tax_2013.md', '本议定书', '本议定书'],
];

test('selfEnd: the self-reference at a 本, read in real texts', () => {
  for (const [source, words, expected] of CASES) {
    const s = foldScript(words);
    const at = s.indexOf('本');
    const end = selfEnd(s, at);
    assert.equal(end < 0 ? undefined : s.slice(at, end), expected === undefined ? undefined : foldScript(expected), source);
  }
});

/** The pattern selfEnd replaced (references.ts `selfPattern` over the glossed words, sticky): the oracle. */
const SELF_PATTERN = new RegExp(
  `(?:(?<![${NOT_SELF}])|(?<=[${CHENG_VERBS}]成)(?<!(?:${alternation(CHENG_NOUNS)})成))本(?:${SELF_WORDS.map(withPinyin).join('|')}|《(?:${alternation(SELF_WORDS)})》)(?!(?<=本约)[${NOT_AFTER_BENYUE}])(?!(?<=本法)[${NOT_AFTER_BENFA}])(?!(?<=本章程)[${NOT_AFTER_BENZHANGCHENG}])`,
  'y',
);

test('selfEnd: where the pattern it replaced ends, at every 本 of any text', () => {
  // Pieces of self-words and of the words around them: glosses, brackets, what makes 本 a word of its own before it or after it.
  const pieces = ['本', '协', '定', '议', '书', '约', '法', '律', '院', '合', '成', '完', '制造', '结构', '基', '日', '《', '》', '(xié)', '（fǎ）', '(yue1)', '(EU)', '第', '条', ' ', '联合', '声明', '补充', '最终', '计划', '章', '程', '序'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((ps) => ps.join('')), (s) => {
    for (let i = s.indexOf('本'); i >= 0; i = s.indexOf('本', i + 1)) {
      SELF_PATTERN.lastIndex = i;
      const m = SELF_PATTERN.exec(s);
      assert.equal(selfEnd(s, i), m ? i + m[0].length : -1, `${JSON.stringify(s)} at ${i}`);
    }
  }), { numRuns: 3000 });
});
