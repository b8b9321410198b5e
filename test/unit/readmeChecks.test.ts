// README's table of checks, run: each example a row gives, written into a correct bilateral agreement (or the
// regulation, the cited copy or the page it speaks of), gives that row's check, at the severity the row says it has by
// default, and nothing else — with hints, as `treaty-check --hints` lists them. The example must be in the row as
// written (a row reworded without its example here turns this red), and the agreement it is written into gets nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { cli } from '../support/cli';
import { ROOT, tempFolder } from '../support/fixture';

const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const TABLE = README.slice(README.indexOf('**The checks**'), README.indexOf('Final clauses are checked only'));

/** Each row of the table: its codes, the default severity of each, the text of its `flags` cell. */
const ROWS = TABLE.split('\n').filter((l) => l.startsWith('| `')).map((line) => {
  const [codes, severity, flags, fix] = line.split(' | ');
  const names = [...codes.matchAll(/`([a-z]+\.[a-z-]+)`/g)].map((m) => m[1]);
  // `warning, error, warning` one each; `warning (copies: information)` one for all, but the one named.
  const each = severity.split(', ');
  const but = /^(\w+) \((\w+): (\w+)\)$/.exec(severity);
  const defaults = new Map(names.map((n, k) => [n, each.length === names.length ? each[k] : but ? (n.includes(but[2]) ? but[3] : but[1]) : severity]));
  return { names, defaults, flags, fix };
});

const HEAD = '# 中华人民共和国和甲国经济合作协定\n\n中华人民共和国和甲国（以下简称“双方”），达成协议如下：\n\n';
const TAIL = '本协定于2001年7月16日在北京签订，一式两份，每份均用中文和甲文写成，两种文本同等作准。\n\n中华人民共和国代表　　　　甲国代表\n';
const EIF = '本协定自签字之日起生效，有效期五年。';
const art = (n: string, body: string) => `## 第${n}条\n\n${body}\n\n`;
/** The agreement: its articles between the preamble and the signing clause. */
const agreement = (...articles: string[]) => HEAD + articles.join('') + TAIL;
const CLEAN = agreement(art('一', '双方发展经济合作。'), art('二', EIF));
/** A regulation of three chapters, law-style articles. */
const REGULATION = '# 甲市档案管理条例\n\n## 第一章 总则\n\n第一条　为了加强档案管理，制定本条例。\n\n## 第二章 管理\n\n第二条　档案由档案馆管理。\n\n## 第三章 附则\n\n第三条　本条例自2020年1月1日起施行。\n';
const CHARTER = '# 上海合作组织宪章\n\n各成员国达成协议如下：\n\n## 第一条\n\n本组织的宗旨是加强合作。\n\n## 第二条\n\n本宪章自交存批准书之日起生效。\n\n本宪章于2002年6月7日在圣彼得堡签订，正本一份，用中文和俄文写成，两种文本同等作准。\n';
const TREATY_2005 = '# 中华人民共和国和甲国睦邻友好合作条约\n\n中华人民共和国和甲国（以下简称“缔约双方”），达成协议如下：\n\n## 第一条\n\n缔约双方发展睦邻友好合作。\n\n## 第二条\n\n本条约自互换批准书之日起生效，有效期二十年。\n\n本条约于2005年7月5日在北京签订，一式两份，每份均用中文和甲文写成，两种文本同等作准。\n\n中华人民共和国代表　　　　甲国代表\n';

type Case = { code: string; example: string; files: Record<string, string> };
const CASES: Case[] = [
  { code: 'ref.no-such-article', example: '本协定第九条', files: { 'a.md': agreement(art('一', '双方依照本协定第九条发展经济合作。'), art('二', EIF)) } },
  { code: 'ref.no-such-chapter', example: '本条例第五章', files: { 'a.md': REGULATION.replace('档案由档案馆管理。', '档案由档案馆依照本条例第五章的规定管理。') } },
  { code: 'ref.citation-not-found', example: '《…协定》', files: { 'a.md': agreement(art('一', '双方依照《中华人民共和国和乙国经济合作协定》发展合作。'), art('二', EIF)) } },
  { code: 'ref.date-mismatch', example: '2001年6月15日《…宪章》', files: { 'a.md': agreement(art('一', '双方重申2001年6月15日《上海合作组织宪章》的宗旨。'), art('二', EIF)), 'b.md': CHARTER } },
  { code: 'numbering.gap', example: '`第一条` `第三条`', files: { 'a.md': agreement(art('一', '双方发展经济合作。'), art('三', EIF)) } },
  { code: 'syntax.bad-number', example: '第十十条', files: { 'a.md': agreement(art('一', '双方发展经济合作。'), art('十十', EIF)) } },
  { code: 'syntax.unclosed-fence', example: '```', files: { 'a.md': `${CLEAN}\n\`\`\`\n` } },
  { code: 'numbering.item-gap', example: '（一）（二）（四）', files: { 'a.md': agreement(art('一', '双方在下列领域开展合作：\n\n（一）贸易；\n\n（二）投资；\n\n（四）旅游。'), art('二', EIF)) } },
  { code: 'numbering.item-gap', example: '（一）…；` / `…；` / `（三）…', files: { 'a.md': agreement(art('一', '双方在下列领域开展合作：\n\n（一）贸易；\n\n投资；\n\n（三）旅游。'), art('二', EIF)) } },
  { code: 'numbering.item-duplicate', example: '一、二、二、三、', files: { 'a.md': agreement(art('一', '双方在下列领域开展合作：\n\n一、贸易；\n\n二、投资；\n\n二、科技；\n\n三、旅游。'), art('二', EIF)) } },
  { code: 'numbering.item-mixed', example: '（一）（二）3.', files: { 'a.md': agreement(art('一', '双方在下列领域开展合作：\n\n（一）贸易；\n\n（二）投资；\n\n3. 旅游。'), art('二', EIF)) } },
  { code: 'style.heading-mixed', example: '`第3条` among `第…条`', files: { 'a.md': agreement(art('一', '双方发展经济合作。'), art('二', '双方鼓励投资。'), art('3', EIF)) } },
  { code: 'numbering.chapter-label', example: '法律责任', files: { 'a.md': '# 甲市档案管理条例\n\n## 第五章 管理\n\n第一条　档案由档案馆管理。\n\n法律责任\n\n第二条　违反本条例的，依法处理。\n\n## 第七章 附则\n\n第三条　本条例自2020年1月1日起施行。\n' } },
  { code: 'numbering.chapter', example: '`## 第一章` `## 第二章` `## 第四章`', files: { 'a.md': REGULATION.replace('第三章 附则', '第四章 附则') } },
  { code: 'date.invalid', example: '2023年2月30日', files: { 'a.md': agreement(art('一', '双方于2023年2月30日举行会谈。'), art('二', EIF)) } },
  { code: 'date.invalid', example: '二〇〇二年十三月', files: { 'a.md': agreement(art('一', '双方于二〇〇二年十三月举行会谈。'), art('二', EIF)) } },
  { code: 'date.cited-after-signing', example: '2005年7月5日《…》', files: { 'a.md': agreement(art('一', '双方重申2005年7月5日《中华人民共和国和甲国睦邻友好合作条约》的原则。'), art('二', EIF)), 'b.md': TREATY_2005 } },
  { code: 'final.no-entry-into-force', example: '生效', files: { 'a.md': agreement(art('一', '双方发展经济合作。'), art('二', '本协定有效期五年。')) } },
  { code: 'final.no-duration', example: '有效期', files: { 'a.md': agreement(art('一', '双方发展经济合作。'), art('二', '本协定自签字之日起生效。')) } },
  { code: 'final.no-signing-clause', example: '本协定于…签订，一式两份…', files: { 'a.md': CLEAN.slice(0, CLEAN.indexOf('本协定于')) } },
  { code: 'signing.self-reference', example: '本协议于…', files: { 'a.md': CLEAN.replace('本协定于', '本协议于') } },
  { code: 'signing.authentic-count', example: '三种文本同等作准', files: { 'a.md': CLEAN.replace('两种文本', '三种文本') } },
  { code: 'term.duplicate', example: 'one term for two things', files: { 'a.md': agreement(art('一', '中华人民共和国和乙国（以下简称“双方”）发展经济合作。'), art('二', `双方鼓励投资。${EIF}`)) } },
  { code: 'term.two-names', example: '`（以下简称“双方”）` then `（以下简称“缔约双方”）`', files: { 'a.md': agreement(art('一', '中华人民共和国和甲国（以下简称“缔约双方”）发展经济合作，缔约双方加强交流。'), art('二', `双方鼓励投资。${EIF}`)) } },
  { code: 'term.long-form', example: '中华人民共和国和甲国', files: { 'a.md': agreement(art('一', '中华人民共和国和甲国发展经济合作，双方加强交流。'), art('二', EIF)) } },
  { code: 'term.variant', example: '`双方` or `缔约方` where `（以下简称“缔约双方”）` is defined', files: { 'a.md': agreement(art('一', '缔约双方发展经济合作，经双方同意加强交流。'), art('二', EIF)).replace('以下简称“双方”', '以下简称“缔约双方”') } },
  { code: 'term.quote-mixed', example: '「双方」', files: { 'a.md': agreement(art('一', '「双方」发展经济合作。'), art('二', EIF)) } },
  { code: 'text.line-separators', example: 'U+2028', files: { 'a.md': CLEAN.replace('## 第一条\n\n', '## 第一条\u2028\u2028') } },
  { code: 'text.html', example: '&ldquo;双方&rdquo;', files: { 'a.md': ['<p># 中华人民共和国和甲国经济合作协定</p>', '<p>中华人民共和国和甲国（以下简称&ldquo;双方&rdquo;），达成协议如下：</p>', '<p>第一条　双方发展经济合作。</p>', `<p>第二条　${EIF}</p>`, `<p>${TAIL.split('\n')[0]}</p>`, ''].join('\n') } },
  { code: 'text.letter-spaced', example: '一 、 双 方 重 申 恪 守 1992 年', files: { 'a.md': agreement(art('一', '一 、 双 方 重 申 恪 守 1992 年 签 订 的 各 项 原 则 ， 发 展 经 济 合 作 。'), art('二', `双方鼓励投资。${EIF}`)) } },
  { code: 'style.half-width-punctuation', example: '`,` for `，`', files: { 'a.md': agreement(art('一', '双方发展经济合作,加强交流。'), art('二', EIF)) } },
  { code: 'term.before-definition', example: 'a term before its definition', files: { 'a.md': agreement(art('一', '双方发展经济合作，投资者依照第二条确定。'), art('二', `中华人民共和国和甲国的企业（以下简称“投资者”）开展合作，投资者遵守法律。${EIF}`)) } },
  { code: 'term.unused', example: 'a term never used', files: { 'a.md': agreement(art('一', '中华人民共和国和甲国的企业（以下简称“投资者”）开展合作，双方提供便利。'), art('二', EIF)) } },
];

/** What `treaty-check --hints` says of a.md among `files`: `code/severity`, README's words for severities. */
async function said(files: Record<string, string>): Promise<string[]> {
  const r = await cli(tempFolder(files), '--hints', '--format', 'json', '.');
  const file = (JSON.parse(r.out) as { files: { path: string; diagnostics: { code: string; severity: string }[] }[] }).files.find((f) => f.path === 'a.md');
  assert.ok(file, r.out + r.err);
  return file.diagnostics.map((d) => `${d.code}/${d.severity === 'info' ? 'information' : d.severity}`);
}

test('README\'s checks: the agreement the examples are written into gets nothing, nor do the regulation and the cited copies', async () => {
  assert.deepEqual(await said({ 'a.md': CLEAN }), []);
  assert.deepEqual(await said({ 'a.md': REGULATION }), []);
  assert.deepEqual(await said({ 'a.md': CHARTER }), []);
  assert.deepEqual(await said({ 'a.md': TREATY_2005 }), []);
});

test('README\'s checks: every row\'s code is given an example here', () => {
  const covered = new Set(CASES.map((c) => c.code));
  // Rows whose other codes have no example in the table (numbering.duplicate, numbering.order, signing.copies, self.mismatch,
  // ref.no-such-paragraph, ref.no-such-item): the row's first code is run.
  assert.deepEqual(ROWS.filter((r) => !r.names.some((n) => covered.has(n))).map((r) => r.names.join(', ')), []);
});

for (const c of CASES) {
  test(`README's checks: ${c.code}, “${c.example}”, gives ${c.code} at its default severity and nothing else`, async () => {
    const row = ROWS.find((r) => r.names.includes(c.code));
    assert.ok(row, `README has a row for ${c.code}`);
    assert.ok(row.flags.includes(c.example), `README's row for ${c.code} gives the example “${c.example}”`);
    const got = await said(c.files);
    assert.ok(got.length > 0, `${c.code}: nothing said`);
    assert.deepEqual([...new Set(got)], [`${c.code}/${row.defaults.get(c.code)}`]);
  });
}

/** The codes whose fix README's `--fix` line names by a word of its own (the other fixes --fix makes say so in the table: `also --fix`). */
const FIX_WORDS: [string, string][] = [['punctuation', 'style.half-width-punctuation'], ['self-references', 'signing.self-reference'], ['counts', 'signing.authentic-count'], ['dates', 'ref.date-mismatch'], ['heading styles', 'style.heading-mixed'], ['terms\' quotation marks', 'term.quote-mixed'], ['line separators', 'text.line-separators'], ['HTML', 'text.html']];

test('README\'s checks: `treaty-check --fix` makes the fix of each example whose check the README says it fixes, and no other', async () => {
  const line = /npx treaty-check --fix +# apply the safe fixes \(([^)]*)\)/.exec(README);
  assert.ok(line, 'README: the --fix line');
  for (const [word] of FIX_WORDS) assert.ok(line[1].includes(word), `README's --fix line names ${word}`);
  const said = new Set(FIX_WORDS.map(([, code]) => code));
  const fixed: string[] = [];
  const expected: string[] = [];
  for (const c of CASES) {
    const row = ROWS.find((r) => r.names.includes(c.code))!;
    if (said.has(c.code) || /also `--fix`/.test(row.fix ?? '')) expected.push(`${c.code} “${c.example}”`);
    const dir = tempFolder(c.files);
    await cli(dir, '--fix', '.');
    if (fs.readFileSync(path.join(dir, 'a.md'), 'utf8') !== c.files['a.md']) fixed.push(`${c.code} “${c.example}”`);
  }
  assert.deepEqual(fixed, expected);
});
