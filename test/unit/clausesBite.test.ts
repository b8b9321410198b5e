// Tests that bite for model/clauses.ts (issue 12): the heading style a drafter's next article
// takes, the number it takes, the final clauses a text has, and the sentence that governs its
// entry into force. Each case a short text and the whole answer, written by reading the text
// against the rules in the source's comments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import {
  articleBefore, entryIntoForceOf, finalClausesOf, formatHeading, formatLabel, formatNumber, headingStyleAt, nextArticleNumber, styleOf,
} from '../../server/src/model/clauses';

/** A text of articles `## 第N条` with the given bodies, numbered from 1. */
const ARTICLES = (bodies: string[]) =>
  `# 中华人民共和国和甲国合作协定\n\n${bodies.map((b, i) => `## 第${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'][i]}条\n\n${b}\n`).join('\n')}`;

// ——— Heading style ———

function style(name: string, text: string, want: string[]): void {
  test(`styleOf: ${name}`, () => {
    const t = buildTreaty(text);
    assert.deepEqual(t.articles.map((a) => { const s = styleOf(t, a); return `${a.name} level ${s.level}${s.spaced ? ' spaced' : ''}${s.arabic ? ' arabic' : ''}${s.paragraphs ? ' paragraphs' : ''}`; }), want);
  });
}

style('markdown headings, spaced, arabic, full-width digits, a bare line', '# 甲国协定\n\n## 第一条\n\n甲。\n\n### 第 二 条\n\n乙。\n\n第3条\n\n丙。\n\n## 第４条\n\n丁。\n\n## 第　五　条\n\n戊。\n',
  ['第一条 level 2', '第二条 level 3 spaced', '第三条 level 0 arabic', '第四条 level 2 arabic', '第五条 level 2 spaced']);
style('a spaced arabic label', '# 甲国协定\n\n## 第 13 条\n\n甲。\n', ['第十三条 level 2 spaced arabic']);
style('a joint statement: its units are paragraphs, never spaced', '# 中华人民共和国和甲国联合声明\n\n一、双方同意合作。\n\n二、双方同意交流。\n',
  ['一、 level 0 paragraphs', '二、 level 0 paragraphs']);

test('headingStyleAt: the article before the offset, else the first, else the default', () => {
  const text = '# 甲国协定\n\n序言。\n\n## 第一条\n\n甲。\n\n第 二 条\n\n乙。\n';
  const t = buildTreaty(text);
  const show = (o: number) => { const s = headingStyleAt(t, o); return `${s.level} ${s.spaced} ${s.arabic} ${s.paragraphs}`; };
  assert.equal(show(text.indexOf('序言')), '2 false false false', 'before the first article: its style');
  assert.equal(show(text.indexOf('甲。')), '2 false false false');
  assert.equal(show(text.indexOf('乙。')), '0 true false false');
  assert.equal(show(text.length), '0 true false false', 'at the very end: the last article');
  const none = buildTreaty('# 甲国协定\n\n序言。\n');
  assert.deepEqual(headingStyleAt(none, 3), { level: 2, spaced: false, arabic: false, paragraphs: false });
  const bare = buildTreaty('# 甲国协定\n\n第一条\n\n甲。\n');
  assert.deepEqual(headingStyleAt(bare, 0), { level: 0, spaced: false, arabic: false, paragraphs: false });
});

// ——— The article before an offset, the next number ———

test('articleBefore and nextArticleNumber: inside, between, before the first, after the last, 之一', () => {
  const text = '# 甲国协定\n\n序言。\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n\n## 第二条之一\n\n丙。\n\n本协定于2002年1月17日在北京签署，一式两份。\n';
  const t = buildTreaty(text);
  const before = (o: number) => articleBefore(t, o)?.name ?? '-';
  assert.equal(before(text.indexOf('序言')), '-');
  assert.equal(before(text.indexOf('## 第一条')), '第一条', 'at the article\'s first character');
  assert.equal(before(text.indexOf('## 第一条') - 1), '-', 'one character before it');
  assert.equal(before(text.indexOf('乙。')), '第二条');
  assert.equal(before(text.indexOf('本协定于')), '第二条之一', 'the signing clause after the last article');
  assert.equal(before(text.length), '第二条之一');
  assert.equal(nextArticleNumber(t, text.indexOf('序言')), 1);
  assert.equal(nextArticleNumber(t, text.indexOf('甲。')), 2);
  assert.equal(nextArticleNumber(t, text.indexOf('乙。')), 3);
  assert.equal(nextArticleNumber(t, text.indexOf('丙。')), 3, '第二条之一 is numbered 2');
});

test('nextArticleNumber: after a label that does not parse, the articles up to it counted', () => {
  const text = '# 甲国协定\n\n## 第一条\n\n甲。\n\n## 第十十条\n\n乙。\n';
  const t = buildTreaty(text);
  assert.deepEqual(t.articles.map((a) => `${a.name}:${a.num}`), ['第一条:1', '第十十条:undefined']);
  assert.equal(nextArticleNumber(t, text.indexOf('乙。')), 3);
});

test('nextArticleNumber: a joint statement\'s points count on', () => {
  const text = '# 中华人民共和国和甲国联合声明\n\n一、双方同意合作。\n\n二、双方同意交流。\n\n三、双方同意会晤。\n';
  const t = buildTreaty(text);
  assert.equal(nextArticleNumber(t, text.indexOf('双方同意交流')), 3);
  assert.equal(nextArticleNumber(t, text.length), 4);
});

// ——— Formatting ———

test('formatNumber, formatLabel, formatHeading: each style', () => {
  assert.equal(formatNumber(13, { arabic: false, spaced: false }), '十三');
  assert.equal(formatNumber(13, { arabic: false, spaced: true }), '十 三');
  assert.equal(formatNumber(13, { arabic: true, spaced: true }), '13');
  assert.equal(formatNumber(121, { arabic: false, spaced: false }), '一百二十一');
  const plain = { level: 2, spaced: false, arabic: false, paragraphs: false };
  assert.equal(formatLabel(13, plain), '第十三条');
  assert.equal(formatLabel(13, { ...plain, spaced: true }), '第 十 三 条');
  assert.equal(formatLabel(13, { ...plain, arabic: true }), '第13条');
  assert.equal(formatLabel(13, { ...plain, arabic: true, spaced: true }), '第 13 条');
  assert.equal(formatLabel(15, { ...plain, paragraphs: true, arabic: true }), '十五、', 'a point is written in Chinese numerals');
  assert.equal(formatHeading(13, plain), '## 第十三条');
  assert.equal(formatHeading(13, { ...plain, level: 3 }), '### 第十三条');
  assert.equal(formatHeading(13, { ...plain, level: 0 }), '第十三条');
  assert.equal(formatHeading(15, { ...plain, paragraphs: true }), '十五、', 'a point has no heading marks');
});

// ——— Final clauses ———

function finals(name: string, text: string, want: Record<string, string>): void {
  test(`finalClausesOf: ${name}`, () => {
    const t = buildTreaty(text);
    assert.deepEqual(Object.fromEntries([...finalClausesOf(t)].map(([c, a]) => [c, a.name])), want);
  });
}

finals('each clause in its article, the first article holding one kept',
  ARTICLES(['双方加强合作。', '因解释或适用本协定发生的争议，由双方协商解决。', '经双方同意，可以对本协定进行修改和补充。', '本协定有效期为五年。', '本协定自签字之日起生效。', '本协定无限期有效，双方可以协商解决分歧。']),
  { disputes: '第二条', amendment: '第三条', duration: '第四条', 'entry-into-force': '第五条' });
finals('none', ARTICLES(['双方加强合作。', '双方交换信息。']), {});
finals('only the last eight articles are read',
  ARTICLES(['本协定有效期为五年。', '因本协定发生的争议由双方协商解决。', '甲。', '乙。', '丙。', '丁。', '戊。', '己。', '庚。', '本协定自签字之日起生效。']),
  { 'entry-into-force': '第十条' });
finals('the ninth article from the end is not read, the eighth is',
  ARTICLES(['本协定有效期为五年。', '因本协定发生的争议由双方协商解决。', '甲。', '乙。', '丙。', '丁。', '戊。', '己。', '庚。']),
  { disputes: '第二条' });
finals('only the first 4 000 characters of an article are read', ARTICLES([`${'甲'.repeat(4000)}。\n\n本协定有效期为五年。`, `${'乙'.repeat(3900)}。\n\n本协定自签字之日起生效。`]),
  { 'entry-into-force': '第二条' });

/** Each wording of each clause alone, as the one sentence of a one-article text. */
const WORDINGS: [string, string | undefined][] = [
  ['本协定自签字之日起生效。', 'entry-into-force'],
  ['本协定自通知之日生效。', 'entry-into-force'],
  ['本协定在双方完成国内程序后第三十天生效。', 'entry-into-force'],
  ['本协定自签字之日起临时适用。', 'entry-into-force'],
  ['本协定的生效日期另行商定。', 'entry-into-force'],
  ['本协定自批准之日起经双方议会按照各自宪法程序审议即行生效。', undefined],
  ['本协定有效期为五年。', 'duration'],
  ['本协定无限期有效。', 'duration'],
  ['本协定长期有效。', undefined],
  ['双方可以对本协定作出修改和补充。', 'amendment'],
  ['双方可以对本协定作出修改或补充。', 'amendment'],
  ['本协定可以予以修改。', 'amendment'],
  ['双方可以对本协定进行修改。', 'amendment'],
  ['本协定的修正以书面形式作出。', 'amendment'],
  ['本协定可以修改。', undefined],
  ['双方通过协商解决分歧。', 'disputes'],
  ['双方通过协商解决争议。', 'disputes'],
  ['双方通过协商解决争端。', 'disputes'],
  ['双方通过协商解决问题。', undefined],
];
test('finalClausesOf: each wording alone', () => {
  const got = WORDINGS.map(([s]) => [s, [...finalClausesOf(buildTreaty(ARTICLES([s]))).keys()][0]]);
  assert.deepEqual(got, WORDINGS);
});

// ——— Entry into force ———

function entry(name: string, text: string, want: string | undefined): void {
  test(`entryIntoForceOf: ${name}`, () => {
    const found = entryIntoForceOf(buildTreaty(text));
    assert.equal(found && `${found.article.name}: ${found.sentence}`, want);
  });
}

// The bug: a law-style article's first sentence is on its head line; the body was read after the line.
entry('stated on the article\'s head line (law style)', '# 中华人民共和国政府和甲国政府合作协定\n\n第一条　双方加强合作。\n\n第二十六条　本协定自签字之日起生效。\n',
  '第二十六条: 本协定自签字之日起生效。');
entry('on the head line after a sentence about a state', '# 甲国公约\n\n第一条　缔约国加强合作。\n\n第十条　本公约对其自交存批准书之日起生效。本公约自第五份批准书交存之日起生效。\n',
  '第十条: 本公约自第五份批准书交存之日起生效。');
entry('a heading then its paragraph', ARTICLES(['双方加强合作。', '本协定自签字之日起生效。']), '第二条: 本协定自签字之日起生效。');
entry('之日 without 起', ARTICLES(['本协定自双方通知之日生效。']), '第一条: 本协定自双方通知之日生效。');
entry('no stop, emphasis after: all of it stripped', ARTICLES(['**本协定自签字之日起生效** ']), '第一条: 本协定自签字之日起生效');
entry('之日后第三十天', ARTICLES(['双方加强合作。', '本协定自双方交换批准书之日后第三十天生效。']), '第二条: 本协定自双方交换批准书之日后第三十天生效。');
entry('the second sentence after a semicolon', ARTICLES(['本协定有效期五年；本协定自签字之日起生效。']), '第一条: 本协定自签字之日起生效。');
entry('a numbered paragraph 二、', ARTICLES(['一、双方加强合作。\n\n二、本条约自互换批准书之日起生效。']), '第一条: 二、本条约自互换批准书之日起生效。');
entry('a paragraph 1. and a list marker', ARTICLES(['1. 本公约自签字之日起生效。']), '第一条: 1. 本公约自签字之日起生效。');
entry('an item （一）', ARTICLES(['（一）本协定自签字之日起生效。']), '第一条: （一）本协定自签字之日起生效。');
entry('a list entry and emphasis marks stripped', ARTICLES(['- **本协定自签字之日起生效。**']), '第一条: 本协定自签字之日起生效。');
entry('a quoted line', ARTICLES(['> 本议定书自签字之日起生效。']), '第一条: 本议定书自签字之日起生效。');
entry('another instrument is in force for a state: not this one', ARTICLES(['本协定对加入国自其加入之日起生效。']), undefined);
entry('a sentence whose subject is not the instrument', ARTICLES(['双方商定，本协定自签字之日起生效。']), undefined);
entry('生效 without a time', ARTICLES(['本协定生效。']), undefined);
entry('the article captioned 生效 first, wherever it is', `# 甲国协定\n\n## 第一条　生效\n\n本协定自签字之日起生效。\n\n${['二', '三', '四', '五', '六', '七', '八', '九', '十'].map((n) => `## 第${n}条\n\n甲。\n`).join('\n')}\n## 第十一条\n\n本协定自批准之日起生效。\n`,
  '第一条: 本协定自签字之日起生效。');
entry('a captioned article without the sentence: the final articles read', '# 甲国协定\n\n## 第一条　生效条件\n\n双方完成国内程序。\n\n## 第二条\n\n本协定自签字之日起生效。\n',
  '第二条: 本协定自签字之日起生效。');
entry('outside the last eight articles, no caption: not found',
  ARTICLES(['甲。', '本协定自签字之日起生效。', '丙。', '丁。', '戊。', '己。', '庚。', '辛。', '壬。', '癸。']), undefined);
entry('the eighth from the end is read',
  ARTICLES(['甲。', '乙。', '本协定自签字之日起生效。', '丁。', '戊。', '己。', '庚。', '辛。', '壬。', '癸。']), '第三条: 本协定自签字之日起生效。');
entry('beyond the first 4 000 characters of the article: not read', ARTICLES([`${'甲'.repeat(4000)}。\n\n本协定自签字之日起生效。`]), undefined);
entry('within them: read', ARTICLES([`${'甲'.repeat(3900)}。\n\n本协定自签字之日起生效。`]), '第一条: 本协定自签字之日起生效。');
entry('a text without articles', '# 甲国协定\n\n本协定自签字之日起生效。\n', undefined);
