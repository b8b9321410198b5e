// A line that holds only an HTML comment (`<!-- treaty-disable-next-line CODE -->`, which the
// suppression quick fix inserts above a line) is not part of the treaty: it is no paragraph (款),
// it neither opens nor ends one, and the outline, the articles' paragraphs and items, the
// title, the signing clause, the definitions and every reference read the same with it as
// without it. Checked on small fixtures, and as a property on every seed, unseen, draft and
// real document: a comment above every content line changes none of those readings.
import { test } from 'node:test';
import { textContext } from '../../server/src/features/context';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { buildTreaty, Treaty } from '../../server/src/model/treaty';
import { splitLines } from '../../server/src/syntax/lines';
import { referencesOf } from '../../server/src/model/references';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { DocumentSymbol } from 'vscode-languageserver-types';
import { ROOT } from '../support/fixture';

/** What a reader sees in a treaty, without offsets (a comment line moves every offset after it). */
function reading(t: Treaty): unknown {
  const names = (ss: DocumentSymbol[]): unknown => ss.map((s) => [s.kind, s.name, s.detail, names(s.children ?? [])]);
  return {
    title: t.title?.text,
    kind: t.kind,
    outline: names(documentSymbols(textContext(t.text))),
    articles: t.articles.map((a) => [a.name, a.caption, a.summary, a.paragraphs.map((p) => [p.num, p.label, p.items.map((i) => [i.num, i.label])])]),
    preamble: t.preamble !== undefined,
    signing: t.signing && { date: t.signing.date && [t.signing.date.year, t.signing.date.month, t.signing.date.day], place: t.signing.place, copies: t.signing.copies, languages: t.signing.languages },
    signatures: t.signatures !== undefined,
    definitions: t.definitions.map((d) => [d.term, d.meaning]),
    // A reference broken over two lines (`「…间` / `之…协定」第七条`) spans a comment line put between them: its text without it.
    references: referencesOf(t).map((r) => [r.kind, t.text.slice(r.start, r.end).replace(COMMENT_LINE, ''), r.kind === 'article' ? [r.target, r.uncertain] : undefined]),
  };
}

const COMMENT = '<!-- treaty-disable-next-line numbering.gap -->';
/** A comment line, as `commented` puts one above a line. */
const COMMENT_LINE = /^[ \t\u3000]*<!-- treaty-disable-next-line numbering\.gap -->\r?\n/gm;

/** The text with a comment line, indented as the line, above every line that carries text. */
function commented(text: string): string {
  return text
    .split(/(?<=\n)/)
    .map((l) => (l.trim() === '' ? l : `${/^[ \t\u3000]*/.exec(l)![0]}${COMMENT}${l.endsWith('\r\n') ? '\r\n' : '\n'}${l}`))
    .join('');
}

test('a line holding only HTML comments is a comment line; a comment with text beside it, or open over lines, is not', () => {
  const kinds = (s: string) => splitLines(s).map((l) => l.kind);
  assert.deepEqual(kinds(`${COMMENT}\n　　<!-- a --> <!-- b -->\n<!-- a --> 甲。\n<!-- open\n第一条\n`), ['comment', 'comment', 'text', 'text', 'article']);
});

const ARTICLE = '# 中华人民共和国和甲国协定\n\n中华人民共和国和甲国（以下简称“双方”），达成协议如下：\n\n## 第一条\n\n双方在以下方面合作；\n{C}边境事务。\n\n双方依照本条第二款合作：\n\n{C}（一）边境；\n\n{C}（二）经贸。\n\n## 第二条\n\n依照第一条第二款第（二）项。\n\n本协定于2001年7月16日在莫斯科签订，一式两份。\n';

test('a comment line inside an article is no paragraph and does not split one', () => {
  const plain = buildTreaty(ARTICLE.replace(/\{C\}/g, ''));
  const withComments = buildTreaty(ARTICLE.replace(/\{C\}/g, `${COMMENT}\n`));
  // Without the comment, `…合作；` / `边境事务。` is one paragraph (a hard break after `；`), and 第一条 has two.
  assert.deepEqual(plain.articles[0].paragraphs.map((p) => p.items.length), [0, 2]);
  assert.deepEqual(reading(withComments), reading(plain));
  assert.deepEqual(withComments.articles[0].paragraphs.map((p) => p.items.length), [0, 2]);
});

// A work plan's last point quoting another instrument's article as a bulleted list (test/fixtures/real/
// workplan_hk_mo_cepa_2017_hant.md, the Macao decree's 第六條), a reference typed into an entry as a drafter may
// (TREATY_FC_SEED=8675309 in safety-real): a comment line above that entry splits no paragraph, so its `上款` stays the
// quoted article's words, no reference of this text's.
const POINTS = '四、雙方進行經濟和技術合作的領域如下:\n澳門《第43/99/M號法令》第六條:\n- 一、官方作品不受保護。\n- 二、官方作品尤其指協約文本、法律及規章之文本。\n{C}- 依照第六条和第九条三、如在上款所指之文本中包括受保護作品,則有關之公共機關得使用該受保護作品。\n';
const WORKPLAN = `《香港特別行政區與澳門特別行政區關於建立更緊密經貿關係的安排》2017年經濟和技術合作工作計劃\n\n一、根據《安排》第二十八條的規定,雙方制定本工作計劃。\n二、雙方決定在以下領域進行經濟和技術合作。\n三、本工作計劃自簽署之日起生效。\n${POINTS}`;

test('a comment line between the entries of a bulleted list splits no paragraph: a quoted article\'s 上款 stays its own', () => {
  const plain = buildTreaty(WORKPLAN.replace('{C}', ''));
  const withComment = buildTreaty(WORKPLAN.replace('{C}', `${COMMENT}\n`));
  assert.equal(plain.articles[3].paragraphs.length, 1);
  assert.ok(!referencesOf(plain).some((r) => r.kind === 'article' && r.relative), 'no relative reference read without the comment');
  assert.deepEqual(reading(withComment), reading(plain));
});

test('a comment line above the title or the signing clause changes neither', () => {
  const text = ARTICLE.replace(/\{C\}/g, '');
  const t = buildTreaty(text.replace('# 中华', `${COMMENT}\n# 中华`).replace('本协定于', `${COMMENT}\n本协定于`));
  assert.deepEqual(reading(t), reading(buildTreaty(text)));
});

function treatyFiles(): string[] {
  const out: string[] = [];
  for (const dir of ['seeds', 'unseen', 'drafts', 'real']) {
    const d = path.join(ROOT, 'test/fixtures', dir);
    for (const f of fs.readdirSync(d)) if (f.endsWith('.md') && f !== 'README.md') out.push(path.join(d, f));
  }
  return out;
}

for (const file of treatyFiles()) {
  const name = path.relative(path.join(ROOT, 'test/fixtures'), file);
  test(`${name}: a comment above every line changes no reading`, () => {
    const text = fs.readFileSync(file, 'utf8');
    assert.deepEqual(reading(buildTreaty(commented(text))), reading(buildTreaty(text)));
  });
}
