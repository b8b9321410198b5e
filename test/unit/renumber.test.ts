// Renumbering and quick fixes: edits are applied to the text and the result is
// parsed again, so a fix that would corrupt the document fails here.
import { test } from 'node:test';
import { contextOf } from '../../server/src/features/context';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { renumberArticles, rename, prepareRename, styleLike } from '../../server/src/features/renumber';
import { codeActions } from '../../server/src/features/codeActions';
import { diagnostics } from '../../server/src/features/diagnostics';
import { buildTreaty } from '../../server/src/model/treaty';
import { workspace } from '../support/workspace';
import { seeds } from '../support/fixture';

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 1, text), edits);
}

test('styleLike keeps the way a number is written', () => {
  assert.equal(styleLike('十二', 13), '十三');
  assert.equal(styleLike(' 十 二 ', 13), ' 十 三 ');
  assert.equal(styleLike('12', 13), '13');
  assert.equal(styleLike(' 3 ', 4), ' 4 ');
});

const RENUMBER: [string, string, string][] = [
  ['a gap closes and references follow their articles',
    '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第三条\n\n依照本协定第四条和第 3 条。\n\n## 第四条\n\n见第一条。\n',
    '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n依照本协定第三条和第 2 条。\n\n## 第三条\n\n见第一条。\n'],
  ['a repeated number: the second becomes the next, spacing kept',
    '# 测试协定\n\n## 第 一 条\n\n甲。\n\n## 第 二 条\n\n乙。\n\n## 第 二 条\n\n丙。\n',
    '# 测试协定\n\n## 第 一 条\n\n甲。\n\n## 第 二 条\n\n乙。\n\n## 第 三 条\n\n丙。\n'],
  ['paragraph and item references keep their tail',
    '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第五条\n\n一、乙。\n\n二、丙。\n\n## 第六条\n\n适用第五条第二款。\n',
    '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n一、乙。\n\n二、丙。\n\n## 第三条\n\n适用第二条第二款。\n'],
  ['articles headed 第…款 (old treaties): headings and 第N款 follow, 前款 and 次款 stay',
    '# 测试条约\n\n**第一款**　甲。照次款办理。\n\n**第三款**　前款所载。\n\n**第四款**　按照第三款赔偿事宜。\n',
    '# 测试条约\n\n**第一款**　甲。照次款办理。\n\n**第二款**　前款所载。\n\n**第三款**　按照第二款赔偿事宜。\n'],
  // A count after a list (`第三、第四、第五三款`: three articles) stays; the numbers follow their articles. A number between
  // others sharing one 条, or last before a count, without its 第 (`三` of `第一、三、四条`, of `第一、三两条`) follows too.
  ['a counted list keeps its count, each number follows its article',
    '# 测试条约\n\n**第一款**　甲。\n\n**第三款**　乙。\n\n**第四款**　丙。\n\n**第五款**　丁。\n\n**第六款**　将第三、第四、第五三款会商。\n',
    '# 测试条约\n\n**第一款**　甲。\n\n**第二款**　乙。\n\n**第三款**　丙。\n\n**第四款**　丁。\n\n**第五款**　将第二、第三、第四三款会商。\n'],
  ['numbers sharing one 条 without their 第, counted or between others',
    '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第三条\n\n乙。\n\n## 第四条\n\n依第一、三两条及第三至第四两条，第一、三、四条。\n',
    '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n\n## 第三条\n\n依第一、二两条及第二至第三两条，第一、二、三条。\n'],
  // Units listed after an article (`第四条第一、二款`, session 62): the article's number follows, the units' stay; in a text whose
  // articles are 款, `第一、三款` names two articles, each following its own.
  ['units listed after an article keep their numbers, the article\'s follows',
    '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第三条\n\n乙。\n\n丙。\n\n## 第四条\n\n依第三条第一、二款及第三条第一、第二款。\n',
    '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙。\n\n丙。\n\n## 第三条\n\n依第二条第一、二款及第二条第一、第二款。\n'],
  // Bracketed labels listed after an article (`第三条第(一)、（二）项`, session 63: each its own item): the article's number follows,
  // each label stays as written, its own bracket style kept.
  ['bracketed labels listed after an article keep their brackets, the article\'s number follows',
    '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第三条\n\n乙：\n\n(一)子；\n\n(二)丑；\n\n(三)寅；\n\n(四)卯。\n\n## 第四条\n\n依第三条第(一)、（二）项及第三条第（一）、第(二)、（四）项。\n',
    '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙：\n\n(一)子；\n\n(二)丑；\n\n(三)寅；\n\n(四)卯。\n\n## 第三条\n\n依第二条第(一)、（二）项及第二条第（一）、第(二)、（四）项。\n'],
  // Counted lists after an article (`第三条第(一)、（二）两项`, `第三条第一、二两款`, session 64): the article's number follows, each
  // member and the count stay as written.
  ['counted lists of labels or numbers after an article keep their members and count, the article\'s number follows',
    '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第三条\n\n乙：\n\n(一)子；\n\n(二)丑。\n\n丙。\n\n## 第四条\n\n依第三条第(一)、（二）两项及第三条第一、二两款。\n',
    '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n乙：\n\n(一)子；\n\n(二)丑。\n\n丙。\n\n## 第三条\n\n依第二条第(一)、（二）两项及第二条第一、二两款。\n'],
  ['articles headed 第…款 listed before one 款: each number follows its article',
    '# 测试条约\n\n**第一款**　甲。\n\n**第三款**　乙。\n\n**第四款**　将第一、三款会商。\n',
    '# 测试条约\n\n**第一款**　甲。\n\n**第二款**　乙。\n\n**第三款**　将第一、二款会商。\n'],
  // A text labelled in financial numerals (大写) is renumbered in them, its labels and its references (session 62).
  ['financial numerals stay financial',
    '# 测试协定\n\n## 第壹条\n\n甲。\n\n## 第叁条\n\n乙。\n\n## 第肆条\n\n依照第叁条。\n',
    '# 测试协定\n\n## 第壹条\n\n甲。\n\n## 第贰条\n\n乙。\n\n## 第叁条\n\n依照第贰条。\n'],
  ['financial numerals in traditional characters',
    '# 測試協定\n\n## 第壹條\n\n甲。\n\n## 第參條\n\n乙。\n\n## 第肆條\n\n依照第參條。\n',
    '# 測試協定\n\n## 第壹條\n\n甲。\n\n## 第貳條\n\n乙。\n\n## 第參條\n\n依照第貳條。\n'],
  // The new text an amending protocol writes is the amended agreement's: its 第三条 and 第一款 are that agreement's, not the protocol's.
  ['an amending protocol: the new text it writes keeps its references, the protocol\'s own follow',
    '# 关于修订《甲乙两国避免双重征税协定》的议定书\n\n为了修订《甲乙两国避免双重征税协定》（以下简称《协定》），双方达成协议如下：\n\n## 第一条\n\n取消《协定》第二十四条，用下列规定代替：\n\n“一、双方主管当局应交换信息。信息交换不受第三条的限制。\n\n二、一方根据第一款收到的信息，应作密件处理。”\n\n## 第三条\n\n本议定书自签字之日起生效。\n\n## 第四条\n\n依照本议定书第三条办理。\n',
    '# 关于修订《甲乙两国避免双重征税协定》的议定书\n\n为了修订《甲乙两国避免双重征税协定》（以下简称《协定》），双方达成协议如下：\n\n## 第一条\n\n取消《协定》第二十四条，用下列规定代替：\n\n“一、双方主管当局应交换信息。信息交换不受第三条的限制。\n\n二、一方根据第一款收到的信息，应作密件处理。”\n\n## 第二条\n\n本议定书自签字之日起生效。\n\n## 第三条\n\n依照本议定书第二条办理。\n'],
];

for (const [name, before, after] of RENUMBER) {
  test(`renumber: ${name}`, () => {
    const ws = workspace(before);
    const out = apply(before, renumberArticles(contextOf(ws.index, ws.snapshot())).edit!.changes!['file:///ws/test.md']);
    assert.equal(out, after);
    assert.deepEqual(buildTreaty(out).articles.map((a) => a.num), buildTreaty(out).articles.map((_, i) => i + 1));
  });
}

test('renumber: the seeds are already numbered, so nothing changes', () => {
  for (const [, seed] of seeds()) {
    const ws = workspace(`%! ${seed.name}\n${seed.text}`);
    assert.equal(renumberArticles(contextOf(ws.index, ws.snapshot())).edit, undefined);
  }
});

test('rename: an article and every reference to it, in citing documents too', () => {
  const ws = workspace(`%! a.md\n# 测试条约\n\n## 第一条\n\n甲。\n\n## 第‸二条\n\n乙。\n\n## 第三条\n\n依照第二条和本条约第 2 条。\n%! b.md\n# 测试议定书\n\n## 第一条\n\n依照《测试条约》第二条。\n`);
  assert.deepEqual(prepareRename(contextOf(ws.index, ws.snapshot()), ws.offset), { range: { start: { line: 6, character: 3 }, end: { line: 6, character: 6 } }, placeholder: '第二条' });
  const edit = rename(contextOf(ws.index, ws.snapshot()), ws.offset, '第十条') as WorkspaceEdit;
  const a = apply(ws.snapshot().text, edit.changes!['file:///ws/a.md']);
  const b = apply(ws.snapshot(ws.file('b.md')).text, edit.changes!['file:///ws/b.md']);
  assert.match(a, /## 第十条\n\n乙。\n\n## 第三条\n\n依照第十条和本条约第 10 条。/);
  assert.match(b, /依照《测试条约》第十条。/);
});

test('quick fixes: renumber on a numbering diagnostic; self-reference, authentic count and citation date fixed', () => {
  const src = `%! a.md\n# 测试协定\n\n根据2001年1月1日《测试条约》，达成协议如下：\n\n## 第一条\n\n甲。\n\n## 第三条\n\n乙。\n\n本协议于2002年1月17日在北京签署，一式两份，每份均用中文、哈文和俄文写成，两种文本同等作准。\n%! b.md\n# 测试条约\n\n## 第一条\n\n甲。\n\n本条约于1999年5月4日在北京签署。\n`;
  const ws = workspace(src);
  const s = ws.snapshot();
  const ds = diagnostics(contextOf(ws.index, s));
  assert.deepEqual(ds.map((d) => d.code).sort(), ['numbering.gap', 'ref.date-mismatch', 'signing.authentic-count', 'signing.self-reference']);
  const actions = codeActions(contextOf(ws.index, s), ds);
  let text = s.text;
  // Every fix (each diagnostic also gets 在下一行禁用 CODE, which is no fix).
  assert.deepEqual(actions.filter((a) => a.title.startsWith('在下一行禁用')).map((a) => a.title).sort(), ds.map((d) => `在下一行禁用 ${d.code}`).sort());
  // (Fix all too: it makes the three safe fixes in one edit, the same edits, not the renumbering a person chooses.)
  const fixAll = actions.find((a) => a.title.startsWith('修正本文件全部'))!;
  assert.equal(apply(text, fixAll.edit!.changes!['file:///ws/a.md']), apply(text, actions.filter((a) => a.isPreferred).flatMap((a) => a.edit!.changes!['file:///ws/a.md'])));
  const all: TextEdit[] = actions.filter((a) => !a.title.startsWith('在下一行禁用') && a !== fixAll).flatMap((a) => a.edit!.changes!['file:///ws/a.md']);
  text = apply(text, all);
  assert.match(text, /根据1999年5月4日《测试条约》/);
  assert.match(text, /## 第二条\n\n乙。/);
  assert.match(text, /本协定于2002年1月17日/);
  assert.match(text, /三种文本同等作准/);
  ws.index.set('file:///ws/a.md', text, 2, 'markdown');
  assert.deepEqual(diagnostics(contextOf(ws.index, ws.index.get('file:///ws/a.md')!)), []);
});

test('quick fixes: half-width punctuation, one mark or the whole document; a copied self-reference', () => {
  const src = '# 测试协议\n\n## 第一条\n\n双方(以下简称“双方”)同意,本协定自签字之日起生效。\n';
  const ws = workspace(src);
  const s = ws.snapshot();
  const ds = diagnostics(contextOf(ws.index, s));
  assert.deepEqual(ds.map((d) => d.code), ['self.mismatch', 'style.half-width-punctuation', 'style.half-width-punctuation', 'style.half-width-punctuation']);
  const onComma = codeActions(contextOf(ws.index, s), [ds[3]]);
  // Fix all beside them: the self-reference too (three fixes: the brackets' pair is one).
  assert.deepEqual(onComma.map((a) => a.title), ['改为全角“，”', '全文改为全角标点（3 处）', '修正本文件全部可安全修正的问题（3 处）', '在下一行禁用 style.half-width-punctuation']);
  assert.equal(apply(src, onComma[2].edit!.changes!['file:///ws/test.md']), '# 测试协议\n\n## 第一条\n\n双方（以下简称“双方”）同意，本协议自签字之日起生效。\n');
  assert.equal(apply(src, onComma[3].edit!.changes!['file:///ws/test.md']), '# 测试协议\n\n## 第一条\n\n<!-- treaty-disable-next-line style.half-width-punctuation -->\n双方(以下简称“双方”)同意,本协定自签字之日起生效。\n');
  const fixedAll = apply(src, onComma[1].edit!.changes!['file:///ws/test.md']);
  assert.equal(fixedAll, '# 测试协议\n\n## 第一条\n\n双方（以下简称“双方”）同意，本协定自签字之日起生效。\n');
  const self = codeActions(contextOf(ws.index, s), [ds[0]]);
  assert.equal(apply(src, self[0].edit!.changes!['file:///ws/test.md']).includes('本协议自签字之日起生效'), true);
});

// Rename as data: a workspace with `‸` on a heading or a reference, the new name, and the whole
// answer: every edited file as it reads afterwards, or the refusal as the user sees it.
type RenameWant = { files: Record<string, string> } | { refused: string; invalidName?: boolean } | null;

const RENAMES: [string, string, string, RenameWant][] = [
  ['a spaced one-character number grows spaced', '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第 九‸ 条\n\n依照第 九 条和第九条。\n', '二十',
    { files: { 'test.md': '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第 二 十 条\n\n依照第 二 十 条和第二十条。\n' } }],
  ['full-width digits stay full-width, from a reference', '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第二条\n\n依照第２‸条。\n', '第 12 条',
    { files: { 'test.md': '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第十二条\n\n依照第１２条。\n' } }],
  ['anywhere on the heading line, and the article keeps its 之一', '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第一条之一 定‸义\n\n乙，见第一条之一。\n', '3',
    { files: { 'test.md': '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第三条之一 定义\n\n乙，见第三条之一。\n' } }],
  ['the same number: nothing to change', '# 测试协定\n\n## 第一‸条\n\n甲。\n', '第一条', { files: {} }],
  ['a name that is not a number', '# 测试协定\n\n## 第一‸条\n\n甲。\n', '甲', { refused: '“甲”不是条号。可输入条号：第二十条、二十 或 20。', invalidName: true }],
  ['a long name is shown shortened', '# 测试协定\n\n## 第一‸条\n\n甲。\n', '一二三四五六七八九十一二三四五六七八九十条', { refused: '“一二三四五六七八九十一二三四五六七八九十…”不是条号。可输入条号：第二十条、二十 或 20。', invalidName: true }],
  ['a number another article has', '# 测试协定\n\n## 第一‸条\n\n甲。\n\n## 第二条\n\n乙。\n', '二', { refused: '本协定已有第二条。请选择其他条号，或先“重新编号全部条款”。' }],
  ['a reference to an article that does not exist', '# 测试协定\n\n## 第一条\n\n依照第九‸条。\n', '十', { refused: '“第九条”所指的条款不存在，无法重命名' }],
  ['paragraphs, not articles', '# 中华人民共和国和甲国联合声明\n\n一、双方同意。\n\n二、依照第一‸条。\n', '三', { refused: '这份文件按段落（一、二、）编号，不按条编号，无法重命名条款' }],
  ['not on a heading or a reference', '# 测试协定\n\n## 第一条\n\n甲‸。\n', '三', null],
];

for (const [name, source, newName, want] of RENAMES) {
  test(`rename as data: ${name}`, () => {
    const ws = workspace(source);
    const r = rename(contextOf(ws.index, ws.snapshot()), ws.offset, newName);
    if (r && 'changes' in r) {
      const files: Record<string, string> = {};
      for (const [uri, edits] of Object.entries(r.changes ?? {})) {
        const f = ws.fx.files.find((x) => x.uri === uri)!;
        files[f.name] = apply(f.text, edits);
      }
      assert.deepEqual({ files }, want);
    } else assert.deepEqual(r, want);
  });
}

test('prepareRename: the label and its name, or why not', () => {
  const at = (source: string) => {
    const ws = workspace(source);
    return prepareRename(contextOf(ws.index, ws.snapshot()), ws.offset);
  };
  assert.deepEqual(at('# 测试协定\n\n## 第一条\n\n依照第 一‸ 条。\n'), { range: { start: { line: 4, character: 2 }, end: { line: 4, character: 7 } }, placeholder: '第一条' });
  assert.deepEqual(at('# 测试协定\n\n## 第一条\n\n依照第九‸条。\n'), { refused: '“第九条”所指的条款不存在，无法重命名' });
  assert.deepEqual(at('# 测试协定\n\n## 第一条\n\n甲‸。\n'), null);
});

test('renumber: 第一条之一 keeps its place after its base; the count and the dangling list', () => {
  const src = '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第一条之一\n\n乙。\n\n## 第三条\n\n依照第一条之一和第三条。\n';
  const ws = workspace(src);
  const r = renumberArticles(contextOf(ws.index, ws.snapshot()));
  assert.deepEqual({ articles: r.articles, dangling: r.dangling, refused: r.refused }, { articles: 1, dangling: [], refused: undefined });
  assert.equal(apply(src, r.edit!.changes!['file:///ws/test.md']), '# 测试协定\n\n## 第一条\n\n甲。\n\n## 第一条之一\n\n乙。\n\n## 第二条\n\n依照第一条之一和第二条。\n');
});
