// Treaty files in the encodings drafters save them in (syntax/encoding.ts, protocol/decode.ts):
// real texts of test/fixtures/real/ as GB18030 and Big5 (test/fixtures/encodings/, made with
// Debian's iconv, see its README), and as UTF-16 with a byte order mark and UTF-8 with one (made
// here). Each decodes to the original exactly and reads as the original does; a scan of a folder
// of mixed encodings resolves a citation to the GB18030 file; treaty-check says of a Big5 file
// what it says of its UTF-8 copy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { URI } from 'vscode-uri';
import { Repair, decodeBytes, gbkRepairs, latin1Repairs, misdecoding } from '../../server/src/syntax/encoding';
import { readTreatyFileSync, decodeBytes as decodeFile } from '../../server/src/protocol/decode';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { WorkspaceFiles } from '../../server/src/protocol/files';
import { ScanPool } from '../../server/src/protocol/scanPool';
import { contextOf, textContext } from '../../server/src/features/context';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { definition } from '../../server/src/features/definition';
import { cli } from '../support/cli';
import { encodingNotice } from '../../server/src/features/encodingNotice';
import { msg } from '../../server/src/features/messages';
import { CURSOR, ROOT } from '../support/fixture';

const ENCODED = path.join(ROOT, 'test/fixtures/encodings');
const REAL = path.join(ROOT, 'test/fixtures/real');

/** The committed fixtures: `name.encoding`, the bytes of real/name.md in that encoding. */
const FIXTURES = fs.readdirSync(ENCODED).filter((f) => /\.(gb18030|big5)$/.test(f)).sort().map((f) => {
  const [name, encoding] = f.split('.');
  return { file: f, name, encoding, bytes: fs.readFileSync(path.join(ENCODED, f)), original: fs.readFileSync(path.join(REAL, `${name}.md`), 'utf8') };
});

const byName = (name: string) => FIXTURES.find((f) => f.name === name)!;

/**
 * The committed UTF-16 fixtures without a byte order mark (`name.utf-16le`, `name.utf-16be`: iconv's UTF-16LE
 * and UTF-16BE write none, see the README), as Windows tools save a text now and then.
 */
const UTF16 = fs.readdirSync(ENCODED).filter((f) => /\.utf-16(le|be)$/.test(f)).sort().map((f) => {
  const [name, encoding] = f.split('.');
  return { file: f, name, encoding, bytes: fs.readFileSync(path.join(ENCODED, f)), original: fs.readFileSync(path.join(REAL, `${name}.md`), 'utf8') };
});

/** Encodings Node writes itself: each real text with a byte order mark. */
const WITH_BOM: { encoding: string; bytes: (text: string) => Buffer }[] = [
  { encoding: 'utf-16le', bytes: (t) => Buffer.from('\ufeff' + t, 'utf16le') },
  { encoding: 'utf-16be', bytes: (t) => Buffer.from('\ufeff' + t, 'utf16le').swap16() },
  { encoding: 'utf-8', bytes: (t) => Buffer.from('\ufeff' + t, 'utf8') },
];


test('the fixtures are there: GB18030 of simplified and traditional texts, Big5 of traditional ones', () => {
  assert.deepEqual(FIXTURES.map((f) => f.file), [
    'agreement_cis_belovezha_1991_hant.gb18030',
    'charter_un_excerpt_hant.big5',
    'law_treaty_procedure.gb18030',
    'resolution_un_2758_hant.big5',
  ]);
});

for (const f of FIXTURES) {
  test(`${f.file}: decoded as ${f.encoding}, the original text exactly, with the same title and outline`, () => {
    const d = decodeBytes(f.bytes);
    assert.deepEqual({ encoding: d.encoding, bom: d.bom }, { encoding: f.encoding, bom: false });
    assert.equal(d.text, f.original);
    const [ctx, utf8] = [d.text, f.original].map((t) => textContext(t, `file:///ws/${f.name}.md`, 'markdown'));
    assert.deepEqual(ctx.snapshot.info, utf8.snapshot.info);
    assert.ok(ctx.snapshot.info.title, 'a title is read');
    assert.deepEqual(documentSymbols(ctx), documentSymbols(utf8));
  });
}

for (const { encoding, bytes } of WITH_BOM) {
  test(`${encoding} with a byte order mark: the original text, without the mark`, () => {
    for (const f of FIXTURES) {
      const d = decodeBytes(bytes(f.original));
      assert.deepEqual({ encoding: d.encoding, bom: d.bom, same: d.text === f.original }, { encoding, bom: true, same: true }, f.name);
    }
  });
}

test('the head of a UTF-8 file cut inside a character is still UTF-8 (the scan reads the head first)', () => {
  const bytes = Buffer.from(FIXTURES[2].original, 'utf8');
  // 第 is three bytes in UTF-8: cut after its first.
  const cut = bytes.indexOf(Buffer.from('第一条', 'utf8')) + 1;
  const d = decodeBytes(bytes.subarray(0, cut), true);
  assert.deepEqual({ encoding: d.encoding, text: d.text }, { encoding: 'utf-8', text: FIXTURES[2].original.slice(0, FIXTURES[2].original.indexOf('第一条')) });
});

// protocol/decode.ts reads valid UTF-8 without a byte order mark on a shorter way (isUtf8, then
// transcode, or a copy of ASCII): each case below decodes there as written, and as syntax's decodeBytes decodes it.
const UTF8_CASES: { what: string; bytes: Buffer; partial?: boolean; text: string; encoding: string; bom: boolean; lossy?: true }[] = [
  { what: 'ASCII', bytes: Buffer.from('Article 1\r\nThe Parties\tagree.\n', 'utf8'), text: 'Article 1\r\nThe Parties\tagree.\n', encoding: 'utf-8', bom: false },
  { what: 'nothing', bytes: Buffer.alloc(0), text: '', encoding: 'utf-8', bom: false },
  { what: 'Chinese', bytes: Buffer.from([0xe7, 0xac, 0xac, 0xe4, 0xb8, 0x80, 0xe6, 0x9d, 0xa1, 0x0a]), text: '第一条\n', encoding: 'utf-8', bom: false },
  { what: 'a character outside the BMP (a surrogate pair), NUL, a mark inside the text, U+FFFD written', bytes: Buffer.from([0xf0, 0xa0, 0x80, 0x80, 0x00, 0x41, 0xef, 0xbb, 0xbf, 0xef, 0xbf, 0xbd]), text: '\u{20000}\u0000A\ufeff\ufffd', encoding: 'utf-8', bom: false },
  { what: 'Latin-1 letters and Cyrillic (two bytes each)', bytes: Buffer.from([0xc3, 0xa9, 0xd0, 0xa1]), text: 'éС', encoding: 'utf-8', bom: false },
  { what: 'a byte order mark: dropped', bytes: Buffer.from([0xef, 0xbb, 0xbf, 0xe6, 0x9d, 0xa1]), text: '条', encoding: 'utf-8', bom: true },
  { what: 'a full-width letter first (EF, no mark)', bytes: Buffer.from([0xef, 0xbd, 0x86, 0x41]), text: 'ｆA', encoding: 'utf-8', bom: false },
  { what: 'a head cut inside 条 (partial)', bytes: Buffer.from([0x41, 0xe6, 0x9d]), partial: true, text: 'A', encoding: 'utf-8', bom: false },
  // A whole file cut inside its last character (a store's cut): `條約` / blank / `中` cut after two of its bytes read as
  // GB18030 (the U+FFFD outweighed two frequent characters); UTF-8 up to the cut, the cut character U+FFFD.
  { what: 'a whole file cut inside its last character', bytes: Buffer.concat([Buffer.from('條約\n\n', 'utf8'), Buffer.from([0xe4, 0xb8])]), text: '條約\n\n\ufffd', encoding: 'utf-8', bom: false, lossy: true },
  { what: 'a head of whole characters (partial)', bytes: Buffer.from([0x41, 0xe6, 0x9d, 0xa1]), partial: true, text: 'A条', encoding: 'utf-8', bom: false },
];

for (const c of UTF8_CASES) {
  test(`protocol/decode.ts decodeBytes, ${c.what}: the text and encoding written, as syntax's decodeBytes reads it`, () => {
    const expected = { text: c.text, encoding: c.encoding, bom: c.bom, ...(c.lossy ? { lossy: c.lossy } : {}) };
    assert.deepEqual({ ...decodeFile(c.bytes, c.partial) }, expected);
    assert.deepEqual({ ...decodeBytes(c.bytes, c.partial) }, expected);
    // A Uint8Array that is no Buffer, a view into a larger one.
    const inside = new Uint8Array(c.bytes.length + 2);
    inside.set(c.bytes, 1);
    assert.deepEqual({ ...decodeFile(inside.subarray(1, 1 + c.bytes.length), c.partial) }, expected);
  });
}

test('protocol/decode.ts decodeBytes: the real fixtures in UTF-8 and in their legacy encodings, as syntax\'s decodeBytes reads them', () => {
  for (const f of FIXTURES) {
    const utf8 = Buffer.from(f.original, 'utf8');
    assert.equal(decodeFile(utf8).text, f.original, f.name);
    assert.deepEqual(decodeFile(f.bytes), decodeBytes(f.bytes), f.file);
    // The second byte of the first Chinese character made 'A': UTF-8 no more, read the other way (lossy, U+FFFD).
    const broken = Buffer.from(utf8);
    broken[utf8.findIndex((b) => b >= 0xe0) + 1] = 0x41;
    const d = decodeFile(broken);
    assert.deepEqual({ encoding: d.encoding, lossy: d.lossy, same: d.text === decodeBytes(broken).text }, { encoding: 'utf-8', lossy: true, same: true }, f.name);
  }
});

test('UTF-16 without a byte order mark: the fixtures are there, LE of a simplified text, BE of a traditional one', () => {
  assert.deepEqual(UTF16.map((f) => f.file), ['charter_un_excerpt_hant.utf-16be', 'law_treaty_procedure.utf-16le']);
});

for (const f of UTF16) {
  test(`${f.file}: protocol/decode.ts reads it as ${f.encoding} without a byte order mark, the original text exactly, with the same outline; so does the head of the file`, () => {
    const d = readTreatyFileSync(path.join(ENCODED, f.file));
    assert.deepEqual({ encoding: d.encoding, bom: d.bom, lossy: d.lossy, same: d.text === f.original }, { encoding: f.encoding, bom: false, lossy: undefined, same: true });
    const [ctx, utf8] = [d.text, f.original].map((t) => textContext(t, `file:///ws/${f.name}.md`, 'markdown'));
    assert.deepEqual(documentSymbols(ctx), documentSymbols(utf8));
    // The scan's head, cut inside a character (an odd number of bytes).
    const head = decodeFile(f.bytes.subarray(0, 1001), true);
    assert.deepEqual({ encoding: head.encoding, same: f.original.startsWith(head.text), length: head.text.length }, { encoding: f.encoding, same: true, length: 500 });
  });
}

test('UTF-16 without a byte order mark: text in either byte order, where ideographic spaces (U+3000, a NUL in its low byte) outnumber the ASCII; never a binary file, a text with control characters, or one without a line break', () => {
  const be = (t: string) => Buffer.from(t, 'utf16le').swap16();
  const indented = '　　第一条　　缔约双方同意。\n　　第二条　　本协定自签署之日起生效。\n';
  assert.deepEqual({ ...decodeFile(be(indented)) }, { text: indented, encoding: 'utf-16be', bom: false });
  assert.deepEqual({ ...decodeFile(Buffer.from(indented, 'utf16le')) }, { text: indented, encoding: 'utf-16le', bom: false });
  assert.deepEqual({ ...decodeFile(Buffer.from('Article 1\r\n', 'utf16le')) }, { text: 'Article 1\r\n', encoding: 'utf-16le', bom: false });
  const refused = [
    // A PNG's first bytes; the README's screenshot whole.
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    fs.readFileSync(path.join(ROOT, 'docs/images/hover.png')),
    Buffer.from('第一条\u0001\u0002\n', 'utf16le'),
    Buffer.from('第一条　缔约双方同意。', 'utf16le'),
    // An odd number of bytes.
    Buffer.concat([Buffer.from('第一条\n', 'utf16le'), Buffer.from([0x41])]),
    // A short head holding one stray NUL after its line break (`# Treaty files in legacy encodings\n\0\nRea`),
    // which read as UTF-16 LE is text too (CJK and other letters, a line break): one NUL is no UTF-16.
    Buffer.from('# Treaty files in legacy encodings\n\0\nRea', 'latin1'),
  ];
  for (const bytes of refused) assert.ok(!decodeFile(bytes).encoding.startsWith('utf-16'), bytes.subarray(0, 8).toString('hex'));
});

test('misdecoding: real texts read well; a GB18030 or Big5 file read as UTF-8 shows U+FFFD; a UTF-8 file read as GBK is mojibake', () => {
  for (const f of FIXTURES) {
    assert.equal(misdecoding(f.original), undefined, f.name);
    const asUtf8 = new TextDecoder('utf-8').decode(f.bytes);
    assert.deepEqual(misdecoding(asUtf8), { kind: 'replacement', count: [...asUtf8].filter((c) => c === '\ufffd').length, start: asUtf8.indexOf('\ufffd') }, f.name);
    const asGbk = new TextDecoder('gb18030').decode(Buffer.from(f.original, 'utf8'));
    assert.equal(misdecoding(asGbk)?.kind, 'mojibake', f.name);
  }
  // A long document is judged by its head, and the count is the whole document's.
  const long = new TextDecoder('utf-8').decode(Buffer.concat(Array(20).fill(byName('law_treaty_procedure').bytes)));
  assert.ok(long.length > 32 * 1024);
  assert.deepEqual(misdecoding(long), { kind: 'replacement', count: [...long].filter((c) => c === '\ufffd').length, start: long.indexOf('\ufffd') });
  const longMojibake = new TextDecoder('gb18030').decode(Buffer.from(byName('law_treaty_procedure').original.repeat(20), 'utf8'));
  assert.deepEqual(misdecoding(longMojibake), { kind: 'mojibake', count: (longMojibake.match(/[\u3400-\u4dbf\u4e00-\u9fff]/g) ?? []).length, start: longMojibake.search(/[\u4e00-\u9fff]/) });
  // A stray replacement character copied from a PDF is no misdecoding.
  assert.equal(misdecoding(FIXTURES[2].original.replace('第五条', '第\ufffd条')), undefined);
});

/** Every real instrument of the corpus, as found (UTF-8), and the multilingual corpus' texts in French, Russian, English… */
const CORPUS = fs.readdirSync(path.join(ROOT, 'test/fixtures/real')).filter((f) => f.endsWith('.md') && f !== 'README.md').sort().map((f) => ({ name: f, text: fs.readFileSync(path.join(ROOT, 'test/fixtures/real', f), 'utf8') }));
const FOREIGN = fs.readdirSync(path.join(ROOT, 'test/fixtures/multilingual')).filter((f) => /\.(en|fr|ru|kk|ky)\.md$/.test(f)).map((f) => fs.readFileSync(path.join(ROOT, 'test/fixtures/multilingual', f), 'utf8'));

/** What Windows-1252 shows for `bytes`, written out here: 0x80–0x9F its signs, the five it leaves undefined the C1 controls of the same code. */
function asWindows1252(bytes: Buffer): string {
  const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
  return [...bytes].map((b) => (b >= 0x80 && b < 0xa0 ? high[b - 0x80] : String.fromCharCode(b))).join('');
}

function repaired(text: string, repairs: Repair[]): string {
  let out = '';
  let kept = 0;
  for (const r of repairs) {
    assert.ok(r.start >= kept && r.end > r.start, 'repairs in order, apart');
    assert.ok(!/[\r\n]/.test(text.slice(r.start, r.end)), 'a repair within a line');
    out += text.slice(kept, r.start) + r.text;
    kept = r.end;
  }
  return out + text.slice(kept);
}

test('misdecoding: Chinese in UTF-8 read as Windows-1252 or Latin-1 is `latin1`, counted by its Chinese characters; no real text in Chinese or a Western language is', () => {
  const chinese = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/g;
  for (const { name, text } of CORPUS) {
    assert.equal(misdecoding(text), undefined, name);
    const shown = asWindows1252(Buffer.from(text, 'utf8'));
    const m = misdecoding(shown);
    assert.equal(m?.kind, 'latin1', name);
    assert.equal(m!.count, (text.match(chinese) ?? []).length, name);
    // Latin-1 reads 0x80–0x9F as the C1 controls: the same garbling.
    assert.equal(misdecoding(new TextDecoder('latin1').decode(Buffer.from(text, 'utf8')))?.kind, 'latin1', name);
  }
  for (const text of FOREIGN) assert.equal(misdecoding(text), undefined, text.slice(0, 40));
  // Accented letters before signs, as French and German have them, are no garbling.
  assert.equal(misdecoding('Les Parties contractantes — « États » — ont décidé ; 50 % à € 3,5 ; Größe ±2 °C. '.repeat(40)), undefined);
});

test('misdecoding: French typography — a word ending in é or è before a no-break space and `»` (E9 A0 BB, a CJK code) — is no garbling: what the signs would be read back as is no Chinese prose', () => {
  // A French text's definitions article, its terms set off by « » with no-break spaces inside, as French typography writes them.
  const text =
    'Article 2\nDéfinitions\nAux fins du présent Traité\u00a0:\n' +
    'a) «\u00a0Traité\u00a0» désigne le présent accord\u00a0;\n' +
    'b) «\u00a0autorité\u00a0» désigne le ministère de la justice\u00a0;\n' +
    'c) «\u00a0Comité\u00a0» désigne le comité mixte\u00a0;\n' +
    'd) «\u00a0entité\u00a0» désigne toute personne morale\u00a0;\n' +
    'e) «\u00a0société\u00a0» désigne toute société commerciale\u00a0;\n' +
    'f) «\u00a0nationalité\u00a0» désigne le lien juridique\u00a0;\n' +
    'g) «\u00a0propriété\u00a0» désigne les biens\u00a0;\n' +
    'h) «\u00a0activité\u00a0» désigne toute activité économique.\n';
  assert.equal(misdecoding(text), undefined);
  // The same text with a Chinese title garbled as Windows-1252 above it still is.
  const title = asWindows1252(Buffer.from('中华人民共和国和法兰西共和国关于刑事司法协助的条约\n', 'utf8'));
  assert.equal(misdecoding(title + text)?.kind, 'latin1');
});

test('latin1Repairs: every real instrument read as Windows-1252 is given back whole; a character whose undefined byte was dropped is left as it was', () => {
  for (const { name, text } of CORPUS) {
    const shown = asWindows1252(Buffer.from(text, 'utf8'));
    assert.equal(repaired(shown, latin1Repairs(shown)), text, name);
    assert.deepEqual(latin1Repairs(text).filter((r) => r.text !== text.slice(r.start, r.end)), [], name);
  }
  // `条` is E6 9D A1: a page copied without the C1 control 0x9D shows `æ¡`, two of its three bytes.
  const shown = asWindows1252(Buffer.from('第一条　引渡义务', 'utf8')).replace('\u009d', '');
  assert.equal(repaired(shown, latin1Repairs(shown)), '第一æ¡　引渡义务');
});

test('gbkRepairs: every real instrument read as GBK (or GB18030) is given back, each character that reading lost as its U+FFFD; a real text needs none', () => {
  for (const encoding of ['gb18030', 'gbk']) {
    for (const { name, text } of CORPUS) {
      const shown = new TextDecoder(encoding).decode(Buffer.from(text, 'utf8'));
      const back = repaired(shown, gbkRepairs(shown));
      const lost = (shown.match(/\ufffd/g) ?? []).length - (text.match(/\ufffd/g) ?? []).length;
      assert.equal((back.match(/\ufffd/g) ?? []).length - (text.match(/\ufffd/g) ?? []).length, lost, `${encoding} ${name}`);
      // Line by line: the original, but for one character for each U+FFFD added.
      const lines = back.split('\n');
      const originals = text.split('\n');
      assert.equal(lines.length, originals.length, name);
      for (let i = 0; i < lines.length; i++) {
        if (lines[i] === originals[i]) continue;
        const a = [...lines[i]];
        const b = [...originals[i]];
        assert.equal(a.length, b.length, `${encoding} ${name}:${i + 1}`);
        for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) assert.equal(a[k], '\ufffd', `${encoding} ${name}:${i + 1}: ${b[k]} read back as ${a[k]}`);
      }
    }
  }
  for (const { name, text } of CORPUS) assert.deepEqual(gbkRepairs(text), [], name);
  // A real line of common Chinese whose GBK bytes happen to make UTF-8 of another script (`1.?职业税;`, D6 B0 D2 B5 CB B0:
  // `ְҵ˰`, Hebrew, Cyrillic, a modifier letter; the STA's Mainland–Macao tax arrangement on a web page) reads no better so.
  assert.deepEqual(gbkRepairs('(二)在澳门:\n1.?职业税;\n2.?所得补充税;\n'), []);
  // A wiki's edit link alone on its line, `[編輯]` read as GBK: `[绶ㄨ集]`, a bopomofo letter among two characters — mojibake, given back.
  const link = new TextDecoder('gbk').decode(Buffer.from('[編輯]\n', 'utf8'));
  assert.equal(repaired(link, gbkRepairs(link)), '[編輯]\n');
  // `止。` at the end of a line: GB18030 reads A2 E3 as `€`, 0x80 alone too; the reading that makes UTF-8 (and Chinese) is taken.
  const shown = new TextDecoder('gb18030').decode(Buffer.from('x本协定终止。\n', 'utf8'));
  assert.equal(repaired(shown, gbkRepairs(shown)), 'x本协定终止\ufffd\n');
  // The same before a bracket (`…大会修订。)`, the WHO constitution's history note on a law database): the byte lost is
  // the one after the two `€`, not the line's last; 0x80 0x80 would make `讀` of `订`.
  const note = new TextDecoder('gb18030').decode(Buffer.from('(本组织法于1948年4月7日生效。1959年世界卫生组织大会修订。)\n', 'utf8'));
  assert.match(repaired(note, gbkRepairs(note)), /大会修订\ufffd\)\n$/);
});

// A scanned gazette's page on Wikisource ends with its number between middle dots (`·825·`: test/fixtures/real/
// statement_cn_gb_hongkong_1984_gazette_p9.md); read as GBK, `·` (C2 B7) is `路`, a frequent character, so the short line
// read back seemed no better than the mojibake: a line of ASCII and middle dots is given back.
test('gbkRepairs: a line of ASCII and middle dots read as GBK (`·825·`, shown `路825路`) is given back', () => {
  const text = '第一条 缔约双方同意发展两国间的友好关系。\n·825·\n第二条 本协定自签字之日起生效。\n';
  for (const encoding of ['gb18030', 'gbk']) {
    const shown = new TextDecoder(encoding).decode(Buffer.from(text, 'utf8'));
    assert.equal(shown.split('\n')[1], '路825路');
    assert.equal(repaired(shown, gbkRepairs(shown)).split('\n')[1], '·825·', encoding);
  }
  // A short line reading back as a letter of another script stays as it is (`(一`, D2 BB: `(һ`).
  assert.deepEqual(gbkRepairs('(一\n'), []);
});

// ---------------------------------------------------------------------------------------
// Reading files: the scan, its workers, treaty-check.

let dir: string;
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-encodings-'));
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));


/** A draft in UTF-8 citing the law on treaty procedure, which is saved in GB18030 beside it. */
const CITING = `# 中华人民共和国和甲国引渡条约

## 第一条

双方依照《中华人民共和国缔结条约程序法》第${CURSOR}七条批准本条约。
`;

for (const pool of [undefined, new ScanPool(2)]) {
  test(`a scan of a folder in mixed encodings (${pool ? 'scan workers' : 'main thread'}) reads each file right and resolves a citation to the GB18030 file`, async () => {
    const ws = fs.mkdtempSync(path.join(dir, 'scan-'));
    fs.writeFileSync(path.join(ws, '缔结条约程序法.md'), byName('law_treaty_procedure').bytes);
    fs.writeFileSync(path.join(ws, '联合国憲章.md'), byName('charter_un_excerpt_hant').bytes);
    fs.writeFileSync(path.join(ws, '记事本.md'), WITH_BOM[0].bytes(byName('resolution_un_2758_hant').original));
    fs.writeFileSync(path.join(ws, '引渡条约.md'), CITING.replace(CURSOR, ''));
    fs.writeFileSync(path.join(ws, '无标记.md'), UTF16.find((f) => f.encoding === 'utf-16be')!.bytes);
    const index = new WorkspaceIndex();
    const logs: string[] = [];
    const files = new WorkspaceFiles(index, (m) => logs.push(m));
    await files.setRoots([ws]);
    await files.readAll(await files.list(ws), pool);
    const uri = (name: string) => URI.file(path.join(ws, name)).toString();
    const title = (name: string) => index.get(uri(name))?.info.title;
    // As the same texts in UTF-8 under the same names read.
    const titles = { '缔结条约程序法.md': 'law_treaty_procedure', '联合国憲章.md': 'charter_un_excerpt_hant', '记事本.md': 'resolution_un_2758_hant', '无标记.md': 'charter_un_excerpt_hant' };
    for (const [file, name] of Object.entries(titles)) {
      assert.equal(title(file), textContext(byName(name).original, uri(file), 'markdown').snapshot.info.title, file);
      assert.ok(title(file), file);
    }
    assert.deepEqual(logs.filter((l) => l.startsWith('read ')).sort(), [
      `read ${path.join(ws, '无标记.md')} as UTF-16 BE`,
      `read ${path.join(ws, '缔结条约程序法.md')} as GB18030 (GBK)`,
      `read ${path.join(ws, '联合国憲章.md')} as Big5`,
      `read ${path.join(ws, '记事本.md')} as UTF-16 LE`,
    ]);
    // The citation's article: line 53 of the law (第七条 条约和重要协定的批准…), as read in real/law_treaty_procedure.md.
    const citing = index.set(uri('引渡条约.md'), CITING.replace(CURSOR, ''), 1, 'markdown');
    const links = definition(contextOf(index, citing), CITING.indexOf(CURSOR));
    assert.deepEqual(links.map((l) => ({ uri: l.targetUri, line: l.targetSelectionRange.start.line })), [{ uri: uri('缔结条约程序法.md'), line: 52 }]);
  });
}

test('treaty-check says of a Big5 file what it says of its UTF-8 copy, and says it read Big5', async () => {
  const f = byName('charter_un_excerpt_hant');
  const big5 = fs.mkdtempSync(path.join(dir, 'big5-'));
  const utf8 = fs.mkdtempSync(path.join(dir, 'utf8-'));
  fs.writeFileSync(path.join(big5, 'charter.md'), f.bytes);
  fs.writeFileSync(path.join(utf8, 'charter.md'), f.original);
  for (const args of [['--format', 'json', '--hints'], ['--outline']]) {
    const [a, b] = [await cli(big5, ...args), await cli(utf8, ...args)];
    assert.deepEqual({ code: a.code, out: a.out }, { code: b.code, out: b.out }, args.join(' '));
    assert.equal(a.err, 'treaty-check: read charter.md as Big5\n');
    assert.equal(b.err, '');
  }
  // The outline is the charter's, as real/charter_un_excerpt_hant.expected.json has it: one chapter, two articles.
  assert.match((await cli(big5, '--outline')).out, /\n {4}第一章 {2}宗旨及原則\n {6}第一条 [^\n]*\n(?: {8}[^\n]*\n)+ {6}第二条 /);
});

test('treaty-check says of a file garbled in itself (saved as read from Windows-1252, or from GBK) only that, a warning, and checks nothing else in it', async () => {
  const ws = fs.mkdtempSync(path.join(dir, 'garbled-'));
  const seed = fs.readFileSync(path.join(ROOT, 'test/fixtures/seeds/000_c6ff318dd0620b0f.md'));
  const latin1 = asWindows1252(seed);
  const gbk = new TextDecoder('gb18030').decode(seed);
  fs.writeFileSync(path.join(ws, 'latin1.md'), latin1);
  fs.writeFileSync(path.join(ws, 'gbk.treaty.md'), gbk);
  fs.writeFileSync(path.join(ws, 'seed.md'), seed);
  const lineOf = (text: string, at: number) => text.slice(0, at).split('\n').length;
  for (const jobs of ['1', '2']) {
    const r = await cli(ws, '--format', 'json', '--jobs', jobs);
    const out = JSON.parse(r.out) as { files: { path: string; diagnostics: { code: string; severity: string; line: number }[] }[] };
    const of = (p: string) => out.files.find((f) => f.path === p)?.diagnostics.map((d) => ({ code: d.code, severity: d.severity, line: d.line }));
    assert.deepEqual(of('latin1.md'), [{ code: 'encoding.wrong', severity: 'warning', line: lineOf(latin1, latin1.indexOf('ä¸­')) }], jobs);
    assert.deepEqual(of('gbk.treaty.md'), [{ code: 'encoding.wrong', severity: 'warning', line: lineOf(gbk, gbk.search(/[\u4e00-\u9fff]/)) }], jobs);
    // The seed itself: checked as ever, no such warning.
    assert.ok(!of('seed.md')?.some((d) => d.code === 'encoding.wrong'), jobs);
    assert.equal(r.code, 0);
  }
  // As every warning: --max-warnings 0 fails the run.
  assert.equal((await cli(ws, '--max-warnings', '0', 'latin1.md')).code, 1);
});

test('treaty-check --fix writes a UTF-16 file back in UTF-16, and leaves a GB18030 file alone, saying why', async () => {
  const ws = fs.mkdtempSync(path.join(dir, 'fix-'));
  const law = byName('law_treaty_procedure');
  // A half-width comma before the first full stop (after 法): the fix makes it full-width.
  const text = law.original.replace('。', ',。');
  fs.writeFileSync(path.join(ws, 'a.md'), Buffer.from('\ufeff' + text, 'utf16le'));
  // The same comma in the GB18030 bytes: 。 is A1 A3 there.
  const stop = law.bytes.indexOf(Buffer.from([0xa1, 0xa3]));
  const gb = Buffer.concat([law.bytes.subarray(0, stop), Buffer.from(','), law.bytes.subarray(stop)]);
  fs.writeFileSync(path.join(ws, 'b.md'), gb);
  const r = await cli(ws, '--fix', '--hints');
  const a = readTreatyFileSync(path.join(ws, 'a.md'));
  assert.deepEqual({ encoding: a.encoding, bom: a.bom, same: a.text === law.original.replace('。', '，。') }, { encoding: 'utf-16le', bom: true, same: true });
  assert.deepEqual(fs.readFileSync(path.join(ws, 'b.md')), gb);
  assert.match(r.err, /treaty-check: not fixed b\.md: it is in GB18030 \(GBK\), which treaty-check does not write/);
});

test('encodingNotice: a text garbled in itself with nothing to repair (no line makes UTF-8 again) says to reopen, and does not tell the client it is in the text', () => {
  // CJK Extension A characters, none of them frequent and none with GBK bytes: read as mojibake, repaired by nothing.
  const text = Array.from({ length: 80 }, (_, i) => String.fromCharCode(0x3400 + i * 7)).join('') + '\n';
  assert.equal(misdecoding(text)?.kind, 'mojibake');
  assert.deepEqual(gbkRepairs(text), []);
  const d = encodingNotice(textContext(text), 'utf-8', true)!;
  assert.equal(d.message, msg('diag.encodingUtf8', 80));
  assert.deepEqual(d.data, { encoding: 'utf-8' });
  // Garbled GBK (the seed's), in the text: the repair is offered, and said.
  const garbled = new TextDecoder('gb18030').decode(fs.readFileSync(path.join(ROOT, 'test/fixtures/seeds/000_c6ff318dd0620b0f.md')));
  assert.deepEqual(encodingNotice(textContext(garbled), 'utf-8', true)!.data, { encoding: 'utf-8', inText: true });
});

test('gbkRepairs: a line ending with a character whose last byte is A2, then 。 (…搜索。), read as GB18030 (`€€` and a lost byte): given back as the character, not as 紀', () => {
  for (const line of ['请在冰豆网上搜索。', '《国际民用航空公约Word格式.docx(19页珍藏版)》请在冰豆网上搜索。']) {
    const shown = new TextDecoder('gb18030').decode(Buffer.from(line + '\n', 'utf8'));
    assert.equal(repaired(shown, gbkRepairs(shown)), line.slice(0, -1) + '\ufffd\n', line);
  }
});

// The Hague Service Convention's annexed form on a law site (test/fixtures/real/convention_hcch_service_1965_fsou_forms_p3.md)
// draws its boxes in box-drawing characters (`┌───┐ ┌───┐`, `│ │ │ │`); read as GBK they are `鈹屸攢鈹€…`, and a frame's line holds
// no Chinese to read back as more plausible: a line of ASCII and box-drawing characters is given back, as a dotted line is.
test('gbkRepairs: a form\'s frame drawn in box-drawing characters read as GBK is given back', () => {
  const text = '附件:\n┌──────┐ ┌──────┐\n│ │ │ │\n└──────┘ └──────┘\n';
  for (const encoding of ['gb18030', 'gbk']) {
    const shown = new TextDecoder(encoding).decode(Buffer.from(text, 'utf8'));
    const back = repaired(shown, gbkRepairs(shown)).split('\n');
    // (A character whose last byte ran into the space or the line break after it is lost, its U+FFFD kept: each `┐`, `┘`.)
    assert.equal(back[1], '┌──────\ufffd ┌──────\ufffd', encoding);
    assert.equal(back[3], '└──────\ufffd └──────\ufffd', encoding);
  }
});
