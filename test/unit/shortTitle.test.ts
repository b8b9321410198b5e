// Short titles, as people say them (中哈边防合作协议): what the sample workspace
// names its files by, so that Quick Open finds a treaty by the words of its title.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { buildTreaty } from '../../server/src/model/treaty';
import { MAX_SHORT_TITLE, shortTitleOf } from '../../server/src/model/shortTitle';
import { ROOT, seeds } from '../support/fixture';

const short = (text: string) => shortTitleOf(buildTreaty(text));

test('the seed treaties: the parties by their states’ short forms, then the rest of the title', () => {
  const got = [...seeds().values()].map((s) => short(s.text));
  assert.deepEqual(got, ['中哈边防合作协议', '中吉边防合作协议', '中哈睦邻友好合作条约', '中哈联合声明', '上海合作组织成员国长期睦邻友好合作条约']);
});

test('the drafts: 关于 after the parties is dropped, and parties named again in the subject are not doubled', () => {
  const read = (f: string) => fs.readFileSync(path.join(ROOT, 'test/fixtures', f), 'utf8');
  assert.equal(short(read('drafts/draft_01_kz_border_agreement.md')), '中哈边境地区合作的协定');
  assert.equal(short(read('drafts/draft_02_kg_protocol.md')), '中吉边防合作协议的补充议定书');
  assert.equal(short(read('unseen/agreement_ports_annex.md')), '中吉边境口岸及其管理制度的协定');
});

test('parties read from the title when the preamble defines none; OCR spaces are dropped', () => {
  assert.equal(short('# 中华人民共和国 和 蒙古国 边界 管理制度条约\n\n第一条\n\n缔约双方……\n'), '中蒙边界管理制度条约');
});

test('a title that does not begin with its parties, or names a state with no short form, stays whole', () => {
  const singapore = '# 中华人民共和国政府和新加坡共和国政府关于海运的协定\n\n中华人民共和国政府和新加坡共和国政府（以下简称“双方”），\n\n## 第一条\n\n正文。\n';
  assert.equal(short(singapore), '中华人民共和国政府和新加坡共和国政府关于海运的协定');
  assert.equal(short('# 上海合作组织成员国边防部门合作谅解备忘录\n\n第一条\n\n正文。\n'), '上海合作组织成员国边防部门合作谅解备忘录');
});

test('no title, no short title; a long one keeps its head and its kind', () => {
  assert.equal(short(''), undefined);
  const long = `# 中华人民共和国政府和新加坡共和国政府关于${'对所得避免双重征税'.repeat(5)}的协定\n\n## 第一条\n\n正文。\n`;
  const s = short(long)!;
  assert.ok(s.length <= MAX_SHORT_TITLE, s);
  assert.ok(s.startsWith('中华人民共和国政府') && s.endsWith('…协定'), s);
});
