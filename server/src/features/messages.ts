// Every string the server shows a person — diagnostics, hovers, quick-fix titles,
// command results, progress — in Chinese and English, in one table.
//
// The language follows the client's display language: `locale` in the
// initialization options, else LSP `initialize`'s `locale`. A locale starting
// with `zh` gives Chinese, any other gives English; a client that names none
// (most editors other than VS Code) gets Chinese, the language of the treaties.
// Only the words around the treaty are translated: the treaty's own text, and
// text the server inserts into it (quick fixes, snippets, new articles), stays
// as the treaty is written.
//
// The locale is set once, at initialization, by server.ts (`setLocale`); features
// read it through `msg`, so their signatures need no locale parameter.

export type Locale = 'zh-cn' | 'en';

export const LOCALES: readonly Locale[] = ['zh-cn', 'en'];

type Entry = Record<Locale, string>;

/** `{0}`, `{1}` … are filled from `msg`'s arguments. */
export const MESSAGES = {
  // Commands (workspace/executeCommand).
  'command.notTreaty': { 'zh-cn': '当前文件不是条约。', en: 'The current file is not a treaty.' },
  'command.noArticles': { 'zh-cn': '该文件没有“第…条”形式的条款，无法插入或重新编号。', en: 'This document has no 第…条 articles to insert among or renumber.' },
  'command.renumberNothing': { 'zh-cn': '条款编号已连续，无需重新编号。', en: 'The articles are already numbered in sequence.' },
  'command.renumberLabel': { 'zh-cn': '重新编号全部条款', en: 'Renumber articles' },
  'command.insertLabel': { 'zh-cn': '插入{0}', en: 'Insert {0}' },
  'command.editRejected': { 'zh-cn': '编辑器未接受修改。', en: 'The editor did not apply the edit.' },
  'command.noCitations': { 'zh-cn': '工作区中没有文件引用《{0}》。', en: 'No document in the workspace cites 《{0}》.' },
  'command.noTitle': { 'zh-cn': '该文件没有标题，其他文件无法引用它。', en: 'This document has no title, so no other document can cite it.' },
  // Server notices.
  'notice.binary': { 'zh-cn': '条约起草：{0} 似乎是二进制文件，不予分析。', en: 'Treaty Drafting: {0} looks like a binary file; it is not analysed.' },
  'notice.tooLarge': { 'zh-cn': '条约起草：{0} 过大，不予分析。', en: 'Treaty Drafting: {0} is too large to analyse; it is not analysed.' },
  'progress.indexing': { 'zh-cn': '正在索引条约', en: 'Indexing treaties' },
  'progress.listing': { 'zh-cn': '正在列出文件', en: 'listing files' },
  // Outline.
  'outline.label': { 'zh-cn': '条约', en: 'Treaty' },
} as const satisfies Record<string, Entry>;

export type MessageKey = keyof typeof MESSAGES;

let current: Locale = 'zh-cn';

/** The table's locale for a BCP 47 tag (`zh-cn`, `zh-tw`, `en`, `de` …): Chinese for zh*, none given → Chinese, else English. */
export function localeOf(tag: string | undefined | null): Locale {
  if (!tag) return 'zh-cn';
  return /^zh\b/i.test(tag) ? 'zh-cn' : 'en';
}

export function setLocale(locale: Locale): void {
  current = locale;
}

export function getLocale(): Locale {
  return current;
}

/** The message in the current locale, `{n}` replaced by the n-th argument. */
export function msg(key: MessageKey, ...args: (string | number)[]): string {
  const entry: Entry = MESSAGES[key];
  return fill(entry[current], args);
}

function fill(template: string, args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : whole));
}

/**
 * One language out of a bilingual text written `中文 / English` (the snippet
 * descriptions) or `English (中文)` (the snippet names); anything else as it is.
 */
export function pickLanguage(text: string, locale: Locale = current): string {
  const slash = /^(.+?) \/ (.+)$/s.exec(text);
  if (slash && /[\u3400-\u9fff]/.test(slash[1])) return locale === 'en' ? slash[2].trim() : slash[1].trim();
  const paren = /^([^\u3400-\u9fff]+?) \(([^()]*[\u3400-\u9fff][^()]*)\)$/.exec(text);
  if (paren) return locale === 'en' ? paren[1].trim() : paren[2].trim();
  return text;
}
