// An article's caption and summary are read when first asked (model/treaty.ts `MadeArticle`), the caption alone when only
// it is asked: the entry into force's search (model/clauses.ts) reads every article's caption, treaty-check nothing of
// the summaries. Whatever is asked first, and whether the article was moved into the next version's model in between
// (its words then read from that model's text, at its moved offsets), each article's words are those of a fresh model.
// The expected words were written by reading the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Treaty, buildTreaty } from '../../server/src/model/treaty';
import { reparse } from '../../server/src/syntax/reparse';

// A caption on the heading line, a run-in caption (`第二条　适用范围　本协定…`), a bracketed one glued to the text, none (the
// summary is the first paragraph's first words), and an article with no text at all.
const TEXT =
  '# 甲乙两国合作协定\n\n## 第一条　宗旨\n\n双方‸在平等互利的基础上开展合作。\n\n第二条　适用范围　本协定适用于双方的边境地区。\n\n' +
  '第三条【生效】本协定自签字之日起生效。\n\n## 第四条\n\n双方应当及时交换信息，并相互通报。\n\n## 第五条\n';

const WORDS = [
  ['宗旨', '宗旨'],
  ['适用范围', '适用范围'],
  ['生效', '生效'],
  // (A summary runs to the first 。 ； or ：, commas within it.)
  [undefined, '双方应当及时交换信息，并相互通报'],
  [undefined, ''],
];

const words = (t: Treaty, captionFirst: boolean) =>
  t.articles.map((a) => {
    if (captionFirst) {
      const caption = a.caption;
      return [caption, a.summary];
    }
    const summary = a.summary;
    return [a.caption, summary];
  });

test('article words: the caption and the summary, whichever is asked first', () => {
  const text = TEXT.replace('‸', '');
  assert.deepEqual(words(buildTreaty(text), true), WORDS);
  assert.deepEqual(words(buildTreaty(text), false), WORDS);
  // The caption alone, asked twice, then the summary: the same words.
  const t = buildTreaty(text);
  assert.deepEqual(t.articles.map((a) => a.caption), WORDS.map((w) => w[0]));
  assert.deepEqual(t.articles.map((a) => a.caption), WORDS.map((w) => w[0]));
  assert.deepEqual(t.articles.map((a) => a.summary), WORDS.map((w) => w[1]));
});

test('article words: the captions read, the articles moved into the next version, their summaries read from that version’s text', () => {
  const at = TEXT.indexOf('‸');
  const before = buildTreaty(TEXT.replace('‸', ''));
  // Only the captions asked (as the search for the entry into force asks them).
  assert.deepEqual(before.articles.map((a) => a.caption), WORDS.map((w) => w[0]));
  // Words added in article 1: the articles after it are moved into the new model, their offsets shifted.
  const tree = reparse(before.tree, [{ start: at, end: at, text: '同意' }]);
  const after = buildTreaty(tree.text, tree, before);
  assert.ok([1, 2, 3, 4].every((i) => after.articles[i] === before.articles[i]), 'the articles after the edit are the same objects');
  // Article 4's summary, read now, from the new text at its new offsets.
  assert.deepEqual(after.articles.map((a) => [a.caption, a.summary]), WORDS);
  assert.deepEqual(words(after, true), words(buildTreaty(tree.text), false));
});
