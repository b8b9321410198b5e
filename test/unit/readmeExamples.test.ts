// The README's examples run as a new user runs them: the pre-commit hook, read from the README, installed in a
// repository of its own and committing treaties with Chinese names (git gives a hook's output to standard error).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { ROOT, tempFolder } from '../support/fixture';

const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The fenced block of `lang` that follows the line holding `after`. */
function blockAfter(after: string, lang: string): string {
  const at = README.indexOf(after);
  assert.ok(at >= 0, `README: ${after}`);
  const open = README.indexOf('```' + lang + '\n', at);
  const close = README.indexOf('\n```', open + 4 + lang.length);
  return README.slice(open + 4 + lang.length, close + 1);
}

const HEAD = '# 中华人民共和国和甲国经济合作协定\n\n中华人民共和国和甲国（以下简称“双方”），达成协议如下：\n\n';
const TAIL = '\n本协定于2001年7月16日在北京签订，一式两份，每份均用中文和甲文写成，两种文本同等作准。\n';
const CLEAN = `${HEAD}## 第一条\n\n双方发展合作。\n\n## 第二条\n\n本协定自签字之日起生效，有效期五年。\n${TAIL}`;
/** A warning only (no error): the hook's `--max-warnings 0` refuses it. */
const WARNED = CLEAN.replace('本协定于', '本协议于');

const git = (cwd: string, ...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd, encoding: 'utf8' });

test('README\'s pre-commit hook: a staged treaty with a warning, named in Chinese, stops the commit; fixed, or a note that is no treaty, it goes through', { skip: spawnSync('npx', ['--version']).status !== 0 && 'no npx' }, () => {
  const hook = blockAfter('A pre-commit hook (`.git/hooks/pre-commit`)', 'sh');
  assert.match(hook, /^#!\/bin\/sh\n/);
  const repo = tempFolder({ 'package.json': '{"name":"treaties","private":true}\n', '边境/中甲协定.md': WARNED, '说明.md': '# 说明\n\n这里存放条约。\n' });
  // The tool as `npm install` of the package puts it: its bin in node_modules/.bin.
  fs.mkdirSync(path.join(repo, 'node_modules/.bin'), { recursive: true });
  fs.symlinkSync(path.join(ROOT, 'bin/treaty-check.js'), path.join(repo, 'node_modules/.bin/treaty-check'));
  assert.equal(git(repo, 'init', '-q').status, 0);
  fs.writeFileSync(path.join(repo, '.git/hooks/pre-commit'), hook, { mode: 0o755 });
  git(repo, 'add', 'package.json', '边境/中甲协定.md', '说明.md');
  const refused = git(repo, 'commit', '-qm', 'draft');
  assert.equal(refused.status, 1, refused.stdout + refused.stderr);
  assert.match(refused.stderr, /边境\/中甲协定\.md:\d+:\d+ {2}warning {2}signing\.self-reference/);
  fs.writeFileSync(path.join(repo, '边境/中甲协定.md'), CLEAN);
  git(repo, 'add', '边境/中甲协定.md');
  const taken = git(repo, 'commit', '-qm', 'draft');
  assert.equal(taken.status, 0, taken.stdout + taken.stderr);
  assert.match(taken.stderr, /^0 problems \(0 errors, 0 warnings\) in 1 treaty/m);
  assert.match(taken.stderr, /说明\.md does not read as a treaty: not checked/);
});

test('README\'s count of the multilingual fixtures is the folder\'s: texts, and instruments (each in two or more languages, NAME.LANG.md)', () => {
  const texts = fs.readdirSync(path.join(ROOT, 'test/fixtures/multilingual')).filter((f) => f.endsWith('.md') && f !== 'README.md');
  const instruments = new Set(texts.map((f) => f.replace(/\.[a-z]{2}\.md$/, '')));
  const said = /`test\/fixtures\/multilingual\/`: (\d+) texts of (\d+) instruments/.exec(README);
  assert.ok(said, 'README: `test/fixtures/multilingual/`: N texts of M instruments');
  assert.deepEqual([Number(said[1]), Number(said[2])], [texts.length, instruments.size]);
});
