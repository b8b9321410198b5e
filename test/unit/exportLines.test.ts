// A signing copy carries exactly the document's words, line by line (test/support/exportLines.ts): on
// every real instrument (test/fixtures/real, unseen, laws) the .docx's paragraphs, read back from
// word/document.xml (the signature table's cells too), and the print preview's blocks (the same layout)
// are the document's text lines as the model reads them — in order, none lost, nothing added, no space
// lost or added, two lines in one paragraph only where one sentence was hard-wrapped over them. Under the
// alternat, the first party's copy is the text as written and the other's differs from it by the parties'
// names only, swapped where the text names the two together.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { buildTreaty } from '../../server/src/model/treaty';
import { layoutOf } from '../../server/src/features/export/layout';
import { buildDocument } from '../../server/src/features/export/docx';
import { previewHtml } from '../../server/src/features/export/html';
import { toAkn } from '../../server/src/features/export/akn';
import { signingCopies } from '../../server/src/features/export/alternat';
import { DEFAULT_STYLE, resolveFonts } from '../../server/src/features/export/style';
import { languageOf, partyInfoOf, partyShortNames, splitPartyName } from '../../server/src/model/parties';
import { PINYIN_GLOSS, stateOf } from '../../server/src/syntax/words';
import { foldScript } from '../../server/src/syntax/script';
import { Packer } from 'docx';
import { XmlElement, elementsNamed, readXml } from '../support/xml';
import { checkParagraphs, docLines } from '../support/exportLines';
import { ROOT } from '../support/fixture';

const STYLE = resolveFonts(DEFAULT_STYLE);

function corpus(): string[] {
  const out: string[] = [];
  for (const dir of ['real', 'unseen', 'laws']) {
    const d = path.join(ROOT, 'test/fixtures', dir);
    for (const f of fs.readdirSync(d).sort()) if (f.endsWith('.md') && f !== 'README.md') out.push(path.join(d, f));
  }
  return out;
}

/** A `w:p`'s text as Word shows it: its runs' text, a tab and a line break as such. */
function paragraphText(el: XmlElement): string {
  let s = '';
  for (const c of el.children) {
    if (typeof c === 'string') s += c;
    else if (c.name === 'w:tab') s += '\t';
    else if (c.name === 'w:br') s += '\n';
    else if (c.name === 'w:t') s += c.children.join('');
    else if (c.name !== 'w:instrText' && c.name !== 'w:pPr' && c.name !== 'w:rPr') s += paragraphText(c);
  }
  return s;
}

/** The body's paragraphs of a .docx, in document order (a table's cells row by row, column by column). */
export async function docxParagraphs(buffer: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(buffer);
  const body = elementsNamed(readXml(await zip.file('word/document.xml')!.async('string')), 'w:body')[0];
  return elementsNamed(body, 'w:p').map(paragraphText);
}

/** The preview's blocks: headings, paragraphs and the signature cells' lines. */
export function htmlParagraphs(html: string): string[] {
  const root = readXml(html, true);
  const out: string[] = [];
  const walk = (el: XmlElement) => {
    if (['h1', 'h2', 'h3', 'p', 'div'].includes(el.name)) out.push(el.children.map((c) => (typeof c === 'string' ? c : walkText(c))).join(''));
    else for (const c of el.children) if (typeof c !== 'string') walk(c);
  };
  const walkText = (el: XmlElement): string => el.children.map((c) => (typeof c === 'string' ? c : walkText(c))).join('');
  walk(root);
  return out;
}

export async function exportProblems(text: string): Promise<{ docx: string[]; html: string[] }> {
  const treaty = buildTreaty(text);
  const layout = layoutOf(treaty);
  const lines = docLines(treaty);
  const buffer = await Packer.toBuffer(buildDocument(layout, STYLE, treaty.title?.text));
  return { docx: checkParagraphs(await docxParagraphs(buffer), lines), html: checkParagraphs(htmlParagraphs(previewHtml(treaty, DEFAULT_STYLE, layout).html), lines) };
}

// ------------------------------------------------------------------------------------------ data

/** [what, the text, the Word paragraphs expected]. */
const CASES: Array<[string, string, string[]]> = [
  [
    'a law-style article line with a caption after a space keeps the space',
    '# 中华人民共和国和某国引渡条约\n\n第一条 人的范围\n\n本条约适用于缔约一方或者同时为缔约双方居民的人。\n',
    ['中华人民共和国和某国引渡条约', '第一条 人的范围', '本条约适用于缔约一方或者同时为缔约双方居民的人。'],
  ],
  [
    'a chapter heading with its caption after a space, as written',
    '# 某协定\n\n## 第一部分 定义\n\n## 第一条\n\n双方合作。\n',
    ['某协定', '第一部分 定义', '第一条', '双方合作。'],
  ],
  [
    'an air agreement\'s route schedule: one route point a line, each its own paragraph',
    '# 中华人民共和国政府和澳大利亚政府民用航空运输协定\n\n## 第一条\n\n双方合作。\n\n附件:\n航线表\n第一部分\n澳大利亚政府指定空运企业经营协议航班的往返航线:\n澳大利亚境内地点: 任意点\n中间地点: 任意点\n中国境内地点: 任意点\n以远地点: 任意点\n第一、二部分的注释\n',
    ['中华人民共和国政府和澳大利亚政府民用航空运输协定', '第一条', '双方合作。', '附件:', '航线表', '第一部分', '澳大利亚政府指定空运企业经营协议航班的往返航线:', '澳大利亚境内地点: 任意点', '中间地点: 任意点', '中国境内地点: 任意点', '以远地点: 任意点', '第一、二部分的注释'],
  ],
  [
    'a list of passports, one a line, stays a list',
    '# 中华人民共和国政府和某国政府关于互免签证的协定\n\n## 第一条\n\n本协定所指护照为：\n\n外交护照\n公务护照\n因公普通护照\n',
    ['中华人民共和国政府和某国政府关于互免签证的协定', '第一条', '本协定所指护照为：', '外交护照', '公务护照', '因公普通护照'],
  ],
  [
    'a sentence hard-wrapped at the margin is one paragraph',
    '# 某协定\n\n## 第一条\n\n缔约双方应当根据各自国家的法律和本协定的规定，在平等互利的基础上\n开展民用航空领域的合作，并为此提供一切必要的便利。\n',
    ['某协定', '第一条', '缔约双方应当根据各自国家的法律和本协定的规定，在平等互利的基础上开展民用航空领域的合作，并为此提供一切必要的便利。'],
  ],
  [
    'English words wrapped over two lines keep the space between them',
    '# Agreement\n\n## Article 1\n\nThe Parties shall develop their rights and obligations with\nrespect to each other under existing agreements.\n',
    ['Agreement', 'Article 1', 'The Parties shall develop their rights and obligations with respect to each other under existing agreements.'],
  ],
  [
    'an annex after the signatures comes after the signature table, as written',
    '# 中华人民共和国政府和蒙古国政府关于口岸的协定\n\n## 第一条\n\n双方合作。\n\n本协定于2010年6月4日在乌兰巴托签订，一式两份，每份均用中文和蒙文写成，两种文本同等作准。\n\n中华人民共和国政府\n代表\n（签字）\n\n蒙古国政府\n代表\n（签字）\n\n附件：口岸清单\n\n二连浩特—扎门乌德\n',
    ['中华人民共和国政府和蒙古国政府关于口岸的协定', '第一条', '双方合作。', '本协定于2010年6月4日在乌兰巴托签订，一式两份，每份均用中文和蒙文写成，两种文本同等作准。', '中华人民共和国政府', '代表', '（签字）', '蒙古国政府', '代表', '（签字）', '附件：口岸清单', '二连浩特—扎门乌德'],
  ],
  [
    'a law-style label followed by a colon keeps it; one written without a space gets none',
    '# 東京灣決議案\n\n第一條：國會批准並支持總統之決定。\n\n第二条中华人民共和国公民持有效护照入境、出境或过境，免办签证。\n',
    ['東京灣決議案', '第一條：國會批准並支持總統之決定。', '第二条中华人民共和国公民持有效护照入境、出境或过境，免办签证。'],
  ],
  [
    'a page break inside the signature block is no line of a column',
    '# 中华人民共和国政府和蒙古国政府关于口岸的协定\n\n## 第一条\n\n双方合作。\n\n本协定于2010年6月4日在乌兰巴托签订，一式两份，每份均用中文和蒙文写成，两种文本同等作准。\n\n---\n\n中华人民共和国政府代表　王毅\n\n蒙古国政府代表　巴特尔\n',
    ['中华人民共和国政府和蒙古国政府关于口岸的协定', '第一条', '双方合作。', '本协定于2010年6月4日在乌兰巴托签订，一式两份，每份均用中文和蒙文写成，两种文本同等作准。', '中华人民共和国政府代表　王毅', '蒙古国政府代表　巴特尔'],
  ],
  [
    'members listed one a line after a colon, each ending in a comma, stay lines; a sentence going on over a page break is joined however short its line',
    '# 中华人民共和国某组织法\n\n第一条　委员会由下列人员组成：\n\n主任，\n\n副主任若干人，\n\n委员若干人。\n\n第二条　委员会的决定由全体委员的过半数通过。\n\n委员会的会议\n\n---\n\n由主任召集和主持。\n',
    ['中华人民共和国某组织法', '第一条　委员会由下列人员组成：', '主任，', '副主任若干人，', '委员若干人。', '第二条　委员会的决定由全体委员的过半数通过。', '委员会的会议由主任召集和主持。'],
  ],
];

for (const [what, text, expected] of CASES) {
  test(`export lines: ${what}`, async () => {
    const treaty = buildTreaty(text);
    const layout = layoutOf(treaty);
    const paragraphs = (await docxParagraphs(await Packer.toBuffer(buildDocument(layout, STYLE, treaty.title?.text)))).filter((p) => p.trim());
    assert.deepEqual(paragraphs, expected);
    assert.deepEqual(htmlParagraphs(previewHtml(treaty, DEFAULT_STYLE, layout).html), expected);
    assert.deepEqual(checkParagraphs(paragraphs, docLines(treaty)), []);
  });
}

test('export lines: Akoma Ntoso groups lines into <p> by the same rule — a route a line, a hard-wrapped sentence one <p>', () => {
  const route = CASES.find(([what]) => what.includes('route schedule'))![1];
  const ps = (text: string) => elementsNamed(readXml(toAkn(buildTreaty(text)).xml), 'p').map((p) => p.children.join(''));
  assert.deepEqual(ps(route).slice(-6), ['澳大利亚政府指定空运企业经营协议航班的往返航线:', '澳大利亚境内地点: 任意点', '中间地点: 任意点', '中国境内地点: 任意点', '以远地点: 任意点', '第一、二部分的注释']);
  const wrapped = CASES.find(([what]) => what.includes('hard-wrapped at the margin'))!;
  assert.deepEqual(ps(wrapped[1]).slice(-1), wrapped[2].slice(-1));
});

// ------------------------------------------------------------------------------------ the corpus

test('export lines: every real instrument in Word and in the preview, line by line, each signing copy', async () => {
  const failures: string[] = [];
  for (const file of corpus()) {
    const text = fs.readFileSync(file, 'utf8');
    // Both signing copies of a bilateral text, each against its own lines.
    for (const copy of signingCopies(text)) {
      const { docx, html } = await exportProblems(copy.text);
      const name = `${path.relative(ROOT, file)}${copy.index > 0 ? ` (${copy.party}'s copy)` : ''}`;
      if (docx.length) failures.push(`${name} (docx):\n    ${docx.slice(0, 3).join('\n    ')}`);
      if (html.length) failures.push(`${name} (preview):\n    ${html.slice(0, 3).join('\n    ')}`);
    }
  }
  assert.deepEqual(failures, []);
});

/** Every name a party goes by in the text (full, state, everyday, short), read as simplified, longest first. */
function nameForms(text: string): string[] {
  const treaty = buildTreaty(text);
  const names = partyInfoOf(treaty).names;
  // (and the parties' languages, which the signing clause lists in the copy's party's order)
  // A state's everyday name with the party's organ after it (`联合王国政府` for 大不列颠及北爱尔兰联合王国政府) is the party's name too.
  const organ = (n: string) => n.slice(splitPartyName(n).state.length);
  return [...names, ...names.map((n) => splitPartyName(n).state), ...names.flatMap((n) => stateOf(n)?.names ?? []), ...names.flatMap((n) => (organ(n) ? (stateOf(n)?.names ?? []).map((w) => w + organ(n)) : [])), ...partyShortNames(treaty).filter((s): s is string => !!s), ...names.map((n) => languageOf(n) ?? '')]
    .map((w) => foldScript(w))
    .filter((w) => w.length > 0)
    .sort((a, b) => b.length - a.length);
}

test('export lines: under the alternat the first copy is the text, the other differs by the parties\' names (and their own pieces) only, swapped', () => {
  const failures: string[] = [];
  let bilateral = 0;
  for (const file of corpus()) {
    const text = fs.readFileSync(file, 'utf8');
    const copies = signingCopies(text);
    const name = path.relative(ROOT, file);
    if (copies.length !== 2) continue;
    bilateral++;
    if (copies[0].text !== text) failures.push(`${name}: the first copy is not the text`);
    const forms = nameForms(text);
    // A name's characters may be spaced or cut over a line (OCR, a centred title), or glossed by a converter's pinyin inside it
    // (`密克羅尼西亞聯(lián)邦`): read without white space and pinyin.
    const named = (s: string) => forms.reduce((x, w) => x.split(w).join('〓'), foldScript(s).replace(PINYIN_GLOSS, '').replace(/[\s\u3000]+/g, ''));
    // The organs that send the plenipotentiaries (`〓主席特派…`, `〓大人民呼拉尔主席团特派…`) are the parties' own pieces too: the heads
    // opening the preamble with them and no comma after (`〓主席和〓大人民呼拉尔主席团亟愿…`) change places whole.
    const organs = [...new Set([...named(text).matchAll(/〓([^〓;；,，。:：\n]{1,12}?)(?:特派|委派|特命)/g)].map((m) => m[1]))].sort((x, y) => y.length - x.length);
    const erase = (s: string) => organs.reduce((x, o) => x.split(`〓${o}`).join('〓'), named(s));
    const [a, b] = [text.split('\n'), copies[1].text.split('\n')];
    if (a.length !== b.length) {
      failures.push(`${name}: ${a.length} lines, the copy ${b.length}`);
      continue;
    }
    // The signature block's columns change places whole: its lines are compared as a set (each line's words as a set:
    // side by side, a row's cells change places in it).
    const sig = buildTreaty(text).signatures;
    const [from, to] = sig ? [text.slice(0, sig.start).split('\n').length - 1, text.slice(0, sig.end).split('\n').length] : [a.length, a.length];
    const block = (x: string[]) => x.slice(from, to).map((l) => l.trim().split(/[ \t\u3000]+/).sort().join(' ')).filter((l) => l).sort().join('\n');
    if (block(a) !== block(b)) failures.push(`${name}: the signature block's lines are not the text's`);
    // Only names moved: the same characters, and the same text with every name taken out, line by line —
    // lines that differ one after the other read as one (a title centred over two lines, a name cut by the break) —, or
    // the parties' own pieces, whole, changing places: the plenipotentiaries' lines (`…主席特派…;` / `…总统特派…。`) and
    // heads named with organs of their own (`中华人民共和国主席和阿富汗国王陛下,`), the marks between them where they were.
    const sorted = (s: string) => [...s.replace(/\s+/g, '')].sort().join('');
    // (Lines a blank line parts, `中華民國政府特派:…;` / `` / `大韓民國政府特派:…;`, are read together: the runs that differ otherwise.)
    const pieces = (s: string) => s.split(/[和与同、;；,，。:：\n]/).sort().join('|');
    const odd: [string, string, string][] = [];
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i] || (i >= from && i < to)) continue;
      let j = i;
      while (j + 1 < a.length && a[j + 1] !== b[j + 1] && !(j + 1 >= from && j + 1 < to)) j++;
      const [x, y] = [a.slice(i, j + 1).join('\n'), b.slice(i, j + 1).join('\n')];
      if (sorted(x) !== sorted(y) || (erase(x) !== erase(y) && pieces(erase(x)) !== pieces(erase(y)))) odd.push([`${name}:${i + 1}`, x, y]);
      i = j;
    }
    const [xs, ys] = [odd.map((o) => o[1]).join('\n'), odd.map((o) => o[2]).join('\n')];
    if (odd.length && (sorted(xs) !== sorted(ys) || pieces(erase(xs)) !== pieces(erase(ys)))) failures.push(...odd.map(([at, x, y]) => `${at}: «${x}» → «${y}»`));
  }
  assert.ok(bilateral >= 50, `${bilateral} bilateral texts`);
  assert.deepEqual(failures, []);
});

test('export lines: an Akoma Ntoso section heading keeps its spaces (`附件一 口岸名单`)', () => {
  const { xml } = toAkn(buildTreaty('# 关于口岸的协定\n\n## 第一条\n\n双方合作。\n\n## 附件一 口岸名单\n\n二连浩特口岸。\n'));
  assert.deepEqual(elementsNamed(readXml(xml), 'heading').map((h) => h.children.join('')), ['附件一 口岸名单']);
});
