// What a cited instrument and a cited article show: the entry-into-force clause a
// citation's hover reads (model/clauses.entryIntoForceOf through TreatyInfo), and the
// "被引用 N 次" lens, whose count is the list it opens and Find All References' list.
import { test } from 'node:test';
import { contextOf } from '../../server/src/features/context';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Location } from 'vscode-languageserver-types';
import { buildTreaty } from '../../server/src/model/treaty';
import { infoOf } from '../../server/src/model/info';
import { codeLenses } from '../../server/src/features/codeLens';
import { references } from '../../server/src/features/references';
import { LineMap } from '../../server/src/syntax/positions';
import { ROOT } from '../support/fixture';
import { workspace } from '../support/workspace';

const read = (p: string) => fs.readFileSync(path.join(ROOT, 'test/fixtures', p), 'utf8');

const ENTRY_INTO_FORCE: [string, string | undefined][] = [
  ['seeds/000_c6ff318dd0620b0f.md', '本协议自签字之日起生效,有效期 5 年。'],
  ['seeds/001_5a7369b592559c31.md', '本协议自签字之日起生效，有效期5年。'],
  ['seeds/002_7f2627ec4d3d09a0.md', '本条约需经批准，并自互换批准书之日起生效。'],
  ['seeds/003_0c5e915455323257.md', undefined],
  ['seeds/004_23ed638f1e5b144e.md', '二、本条约无限期有效，自保存机关收到最后一份批准书之日起生效。'],
  ['unseen/agreement_double_taxation.md', '本协定应自后一份通知之日起第三十天生效。'],
  ['unseen/convention_state_immunities.md', '1. 本公约应自第三十份批准书、接受书、核准书或加入书交存联合国秘书长之日后第三十天生效。'],
  ['unseen/mou_bold_investment.md', '本谅解备忘录自签字之日起生效，有效期五年。'],
  ['unseen/protocol_double_taxation.md', '本议定书自后一份通知之日起生效。'],
  ['drafts/draft_01_kz_border_agreement.md', '本协定自双方通过外交途径相互书面通知已完成各自国内法律程序之日起第三十天生效，有效期五年。'],
];

test('entry into force: the sentence of the clause that governs it, not any sentence with 生效', () => {
  for (const [file, expected] of ENTRY_INTO_FORCE) assert.equal(infoOf(buildTreaty(read(file))).entryIntoForce, expected, file);
});

test('entry into force: an article captioned 生效 first; a sentence about another state (对其生效) is not the instrument\'s', () => {
  const text = '# 甲国和乙国合作公约\n\n## 第一条　加入\n\n本公约对加入国自其交存加入书之日起第三十天对其生效。\n\n## 第二条　批准\n\n本公约须经批准。本公约自互换批准书之日起生效。\n\n## 第三条　生效和终止\n\n本公约自签字之日起生效，有效期五年。\n';
  assert.equal(infoOf(buildTreaty(text)).entryIntoForce, '本公约自签字之日起生效，有效期五年。');
  assert.equal(infoOf(buildTreaty(text.replace('　生效和终止', ''))).entryIntoForce, '本公约自互换批准书之日起生效。');
});

test('code lens: the count is the list it carries, and Find All References lists the same', () => {
  const ws = workspace(`%! a.md
# 甲国和乙国合作协议

甲国和乙国（以下简称“双方”）达成协议如下：

## 第一条

双方合作。

## 第二条

一、依照第一条和第一条第九款。

二、前款所述合作，依照本协议第一条第一款进行。

## 第三条

前条和第二条第一款。
%! b.md
# 甲国和乙国合作议定书

根据《甲国和乙国合作协议》第一条，达成协议如下：

## 第一条

第二条不在此。
`);
  const s = ws.snapshot(ws.file('a.md'));
  const lenses = codeLenses(contextOf(ws.index, s));
  const map = new LineMap(ws.index.model(s).tree.lines);
  const key = (l: Location) => `${l.uri.replace(/.*\//, '')}@${l.range.start.line}:${l.range.start.character}`;
  const byArticle = new Map<string, { title: string; locations: string[] }>();
  for (const l of lenses) {
    const [, position, locations] = l.command!.arguments as [string, { line: number; character: number }, Location[]];
    const name = ws.index.model(s).articles.find((a) => map.positionAt(a.label.start).line === position.line)!.name;
    byArticle.set(name, { title: l.command!.title, locations: locations.map(key) });
    const refs = references(contextOf(ws.index, s), map.offsetAt(position), false);
    assert.deepEqual(locations.map(key).sort(), refs.map(key).sort(), name);
  }
  // 第一条: 第一条 and 本协议第一条第一款 in 第二条, the citation from b.md; not 第一条第九款 (no such paragraph).
  assert.deepEqual(byArticle.get('第一条'), { title: '被引用 3 次', locations: ['a.md@10:4', 'a.md@12:11', 'b.md@2:2'] });
  // 第二条: 前款 in its second paragraph, 前条 and 第二条第一款 in 第三条, each once; not b.md's own 第二条.
  assert.deepEqual(byArticle.get('第二条'), { title: '被引用 3 次', locations: ['a.md@12:2', 'a.md@16:0', 'a.md@16:3'] });
});
