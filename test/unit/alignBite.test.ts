// features/align.ts as data: two texts of one agreement (Chinese and English), and the whole
// alignment written by reading them — every article, paragraph, item and sub-item pair with how
// it was paired (`number`, `position`, `content`). Each case changes one thing the pairing turns
// on: numbers that agree for half the units or fewer, crossed or repeated numbers, unnumbered
// units among numbered ones, a unit missing at the start, in the middle or at the end (the
// pairing by content), shares of the text when no unit says a number, and the lookup of the
// counterpart of a unit at an offset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Article, buildTreaty } from '../../server/src/model/treaty';
import { align, alignUncached, counterpartUnit, Alignment, ItemPair } from '../../server/src/features/align';

function items(list: ItemPair[]): string {
  return list.map((i) => `${i.a?.index ?? '-'}${i.b?.index ?? '-'}:${i.by}${i.items.length ? `{${items(i.items)}}` : ''}`).join(' ');
}

/** Every pair: `第一条↔Article 1 number 1/1:position[11:number{11:number}]`. */
function describe(al: Alignment): string[] {
  return al.articles.map((p) => `${p.a?.name ?? '-'}↔${p.b?.name ?? '-'} ${p.by}${p.paragraphs
    .map((q) => ` ${q.a?.index ?? '-'}/${q.b?.index ?? '-'}:${q.by}${q.items.length ? `[${items(q.items)}]` : ''}`).join('')}`);
}

const both = (zh: string, en: string) => describe(align(buildTreaty(zh), buildTreaty(en)));
const ZH_TITLE = '# 中华人民共和国政府和新西兰政府关于科学技术合作的协定\n\n';
const EN_TITLE = '# Agreement between the Government of the People\'s Republic of China and the Government of New Zealand on Scientific and Technological Cooperation\n\n';
const zhDoc = (articles: string[]) => ZH_TITLE + articles.map((a, i) => `## 第${'一二三四五六七八九十'[i]}条\n\n${a}\n`).join('\n');
const enDoc = (nums: number[], articles: string[]) => EN_TITLE + articles.map((a, i) => `## Article ${nums[i]}\n\n${a}\n`).join('\n');

const ZA = [
  '双方应在平等互利的基础上开展科学技术合作。',
  '双方应每两年举行一次联合委员会会议。',
  '双方各自承担本国代表团的费用。',
  '本协定自签署之日起生效，有效期五年。',
];
const EA = [
  'The Parties shall carry out scientific and technological cooperation on the basis of equality and mutual benefit.',
  'The Parties shall hold a meeting of the Joint Commission every two years.',
  'Each Party shall bear the costs of its own delegation.',
  'This Agreement shall enter into force on the date of signature and shall remain in force for five years.',
];

test('align bite: the alignment is computed once per pair of models; alignUncached computes the same afresh', () => {
  const a = buildTreaty(zhDoc(ZA));
  const b = buildTreaty(enDoc([1, 2, 3, 4], EA));
  const first = align(a, b);
  assert.equal(align(a, b), first);
  const c = buildTreaty(enDoc([1, 2, 3, 4], EA));
  assert.notEqual(align(a, c), first);
  const fresh = alignUncached(a, b);
  assert.notEqual(fresh, first);
  assert.deepEqual(describe(fresh), describe(first));
  assert.deepEqual(describe(fresh), ['第一条↔Article 1 number 1/1:position', '第二条↔Article 2 number 1/1:position', '第三条↔Article 3 number 1/1:position', '第四条↔Article 4 number 1/1:position']);
});

test('align bite: half the articles numbered alike (1, 2 against 1, 2, 7, 8): those by number, the rest by position', () => {
  assert.deepEqual(both(zhDoc(ZA), enDoc([1, 2, 7, 8], EA)), [
    '第一条↔Article 1 number 1/1:position', '第二条↔Article 2 number 1/1:position', '第三条↔Article 7 position 1/1:position', '第四条↔Article 8 position 1/1:position',
  ]);
});

test('align bite: fewer than half numbered alike (1 against 1, 5, 6, 7): not the same numbering, all by position', () => {
  assert.deepEqual(both(zhDoc(ZA), enDoc([1, 5, 6, 7], EA)), [
    '第一条↔Article 1 position 1/1:position', '第二条↔Article 5 position 1/1:position', '第三条↔Article 6 position 1/1:position', '第四条↔Article 7 position 1/1:position',
  ]);
});

test('align bite: crossed numbers (1, 3, 2): pairs by number kept in order, the one out of order left unpaired on each side', () => {
  assert.deepEqual(both(zhDoc(ZA.slice(0, 3)), enDoc([1, 3, 2], EA.slice(0, 3))), [
    '第一条↔Article 1 number 1/1:position', '-↔Article 3 position', '第二条↔Article 2 number 1/1:position', '第三条↔- position',
  ]);
});

test('align bite: a number written twice (1, 2, 2, 3): the first Article 2 pairs with 第二条, the second (of two paragraphs) is left over', () => {
  assert.deepEqual(both(zhDoc(ZA.slice(0, 3)), enDoc([1, 2, 2, 3], [EA[0], EA[1], `${EA[1]}\n\nThe venue shall alternate between the two countries.`, EA[2]])), [
    '第一条↔Article 1 number 1/1:position', '第二条↔Article 2 number 1/1:position', '-↔Article 2 position', '第三条↔Article 3 number 1/1:position',
  ]);
});

test('align bite: a number written twice in the first text (第一条, 第二条, 第二条, 第三条 against 1, 2, 3): the first 第二条 pairs with Article 2, the second is left over, Article 2 is paired once', () => {
  const zh = `${ZH_TITLE}## 第一条\n\n${ZA[0]}\n\n## 第二条\n\n${ZA[1]}\n\n## 第二条\n\n${ZA[1]}\n\n会议在两国轮流举行。\n\n## 第三条\n\n${ZA[2]}\n`;
  assert.deepEqual(both(zh, enDoc([1, 2, 3], EA.slice(0, 3))), [
    '第一条↔Article 1 number 1/1:position', '第二条↔Article 2 number 1/1:position', '第二条↔- position', '第三条↔Article 3 number 1/1:position',
  ]);
});

test('align bite: two of five articles numbered alike (1, 2 against 1, 2, 8): at least half of the shorter side, so kept; the rest by what they say', () => {
  const zh = zhDoc([...ZA, '双方通过友好协商解决因解释或执行本协定而产生的争议。']);
  assert.deepEqual(both(zh, enDoc([1, 2, 8], [EA[0], EA[1], EA[3]])), [
    '第一条↔Article 1 number 1/1:position', '第二条↔Article 2 number 1/1:position', '第三条↔- content', '第四条↔Article 8 content 1/1:position', '第五条↔- content',
  ]);
});

test('align bite: articles paired from either text; none for an article left unpaired', () => {
  const a = buildTreaty(zhDoc(ZA.slice(0, 3)));
  const b = buildTreaty(enDoc([1, 3], [EA[0], EA[2]]));
  const al = align(a, b);
  const paired = (side: 'a' | 'b', x: Article) => al.articles.find((p) => p[side] === x)?.[side === 'a' ? 'b' : 'a']?.name ?? '-';
  assert.deepEqual([...a.articles.map((x) => paired('a', x)), ...b.articles.map((x) => paired('b', x))], ['Article 1', '-', 'Article 3', '第一条', '第三条']);
  // In an article left unpaired: the article here (its paragraphs are not paired, so not looked at), none there.
  const r = counterpartUnit(al, 'a', a.articles[1].paragraphs[0].start);
  assert.deepEqual([r?.from.article.name, r?.from.paragraph, r?.to], ['第二条', undefined, undefined]);
});

test('align bite: an extra article at the start of either text, the others numbered otherwise: paired by what they say', () => {
  const zh = zhDoc(['双方同意在五年内建立联合实验室。', '双方每年交换不超过十名科学家。', '联合委员会每三年举行一次会议。']);
  const en = enDoc([4, 5, 6, 7], [
    'The Parties shall designate their executive agencies.',
    'The Parties agree to establish joint laboratories within five years.',
    'The Parties shall exchange no more than ten scientists each year.',
    'The Joint Commission shall meet once every three years.',
  ]);
  assert.deepEqual(both(zh, en), ['-↔Article 4 content', '第一条↔Article 5 content 1/1:position', '第二条↔Article 6 content 1/1:position', '第三条↔Article 7 content 1/1:position']);
  assert.deepEqual(describe(align(buildTreaty(en), buildTreaty(zh))), ['Article 4↔- content', 'Article 5↔第一条 content 1/1:position', 'Article 6↔第二条 content 1/1:position', 'Article 7↔第三条 content 1/1:position']);
});

test('align bite: paragraphs numbered and one unnumbered after them: by number, then by position; unnumbered paragraphs alone by position', () => {
  const zh = zhDoc(['一、双方应当交换科学技术情报。\n\n二、双方应当互派专家和学者。\n\n上述合作的具体事项由双方另行商定。', '双方鼓励两国的科研机构建立直接联系。\n\n双方鼓励两国的大学开展合作研究。']);
  const en = enDoc([1, 2], [
    '1. The Parties shall exchange scientific and technological information.\n\n2. The Parties shall exchange experts and scholars.\n\nThe particulars of such cooperation shall be agreed upon separately by the Parties.',
    'The Parties shall encourage direct contacts between the research institutions of the two countries.\n\nThe Parties shall encourage joint research between the universities of the two countries.',
  ]);
  assert.deepEqual(both(zh, en), ['第一条↔Article 1 number 1/1:number 2/2:number 3/3:position', '第二条↔Article 2 number 1/1:position 2/2:position']);
});

test('align bite: items by number and their sub-items by number; a paragraph left unpaired has no item pairs', () => {
  const zh = zhDoc([
    '双方的合作包括：\n\n（一）联合研究；\n\n（二）人员交流：\n\n1. 互派学者；\n\n2. 互派学生；\n\n（三）举办学术会议。',
    '一、双方应当交换情报：\n\n（一）科学情报；\n\n（二）技术情报。\n\n二、双方应当互派专家：\n\n（一）短期专家；\n\n（二）长期专家。\n\n三、双方应当举办展览。',
  ]);
  const en = enDoc([1, 2], [
    'Cooperation between the Parties shall include:\n\n(a) joint research;\n\n(b) exchanges of personnel:\n\n(i) exchanges of scholars;\n\n(ii) exchanges of students;\n\n(c) academic conferences.',
    '1. The Parties shall exchange information:\n\n(a) scientific and technological information.\n\n3. The Parties shall hold exhibitions.',
  ]);
  assert.deepEqual(both(zh, en), [
    '第一条↔Article 1 number 1/1:position[11:number 22:number{11:number 22:number} 33:number]',
    '第二条↔Article 2 number 1/1:number[11:number 2-:position] 2/-:position 3/2:number',
  ]);
});

test('align bite: a paragraph missing in the middle, at the start or at the end: the others pair by the numbers they say', () => {
  const zh = ['双方在五年内完成。', '利率为百分之十。', '在三十日内通知。', '本协定于二〇〇一年生效。'];
  const en = ['The Parties shall complete it within five years.', 'The rate shall be ten per cent.', 'Notice shall be given within thirty days.', 'This Agreement enters into force in 2001.'];
  const one = (ps: string[]) => [ps.join('\n\n')];
  assert.deepEqual(both(zhDoc(one(zh)), enDoc([1], one([en[0], en[2], en[3]]))), ['第一条↔Article 1 number 1/1:content 2/-:content 3/2:content 4/3:content']);
  assert.deepEqual(both(zhDoc(one(zh)), enDoc([1], one(en.slice(1)))), ['第一条↔Article 1 number 1/-:content 2/1:content 3/2:content 4/3:content']);
  assert.deepEqual(both(zhDoc(one(zh.slice(1))), enDoc([1], one(en))), ['第一条↔Article 1 number -/1:content 1/2:content 2/3:content 3/4:content']);
  assert.deepEqual(both(zhDoc(one(zh.slice(0, 3))), enDoc([1], one(en))), ['第一条↔Article 1 number 1/1:content 2/2:content 3/3:content -/4:content']);
});

test('align bite: no numbers said: paragraphs pair by their share of the article (a Chinese text is shorter, not differently shared)', () => {
  const zh = zhDoc([[
    '双方应当根据各自国家的法律和法规，在平等互利的基础上，鼓励和支持两国科学技术界开展多种形式的合作与交流。',
    '合作的具体事项另行商定。',
    '双方应当为对方人员提供必要的便利和协助，并保护其合法权益。',
  ].join('\n\n')]);
  const en = enDoc([1], [[
    'The Parties shall, in accordance with the laws and regulations of their respective countries and on the basis of equality and mutual benefit, encourage and support cooperation and exchanges of various forms between the scientific and technological communities of the two countries.',
    'The Parties shall provide the necessary facilities and assistance to the personnel of the other Party and protect their lawful rights and interests.',
  ].join('\n\n')]);
  assert.deepEqual(both(zh, en), ['第一条↔Article 1 number 1/1:content 2/-:content 3/2:content']);
});

test('align bite: units left over on both sides, as good to drop on either: the first text’s is listed after the second’s', () => {
  const zh = zhDoc([['双方在五年内完成。', '联合委员会由双方各派七名代表组成，每年在两国首都轮流举行会议。'].join('\n\n')]);
  const en = enDoc([1], [['The Parties shall complete it within five years.', 'Costs: 3 per cent.', 'Experts: up to 12 persons.'].join('\n\n')]);
  assert.deepEqual(both(zh, en), ['第一条↔Article 1 number 1/1:content -/2:content -/3:content 2/-:content']);
});

// ---- The counterpart of a unit at an offset ---------------------------------------------------

const NAV_ZH = zhDoc([
  '双方的合作包括：\n\n（一）联合研究；\n\n（二）人员交流：\n\n1. 互派学者；\n\n2. 互派学生；\n\n（三）举办学术会议。\n\n合作经费由双方另行商定。',
  '本协定自签署之日起生效。',
]);
const NAV_EN = enDoc([1, 2], [
  'Cooperation between the Parties shall include:\n\n(a) joint research;\n\n(b) exchanges of personnel:\n\n(i) exchanges of scholars;\n\n(c) academic conferences.\n\nThe funding of cooperation shall be agreed upon separately.',
  'This Agreement shall enter into force on the date of signature.',
]);

test('align bite: counterpartUnit at the first and last offset of each unit, down to a sub-item; a sub-item without a counterpart leads to its item’s', () => {
  const a = buildTreaty(NAV_ZH);
  const b = buildTreaty(NAV_EN);
  const al = align(a, b);
  const text = (t: typeof a, u: { start: number; end: number } | undefined) => (u ? t.text.slice(u.start, u.end).trim().split('\n')[0] : '-');
  const at = (side: 'a' | 'b', offset: number) => {
    const r = counterpartUnit(al, side, offset);
    if (!r) return 'none';
    const [own, other] = side === 'a' ? [a, b] : [b, a];
    const name = (t: typeof a, u: typeof r.from | undefined) => (u ? `${u.article.name}/${u.paragraph?.index ?? '-'}/${text(t, u.item)}` : '-');
    return `${name(own, r.from)} → ${name(other, r.to)}`;
  };
  const p1 = a.articles[0].paragraphs;
  const it = p1[0].items;
  assert.deepEqual([
    at('a', 0),
    at('a', a.articles[0].start),
    at('a', p1[0].start),
    at('a', it[0].start),
    at('a', it[0].end - 1),
    at('a', it[0].end),
    at('a', p1[0].end),
    at('a', it[1].items[0].start),
    at('a', it[1].items[1].start),
    at('a', it[1].items[1].end - 1),
    at('a', p1[1].start),
    at('a', p1[1].end - 1),
    at('a', a.articles[1].end - 1),
    at('a', a.text.length),
    at('b', b.text.indexOf('(i) exchanges')),
  ], [
    'none',
    '第一条/-/- → Article 1/-/-',
    '第一条/1/- → Article 1/1/-',
    '第一条/1/（一）联合研究； → Article 1/1/(a) joint research;',
    '第一条/1/（一）联合研究； → Article 1/1/(a) joint research;',
    '第一条/1/- → Article 1/1/-', // an item's end is not in it (the blank line between items is the paragraph's)
    '第一条/-/- → Article 1/-/-', // nor a paragraph's
    '第一条/1/1. 互派学者； → Article 1/1/(i) exchanges of scholars;',
    '第一条/1/2. 互派学生； → Article 1/1/(b) exchanges of personnel:',
    '第一条/1/2. 互派学生； → Article 1/1/(b) exchanges of personnel:',
    '第一条/2/- → Article 1/2/-',
    '第一条/2/- → Article 1/2/-',
    '第二条/1/- → Article 2/1/-',
    'none',
    'Article 1/1/(i) exchanges of scholars; → 第一条/1/1. 互派学者；',
  ]);
});
