// The versions commands over stdio (issue #16): the file at the last commit (git, inside the
// workspace only), the comparison with the changed articles' lines on either side, the
// amending instrument, consolidation with problems at their lines, the .docx table.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { pathToFileURL } from 'url';
import { ExecuteCommandRequest } from 'vscode-languageserver-protocol/node';
import { Client, startServer } from '../support/lsp';
import { AmendmentResult, CompareResult, ConsolidateResult, HeadVersion, SERVER_COMMANDS } from '../../server/src/protocol/commands';
import { tempDir } from '../support/fixture';

const clients: Client[] = [];
after(async () => Promise.all(clients.map((c) => c.stop())));
const exec = <T>(c: Client, command: string, ...args: unknown[]) => c.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }) as Promise<T>;

const OLD = '# 中华人民共和国测试法\n\n第一条　为了规范测试工作，制定本法。\n\n第二条　国家鼓励开展测试研究。\n\n第三条　本法自公布之日起施行。\n';
const NEW = OLD.replace('国家鼓励', '国家支持').replace('制定本法。\n', '制定本法。\n\n第二条　测试工作应当客观公正。\n').replace('第二条　国家', '第三条　国家').replace('第三条　本法', '第四条　本法');

test('compare, amendment, consolidate and the .docx table answer from two texts', async () => {
  const c = await startServer();
  clients.push(c);
  const cmp = await exec<CompareResult>(c, SERVER_COMMANDS.compare, OLD, NEW);
  assert.deepEqual(cmp.changes, [
    { type: 'added', note: '新增', new: { name: '第二条', line: 4 } },
    { type: 'modified', note: '原第二条改为第三条；内容修改', old: { name: '第二条', line: 4 }, new: { name: '第三条', line: 6 } },
    { type: 'renumbered', note: '原第三条改为第四条', old: { name: '第三条', line: 6 }, new: { name: '第四条', line: 8 } },
  ]);
  assert.match(cmp.table, /^# 《中华人民共和国测试法》修改对照表\n/);
  const am = await exec<AmendmentResult>(c, SERVER_COMMANDS.amendment, OLD, NEW, 'decision');
  assert.equal(am.clauses, 3);
  assert.match(am.text, /\n一、在第一条后增加一条，作为第二条：“测试工作应当客观公正。”\n\n二、将第二条中的“鼓励”修改为“支持”。\n/);
  const back = await exec<ConsolidateResult>(c, SERVER_COMMANDS.consolidate, OLD, am.text);
  assert.deepEqual(back, { text: NEW, problems: [] });
  const bad = await exec<ConsolidateResult>(c, SERVER_COMMANDS.consolidate, OLD, '# 决定\n\n一、删去第九条。\n');
  assert.deepEqual(bad.problems, [{ code: 'amend.no-such-article', message: '没有第九条', line: 2, character: 2 }]);
  const docx = await exec<{ base64: string }>(c, SERVER_COMMANDS.comparisonDocx, OLD, NEW);
  assert.equal(Buffer.from(docx.base64, 'base64').subarray(0, 2).toString(), 'PK');
  await assert.rejects(exec(c, SERVER_COMMANDS.compare, OLD), /two texts expected/);
});

const REFUSED = '只能读取工作区文件夹中未被排除的文件在上次提交时的版本。';

test('headVersion reads the file as of the last commit, only inside the workspace', async (t) => {
  const dir = fs.realpathSync(tempDir('treaty-head-'));
  const git = (...args: string[]) => spawnSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd: dir, encoding: 'utf8' });
  if (git('init', '-q').status !== 0) return t.skip('no git');
  fs.mkdirSync(path.join(dir, 'laws'));
  fs.writeFileSync(path.join(dir, 'laws', '测试法.md'), OLD);
  git('add', '.');
  assert.equal(git('commit', '-qm', 'v1').status, 0);
  fs.writeFileSync(path.join(dir, 'laws', '测试法.md'), NEW);
  const c = await startServer({ rootUri: pathToFileURL(dir).toString() });
  clients.push(c);
  // The workspace folders are taken in after initialization: ask until they are.
  let head: HeadVersion = {};
  for (let i = 0; i < 100; i++) {
    head = await exec<HeadVersion>(c, SERVER_COMMANDS.headVersion, pathToFileURL(path.join(dir, 'laws', '测试法.md')).toString());
    if (head.message !== REFUSED) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.deepEqual(head, { text: OLD });
  const outside = await exec<HeadVersion>(c, SERVER_COMMANDS.headVersion, pathToFileURL(path.join(os.tmpdir(), 'x.md')).toString());
  // In the display's language (Chinese: the test names no locale), not the log's English reason alone.
  assert.deepEqual(outside, { message: REFUSED });
  const untitled = await exec<HeadVersion>(c, SERVER_COMMANDS.headVersion, 'untitled:a.md');
  assert.deepEqual(untitled, { message: '只有磁盘上的文件才有上次提交的版本。' });
  fs.writeFileSync(path.join(dir, 'laws', '新法.md'), OLD);
  const never = await exec<HeadVersion>(c, SERVER_COMMANDS.headVersion, pathToFileURL(path.join(dir, 'laws', '新法.md')).toString());
  assert.match(never.message ?? '', /^无法读取上次提交的版本：.*新法\.md/);
});
