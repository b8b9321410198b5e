// Both languages everywhere: the manifest's %keys% (package.nls.json and
// package.nls.zh-cn.json), the client's vscode.l10n strings (l10n/), and the
// server's message table (features/messages.ts).
import { test } from 'node:test';
import { contextOf } from '../../server/src/features/context';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { LOCALES, MESSAGES, localeOf, msg, pickLanguage, setLocale, getLocale } from '../../server/src/features/messages';
import { ROOT } from '../support/fixture';
import { workspace } from '../support/workspace';
import { diagnostics } from '../../server/src/features/diagnostics';
import { codeActions } from '../../server/src/features/codeActions';
import { hover } from '../../server/src/features/hover';
import { rename } from '../../server/src/features/renumber';
import { completion, readSnippets } from '../../server/src/features/completion';
import * as clientProtocol from '../../client/src/protocol';
import * as serverProtocol from '../../server/src/protocol/commands';
import { ENCODING_CODE } from '../../server/src/features/encodingNotice';
import { SHOW_REFERENCES } from '../../server/src/features/codeLens';
import * as v8 from 'v8';
import { exposedGc } from '../support/gc';
import { REVEAL_COUNTERPART } from '../../server/src/features/counterparts';

const read = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');
const json = (f: string) => JSON.parse(read(f));
const manifest = read('package.json');
const pkg = json('package.json');
const nls: Record<string, string> = json('package.nls.json');
const nlsZh: Record<string, string> = json('package.nls.zh-cn.json');
const placeholders = (s: string) => [...s.matchAll(/\{(\d+)\}/g)].map((m) => m[1]).sort();
const CJK = /[\u4e00-\u9fff]/;

test('package.nls.json and package.nls.zh-cn.json have the same keys, each translated', () => {
  assert.deepEqual(Object.keys(nlsZh).sort(), Object.keys(nls).sort());
  for (const k of Object.keys(nls)) {
    assert.ok(nls[k].trim() && nlsZh[k].trim(), k);
    assert.notEqual(nlsZh[k], nls[k], `${k} is not translated`);
    assert.ok(CJK.test(nlsZh[k]), `${k}: the Chinese text has Chinese in it`);
  }
});

test('every %key% in package.json is in package.nls.json, and every key there is used', () => {
  const used = new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
  assert.ok(used.size > 10);
  for (const k of used) assert.ok(k in nls, `%${k}% is not in package.nls.json`);
  for (const k of Object.keys(nls)) assert.ok(used.has(k), `${k} is not used in package.json`);
});

test('no user-visible manifest string is left untranslated', () => {
  const c = pkg.contributes;
  const visible = [
    pkg.displayName, pkg.description, c.configuration.title,
    ...Object.values<Record<string, string>>(c.configuration.properties).map((p) => p.description ?? p.markdownDescription),
    ...c.commands.flatMap((x: Record<string, string>) => [x.title, x.category]),
    ...c.walkthroughs.flatMap((w: { title: string; description: string; steps: Record<string, string>[] }) => [w.title, w.description, ...w.steps.flatMap((s) => [s.title, s.description])]),
  ];
  for (const v of visible) assert.match(String(v), /^%[^%]+%$/);
});

/** `vscode.l10n.t('…')` literals in the client's sources. */
function clientStrings(): Set<string> {
  const out = new Set<string>();
  for (const f of fs.readdirSync(path.join(ROOT, 'client/src'))) {
    const src = read(path.join('client/src', f));
    for (const m of src.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) out.add(m[1].replace(/\\'/g, "'"));
    assert.doesNotMatch(src, /l10n\.t\(\s*[`"]/, `${f}: l10n.t takes a plain '…' literal, so this test can see it`);
  }
  return out;
}

test('every client string has a Chinese translation in l10n/bundle.l10n.zh-cn.json, and nothing else is there', () => {
  const bundle: Record<string, string> = json('l10n/bundle.l10n.zh-cn.json');
  const strings = clientStrings();
  assert.ok(strings.size >= 10);
  assert.deepEqual(Object.keys(bundle).sort(), [...strings].sort());
  for (const [en, zh] of Object.entries(bundle)) {
    assert.ok(CJK.test(zh), en);
    assert.deepEqual(placeholders(zh), placeholders(en), en);
  }
  assert.equal(pkg.l10n, './l10n');
});

test('every server message has Chinese and English, with the same placeholders, and is used', () => {
  const sources = fs.readdirSync(path.join(ROOT, 'server/src'), { recursive: true }).map(String).filter((f) => f.endsWith('.ts') && !f.endsWith('messages.ts'))
    .map((f) => read(path.join('server/src', f))).join('\n');
  for (const [key, entry] of Object.entries(MESSAGES)) {
    // LOCALES lists the table's languages, every one of them.
    assert.deepEqual(Object.keys(entry).sort(), [...LOCALES].sort(), `${key}: the languages of LOCALES`);
    for (const l of LOCALES) assert.ok((entry as Record<string, string>)[l]?.trim(), `${key} has no ${l}`);
    assert.notEqual(entry.en, entry['zh-cn'], `${key} is not translated`);
    assert.ok(CJK.test(entry['zh-cn']), `${key}: Chinese`);
    // Each language may leave out an argument it writes another way (a number in Chinese numerals or in digits), but none goes unused.
    const all = new Set([...placeholders(entry.en), ...placeholders(entry['zh-cn'])]);
    assert.deepEqual([...all].map(Number).sort(), [...Array(all.size).keys()], key);
    assert.ok(sources.includes(`'${key}'`), `${key} is never used`);
  }
});

test('the locale: zh* is Chinese, none given is Chinese, anything else is English', () => {
  for (const tag of ['zh-cn', 'zh-CN', 'zh-tw', 'zh-Hans', 'zh', undefined, null, '']) assert.equal(localeOf(tag), 'zh-cn', String(tag));
  // A tag is Chinese by its language, its first subtag: not by a later one (a private-use `-x-zh`).
  for (const tag of ['en', 'en-US', 'de', 'fr', 'ja', 'zhx', 'en-x-zh']) assert.equal(localeOf(tag), 'en', tag);
});

test('msg follows the locale and fills placeholders', () => {
  const before = getLocale();
  try {
    setLocale('en');
    assert.equal(msg('command.noCitations', '测试条约'), 'No document in the workspace cites 《测试条约》.');
    setLocale('zh-cn');
    assert.equal(msg('command.noCitations', '测试条约'), '工作区中没有文件引用《测试条约》。');
  } finally {
    setLocale(before);
  }
});

test('pickLanguage splits the snippets\' bilingual texts', () => {
  assert.equal(pickLanguage('自签字之日起生效 / Entry into force on signature', 'en'), 'Entry into force on signature');
  assert.equal(pickLanguage('自签字之日起生效 / Entry into force on signature', 'zh-cn'), '自签字之日起生效');
  assert.equal(pickLanguage('合作领域及分项 / Fields of cooperation, with items （一）（二）（三）', 'en'), 'Fields of cooperation, with items （一）（二）（三）');
  assert.equal(pickLanguage('Entry into force on signature (自签字之日起生效)', 'en'), 'Entry into force on signature');
  assert.equal(pickLanguage('Entry into force on signature (自签字之日起生效)', 'zh-cn'), '自签字之日起生效');
  assert.equal(pickLanguage('条标题', 'en'), '条标题');
  assert.equal(pickLanguage('a / b', 'zh-cn'), 'a / b');
});

test('in treaty files VS Code does not box full-width punctuation, wraps lines and suggests as you type', () => {
  const t = pkg.contributes.configurationDefaults['[treaty]'];
  assert.equal(t['editor.unicodeHighlight.ambiguousCharacters'], false);
  assert.equal(t['editor.wordWrap'], 'on');
  assert.equal(t['editor.quickSuggestions'].other, 'on');
  assert.equal(t['editor.wordBasedSuggestions'], 'off');
});

test('commands: every palette entry, menu item and walkthrough link names a contributed command the client registers', () => {
  const c = pkg.contributes;
  const contributed = new Set<string>(c.commands.map((x: { command: string }) => x.command));
  const client = read('client/src/extension.ts');
  for (const id of contributed) assert.match(client, new RegExp(`registerCommand\\('${id.replace('.', '\\.')}'`), `${id} is not registered`);
  for (const items of Object.values<{ command: string }[]>(c.menus)) for (const m of items) assert.ok(contributed.has(m.command), m.command);
  for (const s of c.walkthroughs[0].steps) {
    for (const locale of [nls, nlsZh]) {
      const text = locale[s.description.slice(1, -1)];
      for (const m of text.matchAll(/\(command:([\w.]+)\)/g)) assert.ok(contributed.has(m[1]) || !m[1].startsWith('treaty.'), m[1]);
    }
    assert.ok(fs.existsSync(path.join(ROOT, s.media.markdown)), s.media.markdown);
  }
  assert.ok(c.commands.every((x: { category: string }) => x.category === '%command.category%'));
});

test('the walkthrough media and the l10n bundle are packaged', () => {
  const ignore = read('.vscodeignore');
  for (const f of ['package.nls.json', 'package.nls.zh-cn.json', 'l10n/**', 'media/**']) assert.ok(ignore.includes(`!${f}`), f);
});

test('the client\'s copy of the server\'s command and request names is the server\'s', () => {
  assert.deepEqual(clientProtocol.SERVER_COMMANDS, serverProtocol.SERVER_COMMANDS);
  assert.equal(clientProtocol.SUMMARY_REQUEST, serverProtocol.SUMMARY_REQUEST);
  assert.equal(clientProtocol.ENCODING_CODE, ENCODING_CODE);
  assert.equal(clientProtocol.PREVIEW_REQUEST, serverProtocol.PREVIEW_REQUEST);
  // The lens commands the extension says it runs are the lenses' own; every other client gets the server's.
  assert.deepEqual([...clientProtocol.CLIENT_COMMANDS], [SHOW_REFERENCES, REVEAL_COUNTERPART]);
});

// ---------------------------------------------------------------------------------------
// The server's words in English: what a person reads changes, the treaty text does not.

function inEnglish<T>(fn: () => T): T {
  const before = getLocale();
  setLocale('en');
  try {
    return fn();
  } finally {
    setLocale(before);
  }
}

test('English: drafting checks and their quick fixes speak English, quoting the treaty as written', () => {
  const source = '# 测试协定\n\n## 第一条\n\n依照本协定第九条,适用《不存在的条约》。\n\n## 第三条\n\n乙。\n';
  const ws = workspace(source);
  const zh = diagnostics(contextOf(ws.index, ws.snapshot()));
  const en = inEnglish(() => diagnostics(contextOf(ws.index, ws.snapshot())));
  const byCode = (ds: typeof en) => Object.fromEntries(ds.map((d) => [String(d.code), d.message]));
  assert.deepEqual(byCode(en), {
    'ref.no-such-article': '本协定 has no 第九条 (it has 2 articles)',
    'ref.citation-not-found': '《不存在的条约》 is not in the workspace',
    'numbering.gap': '第二条 is missing',
    'style.half-width-punctuation': 'Use the full-width “，” in Chinese text',
  });
  assert.deepEqual(byCode(zh), {
    'ref.no-such-article': '本协定没有第九条（共2条）',
    'ref.citation-not-found': '工作区中找不到《不存在的条约》',
    'numbering.gap': '缺少第二条',
    'style.half-width-punctuation': '中文中应使用全角“，”',
  });
  const actions = inEnglish(() => codeActions(contextOf(ws.index, ws.snapshot()), en));
  const titles = actions.map((a) => a.title);
  assert.ok(titles.some((t) => t.startsWith('Renumber all articles and update references')), titles.join(' | '));
  assert.ok(titles.includes('Change to the full-width “，”'), titles.join(' | '));
  // The edits are the same in both languages: the treaty text is never translated.
  const zhActions = codeActions(contextOf(ws.index, ws.snapshot()), zh);
  assert.deepEqual(actions.map((a) => a.edit), zhActions.map((a) => a.edit));
});

test('English: hovers and completion details speak English; snippet bodies stay Chinese', () => {
  const ws = workspace('# 测试协定\n\n双方（以下简称“缔约双方”）同意。\n\n## 第一条\n\n缔约‸双方合作。\n');
  const term = inEnglish(() => hover(contextOf(ws.index, ws.snapshot()), ws.offset));
  assert.ok(term);
  const value = (term.contents as { value: string }).value;
  assert.match(value, /^\*\*“缔约双方”\*\* means /);
  const snippets = readSnippets(JSON.parse(read('snippets/treaty.code-snippets')));
  const source = '# 测试协定\n\n## 第一条\n\n甲。\n\n生效‸';
  const w2 = workspace(source);
  const at = w2.index.model(w2.snapshot()).tree.lines.length - 1;
  const position = { line: at, character: 2 };
  const en = inEnglish(() => completion(contextOf(w2.index, w2.snapshot()), position, { snippets }));
  const zh = completion(contextOf(w2.index, w2.snapshot()), position, { snippets });
  const snippet = (list: typeof en) => list.items.find((i) => i.filterText?.includes('entry-into-force-signature'))!;
  assert.equal(snippet(en).labelDetails?.description, 'Entry into force on signature');
  assert.equal(snippet(en).detail, 'Entry into force on signature');
  assert.equal(snippet(zh).labelDetails?.description, '自签字之日起生效');
  assert.deepEqual(snippet(en).textEdit, snippet(zh).textEdit);
  const clause = (list: typeof en, label: string) => list.items.find((i) => i.label === label);
  assert.ok(clause(en, 'Entry into force') && clause(zh, '生效条款'));
  assert.deepEqual(clause(en, 'Entry into force')!.textEdit, clause(zh, '生效条款')!.textEdit);
});

test('English: rename and renumbering refusals give their reasons in English', () => {
  const ws = workspace('# 测试协定\n\n## 第一条\n\n甲。\n\n## 第‸二条\n\n乙。\n');
  const why = (newName: string) => {
    const r = inEnglish(() => rename(contextOf(ws.index, ws.snapshot()), ws.offset, newName));
    return r && typeof r === 'object' && 'refused' in r ? r.refused : undefined;
  };
  assert.equal(why('abc'), '“abc” is not an article number. Type an article number: 第二十条, 二十 or 20.');
  assert.equal(why('第一条'), '本协定 already has 第一条. Choose another number, or first “Renumber all articles”.');
  assert.equal(why('第一条'.replace('一', '二')), undefined);
  const dangling = workspace('# 测试协定\n\n## 第一条\n\n依照本协定第五条。\n\n## 第‸二条\n\n乙。\n');
  const r = inEnglish(() => rename(contextOf(dangling.index, dangling.snapshot()), dangling.offset, '五'));
  assert.deepEqual(r, { refused: 'Cannot change to 第五条: the reference to no article line 5 “本协定第五条” would point to a renumbered article.' });
});

test('a message keeps nothing of the text its words are cut from: forty messages quoting 1 MB texts hold kilobytes, not the texts', () => {
  const gc = exposedGc();
  const texts = 40;
  const kept: string[] = [];
  gc();
  const before = v8.getHeapStatistics().used_heap_size;
  for (let i = 0; i < texts; i++) {
    // A text of 500,000 two-byte characters (1 MB); the words a message quotes are slices of it, as a check's are.
    const text = `中华人民共和国政府和第${i}国政府关于相互促进和保护投资的协定\n${'缔约双方同意。'.repeat(70_000)}`;
    kept.push(msg('command.noCitations', text.slice(0, 24)), msg('command.noCitations', text.slice(3, 9)), msg('diag.dateNoMonth', 13));
  }
  gc();
  const grown = v8.getHeapStatistics().used_heap_size - before;
  assert.equal(kept.length, 3 * texts);
  assert.equal(kept[0], getLocale() === 'en' ? 'No document in the workspace cites 《中华人民共和国政府和第0国政府关于相互促进和保护》.' : '工作区中没有文件引用《中华人民共和国政府和第0国政府关于相互促进和保护》。');
  assert.ok(grown < 2_000_000, `${grown} bytes kept by ${kept.length} messages`);
});
