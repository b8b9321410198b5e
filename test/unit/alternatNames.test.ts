// The alternat and the parties' names (features/export/alternat.ts, model/parties.ts; session 64). A party's name moves whole:
// Taiwan's office in the United States (駐美國台北經濟文化代表處) and the American Institute in Taiwan (美國在台協會) both hold
// 美國, and neither is the state — the office keeps its 駐 where a definition names it, the institute its 在台協會 where a
// title names it, and the other party's copy names each whole, its signature column found in a traditional text. Then the
// languages of the signing clause in copies of four parties (each its own language first, the others' in the agreed order, a
// language of no party where the clause puts it; one language, nothing to reorder; one original, one copy) and of a party whose
// language the lexicon does not know (the list as written). The texts are written as the corpus's TECRO–AIT agreements are
// (test/fixtures/real/agreement_tw_us_mutual_legal_assistance_2002_xiaomilidoc.md, its title naming TECRO first and its preamble
// AIT; agreement_ait_tecro_officials_training_2000_moj_hant.md) and as the 2000 Lancang–Mekong navigation agreement of China,
// Laos, Myanmar and Thailand names its parties; every copy was written by reading the text, not by running the export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { signingCopies } from '../../server/src/features/export/alternat';

const TECRO = `# 駐美國台北經濟文化代表處與美國在台協會間之刑事司法互助協定

駐美國台北經濟文化代表處與美國在台協會（以下簡稱「締約雙方」），基於相互尊重、互惠與共同利益，同意訂立下列條款：

## 第一條

美國在台協會及駐美國台北經濟文化代表處應依美國法律及台灣法律相互協助。

## 第二條

本協定於二○○二年三月二十六日在華盛頓簽署，一式兩份，每份均以中文及英文寫成，兩種文本同等作準。

駐美國台北經濟文化代表處
代表

美國在台協會
代表
`;

/** AIT's copy of TECRO, read: the title's and the preamble's pair, each name whole; article 1 already AIT's order; the columns. */
const TECRO_AIT = `# 美國在台協會與駐美國台北經濟文化代表處間之刑事司法互助協定

美國在台協會與駐美國台北經濟文化代表處（以下簡稱「締約雙方」），基於相互尊重、互惠與共同利益，同意訂立下列條款：

## 第一條

美國在台協會及駐美國台北經濟文化代表處應依美國法律及台灣法律相互協助。

## 第二條

本協定於二○○二年三月二十六日在華盛頓簽署，一式兩份，每份均以中文及英文寫成，兩種文本同等作準。

美國在台協會
代表

駐美國台北經濟文化代表處
代表
`;

test('alternat: an office stationed in a state (駐美國…) and an institute named for it (美國在台協會), defined as the parties — each name whole in the other\'s copy, its signature column found in traditional characters', () => {
  const copies = signingCopies(TECRO);
  assert.deepEqual(copies.map((c) => c.party), ['驻美国台北经济文化代表处', '美国在台协会']);
  assert.equal(copies[0].text, TECRO);
  assert.equal(copies[1].text, TECRO_AIT);
  // (The copy read again: the same two names, whole, AIT's first.)
  assert.deepEqual(signingCopies(TECRO_AIT).map((c) => c.party), ['美国在台协会', '驻美国台北经济文化代表处']);
});

const MEMO = `# 駐美國台北經濟文化代表處與美國在台協會瞭解備忘錄

駐美國台北經濟文化代表處與美國在台協會同意下列事項：

一、駐美國台北經濟文化代表處與美國在台協會應在美國及台灣合作。
`;

test('alternat: parties read from a title with no 关于 nor 间, the first an organ — the last its organ too (美國在台協會, not 美國), both moved whole', () => {
  const copies = signingCopies(MEMO);
  assert.deepEqual(copies.map((c) => c.party), ['驻美国台北经济文化代表处', '美国在台协会']);
  assert.equal(copies[1].text, `# 美國在台協會與駐美國台北經濟文化代表處瞭解備忘錄

美國在台協會與駐美國台北經濟文化代表處同意下列事項：

一、美國在台協會與駐美國台北經濟文化代表處應在美國及台灣合作。
`);
  // (A state alone first: the last its state alone, as before.)
  assert.deepEqual(signingCopies('# 中华人民共和国和蒙古国边境口岸协定\n\n## 第一条\n\n中华人民共和国和蒙古国商定。\n').map((c) => c.party), ['中华人民共和国', '蒙古国']);
});

const FOUR_NAV = (clause: string) => `# 中华人民共和国政府、老挝人民民主共和国政府、缅甸联邦政府和泰王国政府商船通航协定

中华人民共和国政府、老挝人民民主共和国政府、缅甸联邦政府和泰王国政府（以下简称“缔约各方”），达成协议如下：

## 第一条

缔约各方的船舶可以自由航行。

## 第二条

${clause}

中华人民共和国政府代表
（签字）

老挝人民民主共和国政府代表
（签字）

缅甸联邦政府代表
（签字）

泰王国政府代表
（签字）
`;
const SIGNED_AT = '本协定于二〇〇〇年四月二十日在大其力签订，';

test('alternat of four: the signing clause\'s languages in each copy — its party\'s first, the other parties\' in the agreed order, English (no party\'s) last where the clause puts it', () => {
  const text = FOUR_NAV(`${SIGNED_AT}一式四份，每份均用中文、老挝文、缅甸文、泰文和英文写成，各种文本同等作准。如有分歧，以英文本为准。`);
  const lists = ['中文、老挝文、缅甸文、泰文和英文', '老挝文、中文、缅甸文、泰文和英文', '缅甸文、中文、老挝文、泰文和英文', '泰文、中文、老挝文、缅甸文和英文'];
  const copies = signingCopies(text);
  assert.deepEqual(copies.map((c) => c.party), ['中华人民共和国政府', '老挝人民民主共和国政府', '缅甸联邦政府', '泰王国政府']);
  copies.forEach((c, i) => assert.ok(c.text.includes(`${SIGNED_AT}一式四份，每份均用${lists[i]}写成，各种文本同等作准。如有分歧，以英文本为准。`), `${c.party}'s signing clause`));
});

test('alternat of four: one language (English) — a copy each where an original is made for each, the clause as written; one original for a depositary, one copy', () => {
  const english = FOUR_NAV(`${SIGNED_AT}一式四份，每份均用英文写成。`);
  const copies = signingCopies(english);
  assert.equal(copies.length, 4);
  for (const c of copies) assert.ok(c.text.includes(`${SIGNED_AT}一式四份，每份均用英文写成。`));
  assert.ok(copies[3].text.startsWith('# 泰王国政府、中华人民共和国政府、老挝人民民主共和国政府和缅甸联邦政府商船通航协定\n'));
  const deposited = FOUR_NAV(`${SIGNED_AT}一式一份，用英文写成，交由泰王国政府保存。`);
  assert.deepEqual(signingCopies(deposited).map((c) => c.party), [undefined]);
});

test('alternat: a party whose language the lexicon does not know — its copy keeps the clause\'s languages as written, not the other party\'s first', () => {
  const text = '# 中华人民共和国政府和秘鲁共和国政府经济合作协定\n\n中华人民共和国政府和秘鲁共和国政府（以下简称“双方”），达成协议如下：\n\n## 第一条\n\n双方合作。\n\n## 第二条\n\n本协定于二〇〇〇年在利马签订，一式两份，每份均用西班牙文、中文和英文写成。\n';
  const copies = signingCopies(text);
  assert.equal(copies[1].party, '秘鲁共和国政府');
  assert.ok(copies[1].text.includes('每份均用西班牙文、中文和英文写成。'));
  assert.ok(copies[1].text.startsWith('# 秘鲁共和国政府和中华人民共和国政府经济合作协定'));
});
