// Session 51's drafter's review: what session 50's left and what a drafter found using the features on real texts, each case
// a text and what a drafter expects, written by reading the features and the texts (never by running the server).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Location } from 'vscode-languageserver-types';
import { inWorkspace } from '../support/review';
import { CODE_BOOKS } from '../support/codeBooks';
import { documentHighlights, references } from '../../server/src/features/references';

const at = (text: string, find: string, plus = 0) => text.indexOf(find) + plus;
const place = (l: Location) => `${decodeURIComponent(l.uri.replace('file:///ws/', ''))} ${l.range.start.line}:${l.range.start.character}-${l.range.end.character}`;

// 1. Find references of a book of a code kept one file per book (LawRefBook/Laws 2f4c5c2 民法典/: `# 中华人民共和国民法典` /
// `# 人格权编`, no `第四编` label) from its heading: the code's other books name it with its own words — 人格权编 第一千零一条
// `适用本法第一编、第五编和其他法律的相关规定`, 婚姻家庭编 第一千零九十六条 `应当依照本法第一编的规定另行确定监护人` (excerpts: the
// headings and those articles). Definition from those words reached the book's heading since session 50; find references
// from the heading listed the heading alone: only a citing text's `民法典第五编` was read, not the code's own `本法第五编`.
const PERSONALITY = `# 中华人民共和国民法典

# 人格权编

## 第一章  一般规定

第九百八十九条 本编调整因人格权的享有和保护产生的民事关系。

第一千零一条 对自然人因婚姻家庭关系等产生的身份权利的保护，适用本法第一编、第五编和其他法律的相关规定；没有规定的，可以根据其性质参照适用本编人格权保护的有关规定。
`;
const FAMILY = `# 中华人民共和国民法典

# 婚姻家庭编

## 第一章  一般规定

第一千零四十条 本编调整因婚姻家庭产生的民事关系。

## 第五章  收养

### 第一节  收养关系的成立

第一千零九十六条 监护人送养孤儿的，应当征得有抚养义务的人同意。有抚养义务的人不同意送养、监护人不愿意继续履行监护职责的，应当依照本法第一编的规定另行确定监护人。
`;

test('find references of a code\'s book from its heading lists the code\'s own words naming it in its other books\' files', () => {
  const files = { ...CODE_BOOKS, 'minfadian/人格权编.md': PERSONALITY, 'minfadian/婚姻家庭编.md': FAMILY };
  const ws = inWorkspace(files);
  const line = (text: string, find: string) => text.slice(0, text.indexOf(find)).split('\n').length - 1;
  const col = (text: string, find: string, plus: number) => at(text, find, plus) - text.lastIndexOf('\n', at(text, find)) - 1;
  const words = (file: string, text: string, find: string, plus: number) => `${file} ${line(text, find)}:${col(text, find, plus)}-${col(text, find, plus + 3)}`;
  // 第五编 is 婚姻家庭编 (the fifth book by its articles): its heading, then 人格权编's `第五编` after `本法第一编、`.
  assert.deepEqual(references(ws('minfadian/婚姻家庭编.md'), at(FAMILY, '# 婚姻家庭编', 3), true).map(place),
    ['minfadian/婚姻家庭编.md 2:2-7', words('minfadian/人格权编.md', PERSONALITY, '第五编和', 0)]);
  // 第一编 (总则): named in 人格权编 and in 婚姻家庭编 — its own file's words too, the book naming another.
  const first = references(ws('minfadian/总则.md'), at(CODE_BOOKS['minfadian/总则.md'], '# 总则', 2), false).map(place);
  assert.deepEqual(first.sort(), [words('minfadian/人格权编.md', PERSONALITY, '本法第一编', 2), words('minfadian/婚姻家庭编.md', FAMILY, '本法第一编', 2)].sort());
  // The words in the file open in the editor are highlighted from its own `本法第五编`'s book too (definition's subject).
  assert.equal(documentHighlights(ws('minfadian/人格权编.md'), at(PERSONALITY, '第五编', 1)).length, 1);
  // Another law's `本法第五编` is no book of the code's.
  const other = '# 中华人民共和国某某法\n\n第一条 依照本法第五编的规定。\n';
  const alone = inWorkspace({ ...files, 'other.md': other });
  assert.deepEqual(references(alone('minfadian/婚姻家庭编.md'), at(FAMILY, '# 婚姻家庭编', 3), false).map(place), [words('minfadian/人格权编.md', PERSONALITY, '第五编和', 0)]);
});
