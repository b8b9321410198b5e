// Session 62 (s62parallel): a title in title case ended by a full stop, as a news page sets it over an instrument's text, is the
// title (syntax/foreignLines.ts stoppedTitleCase); a title naming its parties without `between` (`Joint Communique of the
// Government of A and the Government of B on …`) has them as its preamble's opening names them, where it lists them too
// (model/foreignParties.ts fromPreamble) — the copies the alternat makes of it. Cases written by reading, after the China–Nauru
// joint communiqué of 2002 as china.org.cn prints it (test/fixtures/multilingual/cn_nr_diplomatic_2002_para1-3.en.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTreaty } from '../../server/src/model/treaty';
import { foreignPartiesOf } from '../../server/src/model/foreignParties';
import { signingCopies } from '../../server/src/features/export/alternat';
import { ROOT } from '../support/fixture';

const BODY = '\nThe two Governments agree to develop friendly relations between the two countries.\n';
const NAURU = "Joint Communique of the Government of the People's Republic of China and the Government of the Republic of Nauru on the Establishment of Diplomatic Relations.";

const TITLES: [string, string, string | undefined][] = [
  ['a title in title case ended by a full stop', `${NAURU}\nThe Government of the People's Republic of China and the Government of the Republic of Nauru, in conformity with the interests of the two peoples, have decided upon mutual recognition.${BODY}`, NAURU],
  ['a sentence opening with a kind of instrument is no title (`was`, `reached`)', `Agreement was reached on the Establishment of Diplomatic Relations.\nThe Parties have decided upon mutual recognition.${BODY}`, undefined],
  ['a sentence whose kind is not its opening is no title', `The Parties Signed the Joint Communique in Beijing Yesterday.\nThe Parties have decided upon mutual recognition.${BODY}`, undefined],
  ['two sentences are no title', `Joint Communique of the Two Governments. The Parties Agree.\nThe Parties have decided upon mutual recognition.${BODY}`, undefined],
];
for (const [name, text, title] of TITLES) {
  test(`foreign title: ${name}`, () => assert.equal(buildTreaty(text).title?.text, title));
}

const PARTIES: [string, string, string[] | undefined][] = [
  ['the title without `between`: the parties as the preamble names them', TITLES[0][1], ["Government of the People's Republic of China", 'Government of the Republic of Nauru']],
  ['the preamble opening with two the title does not name: none', `${NAURU}\nThe Government of the Republic of Fiji and the Government of Japan, in conformity with the interests of the two peoples, have decided upon mutual recognition.${BODY}`, undefined],
  ['the preamble naming one: none', `${NAURU}\nThe Government of the Republic of Nauru, in conformity with the interests of its people, has decided upon recognition.${BODY}`, undefined],
];
for (const [name, text, parties] of PARTIES) {
  test(`foreign parties: ${name}`, () => assert.deepEqual(foreignPartiesOf(buildTreaty(text))?.names, parties));
}

test("the China–Nauru joint communiqué of 2002: Nauru's copies name it first in both languages", () => {
  const read = (lang: string) => readFileSync(join(ROOT, 'test/fixtures/multilingual', `cn_nr_diplomatic_2002_para1-3.${lang}.md`), 'utf8');
  const en = signingCopies(read('en'));
  assert.deepEqual(en.map((c) => c.party), ["Government of the People's Republic of China", 'Government of the Republic of Nauru']);
  const enLines = en[1].text.split('\n');
  assert.equal(enLines[0], "Joint Communique of the Government of the Republic of Nauru and the Government of the People's Republic of China on the Establishment of Diplomatic Relations.");
  assert.ok(enLines[1].startsWith("The Government of the Republic of Nauru and the Government of the People's Republic of China, in conformity with"));
  // (The sentences naming one party, as written.)
  assert.equal(enLines[3], read('en').split('\n')[3]);
  const zh = signingCopies(read('zh'));
  assert.deepEqual(zh.map((c) => c.party), ['中华人民共和国政府', '瑙鲁共和国政府']);
  const zhLines = zh[1].text.split('\n');
  assert.equal(zhLines[0], '瑙鲁共和国政府和中华人民共和国政府关于建立外交关系的联合公报 中华文库');
  assert.ok(zhLines[2].startsWith('瑙鲁共和国政府和中华人民共和国政府根据两国人民的利益'));
  assert.ok(zhLines[6].startsWith('瑙鲁共和国政府和中华人民共和国政府商定'));
  // Paragraph 4 names Nauru first already (`在瑙鲁共和国和中华人民共和国建立外交关系后`): as written in both copies.
  assert.equal(zhLines[5], read('zh').split('\n')[5]);
  // The signatures, one a line: Nauru's first.
  assert.deepEqual(zhLines.slice(7, 10), ['瑙鲁共和国政府 |', '中华人民共和国政府 |', '二〇〇二年七月二十一日于香港']);
});
