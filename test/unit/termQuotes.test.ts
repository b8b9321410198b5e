// term.quote-mixed (features/termQuotes.ts) as data: a document with the quoted terms it must
// flag marked ⟦…⟧ and each whole diagnostic (range, severity, code, message), every other
// check's diagnostics included, so a report too many fails too; documents quoted correctly
// (one style, nested quotation, quoted text of another instrument) get nothing; each fix
// changes the two marks alone, and none is offered where the marks decide what is read.
// Expected answers are written by reading the fixtures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { contextOf } from '../../server/src/features/context';
import { codeActions } from '../../server/src/features/codeActions';
import { diagnostics } from '../../server/src/features/diagnostics';
import { Io, run } from '../../server/src/cli/treatyCheck';
import { LineMap } from '../../server/src/syntax/positions';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { workspace } from '../support/workspace';
import { checkWorkspaceEdit, meanings } from '../support/editSafety';
import { ROOT } from '../support/fixture';

const INFO = 3;

/** Every diagnostic of the document: the marked spans, each with its code and message, in order. */
function check(name: string, source: string, want: { code?: string; message: string }[]): void {
  test(`term.quote-mixed: ${name}`, () => {
    const ws = workspace(source);
    const snapshot = ws.snapshot();
    const map = new LineMap(ws.index.model(snapshot).tree.lines);
    const got = diagnostics(contextOf(ws.index, snapshot))
      .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    assert.equal(ws.fx.main.marks.length, want.length, 'one diagnostic per marked span');
    assert.deepEqual(got, ws.fx.main.marks.map((m, i) => ({
      range: { start: map.positionAt(m.start), end: map.positionAt(m.end) },
      severity: INFO, code: want[i].code ?? 'term.quote-mixed', source: 'treaty', message: want[i].message, data: undefined,
    })));
  });
}

/** The quick fix of the first term.quote-mixed: its title and the text after it (or no fix at all: `title` undefined). */
function fix(name: string, source: string, title: string | undefined, after?: string): void {
  test(`term.quote-mixed fix: ${name}`, () => {
    const ws = workspace(source);
    const snapshot = ws.snapshot();
    const d = diagnostics(contextOf(ws.index, snapshot)).find((x) => x.code === 'term.quote-mixed');
    assert.ok(d, 'term.quote-mixed raised');
    const actions = codeActions(contextOf(ws.index, snapshot), [d]);
    if (title === undefined) {
      assert.deepEqual(actions.map((a) => a.title), ['在下一行禁用 term.quote-mixed']);
      return;
    }
    const action = actions.find((a) => a.title === title);
    assert.ok(action?.edit?.changes, `“${title}” among ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(action.isPreferred, true);
    assert.equal(TextDocument.applyEdits(TextDocument.create(snapshot.uri, 'markdown', 1, snapshot.text), action.edit.changes[snapshot.uri]), after);
  });
}

const TAIL = '\n本协定自签字之日起生效，有效期五年。\n\n本协定于2001年7月16日在莫斯科签订，一式两份，每份均用中文和俄文写成，两种文本同等作准。\n';
/** An agreement whose preamble defines the parties as `parties` (marks included), then one article. */
const DOC = (parties: string, body: string) => `# 中华人民共和国和甲国边境合作协定\n\n中华人民共和国和甲国（以下简称${parties}），达成协议如下：\n\n## 第一条\n\n${body}\n${TAIL}`;

// ——— (a) the definitions of one document in different styles ———

check('a definition quoted 「」 where the others use “”', DOC('“双方”', '双方根据中吉国界（以下简称“国界”）和边境地区（以下简称⟦「边境」⟧）的情况，在国界和边境合作。'),
  [{ message: '定义术语的引号不一致：本文件的定义用“”，这里用「」' }]);
check('the style most definitions use is the document\'s, wherever the first one stands', DOC('⟦“双方”⟧', '双方根据中吉国界（以下简称「国界」）和边境地区（以下简称「边境」）的情况，在国界和边境合作。'),
  [{ message: '定义术语的引号不一致：本文件的定义用「」，这里用“”' }]);
check('on a tie the first definition\'s style is the document\'s; ASCII quotes are a style', DOC('“双方”', '双方根据中吉国界（以下简称⟦"国界"⟧）的情况，在国界合作。'),
  [{ message: '定义术语的引号不一致：本文件的定义用“”，这里用""' }]);
check('a definition whose marks do not pair', DOC('“双方”', '双方根据中吉国界（以下简称⟦“国界」⟧）的情况，在国界合作。'),
  [{ message: '引号不配对：“国界」（本文件用“”）' }]);

// ——— (b) a defined term written again in other marks, or in marks that do not pair ———

check('the term written again in 「」, ASCII and fullwidth marks', DOC('“双方”', '⟦「双方」⟧一词指两国；⟦"双方"⟧和⟦＂双方＂⟧亦同。双方加强合作。'), [
  { message: '术语“双方”这里用「」，本文件定义术语用“”' },
  { message: '术语“双方”这里用""，本文件定义术语用“”' },
  { message: '术语“双方”这里用＂＂，本文件定义术语用“”' },
]);
check('marks that do not pair around the term', DOC('“双方”', '⟦“双方」⟧和⟦"双方”⟧均指两国，双方加强合作。'), [
  { message: '引号不配对：“双方」（本文件用“”）' },
  { message: '引号不配对："双方”（本文件用“”）' },
]);
check('a Hong Kong text quotes in 「」: “” is the odd one', DOC('「雙方」', '雙方同意，本協定所稱⟦“雙方”⟧指兩國政府。'),
  [{ message: '术语“雙方”这里用“”，本文件定义术语用「」' }]);

// ——— What stays silent ———

check('one style throughout, the term quoted again in it', DOC('“双方”', '双方根据中吉国界（以下简称“国界”）的情况，“双方”一词指两国，在国界合作。'), []);
check('「」 throughout (Hong Kong, Taiwan, Macao)', DOC('「雙方」', '雙方根據中吉國界（以下簡稱「國界」）的情況，「雙方」一詞指兩國，在國界合作。'), []);
check('nested quotation: 『』 inside 「」 and ‘’ inside “” are the right nesting', DOC('“双方”', '双方同意：“本协定所称‘双方’指两国。”双方另行声明：「本声明所称『双方』同此。」'), []);
check('a definition inside quoted text belongs to the text quoted (an amended law\'s words)',
  DOC('“双方”', '双方同意将附件第二段修改为：「本附件所称邊境地區（以下简称「边境」）指……」双方在边境合作。'), []);
check('a quotation over several paragraphs (each opens again, the last closes) holds its own definitions, and ends where it closes',
  DOC('“双方”', '双方同意附件一修改为：\n\n“一、中吉国界（以下简称「国界」）由界标标定。\n\n“二、「国界」以外的地区由「双方」管理。”\n\n双方在国界合作，⟦「双方」⟧一词指两国。'),
  [{ message: '术语“双方”这里用「」，本文件定义术语用“”' }]);
check('an ASCII mark that closes an earlier one does not open the term', DOC('“双方”', '双方使用"A"双方"B"标记。双方加强合作。'), []);
check('a term not defined is not looked for; a quotation that is not the term alone is not read', DOC('“双方”', '双方援引「边境合作」和「双方边境」的说法。'), []);
check('no definition in quotes: nothing to compare with', '# 中华人民共和国和甲国边境合作协定\n\n中华人民共和国和甲国（以下简称双方），达成协议如下：\n\n## 第一条\n\n「双方」加强合作。\n' + TAIL, []);
test('term.quote-mixed: a text in another language is not read (its readers quote otherwise)', () => {
  const ws = workspace('# Agreement between A and B\n\nA and B (hereinafter referred to as "Parties") agree as follows:\n\n## Article 1\n\nThe Parties shall cooperate. “Parties” and ‘Parties’ alike.\n');
  assert.equal(ws.index.model(ws.snapshot()).definitions.map((d) => d.term).join(), 'Parties');
  assert.deepEqual(diagnostics(contextOf(ws.index, ws.snapshot())).filter((d) => d.code === 'term.quote-mixed'), []);
});

// ——— The fix: the two marks, nothing between ———

fix('a use in 「」 written in the document\'s “”', DOC('“双方”', '「双方」一词指两国，双方加强合作。'), '引号改为“双方”', DOC('“双方”', '“双方”一词指两国，双方加强合作。'));
fix('marks that do not pair: the wrong one alone', DOC('“双方”', '"双方”一词指两国，双方加强合作。'), '引号改为“双方”', DOC('“双方”', '“双方”一词指两国，双方加强合作。'));
fix('a definition in the document\'s style', DOC('“双方”', '双方根据中吉国界（以下简称“国界”）和边境地区（以下简称「边境」）的情况，在国界和边境合作。'), '引号改为“边境”',
  DOC('“双方”', '双方根据中吉国界（以下简称“国界”）和边境地区（以下简称“边境”）的情况，在国界和边境合作。'));
fix('in 「」 when the document quotes so', DOC('「雙方」', '雙方同意，本協定所稱“雙方”指兩國政府。'), '引号改为「雙方」', DOC('「雙方」', '雙方同意，本協定所稱「雙方」指兩國政府。'));
// “…协定” (and 「…协定」) in quotation marks is a quoted title in older texts: the new marks would make `『国界协定』第一条` a citation.
fix('none where the new marks would change a reference: “国界协定”第一条 would cite a title', DOC('“双方”', '双方依照1994年4月26日签订的《中华人民共和国和甲国国界协定》（以下简称“国界协定”），执行『国界协定』第一条。'), undefined);

test('term.quote-mixed: every fix passes the edit-safety check (references to the edited article and the title mean the same)', () => {
  const source = '%! a.md\n' + DOC('“双方”', '「双方」一词指两国；"双方”亦同。中吉国界（以下简称「国界」）由双方管理。\n\n## 第二条\n\n双方依照第一条和《中华人民共和国和甲国国界协定》第一条合作。')
    + '%! b.md\n# 中华人民共和国和甲国国界协定\n\n## 第一条\n\n国界由界标标定。\n\n本协定于1994年4月26日在北京签订。\n';
  const ws = workspace(source);
  const s = ws.snapshot();
  const ds = diagnostics(contextOf(ws.index, s)).filter((d) => d.code === 'term.quote-mixed');
  assert.equal(ds.length, 3);
  for (const d of ds) {
    const action = codeActions(contextOf(ws.index, s), [d]).find((a) => a.isPreferred);
    assert.ok(action?.edit, String(d.message));
    assert.deepEqual(checkWorkspaceEdit(ws.index, action.edit, meanings(ws.index)), [], String(d.message));
  }
});

// ——— treaty-check --fix applies it, once ———

test('term.quote-mixed: treaty-check --fix rewrites every mark in the document\'s style, and a second run changes nothing', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-quotes-'));
  const file = path.join(dir, 'a.md');
  fs.writeFileSync(file, DOC('“双方”', '「双方」一词指两国；"双方”和＂双方＂亦同。中吉国界（以下简称「国界」）由双方管理。'));
  const io: Io = { cwd: dir, stdout: () => undefined, stderr: () => undefined, stdoutTTY: false, stderrTTY: false, env: {} };
  await run(['--fix'], io);
  const fixed = DOC('“双方”', '“双方”一词指两国；“双方”和“双方”亦同。中吉国界（以下简称“国界”）由双方管理。');
  assert.equal(fs.readFileSync(file, 'utf8'), fixed);
  await run(['--fix'], io);
  assert.equal(fs.readFileSync(file, 'utf8'), fixed);
  fs.rmSync(dir, { recursive: true });
});

// ——— The real corpus: every text under test/fixtures is quoted correctly ———

// Two texts are quoted in two styles as found, and a reader agrees with the hint: a copy that turned most of the
// curly quotes around terms into straight ones (“締約雙方” beside "北部灣劃界協定", "協定水域", "分界線"), and a
// Wikisource page whose preamble is in simplified characters with “” and its articles in traditional ones with 「」.
const MIXED_AS_FOUND = [
  'test/fixtures/real/agreement_cn_vn_gulf_fisheries_2000_pinyin_hant.md:6 定义术语的引号不一致：本文件的定义用""，这里用“”',
  'test/fixtures/real/protocol_cn_vn_land_boundary_2009_wikisource_hant.md:38 定义术语的引号不一致：本文件的定义用“”，这里用「」',
];

test('term.quote-mixed: silent on every real and sample text under test/fixtures, but the two quoted in two styles as found', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(md|txt)$/.test(e.name) && e.name !== 'README.md') files.push(p);
    }
  };
  walk(path.join(ROOT, 'test/fixtures'));
  assert.ok(files.length > 50, `${files.length} files`);
  const found: string[] = [];
  for (const f of files) {
    const index = new WorkspaceIndex();
    const uri = `file://${f}`;
    const s = index.set(uri, fs.readFileSync(f, 'utf8').replace(/^\ufeff/, ''), 1, 'markdown');
    for (const d of diagnostics(contextOf(index, s))) if (d.code === 'term.quote-mixed') found.push(`${path.relative(ROOT, f)}:${d.range.start.line + 1} ${d.message}`);
  }
  assert.deepEqual(found, MIXED_AS_FOUND);
});
