// A drafter's first hour: what the README promises a new user, held as data — the command-line
// tools used as a newcomer uses them (piped into `head`, pointed at the wrong folder), the Get
// Started walkthrough's pictures of its sample against what the server says of that sample, and
// every snippet typed where a drafter types it leaving no error or warning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { spawn, spawnSync } from 'child_process';
import { DocumentSymbol, TextEdit } from 'vscode-languageserver-types';
import { CURSOR, ROOT, fixture, tempFolder } from '../support/fixture';
import { cli } from '../support/cli';
import Ajv from 'ajv-draft-04';
import { readConfig } from '../../server/src/protocol/config';
import { run as exportRun } from '../../server/src/cli/treatyExport';
import { runDiff } from '../../server/src/cli/treatyDiff';
import { runConsolidate } from '../../server/src/cli/treatyConsolidate';
import { exportFileName, exportFiles } from '../../server/src/protocol/exportFiles';
import { buildTreaty } from '../../server/src/model/treaty';
import { URI } from 'vscode-uri';
import { LineMap } from '../../server/src/syntax/positions';
import { completion, readSnippets } from '../../server/src/features/completion';
import { expandSnippet } from '../../server/src/features/completionSnippets';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { contextOf } from '../../server/src/features/context';
import { DIAGNOSTIC_CODES, diagnostics } from '../../server/src/features/diagnostics';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { codeActions } from '../../server/src/features/codeActions';
import { pickLanguage, setLocale } from '../../server/src/features/messages';
import { compareVersions } from '../../server/src/features/compare';
import { amendmentText } from '../../server/src/features/amend';

/**
 * Runs a bin (bin/NAME.js) with `args` in `cwd`, reads its standard output until `bytes` have
 * come, then closes the pipe as `head -c` does; the exit code and what it wrote on standard error.
 */
function runClosingEarly(name: string, args: string[], cwd: string, bytes: number): Promise<{ code: number | null; err: string; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', `${name}.js`), ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      if (out.length >= bytes) child.stdout.destroy();
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.on('close', (code) => resolve({ code, err, out }));
  });
}

test('a tool piped into head stops quietly when the reader goes: no stack trace; the exit code of a broken pipe (141), or its own when it had finished writing', async () => {
  // The real corpus in JSON with hints (some 300 KB) and its outline: more than a pipe holds, so the tool is still writing when the reader leaves.
  for (const args of [['test/fixtures/real', '--format', 'json', '--hints'], ['--outline', 'test/fixtures/real']]) {
    const r = await runClosingEarly('treaty-check', args, ROOT, 10);
    assert.equal(r.err, '', args.join(' '));
    // 1: the corpus has its errors (a copy's own defects), the code of a run that wrote all it had before the pipe closed.
    assert.ok(r.code === 141 || r.code === 1, `${args.join(' ')}: exit code ${r.code}`);
  }
});

test('treaty-check pointed at a folder with nothing to check, or a pattern that matches nothing, says so and exits 2; run where there is nothing, it says so and exits 0', async () => {
  const dir = tempFolder({ 'code/a.js': 'x = 1\n', 'code/node_modules/x/README.md': '# x\n', 'notes/empty.md': '' });
  const said = async (...args: string[]) => {
    const r = await cli(dir, ...args);
    return [r.code, r.err, r.out];
  };
  assert.deepEqual(await said('code'), [2, 'treaty-check: nothing to check in code: it holds no *.md, *.markdown, *.txt or *.treaty file that is not ignored\n', '']);
  assert.deepEqual(await said('drafts/**/*.md'), [2, 'treaty-check: nothing to check: drafts/**/*.md matches no file that is not ignored\n', '']);
  // A folder holding markdown that is no treaty (an empty file) has been checked: nothing found.
  assert.deepEqual(await said('notes'), [0, '', '0 problems (0 errors, 0 warnings) in 0 treaties\n']);
  // A folder, then a pattern giving the same file again: something to check in each.
  assert.deepEqual(await said('notes', 'notes/*.md'), [0, '', '0 problems (0 errors, 0 warnings) in 0 treaties\n']);
  assert.deepEqual(await cli(path.join(dir, 'code')), { code: 0, err: 'treaty-check: nothing to check: the current folder holds no *.md, *.markdown, *.txt or *.treaty file that is not ignored\n', out: '0 problems (0 errors, 0 warnings) in 0 treaties\n' });
});

test('treaty-check on a binary file says it is not text and exits 2; UTF-16 saved without its byte order mark is read, and said so', async () => {
  const treaty = '# 中华人民共和国和甲国友好合作协定\n\n中华人民共和国和甲国（以下简称“双方”），达成协议如下：\n\n## 第一条\n\n双方发展合作。\n';
  const dir = tempFolder({});
  // A PNG's first bytes, and the agreement in UTF-16 LE with no byte order mark (its ASCII marks and line breaks hold NUL bytes).
  fs.writeFileSync(path.join(dir, 'scan.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  fs.writeFileSync(path.join(dir, 'notepad.md'), Buffer.from(treaty, 'utf16le'));
  const binary = await cli(dir, 'scan.md');
  assert.deepEqual([binary.code, binary.err], [2, 'treaty-check: cannot read scan.md: not text (it holds NUL bytes: a binary file)\n']);
  const bare = await cli(dir, 'notepad.md');
  assert.deepEqual([bare.code, bare.err], [0, 'treaty-check: read notepad.md as UTF-16 LE, without a byte order mark\n']);
  assert.match(bare.out, / in 1 treaty\n$/);
  // With its byte order mark, the same UTF-16 is read (README, "Encodings").
  fs.writeFileSync(path.join(dir, 'notepad.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(treaty, 'utf16le')]));
  const r = await cli(dir, 'notepad.md');
  assert.deepEqual([r.code, r.err], [0, 'treaty-check: read notepad.md as UTF-16 LE\n']);
  assert.match(r.out, / in 1 treaty\n$/);
});

test('treaty-check on a file named that does not read as a treaty says it left it unchecked; a *.treaty.md file is checked whatever it holds', async () => {
  const dir = tempFolder({ 'notes.md': '会议记录\n\n今天讨论了日程。\n', 'draft.md': '', 'draft.treaty.md': '' });
  const note = (f: string) => `treaty-check: ${f} does not read as a treaty: not checked (README, "Which files are treaties"; a *.treaty.md file always is one)\n`;
  for (const args of [['notes.md', 'draft.md', 'draft.treaty.md'], ['--outline', 'notes.md', 'draft.md', 'draft.treaty.md']]) {
    const r = await cli(dir, ...args);
    assert.deepEqual([r.code, r.err], [0, note('notes.md') + note('draft.md')], args.join(' '));
  }
  assert.equal((await cli(dir, 'notes.md', 'draft.md', 'draft.treaty.md')).out, '0 problems (0 errors, 0 warnings) in 1 treaty\n');
  // Found in a folder, a text that is no treaty is passed over in silence.
  assert.deepEqual(await cli(dir, '.'), { code: 0, err: '', out: '0 problems (0 errors, 0 warnings) in 1 treaty\n' });
});

test('treaty-check --fix on a file it does not write (UTF-8 with bad bytes, GB18030, Big5) reports the problems the file still has, not those of the fixes it did not make', async () => {
  // 本协议 in an agreement (self.mismatch, fixed by --fix), and a bad byte (0xff) in the article: not written back, said so.
  const text = '# 中华人民共和国和甲国友好合作协定\n\n中华人民共和国和甲国（以下简称“双方”），达成协议如下：\n\n## 第一条\n\n双方发展合作。\n\n## 第二条\n\n本协议自签字之日起生效，有效期五年。\n\n本协定于2001年7月16日在莫斯科签订，一式两份，每份均用中文和俄文写成，两种文本同等作准。\n';
  const dir = tempFolder({});
  const bytes = Buffer.from(text.replace('双方发展合作。', '双方发展合作\uFFFF。'), 'utf8');
  const bad = Buffer.concat([bytes.subarray(0, bytes.indexOf(Buffer.from('\uFFFF', 'utf8'))), Buffer.from([0xff]), bytes.subarray(bytes.indexOf(Buffer.from('\uFFFF', 'utf8')) + 3)]);
  fs.writeFileSync(path.join(dir, 'a.md'), bad);
  const r = await cli(dir, '--fix');
  assert.ok(fs.readFileSync(path.join(dir, 'a.md')).equals(bad), 'a.md not written');
  assert.match(r.err, /not fixed a\.md: it holds bytes that are not UTF-8/);
  assert.deepEqual([r.code, r.out], [0, 'a.md:11:1  warning  self.mismatch  标题称“协定”，这里应为“本协定”\n1 problem (0 errors, 1 warning) in 1 treaty\n']);
});

// ---------------------------------------------------------------------------------------
// The Get Started walkthrough (package.json contributes.walkthroughs): its pages picture what the
// server gives its sample agreement (media/walkthrough/sample.treaty.md, opened by
// treaty.openSample as an untitled treaty document).

const media = (f: string) => fs.readFileSync(path.join(ROOT, 'media/walkthrough', f), 'utf8');
/** The lines of a page's first fenced block. */
const block = (page: string) => /```\n([\s\S]*?)```/.exec(page)![1].trimEnd().split('\n');

function sample() {
  setLocale('zh-cn');
  const index = new WorkspaceIndex();
  return contextOf(index, index.set('untitled:Untitled-1', media('sample.treaty.md'), 1, 'treaty'));
}

test('walkthrough: the problem the Fix page shows is the one the sample gets, and Ctrl+. on it offers the renumbering it names', () => {
  const ctx = sample();
  const found = diagnostics(ctx).filter((d) => d.severity === 1 || d.severity === 2);
  // The sample jumps from 第三条 to 第五条: one warning, no error.
  assert.deepEqual(found.map((d) => [d.code, d.message]), [['numbering.gap', '缺少第四条']]);
  assert.deepEqual(block(media('fix.md')), [`⚠ ${found[0].code}   ${found[0].message}`]);
  const titles = codeActions(ctx, found).map((a) => a.title);
  assert.ok(titles.includes('重新编号全部条款并更新引用'), titles.join(' / '));
  assert.match(media('fix.md'), /\*\*重新编号全部条款并更新引用\*\*/);
});

test('walkthrough: each clause the Insert page shows is what its prefixes, typed on an empty line of the sample, give', () => {
  const rows = media('snippet.md').split('\n').filter((l) => /^\| `/.test(l)).map((l) => l.split('|').map((c) => c.trim()));
  assert.equal(rows.length, 5);
  for (const [, typedCell, clause] of rows) {
    const prefixes = [...typedCell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    const name = Object.entries(SNIPPET_FILE).find(([, s]) => s.prefix.includes(prefixes[0]))?.[0];
    assert.ok(name, typedCell);
    for (const prefix of prefixes) assert.ok(SNIPPET_FILE[name].prefix.includes(prefix), `${prefix} is a prefix of ${name}`);
    if (SNIPPET_FILE[name].isFileTemplate) continue;
    const sampleText = media('sample.treaty.md');
    for (const prefix of prefixes) {
      const added = typed(`${sampleText}\n${prefix}${CURSOR}\n`, name, prefix).slice(sampleText.length);
      // The page's clause, its elisions (……) standing for any words: its pieces in the order written.
      const pattern = new RegExp(clause.split('……').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\n]*'));
      assert.match(added, pattern, `${prefix}: ${clause}`);
    }
  }
});

test('walkthrough: the Outline page shows the outline the sample gets, name and detail', () => {
  const lines: string[] = [];
  const walk = (symbols: DocumentSymbol[], depth: number) => {
    for (const s of symbols) {
      lines.push(`${'  '.repeat(depth)}${s.name}${s.detail ? ` ${s.detail}` : ''}`);
      walk(s.children ?? [], depth + 1);
    }
  };
  walk(documentSymbols(sample()), 0);
  // The page aligns the details in a column: name, two spaces or more, detail.
  assert.deepEqual(block(media('outline.md')).map((l) => l.replace(/(\S) {2,}/, '$1 ')), lines);
});

// ---------------------------------------------------------------------------------------
// Snippets (README, "Completion"): every prefix, typed on a line of its own where a drafter types
// it, expanded with its placeholders' defaults and first choices, leaves valid treaty text: no
// error or warning it did not find there before.

const SNIPPET_FILE = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets/treaty.code-snippets'), 'utf8')) as Record<string, { prefix: string[]; isFileTemplate?: boolean }>;
const SNIPPETS = readSnippets(SNIPPET_FILE);

const TITLE = '# 中华人民共和国政府和甲国政府关于文化合作的协定\n\n';
const PREAMBLE = '中华人民共和国政府和甲国政府（以下简称“双方”），\n\n为了发展两国的文化交流，\n\n达成协议如下：\n\n';
const ARTICLES = '## 第一条\n\n双方在平等互利的基础上开展文化合作。\n\n## 第二条\n\n双方鼓励两国文化机构建立直接联系。\n\n';
const FINAL =
  '## 第三条\n\n本协定自签字之日起生效，有效期五年。\n\n' +
  '本协定于2024年5月10日在北京签订，一式两份，每份均用中文和俄文写成，两种文本同等作准。\n\n' +
  '中华人民共和国政府　　　　俄罗斯联邦政府\n　　　代表　　　　　　　　代表\n';

/** The document's errors and warnings, `code message`. */
function problems(text: string, name = 'a.treaty.md'): string[] {
  setLocale('zh-cn');
  const index = new WorkspaceIndex();
  const found = diagnostics(contextOf(index, index.set(`file:///ws/${name}`, text, 1, 'treaty')));
  return found.filter((d) => d.severity === 1 || d.severity === 2).map((d) => `${d.code} ${d.message}`);
}

/** `source` (one cursor) with the snippet `name` chosen where `prefix` is typed, expanded with its defaults. */
function typed(source: string, name: string, prefix: string, file = 'a.treaty.md'): string {
  const f = fixture(source, file);
  const index = new WorkspaceIndex();
  const snapshot = index.set(f.main.uri, f.main.text, 1, 'treaty');
  const lines = new LineMap(index.model(snapshot).tree.lines);
  const { items } = completion(contextOf(index, snapshot), lines.positionAt(f.main.cursor!), { snippets: SNIPPETS });
  const item = items.find((i) => i.labelDetails?.description === pickLanguage(name));
  assert.ok(item, `${prefix} offers ${name}`);
  const e = item.textEdit as TextEdit;
  const [a, b] = [lines.offsetAt(e.range.start), lines.offsetAt(e.range.end)];
  return f.main.text.slice(0, a) + expandSnippet(e.newText) + f.main.text.slice(b);
}

/** The snippets written for many parties: completionSnippets.ts snippetFamily. */
const MULTILATERAL_FAMILY = new Set(['Indefinite term and withdrawal (无限期有效及退出)', 'Accession (加入)', 'Depositary (保存机关)']);

/** The snippets a drafter types in the preamble, before the first article. */
const IN_PREAMBLE = new Set(['Preamble basis (根据……达成协议如下)', 'Defined parties (以下简称“双方”)']);

test('snippets: the texts they are typed into — a whole agreement, and one not finished: no final clauses yet', () => {
  assert.deepEqual(problems(TITLE + PREAMBLE + ARTICLES + FINAL), []);
  assert.deepEqual(problems(TITLE + PREAMBLE + ARTICLES), ['final.no-entry-into-force 本协定没有生效条款', 'final.no-signing-clause 本协定没有签署条款（日期、地点、份数、文字）']);
});

test('snippets: every template typed in a new file is a treaty with no error or warning', () => {
  const templates = Object.entries(SNIPPET_FILE).filter(([, s]) => s.isFileTemplate);
  assert.equal(templates.length, 5);
  for (const [name, s] of templates) {
    for (const prefix of s.prefix) assert.deepEqual(problems(typed(`${prefix}${CURSOR}`, name, prefix, 'new.treaty.md'), 'new.treaty.md'), [], `${name}: ${prefix}`);
  }
});

test('snippets: every clause typed where it goes leaves no error or warning but those of what the text still lacks', () => {
  let checked = 0;
  for (const [name, s] of Object.entries(SNIPPET_FILE)) {
    if (s.isFileTemplate) continue;
    // A clause for many parties (a depositary, accession, withdrawal) is not offered in this agreement of two
    // (completion.test.ts: every prefix of every snippet).
    if (MULTILATERAL_FAMILY.has(name)) continue;
    for (const prefix of s.prefix) {
      if (IN_PREAMBLE.has(name)) {
        // On the preamble's line of a signed agreement that has none.
        assert.deepEqual(problems(typed(TITLE + `${prefix}${CURSOR}\n\n` + ARTICLES + FINAL, name, prefix)), [], `${name}: ${prefix}`);
      } else {
        // After the last article of an agreement not finished: a clause that says when the text
        // enters into force (生效, 批准书) or is signed answers the check that it lacks one.
        const text = typed(TITLE + PREAMBLE + ARTICLES + `${prefix}${CURSOR}\n`, name, prefix);
        const added = text.slice((TITLE + PREAMBLE + ARTICLES).length);
        const expected = [
          ...(/生效|批准书/.test(added) ? [] : ['final.no-entry-into-force 本协定没有生效条款']),
          ...(/本协定于.+签/.test(added) ? [] : ['final.no-signing-clause 本协定没有签署条款（日期、地点、份数、文字）']),
        ];
        assert.deepEqual(problems(text), expected, `${name}: ${prefix}\n${added}`);
      }
      checked++;
    }
  }
  assert.ok(checked > 100, `${checked} prefixes`);
});

// ---------------------------------------------------------------------------------------
// Settings (package.json contributes.configuration), as the Settings editor shows them.

test('settings: treaty.diagnostics.severity\'s description lists every code it takes, in English and in Chinese', () => {
  const codes = Object.keys(DIAGNOSTIC_CODES).sort();
  for (const file of ['package.nls.json', 'package.nls.zh-cn.json']) {
    const description = JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'))['configuration.diagnostics.severity'] as string;
    const listed = description.slice(description.search(/Codes:|代码：/));
    assert.deepEqual([...listed.matchAll(/`([a-z]+\.[a-z-]+)`/g)].map((m) => m[1]).sort(), codes, file);
  }
});

// ---------------------------------------------------------------------------------------
// treaty-diff --format amendment (README, "Versions and amendments"): without --kind, a 修改决定 for
// a domestic text — a law, and the regulations, rules, measures and decisions under it — and a
// 议定书 between the parties for a treaty.

test('amendment: without --kind, a 规定, 办法 or 决定 is amended by a 修改决定 as a 法 or 条例 is, a 协定 by a 议定书', () => {
  const version = (title: string, self: string, words: string) => `# ${title}\n\n## 第一条\n\n为了规范${words}，制定${self}。\n\n## 第二条\n\n${self}自公布之日起施行。\n`;
  const first = (title: string, self: string) => amendmentText(compareVersions(version(title, self, '涉外商事审判'), version(title, self, '国际商事审判'))).split('\n')[0];
  assert.deepEqual(
    [
      first('最高人民法院关于设立国际商事法庭若干问题的规定', '本规定'),
      first('海关行政处罚实施办法', '本办法'),
      first('国务院关于设立经济特区的决定', '本决定'),
      first('中华人民共和国统计法', '本法'),
      first('中华人民共和国政府和甲国政府文化合作协定', '本协定'),
    ],
    [
      // (Adopted by the organ that issued it, its title says; see amendBite.)
      '# 最高人民法院关于修改《最高人民法院关于设立国际商事法庭若干问题的规定》的决定',
      '# 全国人民代表大会常务委员会关于修改《海关行政处罚实施办法》的决定',
      '# 国务院关于修改《国务院关于设立经济特区的决定》的决定',
      '# 全国人民代表大会常务委员会关于修改《中华人民共和国统计法》的决定',
      '# 关于修改《中华人民共和国政府和甲国政府文化合作协定》的议定书',
    ],
  );
});

// ---------------------------------------------------------------------------------------
// treaty-export --format md (README, "Signing copies"): the copies as markdown, beside the text —
// never over it.

test('treaty-export --format md of a text with one copy (multilateral, or no parties named) writes NAME.copy.md and leaves NAME.md as it was, byte for byte', async () => {
  const multilateral =
    // (Four parties made in one original: a trilateral text gets a copy each since session 62, four each made an original since
    // session 63, alternatThree.test.ts.)
    '# 中华人民共和国、俄罗斯联邦、哈萨克斯坦共和国和吉尔吉斯共和国关于边境地区合作的协定\n\n中华人民共和国、俄罗斯联邦、哈萨克斯坦共和国和吉尔吉斯共和国（以下简称“缔约各方”），达成协议如下：\n\n## 第一条\n\n缔约各方开展边境地区合作。\n\n' +
    '本协定于2024年5月10日在北京签订，一式一份，用中文和俄文写成，两种文本同等作准。\n';
  const dir = tempFolder({});
  // Saved by Notepad as "Unicode" (UTF-16 with its byte order mark): written back as UTF-8, its bytes would change.
  const source = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(multilateral, 'utf16le')]);
  fs.writeFileSync(path.join(dir, 'agreement.md'), source);
  let out = '';
  let err = '';
  const code = await exportRun(['agreement.md', '--format', 'md'], { cwd: dir, stdout: (t) => (out += t), stderr: (t) => (err += t) });
  assert.deepEqual([code, err, out], [0, '', `${path.join(dir, 'agreement.copy.md')}\n`]);
  assert.ok(fs.readFileSync(path.join(dir, 'agreement.md')).equals(source), 'agreement.md unchanged');
  assert.equal(fs.readFileSync(path.join(dir, 'agreement.copy.md'), 'utf8'), multilateral);
  // The editor's Export → Signing copies (markdown), on the same file opened with an unsaved edit: the edit goes into the copy, not into the file.
  const edited = multilateral.replace('开展边境地区合作', '开展边境地区全面合作');
  const result = await exportFiles(URI.file(path.join(dir, 'agreement.md')).toString(), buildTreaty(edited), 'copies');
  assert.deepEqual(result.files, [path.join(dir, 'agreement.copy.md')]);
  assert.ok(fs.readFileSync(path.join(dir, 'agreement.md')).equals(source), 'agreement.md unchanged by the editor\'s export');
  assert.equal(fs.readFileSync(path.join(dir, 'agreement.copy.md'), 'utf8'), edited);
});

test('treaty-export, treaty-diff and treaty-consolidate on a file that is not there, or a folder: a message in words, exit 2', async () => {
  const dir = tempFolder({ 'drafts/a.md': '# 甲国和乙国合作协定\n\n## 第一条\n\n双方合作。\n' });
  const io = () => {
    const r = { out: '', err: '' };
    return { r, io: { cwd: dir, stdout: (t: string) => (r.out += t), stderr: (t: string) => (r.err += t) } };
  };
  const said = async (tool: (argv: string[], io: { cwd: string; stdout(t: string): void; stderr(t: string): void }) => number | Promise<number>, argv: string[]) => {
    const { r, io: x } = io();
    const code = await tool(argv, x);
    return [code, r.err];
  };
  assert.deepEqual(await said(exportRun, ['agrement.md']), [2, 'treaty-export: cannot read agrement.md: no such file\n']);
  assert.deepEqual(await said(exportRun, ['drafts']), [2, 'treaty-export: cannot read drafts: a folder, not a file\n']);
  assert.deepEqual(await said(runDiff, ['drafts/a.md', 'drafts/b.md']), [2, 'treaty-diff: cannot read drafts/b.md: no such file\n']);
  assert.deepEqual(await said(runConsolidate, ['drafts', 'drafts/a.md']), [2, 'treaty-consolidate: cannot read drafts: a folder, not a file\n']);
});

test('README names every check a drafter can meet and set (each code of treaty.diagnostics.severity, written `code`)', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  assert.deepEqual(Object.keys(DIAGNOSTIC_CODES).filter((c) => !readme.includes(`\`${c}\``)), []);
});

test('npm run bench NAME with a name it does not have says which it has and exits 2 (it ran nothing and exited 0)', () => {
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(ROOT, 'out/bench/bench.js'), 'outlines'], { encoding: 'utf8' });
  assert.deepEqual([r.status, r.stderr, r.stdout], [2, 'bench: no bench named "outlines" (outline, stdio, completion, index, versions, export, parallel, scan; none: all of them)\n', '']);
});

test('every setting the extension contributes is named in README and in the .vsix Details page\'s table of settings', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const settings = Object.keys(pkg.contributes.configuration.properties);
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const details = fs.readFileSync(path.join(ROOT, 'README.vsix.md'), 'utf8');
  const table = details.slice(details.indexOf('## Settings'), details.indexOf('\n## ', details.indexOf('## Settings') + 1));
  assert.deepEqual(settings.filter((k) => !readme.includes(k)), [], 'README');
  assert.deepEqual(settings.filter((k) => !table.includes(`| \`${k}\` |`)), [], 'README.vsix.md');
});

test('.treatyrc.json: the schema VS Code completes it from, and treaty-check, take README\'s example; a misspelt key is refused by both', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const example = JSON.parse(/\*\*Configuration\*\*[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)![1]);
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/treatyrc.schema.json'), 'utf8'));
  const validate = new Ajv({ strict: false }).compile({ ...schema, $schema: undefined });
  assert.deepEqual([validate(example), readConfig(example).problems], [true, []]);
  const counterparts = JSON.parse(`{${/`("counterparts": \[\[[^`]*\]\])`/.exec(readme)![1]}}`);
  assert.deepEqual([validate(counterparts), readConfig(counterparts).problems], [true, []]);
  const misspelt = { severty: { 'numbering.gap': 'error' } };
  assert.equal(validate(misspelt), false);
  assert.deepEqual(validate.errors!.map((e) => [e.keyword, (e.params as { additionalProperty?: string }).additionalProperty]), [['additionalProperties', 'severty']]);
  assert.deepEqual(readConfig(misspelt).problems, ['unknown key "severty"']);
});

test('exportFileName: never the source itself, whatever the case of its extension (macOS and Windows compare names without case)', () => {
  assert.equal(exportFileName('/x/agreement.MD', '/x', undefined, 'md'), 'agreement.copy.md');
  assert.equal(exportFileName('/x/Agreement.md', '/x', undefined, 'md'), 'Agreement.copy.md');
  assert.equal(exportFileName('/x/agreement.md', '/y', undefined, 'md'), 'agreement.md');
  assert.equal(exportFileName('/x/agreement.md', '/x', '甲国政府', 'md'), 'agreement.甲国政府.md');
});
