// Completion, one test per context: fixtures are data (cursor ‸, files `%! name.md`),
// on the seeds and on fresh drafts; expected labels and insert texts are exact.
import { test } from 'node:test';
import { contextOf } from '../../server/src/features/context';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CompletionItem, CompletionItemKind, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { completion, readSnippets, resolveCompletion } from '../../server/src/features/completion';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { LineMap } from '../../server/src/syntax/positions';
import { formatChinese } from '../../server/src/syntax/numerals';
import { buildTreaty } from '../../server/src/model/treaty';
import { expandSnippet, snippetFamily } from '../../server/src/features/completionSnippets';
import { pickLanguage } from '../../server/src/features/messages';
import { CURSOR, ROOT, fixture, seeds } from '../support/fixture';
import { unescapeMarkdown } from '../support/markdown';

const SNIPPETS = readSnippets(JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets/treaty.code-snippets'), 'utf8')));
const SEEDS = seeds();
/** The date completion is asked on: clauses and templates write it. */
const NOW = new Date(2024, 5, 15);

interface Result {
  items: CompletionItem[];
  index: WorkspaceIndex;
  /** The text of the main file with an item's edit applied. */
  apply(item: CompletionItem): string;
  /** The text an item's range replaces. */
  replaced(item: CompletionItem): string;
}

/** Completion at the cursor of a fixture; `withSeeds` adds the five seeds to the workspace. */
function complete(source: string, withSeeds = false, name?: string): Result {
  const f = fixture(source, name);
  const index = new WorkspaceIndex();
  for (const file of f.files) index.set(file.uri, file.text, 1, 'markdown');
  if (withSeeds) for (const s of SEEDS.values()) index.set(`file:///ws/seeds/${s.name}`, s.text, 1, 'markdown');
  const snapshot = index.get(f.main.uri)!;
  assert.ok(f.main.cursor !== undefined, 'fixture has a cursor');
  const map = new LineMap(index.model(snapshot).tree.lines);
  const { items } = completion(contextOf(index, snapshot), map.positionAt(f.main.cursor!), { snippets: SNIPPETS, now: NOW });
  const text = f.main.text;
  const offsets = (item: CompletionItem) => {
    const e = item.textEdit as TextEdit;
    const m = new LineMap(index.model(snapshot).tree.lines);
    return [m.offsetAt(e.range.start), m.offsetAt(e.range.end)] as const;
  };
  return {
    items,
    index,
    apply: (item) => {
      const [a, b] = offsets(item);
      return text.slice(0, a) + (item.textEdit as TextEdit).newText + text.slice(b);
    },
    replaced: (item) => {
      const [a, b] = offsets(item);
      return text.slice(a, b);
    },
  };
}

/** A seed with a piece of text replaced (the replacement holds the cursor). */
function seed(key: string, find: string | RegExp, replacement: string): string {
  const text = SEEDS.get(key)!.text;
  const out = text.replace(find, replacement);
  assert.notEqual(out, text, `${key}: ${find} found`);
  return out;
}

const labels = (items: CompletionItem[], kind?: CompletionItemKind) => items.filter((i) => kind === undefined || i.kind === kind).map((i) => i.label);
const find = (items: CompletionItem[], label: string) => {
  const item = items.find((i) => i.label === label);
  assert.ok(item, `an item ${label} among ${labels(items).join(' ')}`);
  return item;
};
const newText = (item: CompletionItem) => (item.textEdit as TextEdit).newText;

// A fresh bilateral draft: three articles, the second with two paragraphs and items; no final clauses.
const DRAFT = `# 中华人民共和国政府和哈萨克斯坦共和国政府关于边境地区合作的协定

中华人民共和国政府和哈萨克斯坦共和国政府（以下简称“双方”），根据2002年12月23日《中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约》，达成协议如下：

## 第一条

双方在平等互利的基础上开展边境地区合作。

## 第二条

一、双方交换以下信息：

（一）国界地区的形势；

（二）其他信息。

二、一方从另一方获得的信息，不得提供给第三方。

## 第三条

双方设立合作委员会。
`;

// ---------------------------------------------------------------------------------------
// Next article heading

test('heading: the next article in the document style (seed 000: ## 第 十 三 条)', () => {
  const r = complete(seed('000', /\n本协议于 2002/, `\n${CURSOR}\n\n本协议于 2002`));
  const item = find(r.items, '第 十 三 条');
  assert.equal(newText(item), '## 第 十 三 条');
  assert.equal(item.preselect, true);
});

test('heading: bare lines in seed 004, compact headings in seed 002, Arabic numbers in a draft', () => {
  assert.equal(newText(find(complete(seed('004', /\n第二十四条\n/, `\n第二十${CURSOR}\n`)).items, '第二十四条')), '第二十四条');
  const r = complete(seed('004', /\n第二十四条\n/, `\n第二十${CURSOR}\n`));
  assert.equal(r.replaced(r.items[0]), '第二十', 'the typed 第二十 is replaced');
  assert.equal(newText(find(complete(seed('002', /\n本条约于二〇〇二/, `\n${CURSOR}\n本条约于二〇〇二`)).items, '第二十条')), '## 第二十条');
  const arabic = complete('# 测试协定\n\n双方达成协议如下：\n\n### 第 1 条\n\n双方合作。\n\n### 第 2 条\n\n双方交换信息。\n\n' + CURSOR);
  assert.equal(newText(find(arabic.items, '第 3 条')), '### 第 3 条');
});

test('heading: on a heading line only the label is inserted, after the hashes', () => {
  const r = complete(DRAFT + `\n## 第${CURSOR}`);
  assert.deepEqual(labels(r.items), ['第四条']);
  assert.equal(newText(r.items[0]), '第四条');
  assert.equal(r.replaced(r.items[0]), '第');
  assert.match(r.apply(r.items[0]), /\n## 第四条$/);
});

test('heading: a joint statement continues its numbered paragraphs (seed 003)', () => {
  const r = complete(seed('003', /\n    中华人民共和国主席/, `\n    ${CURSOR}\n    中华人民共和国主席`));
  assert.equal(newText(find(r.items, '十五、')), '十五、');
});

// ---------------------------------------------------------------------------------------
// Articles after 第 / 本协议第 / 《…》第

test('articles after 本协议第: every article with its summary (seed 000)', () => {
  const r = complete(seed('000', '按照本协议第十二条执行', `按照本协议第十${CURSOR}执行`));
  assert.deepEqual(labels(r.items), ['第一条', '第二条', '第三条', '第四条', '第五条', '第六条', '第七条', '第八条', '第九条', '第十条', '第十一条', '第十二条']);
  const twelve = find(r.items, '第十二条');
  assert.equal(twelve.labelDetails?.description, '本协议自签字之日起生效,有效期 5 年');
  assert.equal(r.replaced(twelve), '第十', 'replaces 第 and the typed digits');
  assert.match(r.apply(twelve), /按照本协议第十二条执行/);
  assert.equal(twelve.filterText, '第十二条 第12条', 'Arabic digits match too');
});

test('articles after 《title》第: the cited instrument’s articles', () => {
  const r = complete(`%! cited.md
# 甲国和乙国友好条约

甲国和乙国（以下简称“双方”）达成协议如下：

## 第一条

双方发展友好关系。

## 第二条

双方定期磋商。
%! draft.md
# 甲国和乙国关于磋商的议定书

甲国和乙国（以下简称“双方”）根据《甲国和乙国友好条约》第${CURSOR}，达成协议如下：

## 第一条

双方每年磋商一次。
`);
  assert.deepEqual(labels(r.items), ['第一条', '第二条']);
  assert.equal(find(r.items, '第二条').labelDetails?.description, '双方定期磋商');
});

// ---------------------------------------------------------------------------------------
// Paragraphs (款) and items (项) after 第X条第

test('parts after 第二条第: paragraphs and their items (fresh draft)', () => {
  const r = complete(DRAFT + `\n## 第四条\n\n依照本协定第二条第${CURSOR}`);
  assert.deepEqual(labels(r.items), ['第一款', '第一款第（一）项', '第一款第（二）项', '第二款']);
  assert.equal(find(r.items, '第二款').labelDetails?.description, '一方从另一方获得的信息，不得提供给第三方');
  assert.equal(r.replaced(r.items[0]), '第');
  assert.match(r.apply(find(r.items, '第一款第（二）项')), /依照本协定第二条第一款第（二）项$/);
});

test('parts after 第二条第 in a one-paragraph article: its items (seed 001)', () => {
  const r = complete(seed('001', '双方在以下方面进行合作', `依照第二条第${CURSOR}，双方在以下方面进行合作`));
  assert.deepEqual(labels(r.items).slice(0, 3), ['第（一）项', '第（二）项', '第（三）项']);
  assert.equal(r.items.length, 10);
  assert.equal(find(r.items, '第（三）项').labelDetails?.description, '制止国界地区非法移民和越界活动');
});

// ---------------------------------------------------------------------------------------
// Titles after 《

test('titles after 《: workspace instruments, closing 》, and the date-first form', () => {
  const r = complete(`# 测试协定\n\n双方根据《${CURSOR}》，达成协议如下：\n\n## 第一条\n\n双方合作。\n`, true);
  const title = '中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约';
  const plain = find(r.items, `《${title}》`);
  assert.equal(newText(plain), `${title}》`);
  assert.equal(r.replaced(plain), '》', 'the auto-closed 》 is replaced');
  assert.match(r.apply(plain), new RegExp(`双方根据《${title}》，达成`));
  const dated = find(r.items, `2002年12月23日《${title}》`);
  assert.equal(r.replaced(dated), '《》');
  assert.equal(dated.filterText, `《${title}`);
  assert.match(r.apply(dated), new RegExp(`双方根据2002年12月23日《${title}》，达成`));
  // Every seed with a title, not the document itself.
  assert.deepEqual(labels(r.items).filter((l) => l.startsWith('《')).sort(), [
    '《上海合作组织成员国长期睦邻友好合作条约》',
    '《中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约》',
    '《中华人民共和国和哈萨克斯坦共和国联合声明》',
    '《中华人民共和国国防部和吉尔吉斯共和国边防总局边防合作协议》',
    '《中华人民共和国国防部和哈萨克斯坦共和国民族安全委员会边防合作协议》',
  ]);
});

test('titles after a date and 《: no second date; a typed prefix is replaced', () => {
  const r = complete(`# 测试协定\n\n双方根据2002年12月23日《中华人民${CURSOR}，达成协议如下：\n\n## 第一条\n\n双方合作。\n`, true);
  assert.ok(r.items.every((i) => i.label.startsWith('《')), 'no date-first items');
  const item = find(r.items, '《中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约》');
  assert.equal(r.replaced(item), '中华人民');
});

// ---------------------------------------------------------------------------------------
// Defined terms and the self-reference

test('terms: defined terms and 本条约 in running text, the typed part replaced (seed 004)', () => {
  const r = complete(seed('004', '重申本条约不针对任何其他国家和组织，', `重申本条约不针对任何其他国家和组织，缔约${CURSOR}`));
  assert.deepEqual(labels(r.items), ['本条约', '本组织', '组织', '缔约各方']);
  const parties = find(r.items, '缔约各方');
  assert.equal(r.replaced(parties), '缔约');
  assert.equal(parties.filterText, '缔约各方 diyuegefang');
  assert.equal(r.replaced(find(r.items, '本条约')), '');
  assert.equal(find(r.items, '本条约').kind, CompletionItemKind.Keyword);
});

test('terms: the self-reference follows the kind of instrument, pinyin replaced (seed 000, 协议)', () => {
  const r = complete(seed('000', '本协议不涉及双方', `benx${CURSOR}不涉及双方`));
  const self = find(r.items, '本协议');
  assert.equal(self.filterText, '本协议 benxieyi');
  assert.equal(r.replaced(self), 'benx');
});

// ---------------------------------------------------------------------------------------
// Clauses filled from the document

test('clauses: the final clauses a draft lacks, each under the next article number', () => {
  const r = complete(DRAFT + `\n${CURSOR}`);
  const clauses = labels(r.items, CompletionItemKind.Snippet).filter((l) => l.endsWith('条款'));
  assert.deepEqual(clauses, ['生效条款', '有效期条款', '修改条款', '争议解决条款', '签署条款']);
  assert.equal(
    newText(find(r.items, '生效条款')),
    '## 第${1:四}条\n\n本协定${2|自签字之日起生效,需经批准，并自互换批准书之日起生效,自双方通过外交途径相互通知已完成使本协定生效所需的各自国内法律程序之日起生效|}。\n$0',
  );
  assert.equal(newText(find(r.items, '争议解决条款')), '## 第${1:四}条\n\n双方在解释和执行本协定产生分歧时，将通过${2|协商和会谈,友好协商,外交途径|}的方式解决。\n$0');
  assert.equal(find(r.items, '生效条款').labelDetails?.description, '第四条 · 本协定自签字之日起生效。');
});

test('clauses: a document with all final clauses is offered none (seed 000)', () => {
  const r = complete(seed('000', /\n本协议于 2002/, `\n${CURSOR}\n\n本协议于 2002`));
  assert.deepEqual(labels(r.items, CompletionItemKind.Snippet).filter((l) => l.endsWith('条款')), ['签署条款']);
});

test('clauses: signing clause agrees with the parties and languages; signature block per party', () => {
  const r = complete(DRAFT + `\n${CURSOR}`);
  assert.equal(
    newText(find(r.items, '签署条款')),
    '本协定于${1:2024}年${2:6}月${3:15}日在${4|北京,阿斯塔纳|}签署，一式两份，每份均用' +
      '${6|中文和哈文写成，两种文本,中文、哈文和俄文写成，三种文本,中文和俄文写成，两种文本,中文、哈文和英文写成，三种文本|}同等作准。\n$0',
  );
  assert.equal(newText(find(r.items, '签字栏')), '中华人民共和国  \n政府代表\n\n${1:（签字）}\n\n哈萨克斯坦共和国  \n政府代表\n\n${2:（签字）}\n$0');
});

test('clauses: a multilateral treaty (seed 004) — one signature per party, 正本一份 or one copy each', () => {
  const r = complete(seed('004', /\n本条约于二〇〇七年/, `\n${CURSOR}\n\n本条约于二〇〇七年`));
  assert.equal(
    newText(find(r.items, '签字栏')),
    '哈萨克斯坦共和国代表\n\n中华人民共和国代表\n\n吉尔吉斯共和国代表\n\n俄罗斯联邦代表\n\n塔吉克斯坦共和国代表\n\n乌兹别克斯坦共和国代表\n$0',
  );
  const signing = newText(find(r.items, '签署条款'));
  assert.match(signing, /^本条约于\$\{1:2007\}年\$\{2:8\}月\$\{3:16\}日在\$\{4\|比什凯克,阿斯塔纳,北京,莫斯科,杜尚别,塔什干\|\}签订，\$\{5\|正本一份，用,一式六份，每份均用\|\}\$\{6\|中文和俄文写成，两种文本,/);
});

test('clauses: a Chinese prefix (生效) and a pinyin prefix (shengxiao) are replaced and matched', () => {
  for (const typed of ['生效', 'shengx']) {
    const r = complete(DRAFT + `\n${typed}${CURSOR}`);
    const item = find(r.items, '生效条款');
    assert.equal(r.replaced(item), typed);
    assert.ok(item.filterText!.split(' ').some((w) => w.startsWith(typed)), `${typed} matches ${item.filterText}`);
    const snippet = r.items.find((i) => i.labelDetails?.description === '自签字之日起生效')!;
    assert.ok(snippet.filterText!.startsWith(typed === '生效' ? '生效' : 'shengxiao'), snippet.filterText);
    assert.equal(r.replaced(snippet), typed);
    assert.equal(r.apply(item).endsWith(`\n## 第四条\n\n本协定自签字之日起生效。\n`), false, 'a snippet, not plain text');
    assert.match(r.apply(item), /\n## 第\$\{1:四\}条\n\n本协定\$\{2\|自签字之日起生效,/);
  }
});

// ---------------------------------------------------------------------------------------
// Snippets of snippets/, fitted

test('snippets: offered in markdown treaties, fitted to the self-reference, parties and next article (seed 002)', () => {
  const r = complete(seed('002', /\n本条约于二〇〇二/, `\n${CURSOR}\n本条约于二〇〇二`));
  const snippets = r.items.filter((i) => i.sortText?.startsWith('2-'));
  // Every clause snippet but the multilateral family's (a depositary, accession, withdrawal): the treaty's parties are two.
  assert.equal(snippets.length, SNIPPETS.filter((s) => !s.isFileTemplate && snippetFamily(s) !== 'many').length, 'every clause snippet of a bilateral text, no templates');
  assert.equal(snippets.some((i) => i.label === '保存机关' || i.label === '加入' || i.label === '无限期'), false);
  const disputes = snippets.find((i) => i.label === '争议')!;
  assert.equal(newText(disputes), '## 第${1:二十}条\n\n${2|缔约双方,双方|}在解释和执行${3|本条约,本协议,本协定|}产生分歧时，将通过${4|协商和会谈,友好协商,外交途径|}的方式解决。\n$0');
  assert.equal(disputes.filterText, '争议 分歧 争端 zhengyi disputes');
});

test('snippets: whole-document templates only in an empty treaty document', () => {
  const f = fixture(CURSOR);
  const index = new WorkspaceIndex();
  index.set('file:///ws/new.treaty.md', f.main.text, 1, 'treaty');
  const { items } = completion(contextOf(index, index.get('file:///ws/new.treaty.md')!), { line: 0, character: 0 }, { snippets: SNIPPETS });
  assert.deepEqual(items.filter((i) => i.label.includes('模板')).map((i) => i.label), ['协定模板', '条约模板', '议定书模板', '联合声明模板', '换文模板']);
});

// ---------------------------------------------------------------------------------------
// completionItem/resolve

test('resolve: a clause shows its full text; an article its text; a title its particulars', () => {
  const r = complete(DRAFT + `\n${CURSOR}`, true);
  const doc = (i: CompletionItem) => unescapeMarkdown((resolveCompletion({ ...i }, r.index).documentation as MarkupContent).value);
  assert.equal(doc(find(r.items, '生效条款')), '## 第四条\n\n本协定自签字之日起生效。');
  assert.match(doc(find(r.items, '签署条款')), /^本协定于2024年6月15日在北京签署，一式两份，每份均用中文和哈文写成，两种文本同等作准。$/);
  const refs = complete(seed('000', '按照本协议第十二条执行', `按照本协议第${CURSOR}执行`));
  assert.match(unescapeMarkdown((resolveCompletion({ ...find(refs.items, '第十二条') }, refs.index).documentation as MarkupContent).value), /^## 第 十 二 条\n\n本协议自签字之日起生效/);
  const titles = complete(`# 测试协定\n\n双方根据《${CURSOR}》，达成协议如下：\n\n## 第一条\n\n双方合作。\n`, true);
  const t = (resolveCompletion({ ...find(titles.items, '《中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约》') }, titles.index).documentation as MarkupContent).value;
  assert.match(t, /签署：2002年12月23日，北京/);
  assert.match(t, /当事方：中华人民共和国、哈萨克斯坦共和国/);
});

// ---------------------------------------------------------------------------------------
// Robustness

test('odd input and positions never throw', () => {
  for (const src of [CURSOR, `第${CURSOR}`, `《${CURSOR}`, `# 协定\n\n第一条第${CURSOR}`, `${CURSOR}\r\n第一条\r\n`, '\uFEFF' + CURSOR, `第${'第'.repeat(5000)}${CURSOR}`]) {
    assert.doesNotThrow(() => complete(src), JSON.stringify(src.slice(0, 20)));
  }
});

test('snippets: a reference to the entry-into-force article takes its number (seed 000, 第十二条)', () => {
  const r = complete(seed('000', /\n本协议于 2002/, `\n${CURSOR}\n\n本协议于 2002`));
  const protocols = r.items.find((i) => i.label === '议定书补充')!;
  assert.match(newText(protocols), /^## 第 \$\{1:十 三\} 条\n\n\$\{2\|本协议,本协定,本条约\|\}可以用.*按照\$2第\$\{4:十二\}条执行/);
});

test('articles in a long treaty: what was typed narrows the list, marked incomplete', () => {
  const body = Array.from({ length: 400 }, (_, i) => `## 第${formatChinese(i + 1)}条\n\n双方合作${i + 1}。\n`).join('\n');
  const make = (typed: string) => {
    const f = fixture(`# 测试协定\n\n双方达成协议如下：\n\n${body}\n依照本协定第${typed}${CURSOR}的规定。\n`);
    const index = new WorkspaceIndex();
    index.set(f.main.uri, f.main.text, 1, 'markdown');
    const s = index.get(f.main.uri)!;
    return completion(contextOf(index, s), new LineMap(index.model(s).tree.lines).positionAt(f.main.cursor!));
  };
  const all = make('');
  assert.equal(all.isIncomplete, true);
  assert.equal(all.items.length, 300);
  assert.equal(all.items[all.items.length - 1].label, '第四百条', 'nearest the cursor (the end)');
  const tens = make('三百一十');
  assert.deepEqual(tens.items.map((i) => i.label), ['第三百一十条', ...Array.from({ length: 9 }, (_, i) => `第三百一十${formatChinese(i + 1)}条`)]);
  const arabic = make('39');
  assert.deepEqual(arabic.items.map((i) => i.label), ['第三十九条', '第三百九十条', '第三百九十一条', '第三百九十二条', '第三百九十三条', '第三百九十四条', '第三百九十五条', '第三百九十六条', '第三百九十七条', '第三百九十八条', '第三百九十九条']);
});

// ---------------------------------------------------------------------------------------
// Writing a new treaty (issue #10): every edit replaces what was typed of it

test('heading after # on a blank line: the typed marks are replaced by the heading, which parses as the next article', () => {
  for (const typed of ['#', '##', '##第', '## 第']) {
    const r = complete(DRAFT + `\n${typed}${CURSOR}`);
    const item = find(r.items, '第四条');
    assert.equal(r.replaced(item), typed.startsWith('## ') ? typed.slice(3) : typed, `${typed}: the typed prefix is replaced`);
    assert.ok(item.filterText!.startsWith(r.replaced(item).replace(/第$/, '')), `${typed}: ${item.filterText} matches what was typed`);
    const after = r.apply(item);
    assert.match(after, /\n## 第四条$/, typed);
    const treaty = buildTreaty(after);
    assert.deepEqual(treaty.articles.map((a) => a.num), [1, 2, 3, 4], `${typed}: a fourth article, not text`);
  }
  // A document of bare headings (seed 004): the level typed is kept.
  const bare = complete(seed('004', /\n第二十四条\n/, `\n#${CURSOR}\n第二十四条\n`));
  assert.equal(newText(find(bare.items, '第二十四条')), '# 第二十四条');
});

const SNIPPET_FILE = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets/treaty.code-snippets'), 'utf8')) as Record<string, { prefix: string | string[] }>;

/** The snippets written for many parties (a depositary, accession, withdrawal): completionSnippets.ts snippetFamily. */
const MULTILATERAL_FAMILY = new Set(['Indefinite term and withdrawal (无限期有效及退出)', 'Accession (加入)', 'Depositary (保存机关)']);

test('every prefix of every snippet, typed on a line of its own, offers it and is replaced by it', () => {
  let checked = 0;
  for (const [name, def] of Object.entries(SNIPPET_FILE)) {
    for (const prefix of Array.isArray(def.prefix) ? def.prefix : [def.prefix]) {
      // In a new file (nothing else in it) and on a blank line of a draft.
      for (const [where, r] of [
        ['new file', complete(`${prefix}${CURSOR}`, false, 'new.treaty.md')],
        ['draft', complete(DRAFT + `\n${prefix}${CURSOR}\n`)],
      ] as const) {
        const item = r.items.find((i) => i.labelDetails?.description === pickLanguage(name));
        // The draft is a bilateral agreement (双方): a clause of the multilateral family is not offered in it.
        if (where === 'draft' && MULTILATERAL_FAMILY.has(name)) {
          assert.equal(item, undefined, `${where}: ${prefix} offers no ${name}`);
          continue;
        }
        assert.ok(item, `${where}: ${prefix} offers ${name}`);
        assert.equal(r.replaced(item), prefix, `${where}: ${prefix} is replaced`);
        assert.ok(item.filterText!.startsWith(prefix), `${where}: ${item.filterText} starts with ${prefix}`);
        const body = expandSnippet(newText(item));
        assert.equal(r.apply(item).includes(`${prefix}${body}`), false, `${where}: ${prefix} is not left before the snippet`);
        checked++;
      }
    }
  }
  assert.ok(checked > 200, `${checked} prefixes checked`);
});

test('templates in a new file: offered by their prefixes, not mistaken for a title; dates from the request', () => {
  const r = complete(`协定模板${CURSOR}`, false, 'new.treaty.md');
  const item = find(r.items, '协定模板');
  assert.equal(r.replaced(item), '协定模板');
  assert.equal(r.items.some((i) => i.label === '本协定'), false, 'the typed prefix is no title: no 本协定 to append');
  const text = expandSnippet(r.apply(item));
  assert.match(text, /^# 中华人民共和国政府和……政府关于……合作的协定\n/);
  assert.match(text, /本协定于2024年6月15日在北京签署，一式两份，每份均用中文和……文写成，两种文本同等作准。/);
  for (const label of ['协定模板', '条约模板', '议定书模板', '联合声明模板', '换文模板']) {
    const t = expandSnippet(newText(find(complete(`${label}${CURSOR}`, false, 'new.treaty.md').items, label)));
    assert.doesNotMatch(t, /1993|1996|2002|哈萨克斯坦|吉尔吉斯|上海合作组织|阿斯塔纳/, `${label}: nothing taken from the samples`);
    assert.match(t, /2024年6月15日/, `${label}: today's date`);
    assert.doesNotMatch(newText(find(complete(`${label}${CURSOR}`, false, 'new.treaty.md').items, label)), /\$CURRENT_/, `${label}: variables filled in`);
  }
  // In a document with content, a template only when its prefix is typed.
  assert.equal(complete(DRAFT + `\n${CURSOR}`).items.some((i) => i.label.endsWith('模板')), false);
  assert.ok(complete(DRAFT + `\ntemplate${CURSOR}`).items.some((i) => i.label === '协定模板'));
});

test('signing clause in an empty file reads as a clause, with placeholders for what is unknown', () => {
  const r = complete(`签署${CURSOR}`, false, 'new.treaty.md');
  const item = find(r.items, '签署条款');
  assert.equal(r.replaced(item), '签署');
  assert.equal(newText(item), '${7|本协定,本协议,本条约|}于${1:2024}年${2:6}月${3:15}日在${4:北京}签署，一式${5:两}份，每份均用中文和${6:……}文写成，两种文本同等作准。\n$0');
  const doc = (resolveCompletion({ ...item }, r.index).documentation as MarkupContent).value;
  assert.equal(doc, '本协定于2024年6月15日在北京签署，一式两份，每份均用中文和……文写成，两种文本同等作准。');
  assert.match(item.labelDetails!.description!, /^本协定于2024年6月15日在北京签署/);
  // A party whose language is not known: no one-language list.
  const half = complete('# 中华人民共和国政府和某国政府关于合作的协定\n\n中华人民共和国政府和某国政府（以下简称“双方”）达成协议如下：\n\n## 第一条\n\n双方合作。\n\n' + CURSOR);
  assert.match(newText(find(half.items, '签署条款')), /^本协定于.*每份均用中文和\$\{6:……\}文写成，两种文本同等作准。/);
});

test('terms after a word typed alone on its line replace it (filtered out), not appended to it', () => {
  const r = complete(DRAFT + `\n生效${CURSOR}`);
  assert.equal(r.replaced(find(r.items, '双方')), '生效');
  assert.equal(r.replaced(find(r.items, '本协定')), '生效');
  const typed = complete(DRAFT + `\n根据本${CURSOR}`);
  assert.equal(typed.replaced(find(typed.items, '本协定')), '本', 'the typed part of the term');
  const running = complete(DRAFT + `\n双方同意，${CURSOR}`);
  assert.equal(running.replaced(find(running.items, '本协定')), '', 'in running text, at the cursor');
});

test('a blank line of a document asks again as the user types, so a template prefix typed after Ctrl+Space finds it', () => {
  const at = (source: string) => {
    const f = fixture(source);
    const index = new WorkspaceIndex();
    index.set(f.main.uri, f.main.text, 1, 'markdown');
    const s = index.get(f.main.uri)!;
    return completion(contextOf(index, s), new LineMap(index.model(s).tree.lines).positionAt(f.main.cursor!), { snippets: SNIPPETS, now: NOW });
  };
  assert.equal(at(DRAFT + `\n${CURSOR}`).isIncomplete, true);
  assert.equal(at(DRAFT + `\nt${CURSOR}`).isIncomplete, false);
  assert.equal(at(`${CURSOR}`).isIncomplete, false, 'a new file has its templates already');
});

test('the document\'s fit is read once per request, however many providers use it', () => {
  // Spy on the model functions the fit reads (the compiled modules are CommonJS: features call them through the exports).
  const clauses = require('../../server/src/model/clauses') as Record<string, (...a: unknown[]) => unknown>;
  const parties = require('../../server/src/model/parties') as Record<string, (...a: unknown[]) => unknown>;
  const calls = new Map<string, number>();
  const spied: [Record<string, (...a: unknown[]) => unknown>, string, (...a: unknown[]) => unknown][] = [];
  for (const [mod, name] of [[clauses, 'headingStyleAt'], [clauses, 'nextArticleNumber'], [clauses, 'finalClausesOf'], [parties, 'partyInfoOf']] as const) {
    const original = mod[name];
    spied.push([mod, name, original]);
    mod[name] = (...a: unknown[]) => {
      calls.set(name, (calls.get(name) ?? 0) + 1);
      return original(...a);
    };
  }
  try {
    const r = complete(DRAFT + `\n${CURSOR}`);
    assert.ok(r.items.some((i) => i.label === '第四条') && r.items.some((i) => i.label === '签署条款') && r.items.some((i) => i.label === '生效'), 'heading, clause and snippet providers answered');
    assert.deepEqual(Object.fromEntries(calls), { headingStyleAt: 1, nextArticleNumber: 1, finalClausesOf: 1, partyInfoOf: 1 });
  } finally {
    for (const [mod, name, original] of spied) mod[name] = original;
  }
});

// ---------------------------------------------------------------------------------------
// Chapters and sections after 第, the articles first

/** A real regulation with chapters and sections (sections of the same name under two chapters): test/fixtures/laws/README.md. */
const SHANGHAI = fs.readFileSync(path.join(ROOT, 'test/fixtures/laws/shanghai_fie_approval.md'), 'utf8');

test('chapters after 本条例第: after the articles, sections named with their chapter, each with its caption and articles', () => {
  const r = complete(SHANGHAI.replace('第二十二条 中外合作经营企业合同、章程的修改，比照本条例第十五条', `第二十二条 中外合作经营企业合同、章程的修改，比照本条例第${CURSOR}十五条`), false, 'regulation.md');
  const names = labels(r.items);
  assert.equal(names.length, 32 + 11, 'the 32 articles, then the 5 chapters and 6 sections');
  assert.deepEqual(names.slice(32), ['第一章', '第二章', '第二章第一节', '第二章第二节', '第二章第三节', '第三章', '第三章第一节', '第三章第二节', '第三章第三节', '第四章', '第五章']);
  const sorted = [...r.items].sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1)).map((i) => i.label);
  assert.deepEqual(sorted, names, 'the articles sort before the chapters');
  const section = find(r.items, '第三章第一节');
  assert.equal(section.labelDetails?.description, '中外合资经营企业');
  assert.equal(section.detail, '第三章第一节 中外合资经营企业 （第十五条至第二十一条）');
  assert.equal(find(r.items, '第二章第二节').detail, '第二章第二节 中外合作经营企业 （第十三条）');
  assert.equal(find(r.items, '第五章').detail, '第五章 附则 （第二十八条至第三十二条）');
  assert.equal(r.replaced(section), '第', 'replaces 第');
  assert.match(r.apply(find(r.items, '第四章')), /比照本条例第四章十五条/);
});

test('chapters after 本条例第: a chapter numbered as one before it (a heading copied, its number left) is not offered', () => {
  // Edit safety (SAFETY_RETOUCH=more TREATY_FC_SEED=99991, 271828, session 49): the UN Charter's 第二章 written 第一章; the second
  // 第一章 was offered with its caption (会员), and accepted it named the first (宗旨及原则), as 本宪章第一章 does.
  const twice = SHANGHAI.replace('## 第三章　外商投资企业合同、章程的修改', '## 第二章　外商投资企业合同、章程的修改');
  const r = complete(twice.replace('比照本条例第十五条', `比照本条例第${CURSOR}十五条`), false, 'regulation.md');
  assert.deepEqual(labels(r.items, CompletionItemKind.Folder), ['第一章', '第二章', '第二章第一节', '第二章第二节', '第二章第三节', '第四章', '第五章']);
  assert.equal(find(r.items, '第二章').detail, '第二章 外商投资企业的设立 （第六条至第十四条）');
});

test('chapters after 《title》第: the cited regulation\'s, its title in the detail; none in a text without chapters', () => {
  const r = complete(`%! regulation.md
${SHANGHAI}
%! rules.md
# 上海市外商投资企业审批条例实施细则

第一条 根据《上海市外商投资企业审批条例》第${CURSOR}的规定，制定本细则。

第二条 本细则自发布之日起施行。
`);
  assert.equal(find(r.items, '第四章').detail, '上海市外商投资企业审批条例 第四章 法律责任 （第二十四条至第二十七条）');
  assert.ok(!labels(r.items).some((l) => l.startsWith('第') && l.endsWith('节') && !l.includes('章')), 'no section without its chapter');
  const own = complete(`%! rules.md
# 上海市外商投资企业审批条例实施细则

第一条 本细则第${CURSOR}规定。

第二条 本细则自发布之日起施行。
`);
  assert.deepEqual(labels(own.items), ['第一条', '第二条']);
});

test('chapters after a chapter\'s name and 第 (本条例第三章第‸): its sections named alone; a cited one\'s after 《…》第四章第', () => {
  const r = complete(SHANGHAI.replace('第二十二条 中外合作经营企业合同、章程的修改，比照本条例第十五条', `第二十二条 中外合作经营企业合同、章程的修改，比照本条例第三章第${CURSOR}`), false, 'regulation.md');
  const chapters = r.items.filter((i) => i.kind === CompletionItemKind.Folder);
  assert.deepEqual(chapters.map((i) => i.label), ['第一节', '第二节', '第三节']);
  assert.equal(chapters[0].detail, '第三章第一节 中外合资经营企业 （第十五条至第二十一条）');
  assert.match(r.apply(chapters[1]), /比照本条例第三章第二节/);
  // A chapter the text lacks: no units.
  const none = complete(SHANGHAI.replace('比照本条例第十五条', `比照本条例第九章第${CURSOR}`), false, 'regulation.md');
  assert.deepEqual(labels(none.items, CompletionItemKind.Folder), []);
  // The instrument is named before the chapter: the cited regulation's sections.
  const cited = complete(`%! regulation.md
${SHANGHAI}
%! rules.md
# 上海市外商投资企业审批条例实施细则

第一条 依照《上海市外商投资企业审批条例》第二章第${CURSOR}的规定办理。

第二条 本细则自发布之日起施行。
`);
  assert.deepEqual(labels(cited.items, CompletionItemKind.Folder), ['第一节', '第二节', '第三节']);
  assert.equal(find(cited.items, '第三节').detail, '上海市外商投资企业审批条例 第二章第三节 外资企业 （第十四条）');
});
