// features/counterparts.ts as data: a Chinese text and its Russian counterpart (a China–Russia
// agreement written for the tests, its sentences those of the 2001 Treaty of Good-Neighbourliness
// and of the seeds), laid out on different lines so that a range in the wrong text shows; each
// answer written whole by reading the two texts: the diagnostics with their related location,
// the counterpart of a unit at an offset (in an article, in an item, in the preamble, in the
// signing clause, in an article without a counterpart, in the title), the lenses, the languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { ROOT } from '../support/fixture';
import { contextOf } from '../../server/src/features/context';
import {
  alignmentOf, counterpartDiagnostics, counterpartLenses, counterpartLocation, counterpartsOf, languageOfDocument, textName,
} from '../../server/src/features/counterparts';

const ZH = `# 中华人民共和国和俄罗斯联邦关于科学技术合作的协定

中华人民共和国和俄罗斯联邦（以下简称“双方”），为发展两国的科学技术合作，达成协议如下：

## 第一条

双方在平等互利的基础上开展科学技术合作。

## 第二条

双方合作的形式包括：

（一）联合研究；

（二）互派专家。

## 第三条

本协定有效期为五年。

本协定于二〇〇一年七月十六日在莫斯科签订，一式两份，每份均用中文和俄文写成，两种文本同等作准。
`;

const RU = `# Соглашение между Китайской Народной Республикой и Российской Федерацией о научно-техническом сотрудничестве

Китайская Народная Республика и Российская Федерация, далее именуемые Сторонами,

в целях развития научно-технического сотрудничества между двумя государствами,

согласились о нижеследующем:

## Статья 1

Стороны осуществляют научно-техническое сотрудничество на основе равенства и взаимной выгоды.

## Статья 2

Формы сотрудничества Сторон включают:

а) совместные исследования;

б) обмен специалистами.

## Статья 3

Настоящее Соглашение действует в течение пяти лет.

Совершено в Москве 16 июля 2001 года в двух экземплярах, каждый на китайском и русском языках, причем оба текста имеют одинаковую силу.
`;

const uri = (name: string) => `file:///ws/${encodeURI(name)}`;
function indexOf(files: Record<string, string>): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const [name, text] of Object.entries(files)) index.set(name.includes(':') ? name : uri(name), text, 1, 'markdown');
  return index;
}
const ctx = (index: WorkspaceIndex, name: string, cancelled = false) =>
  contextOf(index, index.get(name.includes(':') ? name : uri(name))!, { isCancellationRequested: cancelled });
/** A location as `file line:char-line:char` (0-based, as the LSP). */
const loc = (l: { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } } | null) =>
  l ? `${decodeURI(l.uri.slice('file:///ws/'.length))} ${l.range.start.line}:${l.range.start.character}-${l.range.end.line}:${l.range.end.character}` : 'null';

test('counterparts bite: the names of the texts in messages, a language without a name as “对应文本”', () => {
  assert.deepEqual(['zh', 'ru', 'en', 'fr', 'es', 'ar', 'kk', 'ky', 'de', undefined].map(textName),
    ['中文本', '俄文本', '英文本', '法文本', '西班牙文本', '阿拉伯文本', '哈萨克文本', '吉尔吉斯文本', '对应文本', '对应文本']);
});

test('counterparts bite: a declared counterpart whose URI has no file name is in the language its text is written in', () => {
  const index = indexOf({ '协定.md': ZH, 'untitled:Untitled-1': RU });
  index.setCounterparts([[uri('协定.md'), 'untitled:Untitled-1']]);
  assert.equal(languageOfDocument(index, index.get('untitled:Untitled-1')!), 'ru');
  assert.deepEqual(counterpartsOf(index, index.get(uri('协定.md'))!).map((c) => `${c.snapshot.uri} ${c.lang}`), ['untitled:Untitled-1 ru']);
  assert.deepEqual(counterpartLenses(ctx(index, '协定.md')).map((l) => l.command!.title), ['俄文本对应条款：Статья 1', '俄文本对应条款：Статья 2', '俄文本对应条款：Статья 3']);
});

test('counterparts bite: the alignment is the same object from either text, each told its side', () => {
  const index = indexOf({ '协定.md': ZH, '协定.ru.md': RU });
  const zh = index.get(uri('协定.md'))!;
  const ru = index.get(uri('协定.ru.md'))!;
  const x = alignmentOf(index, zh, ru);
  const y = alignmentOf(index, ru, zh);
  assert.equal(x.al, y.al);
  // `协定.md` < `协定.ru.md`: the Chinese text is the first.
  assert.deepEqual([x.side, y.side, x.al.a.text === ZH, x.al.b.text === RU], ['a', 'b', true, true]);
});

test('counterparts bite: texts that agree give no diagnostic; a cancelled request none', () => {
  const index = indexOf({ '协定.md': ZH, '协定.ru.md': RU });
  assert.deepEqual(counterpartDiagnostics(ctx(index, '协定.md')), []);
  assert.deepEqual(counterpartDiagnostics(ctx(index, '协定.ru.md')), []);
  const changed = indexOf({ '协定.md': ZH, '协定.ru.md': RU.replace('пяти лет', 'шести лет') });
  assert.deepEqual(counterpartDiagnostics(ctx(changed, '协定.md', true)), []);
  assert.deepEqual(counterpartLenses(ctx(changed, '协定.md', true)), []);
});

test('counterparts bite: a divergence reported in each text, its related location in the other text', () => {
  const index = indexOf({ '协定.md': ZH, '协定.ru.md': RU.replace('пяти лет', 'шести лет') });
  const show = (name: string) => counterpartDiagnostics(ctx(index, name)).map((d) =>
    `${d.code} ${d.start}-${d.end} ${d.message} | ${d.related.map((r) => `${loc(r.location)} ${r.message}`).join(';')}`);
  const zhAt = ZH.indexOf('五年');
  const ruAt = RU.indexOf('пяти лет'); // the same offset in the changed text
  const ruBody = 22; // the line of `Настоящее Соглашение действует …`
  const zhBody = 18; // the line of `本协定有效期为五年。`
  assert.deepEqual(show('协定.md'), [
    `align.number ${zhAt}-${zhAt + 2} “五年”（5）在俄文本Статья 3中没有对应的数值 | 协定.ru.md ${ruBody}:0-${ruBody}:0 俄文本对应处：Статья 3`,
  ]);
  assert.deepEqual(show('协定.ru.md'), [
    `align.number ${ruAt}-${ruAt + 'шести лет'.length} “шести лет”（6）在中文本第三条中没有对应的数值 | 协定.md ${zhBody}:0-${zhBody}:0 中文本对应处：第三条`,
  ]);
});

test('counterparts bite: treaty.counterpart in an article, an item, the preamble, the signing clause and the title, from either text', () => {
  const index = indexOf({ '协定.md': ZH, '协定.ru.md': RU });
  const from = (name: string, text: string, what: string, delta = 0) => loc(counterpartLocation(ctx(index, name), text.indexOf(what) + delta));
  assert.deepEqual([
    from('协定.md', ZH, '双方在平等互利'),
    from('协定.md', ZH, '（二）互派专家'),
    from('协定.md', ZH, '## 第二条', 3),
    from('协定.md', ZH, '为发展两国'),
    from('协定.md', ZH, '一式两份'),
    from('协定.md', ZH, '科学技术合作的协定'),
    from('协定.ru.md', RU, 'б) обмен'),
    from('协定.ru.md', RU, 'в целях развития'),
    from('协定.ru.md', RU, 'в двух экземплярах'),
    from('协定.ru.md', RU, 'Статья 3', 3),
  ], [
    '协定.ru.md 10:0-10:93',
    '协定.ru.md 18:0-18:23',
    '协定.ru.md 12:3-12:11',
    '协定.ru.md 2:0-2:0',
    '协定.ru.md 24:0-24:0',
    '协定.ru.md 0:2-0:2',
    '协定.md 14:0-14:8',
    '协定.md 2:0-2:0',
    '协定.md 20:0-20:0',
    '协定.md 16:3-16:6',
  ]);
});

test('counterparts bite: treaty.counterpart of an article without a counterpart is the last paired article before it; the target chosen among the counterparts', () => {
  const ru = RU.replace(/## Статья 2\n[\s\S]*?(?=## Статья 3)/, '');
  const en = `# Agreement between the People's Republic of China and the Russian Federation on Scientific and Technological Cooperation

The People's Republic of China and the Russian Federation (hereinafter referred to as "the Parties") have agreed as follows:

## Article 1

The Parties shall carry out scientific and technological cooperation on the basis of equality and mutual benefit.

## Article 2

Forms of cooperation shall include joint research and exchanges of experts.

## Article 3

This Agreement shall remain in force for five years.
`;
  const index = indexOf({ '协定.md': ZH, '协定.ru.md': ru, '协定.en.md': en });
  const at = ZH.indexOf('双方合作的形式');
  assert.deepEqual(counterpartsOf(index, index.get(uri('协定.md'))!).map((c) => c.lang), ['ru', 'en']);
  assert.equal(loc(counterpartLocation(ctx(index, '协定.md'), at)), '协定.ru.md 8:3-8:3');
  assert.equal(loc(counterpartLocation(ctx(index, '协定.md'), at, uri('协定.en.md'))), '协定.en.md 10:0-10:75');
  assert.equal(loc(counterpartLocation(ctx(index, '协定.md'), at, uri('其他.md'))), '协定.ru.md 8:3-8:3');
  // Before the first article that has a counterpart, none: the title (after its `# `).
  const first = indexOf({ '协定.md': ZH, '协定.ru.md': RU.replace(/## Статья 1\n[\s\S]*?(?=## Статья 2)/, '') });
  assert.equal(loc(counterpartLocation(ctx(first, '协定.md'), ZH.indexOf('双方在平等互利'))), '协定.ru.md 0:2-0:2');
});

test('counterparts bite: a lens over each article of this text only, from the first text and from the second', () => {
  const ru = RU.replace('## Статья 3', '## Статья 3\n\nСтороны обмениваются информацией.\n\n## Статья 4');
  const index = indexOf({ '协定.md': ZH, '协定.ru.md': ru });
  const lenses = (name: string) => counterpartLenses(ctx(index, name)).map((l) =>
    `${l.range.start.line}:${l.range.start.character}-${l.range.end.character} ${l.command!.title}${l.command!.arguments ? ` ${loc({ uri: l.command!.arguments[0], range: l.command!.arguments[1] })}` : ''}`);
  assert.deepEqual(lenses('协定.md'), [
    '4:3-6 俄文本对应条款：Статья 1 协定.ru.md 8:3-8:11',
    '8:3-6 俄文本对应条款：Статья 2 协定.ru.md 12:3-12:11',
    '16:3-6 俄文本对应条款：Статья 3 协定.ru.md 20:3-20:11',
  ]);
  assert.deepEqual(lenses('协定.ru.md'), [
    '8:3-11 中文本对应条款：第一条 协定.md 4:3-4:6',
    '12:3-11 中文本对应条款：第二条 协定.md 8:3-8:6',
    '20:3-11 中文本对应条款：第三条 协定.md 16:3-16:6',
    '24:3-11 中文本无对应条款',
  ]);
});

test('counterparts bite: treaty.counterpart at the first offset of the preamble, in an article only the second text has, after the signing clause, and towards a text without a title', () => {
  const ru = RU.replace('## Статья 3', '## Статья 3\n\nСтороны обмениваются информацией.\n\n## Статья 4');
  const index = indexOf({ '协定.md': `${ZH}\n中华人民共和国代表　　　　俄罗斯联邦代表\n`, '协定.ru.md': ru });
  const zh = index.get(uri('协定.md'))!.text;
  assert.deepEqual([
    loc(counterpartLocation(ctx(index, '协定.md'), zh.indexOf('中华人民共和国和俄罗斯联邦（'))),
    // Статья 4 of the Russian text pairs with nothing (第三条 is Статья 3 by number): the last paired article before it.
    loc(counterpartLocation(ctx(index, '协定.ru.md'), ru.indexOf('Настоящее Соглашение'))),
    loc(counterpartLocation(ctx(index, '协定.md'), zh.indexOf('俄罗斯联邦代表'))),
  ], ['协定.ru.md 2:0-2:0', '协定.md 16:3-16:3', '协定.ru.md 0:2-0:2']);
  const untitled = indexOf({ '协定.md': ZH, '协定.ru.md': RU.slice(RU.indexOf('\n\n') + 2) });
  assert.equal(loc(counterpartLocation(ctx(untitled, '协定.md'), 3)), '协定.ru.md 0:0-0:0');
});

// Texts of paragraphs alone (test/fixtures/multilingual): the counterpart of a numbered paragraph or heading is the other
// text's, not the text's opening. Each answer as `line: content` of the other text, read from the two files.
const REAL = (name: string) => path.join(ROOT, 'test/fixtures/multilingual', name);
const POINTS: [string, string, [string, string][]][] = [
  // The Québec Declaration: points numbered anew under each heading, the same in both texts: the same place.
  ['quebec_declaration_2008.zh.md', 'quebec_declaration_2008.en.md', [
    ['2. 由於遺產地精神複雜', '17: 2. Because the spirit of place is complex and multiform, we demand that governments and other stakeholders call upon the expertise of multidisciplinary research teams and traditional practitioners in order to better understand, preserve and transmit the spirit of place.'],
    ['### 遺產地精神的保護', '24: Safeguarding the Spirit of Place'],
    ['3. 認識到跨世代', '31: 3. Recognizing that intergenerational and transcultural transmission plays an important role in the sustained dissemination and the preservation of the spirit of place, we recommend the association and involvement of younger generations, as well as different cultural groups associated with the site, in policy-making and the management of the spirit of place.'],
  ]],
  // The Potsdam Proclamation: (一)…(十三) against an unnumbered first paragraph, `2\.`…`12\.` and `13.` run on into 12.
  ['potsdam_1945.zh.md', 'potsdam_1945.en.md', [
    ['(八)《開羅', '19: 8\\. The terms of the Cairo Declaration shall be carried out and Japanese Sovereignty shall be limited to the Islands of Honshu, Hokkaido, Kyushu, Shikoku and such minor Islands as we determine.'],
    ['(十三)吾人', '27: 12\\. The occupation forces of the Allies shall be withdrawn from Japan as soon as these objectives have been accomplished and there has been established in accordance with the freely expressed will of the Japanese people a peacefully inclined and responsible Government. 13. We call upon the Government of Japan to proclaim now unconditional surrender of all Japanese armed forces, and to provide proper and adequate assurance of their good faith in such action. The alternative for Japan is prompt and utter destruction.'],
  ]],
  ['potsdam_1945.en.md', 'potsdam_1945.zh.md', [
    ['There are no alternatives', '13: (五)以下為吾人之條件，吾人決不更改，亦無其他另一方式。猶豫遷延，更為吾人所不容許。'],
  ]],
];
for (const [from, to, cases] of POINTS) {
  test(`counterpart of a numbered paragraph in a text of paragraphs alone: ${from} → ${to}`, () => {
    const index = new WorkspaceIndex();
    for (const f of [from, to]) index.set(`file:///ws/${f}`, fs.readFileSync(REAL(f), 'utf8'), 1, 'markdown');
    const own = index.get(`file:///ws/${from}`)!;
    const lines = fs.readFileSync(REAL(to), 'utf8').split('\n');
    for (const [at, want] of cases) {
      const loc = counterpartLocation(contextOf(index, own), own.text.indexOf(at) + 1);
      assert.ok(loc && loc.uri === `file:///ws/${to}`, at);
      const line = loc!.range.start.line;
      assert.equal(`${line + 1}: ${lines[line].slice(loc!.range.start.character, loc!.range.end.character)}`, want, at);
    }
  });
}

test('counterpartsBite: a counterpart come or gone after the texts by name were first asked is found, or no longer', () => {
  // (workspace.ts makes its map of texts by name at the first `counterparts` and keeps it as documents come and go.)
  const index = indexOf({ '协定.md': ZH, '其他.md': '# 其他\n' });
  const langs = () => counterpartsOf(index, index.get(uri('协定.md'))!).map((c) => `${c.snapshot.uri} ${c.lang}`);
  assert.deepEqual(langs(), []);
  index.set(uri('协定.ru.md'), RU, 1, 'markdown');
  assert.deepEqual(langs(), [`${uri('协定.ru.md')} ru`]);
  index.set(uri('协定.en.md'), '# Agreement\n', 1, 'markdown');
  assert.deepEqual(langs(), [`${uri('协定.ru.md')} ru`, `${uri('协定.en.md')} en`]);
  index.close(uri('协定.ru.md'));
  assert.deepEqual(langs(), [`${uri('协定.en.md')} en`]);
});
