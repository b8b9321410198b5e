// Real-text gaps sessions 55–57 left (docs/variants.md, "Read in session 57"; test/fixtures/real known-failures.json), read by
// rules in session 58 (s58features). Each rule is about how Chinese treaty and law text is written or copied, shown on
// fixture strings of representative words with what a careful reader reads in them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { layoutOf } from '../../server/src/features/export/layout';
import { unitLines, unitsOf } from '../../server/src/features/compare';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { textContext } from '../../server/src/features/context';
import { parseTreaty } from '../../server/src/syntax/parser';
import { reparse } from '../../server/src/syntax/reparse';
import { cli } from '../support/cli';
import { tempFolder } from '../support/fixture';

/** Each article's name and its paragraphs, each as its number (or `-`) and how many items it holds. */
function paragraphsOf(source: string): string[] {
  return buildTreaty(source).articles.map((a) => `${a.name} ${a.paragraphs.map((p) => `${p.num ?? '-'}/${p.items.length}`).join(' ')}`);
}

// 1. An article divided into lettered sections over paragraphs numbered through the whole agreement (the Korean armistice, test/
// fixtures/real/agreement_kr_armistice_1953_qa_excerpt.md: 第二条 `甲、通则` / `十二、…` … `乙、军事停战委员会` / `(一)组成` / `十九、…`):
// a section's caption (a stem letter, a few words, no sentence) and its sub-section's (a bracketed numeral) head what follows them;
// they are the article's own lines, no paragraph of it, nor an item of one. A stem-lettered list under a lead and a bracketed list
// with no punctuation are lists, as before.
const ARMISTICE = '甲国和乙国停战协定\n\n第二条 停火\n甲、通则\n十二、双方停止一切敌对行为。\n十三、本协定适用于地面部队。\n乙、军事停战委员会\n(一)组成\n十四、成立军事停战委员会。\n\n（二）责任与权力\n\n十五、委员会监督本协定的实施。\n第三条 其他\n一、缔约双方指定下列机关:\n甲、外交部\n乙、司法部\n二、本协定自签字之日起生效。\n三、双方合作的领域包括:\n(一)设备\n(二)材料\n四、双方协商解决争议。\n';

test('gaps 58: an article\'s lettered sections (甲、通则, its sub-section (一)组成) are captions between its numbered paragraphs, not paragraphs', () => {
  assert.deepEqual(paragraphsOf(ARMISTICE), ['第二条 12/0 13/0 14/0 15/0', '第三条 1/0 2/0 3/2 4/0']);
  // The captions are printed, each on its own line, where they stand (no words lost, none run into a paragraph).
  const pieces = layoutOf(buildTreaty(ARMISTICE)).pieces.map((p) => p.text);
  for (const caption of ['甲、通则', '乙、军事停战委员会', '(一)组成', '（二）责任与权力']) assert.ok(pieces.includes(caption), caption);
  // Compared as the article's words (a version that renames a section changes the article): the first caption its lead, the others
  // each over the paragraph it heads.
  assert.deepEqual(unitLines(unitsOf(buildTreaty(ARMISTICE))[0]), ['甲、通则', '十二、双方停止一切敌对行为。', '十三、本协定适用于地面部队。', '乙、军事停战委员会\n(一)组成\n十四、成立军事停战委员会。', '（二）责任与权力\n十五、委员会监督本协定的实施。']);
  // Under a bare label, its caption on the next line: the section's caption after it is one still.
  assert.deepEqual(paragraphsOf('甲国和乙国停战协定\n\n第二条\n停火与停战的具体安排\n甲、通则\n十二、双方停止一切敌对行为。\n十三、本协定适用于地面部队。\n'), ['第二条 12/0 13/0']);
});

// 2. An article added after another, its number lost by the copy (the Chicago Convention on a document site, test/fixtures/real/
// convention_chicago_1944_bdocx.md: article 3's four paragraphs, then `分条②`, its editor's note `注②` / `一九八四年五月十日,大会决定修正
// 芝加哥公约,增加第三条分条。` and its own paragraph `一、…`): `分条` alone, a note's mark after it, heads Article 3 bis — its words are no
// paragraphs of article 3, and the next article stands in the chapter beside article 3, not under the added article's heading.
const CHICAGO = (bis: string) => `国际民用航空公约\n\n第一章 公约的一般原则和适用\n\n第三条\n\n民用航空器和国家航空器\n\n一、本公约仅适用于民用航空器,不适用于国家航空器。\n\n二、用于军事、海关和警察部门的航空器,应认为是国家航空器。\n\n${bis}\n\n注②\n\n一九八四年五月十日,大会决定修正芝加哥公约,增加第三条分条。\n\n一、缔约各国承认,每一国家必须避免对飞行中的民用航空器使用武器。\n\n第四条\n\n滥用民用航空\n\n缔约各国同意不将民用航空用于和本公约的宗旨不相符的任何目的。\n`;

test('gaps 58: `分条②` alone under an article heads the article added after it (3 bis): its words are no paragraphs of article 3', () => {
  assert.deepEqual(paragraphsOf(CHICAGO('分条②')), ['第三条 1/0 2/0', '第四条 -/0']);
  assert.deepEqual(buildTreaty(CHICAGO('分條*')).articles.map((a) => `${a.chapter?.name} ${a.name}`), ['第一章 第三条', '第一章 第四条']);
  assert.deepEqual(paragraphsOf(CHICAGO('分条')), ['第三条 1/0 2/0', '第四条 -/0']);
  // The outline: the chapter holds article 3, the added article's heading and article 4, side by side.
  const chapter = documentSymbols(textContext(CHICAGO('分条②')))[0].children!.find((s) => s.name === '第一章')!;
  assert.deepEqual(chapter.children!.map((s) => s.name), ['第三条', '分条②', '第四条']);
  // Words after 分条 on its line (`分条规定如下`, a sentence's start, run on over the note to its full stop) head nothing: article 3's.
  assert.deepEqual(paragraphsOf(CHICAGO('分条规定如下')).slice(0, 1), ['第三条 1/0 2/0 -/0 1/0']);
});

/** The tree's blocks as kinds and first words, nested: what a parse reads. */
function shape(source: string, tree = parseTreaty(source)): string {
  const out: string[] = [];
  const walk = (b: import('../../server/src/syntax/tree').Block, d: number) => {
    out.push(`${' '.repeat(d)}${b.kind} ${b.head ? source.slice(b.head.contentStart, b.head.contentEnd).slice(0, 6) : ''}`);
    for (const c of b.children) if (c.type === 'block') walk(c, d + 1);
  };
  walk(tree.root, 0);
  return out.join('\n');
}

test('gaps 58: typing a section\'s caption or an added article\'s heading inside an article reads as a full parse does', () => {
  // (One character typed over another in a line of an article: re-read in that article alone, syntax/reparse.ts.)
  const cases: [string, string][] = [
    [ARMISTICE.replace('十三、', '两、附则\n十三、'), '两丙'],
    [CHICAGO('甲条②'), '甲分'],
  ];
  for (const [source, [was, typed]] of cases) {
    const at = source.indexOf(`${was}${source.includes('两、') ? '、' : '条'}`);
    const next = source.slice(0, at) + typed + source.slice(at + 1);
    assert.equal(shape(next, reparse(parseTreaty(source), [{ start: at, end: at + 1, text: typed }])), shape(next), typed);
  }
});

// 3. An amending article whose instruction stands on a line of its own under its bare label, the new text numbered under it
// (`第一条` / `将协定第三条第一款修改如下:` / `一、…`; session 57 read it on the label's line, `第一条 将协定…修改如下:`): the article is
// summarised by its instruction, the new text's first paragraph by its own words — in the model and the outline alike.
const AMENDING = (first: string) => `# 关于修改甲国和乙国航空运输协定的议定书\n\n甲国政府和乙国政府,意欲修改一九七四年签署的甲国和乙国航空运输协定(以下称“协定”),达成协议如下:\n\n${first}\n一、缔约一方有权书面通知缔约另一方,指定空运企业。\n二、缔约另一方应给予经营许可。\n\n第二条\n一、本议定书自签字之日起生效。\n二、本议定书在协定有效期间内有效。\n`;
/** The outline's articles: name and detail, and their paragraphs'. */
const outlined = (text: string) =>
  documentSymbols(textContext(text))[0].children!.filter((s) => s.name.startsWith('第')).map((s) => [s.name, s.detail ?? '', (s.children ?? []).map((c) => [c.name, c.detail ?? ''])]);

test('gaps 58: an amending instruction on its own line under a bare article label summarises the article', () => {
  const text = AMENDING('第一条\n将协定第三条第一款修改如下:');
  assert.equal(textContext(text).treaty.articles[0].summary, '将协定第三条第一款修改如下');
  assert.deepEqual(outlined(text)[0], ['第一条', '将协定第三条第一款修改如下', [['一、', '缔约一方有权书面通知缔约另一方,指定空运企业'], ['二、', '缔约另一方应给予经营许可']]]);
  // A blank line between, either script.
  assert.equal(textContext(AMENDING('第一條\n\n將協定第三條第一款修改為：\n')).treaty.articles[0].summary, '將協定第三條第一款修改為');
  // Its caption over it (`第一条` / `修改` / `将…修改如下:`): the caption, as any captioned article's.
  assert.equal(textContext(AMENDING('第一条\n修改\n将协定第三条第一款修改如下:')).treaty.articles[0].summary, '修改');
  // Not: a lead that introduces no new text (`缔约双方同意:`) — the first paragraph's words, as before; nor an article with no lead.
  assert.deepEqual(outlined(AMENDING('第一条\n缔约双方同意:'))[0].slice(0, 2), ['第一条', '缔约一方有权书面通知缔约另一方,指定空运企业']);
  assert.deepEqual(outlined(text)[1], ['第二条', '本议定书自签字之日起生效', [['一、', ''], ['二、', '本议定书在协定有效期间内有效']]]);
});

// 4. A text with no title and no article (a pair's excerpt of a preamble, `cn_ru_eastern_border_2004_preamble.zh.md` and its `.ru.md`
// in test/fixtures/multilingual; a note, a README) is no treaty, and treaty-check says nothing of it in a folder — as a linter
// passes over the files that are not in its language, and as the editor serves it no diagnostic: an information on every such
// file would be noise (LawRefBook/Laws: 119 of its 3,504 markdown files are none). Named on the command line, it is said to be left
// unchecked, on standard error (the exit code unchanged); named `*.treaty.md`, it is one and is checked, with its counterpart.
const PREAMBLE_ZH = '中华人民共和国和俄罗斯联邦(以下简称“双方”),\n\n根据一九九一年五月十六日签订的协定,\n\n达成协议如下:\n';
const PREAMBLE_RU = 'Российская Федерация и Китайская Народная Республика, именуемые в дальнейшем Сторонами,\n\nруководствуясь Соглашением от 16 мая 1991 года,\n\nсогласились о нижеследующем:\n';
const TREATY = '# 甲国和乙国文化合作协定\n\n第一条\n\n双方加强文化合作。\n\n第二条\n\n本协定自签字之日起生效。\n\n本协定于二〇〇一年七月十六日在北京签订,一式两份。\n';

test('gaps 58: treaty-check says nothing of a text with no title and no article in a folder, says it is left unchecked when named', async () => {
  const dir = tempFolder({ '协定.md': TREATY, 'preamble.zh.md': PREAMBLE_ZH, 'preamble.ru.md': PREAMBLE_RU, 'README.md': '# 说明\n\n本文件夹存放条约文本。\n' });
  const folder = await cli(dir, '--format', 'json', '.');
  assert.equal(folder.code, 0);
  assert.deepEqual(JSON.parse(folder.out).files.map((f: { path: string }) => f.path), ['协定.md']);
  assert.equal(folder.err, '');
  const named = await cli(dir, 'preamble.zh.md');
  assert.equal(named.code, 0);
  assert.match(named.err, /preamble\.zh\.md does not read as a treaty: not checked/);
  // Named a treaty's file (`*.treaty.md`): checked, the pair with it.
  const treaties = tempFolder({ 'preamble.zh.treaty.md': PREAMBLE_ZH, 'preamble.ru.treaty.md': PREAMBLE_RU });
  const checked = await cli(treaties, '--format', 'json', '.');
  assert.deepEqual(JSON.parse(checked.out).files.map((f: { path: string }) => f.path).sort(), ['preamble.ru.treaty.md', 'preamble.zh.treaty.md']);
});

// 5. A protocol's closing glued into its one line after a page number, the notes exchanged under it below (the 1955 ROC–Japan
// protocol from a gazette's PDF, test/fixtures/real/protocol_roc_jp_extension_1955_pdftotext.md: `1 兹因…签订之…和平条约…: … 为此,经两国
// 政府适当授权之下列签署人,爰于本议定书签字,以昭信守。 本议定书用中文、日文及英文各缮二份于…订于东京。 中华民国代表:董显光 (签字) …`,
// then `(Ⅰ) 日本国外务大臣…照会`): the testimonium, the sentence dating and placing the signing and the signatories are cut out of the
// line, and the protocol's signing clause is read there — not the date and place the preamble gives another treaty.
const GLUED = (seal: string) => `1 兹因公历一千九百五十二年四月二十八日在台北签订之甲国与乙国间和平条约 (以下简称和约) 第七条所称之条约尚待缔结: 甲国政府与乙国政府爰议定条款如左: 一上述办法之有效期限,应延展一年。 二本议定书应于缔约双方互换照会之日生效。 ${seal}本议定书用中文及英文各缮二份于公历一千九百五十五年七月二日订于东京。 甲国代表:张三 (签字) 乙国代表:李四 (签字)\n(Ⅰ) 乙国外务大臣王五致甲国驻乙国大使张三照会\n本大臣兹谨提及两国间于一九五五年七月二日签署之议定书第二项。\n`;

test('gaps 58: a testimonium, the signing sentence and the signatories glued into one line before the notes are the protocol\'s closing', () => {
  const t = buildTreaty(GLUED('为此,经两国政府适当授权之下列签署人,爰于本议定书签字,以昭信守。 '));
  assert.deepEqual(t.signing && [t.signing.date?.year, t.signing.date?.month, t.signing.date?.day, t.signing.place, t.signing.languages], [1955, 7, 2, '东京', ['中文', '英文']]);
  assert.deepEqual(t.tree.root.children.filter((c) => c.type === 'block').map((c) => (c as { kind: string }).kind), ['preamble', 'signing', 'signatures', 'section']);
  // The representatives so named (签署人) make a testimonium as 代表 do; with none, no closing is cut out of the line, and the
  // preamble's date and place of another treaty are no signing.
  assert.equal(buildTreaty(GLUED('')).signing, undefined);
});
