// syntax/words.ts `endingKind`: the kind a title ends with, asked only of the instrument words ending with its last character
// (KIND_ENDINGS, in INSTRUMENT_WORDS' order), and `withoutRemarks` searching only a title that ends with a closing bracket —
// instead of asking all 74 words whether the title ends with each (6,327 titles over every tenth law of LawRefBook/Laws,
// ~13,000 instructions a title). Data: titles and their kinds as laws and treaties write them, each kind read off the title.
// The property holds endingKind to the function it replaced, written out here as words.ts wrote it (the oracle), over titles
// made of instrument words, draft words, remarks and what stands around them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DRAFT_TITLE_WORDS, INSTRUMENT_WORDS, NOTICE, VALIDITY_STATUS, alternation, endingKind, withoutRemarks } from '../../server/src/syntax/words';

/** [the title (folded), its kind or undefined]. */
const CASES: [string, string | undefined][] = [
  ['中华人民共和国和俄罗斯联邦联合声明', '联合声明'],
  ['世界人权宣言', '宣言'],
  ['中华人民共和国政府和新西兰政府自由贸易协定（草案）', '协定'],
  ['中华人民共和国森林法[现行有效]', '法'],
  ['世卫组织大流行协定草案', '协定'],
  ['朝鲜停战协定及其附件和临时补充协议', '协定'],
  ['国家税务局关于中澳避免双重征税协定生效的通知', NOTICE],
  ['联合国安理会主席声明2017年第19号', '声明'],
  ['中华人民共和国民法典', '法'],
  ['关于加强合作的意见', undefined],
  ['', undefined],
];

test('endingKind: the kinds of titles as texts write them', () => {
  for (const [title, kind] of CASES) assert.equal(endingKind(title), kind, title);
});

test('withoutRemarks: a remark in brackets at the end left out, a title with none as it is', () => {
  assert.equal(withoutRemarks('中华人民共和国森林法（2019修订）'), '中华人民共和国森林法');
  assert.equal(withoutRemarks('…框架协议[现行有效]'), '…框架协议');
  assert.equal(withoutRemarks('…框架协议【已失效】'), '…框架协议');
  assert.equal(withoutRemarks('（一）关于合作'), '（一）关于合作');
  assert.equal(withoutRemarks(''), '');
});

// The oracle: endingKind and withoutRemarks as words.ts wrote them before (every word of INSTRUMENT_WORDS asked in turn; every title searched for remarks).
const REMARKS_AT_END = new RegExp(`(?:[（(][^）)]*[）)]|[\\[［【](?:${alternation(VALIDITY_STATUS)})[\\]］】])+$`);
const NOTICE_TITLE = /^(?:(?!关于).)*关于(?!印发|发布|颁布|公布|转发).{2,}的(?:紧急)?通知$/;
const YEAR_NUMBER = /[0-9０-９]{4}年第[0-9０-９]{1,4}号$/;
const DRAFT_LAST = [...new Set(DRAFT_TITLE_WORDS.map((d) => d.charAt(d.length - 1)))].join('');
const oldWithoutRemarks = (words: string): string => words.replace(REMARKS_AT_END, '');
function oldEndingKind(words: string): string | undefined {
  let t = oldWithoutRemarks(words);
  if (t.charCodeAt(t.length - 1) === 0x53f7) t = t.replace(YEAR_NUMBER, '');
  const joined = t.indexOf('及其');
  if (joined > 0 && t.indexOf('的', joined) < 0) {
    const first = oldEndingKind(t.slice(0, joined));
    if (first) return first;
  }
  for (const w of INSTRUMENT_WORDS) if ((w.kind || w.kindAs) && t.endsWith(w.word)) return w.kindAs ?? w.word;
  if (t.endsWith(NOTICE) && NOTICE_TITLE.test(t)) return NOTICE;
  for (let n = 0; n < 3 && DRAFT_LAST.includes(t.charAt(t.length - 1)); n++) {
    const tail = DRAFT_TITLE_WORDS.find((d) => t.endsWith(d));
    if (!tail) break;
    t = oldWithoutRemarks(t.slice(0, t.length - tail.length));
    for (const w of INSTRUMENT_WORDS) if ((w.kind || w.kindAs || w.draftKind) && t.endsWith(w.word)) return w.kindAs ?? w.word;
  }
  return undefined;
}

test('endingKind: what the function it replaced read, on any title', () => {
  const words = INSTRUMENT_WORDS.map((w) => w.word);
  const pieces = [...words, ...DRAFT_TITLE_WORDS, '关于', '的', '及其', '通知', '中华人民共和国', '合作', '（草案）', '(试行)', '[现行有效]', '【已失效】', '］', '2017年第19号', '号', '）', ')', '民', '条款'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((ps) => ps.join('')), (t) => {
    assert.equal(endingKind(t), oldEndingKind(t), JSON.stringify(t));
    assert.equal(withoutRemarks(t), oldWithoutRemarks(t), JSON.stringify(t));
  }), { numRuns: 5000 });
});
