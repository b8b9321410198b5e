// Completions that write something new, fitted to the document: the next article
// heading in the document's own style, the signing clause (copies and authentic
// texts agreeing with the parties and languages), the signature block (one per
// party), the final clauses the document lacks (each under the article number it
// would take), and the clause snippets of snippets/.
import { CompletionItem, CompletionItemKind, InsertTextFormat } from 'vscode-languageserver-types';
import { FinalClause, HeadingStyle, finalClausesOf, formatHeading, formatLabel, formatNumber, headingStyleAt, missingFinalClauses, nextArticleNumber } from '../model/clauses';
import { capitalOf, languageOf, partyInfoOf, splitPartyName } from '../model/parties';
import { formatChinese } from '../syntax/numerals';
import { Treaty } from '../model/treaty';
import { Snippet, expandSnippet, fitSnippet } from './completionSnippets';
import { CompletionRequest, ItemData, countWord, edit, esc, pad } from './completionCommon';
import { msg, pickLanguage } from './messages';

const CLAUSE: ItemData = { k: 'clause' };

/** The next article heading. `from`: where the typed heading starts; `hashes`: the line already has `## `. */
export function headingItems(req: CompletionRequest, from: number, hashes: boolean): CompletionItem[] {
  const { treaty } = req;
  const style = headingStyleAt(treaty, req.offset);
  if (treaty.tree.unitStyle === 'none' && !treaty.title && treaty.articles.length === 0) return [];
  const n = style.paragraphs ? nextUnitNumber(req) : nextArticleNumber(treaty, req.offset);
  const label = formatLabel(n, style);
  const text = hashes || style.paragraphs ? label : formatHeading(n, style);
  return [{
    label,
    labelDetails: { description: style.paragraphs ? msg('completion.nextParagraph') : msg('completion.nextArticle') },
    kind: CompletionItemKind.Keyword,
    detail: style.paragraphs ? msg('completion.paragraphNumber', formatChinese(n), n) : msg('completion.headingStyle', text),
    sortText: '0-0',
    preselect: true,
    filterText: style.paragraphs ? label : `${label} tiao article`,
    textEdit: edit(req, from, text),
    data: CLAUSE,
  }];
}

function nextUnitNumber(req: CompletionRequest): number {
  const before = req.treaty.articles.filter((a) => a.start <= req.offset).pop();
  return before?.num !== undefined ? before.num + 1 : 1;
}

/** The heading of a new article, with the number as the first placeholder: `## 第${1:十三}条`. */
export function headingSnippet(n: number, style: HeadingStyle): string {
  const s: HeadingStyle = style.paragraphs ? { level: 2, spaced: false, arabic: false, paragraphs: false } : style;
  const label = formatLabel(n, s);
  const num = formatNumber(n, s);
  const at = label.indexOf(num);
  const withPlaceholder = `${label.slice(0, at)}\${1:${num}}${label.slice(at + num.length)}`;
  return s.level > 0 ? `${'#'.repeat(s.level)} ${withPlaceholder}` : withPlaceholder;
}

interface Fit {
  self: string;
  term: string;
  parties: string[];
  multilateral: boolean;
  next: number;
  heading: string;
}

function fitOf(req: CompletionRequest): Fit {
  const { treaty } = req;
  const parties = partyInfoOf(treaty);
  const style = headingStyleAt(treaty, req.offset);
  const next = nextArticleNumber(treaty, req.offset);
  return {
    self: treaty.selfRef,
    term: parties.term,
    parties: parties.names,
    multilateral: parties.names.length > 2 || /各方/.test(parties.term),
    next,
    heading: headingSnippet(next, style),
  };
}

/** Clause completions at the start of a line; `from` is where the typed prefix starts. */
export function clauseItems(req: CompletionRequest, from: number): CompletionItem[] {
  const fit = fitOf(req);
  const items: CompletionItem[] = [];
  const add = (label: string, detail: string, filter: string, body: string, sort: string) =>
    items.push({
      label,
      labelDetails: { description: detail },
      kind: CompletionItemKind.Snippet,
      detail,
      sortText: sort,
      filterText: `${label} ${filter}`,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: edit(req, from, body),
      data: CLAUSE,
    });
  const articleNo = formatLabel(fit.next, { level: 0, spaced: false, arabic: false, paragraphs: false });
  missingFinalClauses(req.treaty).forEach((c, i) => {
    const { label, filter, body } = finalClause(c, fit);
    add(label, `${articleNo} · ${summaryLine(body)}`, filter, `${fit.heading}\n\n${body}\n$0`, `1-${i}`);
  });
  add(msg('completion.signing'), summaryLine(signingClause(req, fit)), '签署 签订 qianshu qianding signing done-at', `${signingClause(req, fit)}\n$0`, '1-5');
  if (fit.parties.length > 0) {
    add(msg('completion.signatures'), msg('completion.parties', fit.parties.length, fit.parties.join('、')), '签字 qianzi signature-block', `${signatureBlock(fit)}\n$0`, '1-6');
  }
  return items;
}

/** The first sentence of a snippet body, placeholders shown with their defaults. */
function summaryLine(body: string): string {
  const plain = expandSnippet(body);
  const first = plain.split('\n').find((l) => l.trim() && !/^#/.test(l)) ?? '';
  return first.length > 40 ? `${first.slice(0, 40)}…` : first;
}

function finalClause(c: FinalClause, fit: Fit): { label: string; filter: string; body: string } {
  const self = esc(fit.self);
  const term = esc(fit.term);
  switch (c) {
    case 'entry-into-force':
      return {
        label: msg('completion.entryIntoForce'),
        filter: '生效 shengxiao entry-into-force',
        body: fit.multilateral
          ? `${self}\${2|需经${term}批准，自保存机关收到最后一份批准书之日起生效,自签字之日起生效|}。`
          : `${self}\${2|自签字之日起生效,需经批准，并自互换批准书之日起生效,自${term}通过外交途径相互通知已完成使${self}生效所需的各自国内法律程序之日起生效|}。`,
      };
    case 'duration':
      return {
        label: msg('completion.duration'),
        filter: '有效期 延长 youxiaoqi duration renewal',
        body: fit.multilateral
          ? `${self}无限期有效。任何缔约方均可以书面形式通知保存机关退出${self}。${self}自保存机关收到该通知之日起\${2|十二个月,六个月|}后对该缔约方失效。`
          : `${self}有效期为\${2|五,十,二十|}年。如果在${self}有效期满\${3|六个月,一年|}前任何一方均未以书面形式通知另一方要求终止${self}，则${self}将自动延长\${4|五,一,十|}年，并依此法顺延。`,
      };
    case 'amendment':
      return {
        label: msg('completion.amendment'),
        filter: '修改 修正 xiugai amendment',
        body: `经${fit.multilateral ? '所有缔约方' : term}\${2|同意,协商一致|}，可以用议定书的形式对${self}进行修改和补充，议定书构成${self}不可分割的一部分。`,
      };
    case 'disputes':
      return {
        label: msg('completion.disputes'),
        filter: '争议 分歧 争端 zhengyi disputes',
        body: `${term}在解释和执行${self}产生分歧时，将通过\${2|${fit.multilateral ? '磋商和谈判,协商和会谈' : '协商和会谈,友好协商'},外交途径|}的方式解决。`,
      };
  }
}

/** `中文、哈文和俄文` */
function listLanguages(langs: string[]): string {
  return langs.length <= 1 ? langs.join('') : `${langs.slice(0, -1).join('、')}和${langs[langs.length - 1]}`;
}

/** The language lists to offer, the most likely first. */
export function languageOptions(req: CompletionRequest, parties: string[]): string[][] {
  const out: string[][] = [];
  const add = (l: string[]) => {
    const list = [...new Set(l.filter(Boolean))];
    if (list.length >= 1 && !out.some((o) => o.join() === list.join())) out.push(list);
  };
  const existing = req.treaty.signing?.languages;
  if (existing && existing.length > 0) add(existing);
  const own = parties.map(languageOf).filter((l): l is string => l !== undefined);
  // Chinese first, Russian (the region's common language) last.
  const ordered = (l: string[]) => [...l].sort((a, b) => rank(a) - rank(b));
  if (parties.length > 2) add(['中文', '俄文']);
  add(ordered(own));
  add(ordered([...own, '俄文']));
  add(['中文', '俄文']);
  add(ordered([...own, '英文']));
  return out;
}

function rank(lang: string): number {
  return lang === '中文' ? 0 : lang === '俄文' ? 2 : lang === '英文' ? 3 : 1;
}

/** `本协议于${1}年…在…签署，一式两份，每份均用中文和哈文写成，两种文本同等作准。` */
export function signingClause(req: CompletionRequest, fit: Fit): string {
  const signing = req.treaty.signing;
  const n = fit.parties.length;
  const date = signing?.date;
  const places = [signing?.place, ...fit.parties.map(capitalOf), '北京'].filter((p): p is string => !!p);
  const placeChoice = [...new Set(places)].map((p) => p.replace(/[,|$}\\]/g, ''));
  const place = placeChoice.length > 1 ? `\${4|${placeChoice.join(',')}|}` : `\${4:${esc(placeChoice[0])}}`;
  const langs = languageOptions(req, fit.parties).map((l) => `${listLanguages(l)}写成，${countWord(l.length, formatChinese)}种文本`);
  const lang = langs.length > 1 ? `\${6|${langs.join(',')}|}` : `${langs[0] ?? '中文写成，一种文本'}`;
  const copies = n > 2
    ? `\${5|正本一份，用,一式${formatChinese(n)}份，每份均用|}`
    : `一式${countWord(Math.max(n, 2), formatChinese)}份，每份均用`;
  const y = date ? String(date.year) : '$CURRENT_YEAR';
  return `${esc(fit.self)}于\${1:${y}}年\${2:${date?.month ?? 1}}月\${3:${date?.day ?? 1}}日在${place}${n > 2 ? '签订' : '签署'}，${copies}${lang}同等作准。`;
}

/** One block per party: state, the role, a line to sign. Multilateral: `…共和国代表` lines, as in seed 004. */
export function signatureBlock(fit: Fit): string {
  let tab = 1;
  if (fit.multilateral) return fit.parties.map((p) => `${esc(p)}代表`).join('\n\n');
  return fit.parties
    .map((p) => {
      const { state, organ } = splitPartyName(p);
      return `${esc(state)}  \n${esc(organ)}代表\n\n\${${tab++}:（签字）}`;
    })
    .join('\n\n');
}

/** Fitted snippet bodies, per document version and fit (they only change with the heading). */
const fitted = new WeakMap<Treaty, { key: string; snippets: readonly Snippet[]; bodies: string[] }>();

/** The snippets of snippets/, fitted; whole-document templates only in an empty document. */
export function snippetItems(req: CompletionRequest, from: number, typed: string): CompletionItem[] {
  const fit = fitOf(req);
  const empty = !req.treaty.title && req.treaty.articles.length === 0;
  const inForce = finalClausesOf(req.treaty).get('entry-into-force');
  const entryIntoForce = inForce?.num !== undefined ? formatChinese(inForce.num) : undefined;
  const key = `${fit.heading}|${entryIntoForce ?? ''}`;
  let cached = fitted.get(req.treaty);
  if (!cached || cached.key !== key || cached.snippets !== req.snippets) {
    const f = { selfRef: fit.self, partyTerm: fit.term, heading: fit.heading, entryIntoForce };
    cached = { key, snippets: req.snippets, bodies: req.snippets.map((s) => fitSnippet(s, f)) };
    fitted.set(req.treaty, cached);
  }
  const bodies = cached.bodies;
  const items: CompletionItem[] = [];
  req.snippets.forEach((s, i) => {
    if (s.isFileTemplate && !empty) return;
    // The prefix being typed first, so that it matches at the start of the filter text.
    const prefixes = [...s.prefixes].sort((a, b) => Number(!a.startsWith(typed)) - Number(!b.startsWith(typed)));
    items.push({
      label: s.prefixes[0],
      labelDetails: { description: pickLanguage(s.name) },
      kind: CompletionItemKind.Snippet,
      detail: pickLanguage(s.description),
      sortText: `2-${pad(i)}`,
      filterText: prefixes.join(' '),
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: edit(req, from, bodies[i]),
      data: CLAUSE,
    });
  });
  return items;
}
