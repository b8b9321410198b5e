// Export to Word with the alternat: the signing copies of the seeds (title, preamble, signing
// clause languages, signature columns), the .docx read back with mammoth (text in source
// order, the signature table, one column per party), its house style (fonts, sizes, A4,
// page numbers), the style file and the command line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { buildTreaty } from '../../server/src/model/treaty';
import { partiesOf, splitPartyName } from '../../server/src/model/parties';
import { signatureLayout, signingCopies } from '../../server/src/features/export/alternat';
import { layoutOf } from '../../server/src/features/export/layout';
import { toDocx } from '../../server/src/features/export/docx';
import { DEFAULT_STYLE, mergeStyle, resolveFonts } from '../../server/src/features/export/style';
import { run } from '../../server/src/cli/treatyExport';
import { ROOT, seeds, tempDir } from '../support/fixture';
import { foldScript } from '../../server/src/syntax/script';
import { stateOf } from '../../server/src/syntax/words';

const SEEDS = [...seeds().values()];
const seed = (prefix: string) => SEEDS.find((s) => s.name.startsWith(prefix))!;
const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, '');

const SMALL = `# 中华人民共和国政府和俄罗斯联邦政府关于边境合作的协定

中华人民共和国政府和俄罗斯联邦政府（以下简称“双方”），根据《中华人民共和国和俄罗斯联邦睦邻友好合作条约》，达成协议如下：

## 第一条

双方在边境地区开展合作。中华人民共和国政府与俄罗斯联邦政府每年会晤一次。

## 第二条

双方在以下方面合作：

（一）交换信息；
（二）打击跨界犯罪。

本协定自签字之日起生效。

本协定于2001年7月16日在莫斯科签订，一式两份，每份均用中文和俄文写成，两种文本同等作准。

中华人民共和国政府
代表
（签字）

俄罗斯联邦政府
代表
（签字）
`;

for (const prefix of ['000', '002']) {
  test(`alternat: seed ${prefix} has one copy per party, each naming its party first`, () => {
    const { text } = seed(prefix);
    const treaty = buildTreaty(text);
    const names = partiesOf(treaty);
    assert.equal(names.length, 2);
    const copies = signingCopies(text, treaty);
    assert.deepEqual(copies.map((c) => c.party), names);
    assert.equal(copies[0].text, text, 'the first party’s copy is the text as agreed');
    const other = buildTreaty(copies[1].text);
    const [a, b] = names.map((n) => splitPartyName(n).state);
    // Title.
    assert.ok(squeeze(treaty.title!.text).startsWith(a));
    assert.ok(squeeze(other.title!.text).startsWith(b), other.title!.text);
    assert.equal(squeeze(other.title!.text).replace(squeeze(names[1]), '').replace(squeeze(names[0]), ''), squeeze(treaty.title!.text).replace(squeeze(names[0]), '').replace(squeeze(names[1]), ''));
    // Preamble: the parties, as defined, in the other order.
    assert.deepEqual(partiesOf(other), [...names].reverse());
    // Signing clause: the party's language first, a third language stays last.
    assert.deepEqual(treaty.signing!.languages, ['中文', '哈文', '俄文']);
    assert.deepEqual(other.signing!.languages, ['哈文', '中文', '俄文']);
    assert.equal(other.signing!.copies, treaty.signing!.copies);
    // Signature columns: the party's own on the left, each with its lines.
    const before = signatureLayout(treaty).columns;
    const after = signatureLayout(other).columns;
    assert.deepEqual(before.map((c) => c.party), names);
    assert.deepEqual(after.map((c) => c.party), [...names].reverse());
    assert.deepEqual(after.map((c) => c.lines), [before[1].lines, before[0].lines]);
    // Titles of other instruments (《…》) are never reordered.
    const cited = (t: string) => t.match(/《[^》]*》/g) ?? [];
    assert.deepEqual(cited(copies[1].text), cited(text));
    // The articles are the same articles.
    assert.deepEqual(other.articles.map((x) => x.name), treaty.articles.map((x) => x.name));
    // Reordering back gives the text as agreed, byte for byte.
    assert.equal(signingCopies(copies[1].text)[1].text, text);
  });
}

test('alternat: a multilateral instrument keeps the agreed order in a single copy', () => {
  const { text } = seed('004');
  const treaty = buildTreaty(text);
  assert.ok(partiesOf(treaty).length >= 3);
  const copies = signingCopies(text, treaty);
  assert.equal(copies.length, 1);
  assert.equal(copies[0].text, text);
  assert.equal(copies[0].party, undefined);
});

test('alternat: names run together in the articles are reordered too; separators, citations and other text stay', () => {
  const [, second] = signingCopies(SMALL);
  assert.equal(second.party, '俄罗斯联邦政府');
  const expected = SMALL.replace('# 中华人民共和国政府和俄罗斯联邦政府', '# 俄罗斯联邦政府和中华人民共和国政府')
    .replace('中华人民共和国政府和俄罗斯联邦政府（', '俄罗斯联邦政府和中华人民共和国政府（')
    .replace('中华人民共和国政府与俄罗斯联邦政府每年', '俄罗斯联邦政府与中华人民共和国政府每年')
    .replace('均用中文和俄文', '均用俄文和中文')
    .replace('中华人民共和国政府\n代表\n（签字）\n\n俄罗斯联邦政府\n代表\n（签字）', '俄罗斯联邦政府\n代表\n（签字）\n\n中华人民共和国政府\n代表\n（签字）');
  assert.notEqual(expected, SMALL);
  assert.equal(second.text, expected);
});

// The 1972 China–UK communiqué (test/fixtures/multilingual/cn_uk_ambassadors_1972.zh.md) names the parties in full in its
// title and, in its text, `中华人民共和国和联合王国政府`: 联合王国 is the United Kingdom's name in Chinese treaty texts
// (the 1984 Joint Declaration's `联合王国政府` throughout), so the UK's copy reads `联合王国和中华人民共和国政府` there.
test('alternat: the United Kingdom called 联合王国 in the text, after its full name in the title, is reordered as it is', () => {
  const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/multilingual/cn_uk_ambassadors_1972.zh.md'), 'utf8');
  const [first, second] = signingCopies(text);
  assert.equal(first.text, text);
  assert.equal(second.party, '大不列颠及北爱尔兰联合王国');
  assert.ok(second.text.startsWith('大不列颠及北爱尔兰联合王国和中华人民共和国关于互换大使的联合公报'), second.text.slice(0, 40));
  assert.ok(second.text.includes('\n联合王国和中华人民共和国政府一致确认'), 'the text\'s own naming of the two, reordered');
  // What names one party alone stays: `联合王国政府承认中华人民共和国政府是中国的唯一合法政府。`
  assert.ok(second.text.includes('联合王国政府承认中华人民共和国政府是中国的唯一合法政府。'));
});

async function readDocx(buffer: Buffer) {
  const raw = (await mammoth.extractRawText({ buffer })).value;
  const html = (await mammoth.convertToHtml({ buffer })).value;
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')!.async('string');
  const footers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
  return { raw, html, xml, footer: footers.join('') };
}

/** Every piece of `expected` appears in `actual`, in that order. */
function assertInOrder(actual: string, expected: string[]) {
  let at = 0;
  for (const e of expected) {
    const i = actual.indexOf(e, at);
    assert.ok(i >= 0, `not found after ${at}: ${e}`);
    at = i + e.length;
  }
}

for (const prefix of ['000', '002']) {
  test(`docx: seed ${prefix} read back with mammoth, in source order, signatures side by side in both copies`, async () => {
    const { text } = seed(prefix);
    const copies = signingCopies(text);
    for (const [i, copy] of copies.entries()) {
      const treaty = buildTreaty(copy.text);
      const layout = layoutOf(treaty);
      const { raw, html } = await readDocx(await toDocx(treaty));
      const flat = squeeze(raw);
      // The title, every article heading in the order of the source, the signing clause.
      assertInOrder(flat, [squeeze(treaty.title!.text), ...treaty.articles.map((a) => a.name), squeeze(treaty.signing!.text)]);
      // Everything the layout holds, in order (the text of the source without markup).
      assertInOrder(flat, layout.pieces.map((p) => squeeze((p.label ?? '') + p.text)));
      // A body sentence of the source, joined across its hard line break.
      if (prefix === '000') assert.ok(flat.includes('致力于把中哈国界建成和平、安宁和友好的边界。'));
      // The signature block: one table, a cell per party, the copy's party on the left.
      const tables = html.match(/<table>[\s\S]*?<\/table>/g) ?? [];
      assert.equal(tables.length, 1);
      const cells = tables[0].match(/<td>[\s\S]*?<\/td>/g) ?? [];
      assert.equal(cells.length, 2);
      const parties = partiesOf(buildTreaty(text));
      const order = i === 0 ? parties : [...parties].reverse();
      assert.ok(squeeze(cells[0].replace(/<[^>]+>/g, '')).startsWith(splitPartyName(order[0]).state), cells[0]);
      assert.ok(squeeze(cells[1].replace(/<[^>]+>/g, '')).startsWith(splitPartyName(order[1]).state), cells[1]);
      assert.ok(/签字/.test(squeeze(cells[0].replace(/<[^>]+>/g, ''))));
    }
  });
}

test('docx: house style — A4, 仿宋 三号 body, title font, page numbers in the footer, borderless signature table', async () => {
  const treaty = buildTreaty(SMALL);
  const { xml, footer } = await readDocx(await toDocx(treaty, resolveFonts(DEFAULT_STYLE, new Set(['黑体', '仿宋']))));
  assert.match(xml, /<w:pgSz w:w="11907" w:h="16840"/); // 210 × 297 mm
  // Fonts: the first installed of each list (方正小标宋简体 and 仿宋_GB2312 are not installed here).
  assert.match(xml, /w:eastAsia="黑体"[^>]*\/>(?:<[^>]+\/>)*<w:sz w:val="44"\/>[\s\S]*?中华人民共和国政府和俄罗斯联邦政府关于边境合作的协定/);
  assert.match(xml, /w:eastAsia="仿宋"[^>]*\/>(?:<[^>]+\/>)*<w:sz w:val="32"\/>[\s\S]*?双方在边境地区开展合作/);
  assert.ok(!xml.includes('仿宋_GB2312'));
  // First lines indented two characters; fixed 28 pt lines.
  assert.match(xml, /<w:ind [^>]*w:firstLineChars="200"/);
  assert.match(xml, /<w:spacing [^>]*w:line="560" w:lineRule="exact"/);
  // Footer: — PAGE —
  assert.match(footer, /—[\s\S]*PAGE[\s\S]*—/);
  // Table without borders.
  assert.match(xml, /<w:tblBorders>[\s\S]*?<w:top w:val="none"/);
  // Without a list of installed fonts, the preferred ones.
  const preferred = await readDocx(await toDocx(treaty));
  assert.ok(preferred.xml.includes('w:eastAsia="方正小标宋简体"') && preferred.xml.includes('w:eastAsia="仿宋_GB2312"'));
});

test('style: a user file overrides what it names; wrong fields are reported and ignored', () => {
  const { style, problems } = mergeStyle({ sizes: { body: 14 }, fonts: { body: '楷体' }, page: { left: 'wide' }, colour: 'red' });
  assert.equal(style.sizes.body, 14);
  assert.equal(style.sizes.title, DEFAULT_STYLE.sizes.title);
  assert.deepEqual(style.fonts.body, ['楷体']);
  assert.equal(style.page.left, DEFAULT_STYLE.page.left);
  assert.deepEqual(problems, ['page.left: expected a positive number', 'colour: unknown setting']);
  assert.deepEqual(mergeStyle({}).style, DEFAULT_STYLE);
});

function tmpDir(): string {
  return tempDir('treaty-export-test-');
}

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { cwd, stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), fonts: () => undefined }, out, err };
}

test('cli: docx with --copies writes a .docx and a reviewable .md per party; a style file applies', async () => {
  const dir = tmpDir();
  fs.writeFileSync(path.join(dir, 'agreement.md'), SMALL);
  fs.writeFileSync(path.join(dir, 'style.json'), JSON.stringify({ sizes: { body: 15 } }));
  const { io: x, err } = io(dir);
  assert.equal(await run(['agreement.md', '--copies', '--out', 'out', '--style', 'style.json'], x), 0, err.join(''));
  assert.deepEqual(fs.readdirSync(path.join(dir, 'out')).sort(), [
    'agreement.中华人民共和国政府.docx',
    'agreement.中华人民共和国政府.md',
    'agreement.俄罗斯联邦政府.docx',
    'agreement.俄罗斯联邦政府.md',
  ]);
  assert.equal(fs.readFileSync(path.join(dir, 'out', 'agreement.俄罗斯联邦政府.md'), 'utf8'), signingCopies(SMALL)[1].text);
  const { raw, xml } = await readDocx(fs.readFileSync(path.join(dir, 'out', 'agreement.俄罗斯联邦政府.docx')));
  assert.ok(squeeze(raw).startsWith('俄罗斯联邦政府和中华人民共和国政府关于边境合作的协定'));
  assert.match(xml, /<w:sz w:val="30"\/>/);
});

test('cli: md writes the copies only; usage errors exit 2', async () => {
  const dir = tmpDir();
  fs.writeFileSync(path.join(dir, 'a.md'), SMALL);
  const { io: x } = io(dir);
  assert.equal(await run(['a.md', '--format', 'md'], x), 0);
  assert.deepEqual(fs.readdirSync(dir).sort(), ['a.md', 'a.中华人民共和国政府.md', 'a.俄罗斯联邦政府.md']);
  const bad = io(dir);
  assert.equal(await run(['a.md', '--format', 'odt'], bad.io), 2);
  assert.match(bad.err.join(''), /unknown format odt/);
  assert.equal(await run(['missing.md'], bad.io), 2);
  assert.match(bad.err.join(''), /cannot read missing\.md/);
});

/** Whether `text` (read as simplified) names party `b` before party `a` somewhere, as well as `a` before `b`: by full or everyday names. */
function namesBothOrders(text: string, a: string, b: string): boolean {
  const folded = foldScript(text).replace(/[ \t\u3000]/g, '');
  const forms = (p: string) => [p, ...(stateOf(p)?.names ?? []), ...(stateOf(p)?.full ? [stateOf(p)!.full!] : [])].map((n) => foldScript(n));
  const joined = (x: string, y: string) => forms(x).some((m) => forms(y).some((n) => ['和', '与', '及', '同', '、'].some((j) => folded.includes(m + j + n))));
  // A text in another language (its parties as model/foreignParties.ts reads them, `People's Republic of China`): `A and the B`.
  const lower = folded.toLowerCase();
  const bare = (n: string) => n.replace(/[ \t\u3000]/g, '').toLowerCase();
  const joinedForeign = (x: string, y: string) => ['and', 'andthe', 'и', 'et', 'etle', 'etla'].some((j) => lower.includes(bare(x) + j + bare(y)));
  return (joined(a, b) && joined(b, a)) || (joinedForeign(a, b) && joinedForeign(b, a));
}

test('every fixture: copies and documents are made without error, read back in order, and the alternat is its own inverse', async () => {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const f of fs.readdirSync(d)) {
      const p = path.join(d, f);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (/\.(md|txt)$/.test(f)) files.push(p);
    }
  };
  walk(path.join(ROOT, 'test/fixtures'));
  assert.ok(files.length >= 20);
  let bilateral = 0;
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    const copies = signingCopies(text);
    if (copies.length === 2) {
      bilateral++;
      // The other party's copy of the other party's copy is the text — where the text names the parties in one order. A text
      // that names them in both (a joint communiqué whose sides' statements each name their own first: `美國和中國` beside
      // `中華人民共和國和美國`) has each copy name its party first everywhere, and the text's own mix is not given back.
      if (!namesBothOrders(text, copies[0].party!, copies[1].party!)) assert.equal(signingCopies(copies[1].text)[1].text, text, f);
    }
    for (const c of copies) {
      const treaty = buildTreaty(c.text);
      const layout = layoutOf(treaty);
      const { raw } = await readDocx(await toDocx(treaty, undefined, layout));
      assertInOrder(squeeze(raw), layout.pieces.map((p) => squeeze((p.label ?? '') + (p.gap ?? '') + p.text)));
    }
  }
  assert.ok(bilateral >= 5, `${bilateral} bilateral fixtures`);
  // Text that is hardly a treaty.
  for (const t of ['', '\n\n', '# \n', '中华人民共和国和和\n', '本协定于。\n\n中华人民共和国\n\n（签字）\n']) {
    assert.equal(signingCopies(t)[0].text, t);
    await toDocx(buildTreaty(t));
  }
});
