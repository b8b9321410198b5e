// Completions that write something new, fitted to the document: the next article
// heading in the document's own style, the signing clause (copies and authentic
// texts agreeing with the parties and languages), the signature block (one per
// party), the final clauses the document lacks (each under the article number it
// would take), and the clause snippets of snippets/.
import { CompletionItem, CompletionItemKind, InsertTextFormat } from 'vscode-languageserver-types';
import { FINAL_CLAUSES, FinalClause, formatHeading, formatLabel } from '../model/clauses';
import { capitalOf, splitPartyName } from '../model/parties';
import { formatChinese } from '../syntax/numerals';
import { ACCEDES, ADOPTED_KINDS, TWO_PARTIES } from '../syntax/words';
import { Treaty, foldedText } from '../model/treaty';
import { Family, Snippet, expandSnippet, fillVariables, fitSnippet, snippetFamily, withoutBlankLines } from './completionSnippets';
import { CompletionRequest, ItemData, edit, esc, listed, pad } from './completionCommon';
import { Fit, fitOf, inWord, pointLabelAt } from './completionFit';
import { msg, pickLanguage } from './messages';
import { Memo } from '../syntax/memo';
import { foldScript } from '../syntax/script';
import { CLAUSES_TRADITIONAL, NAMES_TRADITIONAL } from './clausesTraditional';

/** What a clause writes is a template tagged so (`` z(fit)`…` ``): its own words in the text's script, as written in clausesTraditional.ts. */
type Words = (parts: TemplateStringsArray, ...values: unknown[]) => string;

/**
 * The tag of a clause's words for `fit`: in a text in traditional characters each literal part of the template as
 * CLAUSES_TRADITIONAL writes it (a conversion read by hand: 签字 → 簽字, 于 → 於 where it is the preposition); the values
 * — the text's own words (its self-reference, its party term), numbers, other templates — as they are.
 */
export function z(fit: { traditional: boolean }): Words {
  return (parts, ...values) => {
    let out = '';
    parts.forEach((p, i) => {
      out += (fit.traditional ? CLAUSES_TRADITIONAL[p] ?? p : p) + (i < values.length ? String(values[i]) : '');
    });
    return out;
  };
}

/**
 * A name completion takes from the lexicon (a capital, a language: syntax/words.ts STATES, in simplified characters) as
 * the text writes names: in a text in traditional characters as NAMES_TRADITIONAL writes it (乌兰巴托 → 烏蘭巴托, 韩文 →
 * 韓文), where 阿斯塔纳 and 哈萨克斯坦 were offered into a text writing 哈薩克斯坦.
 */
export function named(fit: { traditional: boolean }, name: string): string {
  return fit.traditional ? NAMES_TRADITIONAL[name] ?? name : name;
}

const CLAUSE: ItemData = { k: 'clause' };

export interface HeadingAt {
  /** Where the edit starts: what was typed of the heading from there on is replaced. */
  from: number;
  /** The `#` marks typed without a space yet (`#‸`, `##第十‸`): replaced by the heading in the document's style. */
  marks?: string;
  /** The line has its marks and a space (`## ‸`): only the label is written. */
  afterMarks: boolean;
}

/** The next article heading (or numbered paragraph of a joint statement). */
export function headingItems(req: CompletionRequest, at: HeadingAt): CompletionItem[] {
  const { treaty } = req;
  const fit = fitOf(req);
  if (fit.empty || fit.onTitle) return [];
  if (treaty.tree.unitStyle === 'none' && !treaty.title && treaty.articles.length === 0) return [];
  const { style } = fit;
  const n = style.paragraphs ? nextUnitNumber(req) : fit.next;
  const label = style.paragraphs ? pointLabelAt(treaty, req.offset, n) ?? formatLabel(n, style) : inWord(formatLabel(n, style), fit.word);
  let text = at.afterMarks || style.paragraphs ? label : inWord(formatHeading(n, style), fit.word);
  // Marks typed on a document of bare headings: a heading at the level typed.
  if (at.marks && !style.paragraphs && style.level === 0) text = `${at.marks} ${label}`;
  const filter = style.paragraphs ? label : `${label} tiao article`;
  return [{
    label,
    labelDetails: { description: style.paragraphs ? msg('completion.nextParagraph') : msg('completion.nextArticle') },
    kind: CompletionItemKind.Keyword,
    detail: style.paragraphs ? msg('completion.paragraphNumber', formatChinese(n), n) : msg('completion.headingStyle', text),
    sortText: '0-0',
    preselect: true,
    // What was typed starts the filter text: the marks, then the label.
    filterText: at.marks ? `${at.marks} ${filter}` : filter,
    textEdit: edit(req, at.from, text),
    data: CLAUSE,
  }];
}

function nextUnitNumber(req: CompletionRequest): number {
  const before = req.treaty.articles.filter((a) => a.start <= req.offset).pop();
  return before?.num !== undefined ? before.num + 1 : 1;
}

/** Clause completions at the start of a line; `from` is where the typed prefix starts. */
export function clauseItems(req: CompletionRequest, from: number): CompletionItem[] {
  const fit = fitOf(req);
  // A law or a resolution is no instrument between parties: it is not signed, has no term nor parties to amend it or
  // to disagree (`本法自签字之日起生效`, `经双方同意…对本法进行修改` were offered in 中华人民共和国引渡法, `本决议自签字之日起生效`
  // in a Security Council resolution).
  if (fit.selfKnown && ADOPTED_KINDS.has(req.treaty.kind!)) return [];
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
  // In a text of points, the clause is the next point, written on its label's line (`五、本备忘录自签字之日起生效。`).
  const articleNo = fit.point ?? inWord(formatLabel(fit.next, { level: 0, spaced: false, arabic: false, paragraphs: false }), fit.word);
  // (Under a heading of its own, a blank line after it, unless the text sets none between its articles.)
  const head = fit.point !== undefined ? fit.heading : fit.tight ? `${fit.heading}\n` : `${fit.heading}\n\n`;
  const spaced = (body: string) => (fit.tight ? withoutBlankLines(body) : body);
  FINAL_CLAUSES.filter((c) => !fit.finalClauses.has(c)).forEach((c, i) => {
    const { label, filter, body } = finalClause(c, fit);
    add(label, `${articleNo} · ${summaryLine(body)}`, filter, `${head}${spaced(body)}\n$0`, `1-${i}`);
  });
  // A multilateral instrument naming no parties (a convention, open to every State) without its ratification and accession
  // clause (no 批准书 nor 加入书 in it): one, after the others, as the conventions of the real corpus write it.
  if (fit.multilateral && fit.parties.length < 2 && !ACCEDES.test(foldedText(req.treaty))) {
    const w = z(fit);
    const self = fit.selfKnown ? esc(fit.self) : w`\${7|本公约,本条约,本协定|}`;
    add(msg('completion.ratification'), `${articleNo} · ${summaryLine(w`${self}开放供各国签署。`)}`, '批准 加入 交存 pizhun jiaru ratification accession depositary',
      `${head}${spaced(w`一、${self}开放供各国签署。\n\n二、${self}须经批准、接受或核准。批准书、接受书或核准书应交存\${2|保存机关,联合国秘书长|}。\n\n三、${self}开放供任何国家加入。加入书应交存\${2}。`)}\n$0`, '1-4');
  }
  const signing = signingClause(fit);
  add(msg('completion.signing'), summaryLine(signing), '签署 签订 qianshu qianding signing done-at', `${signing}\n$0`, '1-5');
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
  // An unknown kind of instrument: the self-reference is a choice.
  const w = z(fit);
  const self = fit.selfKnown ? esc(fit.self) : w`\${7|本协定,本协议,本条约|}`;
  const term = esc(fit.term);
  switch (c) {
    case 'entry-into-force':
      return {
        label: msg('completion.entryIntoForce'),
        filter: '生效 shengxiao entry-into-force',
        body: fit.multilateral && fit.parties.length < 2
          ? w`${self}\${2|自第二十份批准书、接受书、核准书或加入书交存之日后第三十天起生效,需经${term}批准，自保存机关收到最后一份批准书之日起生效|}。`
          : fit.multilateral
          ? w`${self}\${2|需经${term}批准，自保存机关收到最后一份批准书之日起生效,自签字之日起生效|}。`
          : w`${self}\${2|自签字之日起生效,需经批准，并自互换批准书之日起生效,自${term}通过外交途径相互通知已完成${fit.selfKnown ? w`使${self}生效所需的` : ''}各自国内法律程序之日起生效|}。`,
      };
    case 'duration':
      return {
        label: msg('completion.duration'),
        filter: '有效期 延长 youxiaoqi duration renewal',
        body: fit.multilateral
          ? w`${self}无限期有效。任何缔约方均可以书面形式通知保存机关退出${self}。${self}自保存机关收到该通知之日起\${2|十二个月,六个月|}后对该缔约方失效。`
          : w`${self}有效期为\${2|五,十,二十|}年。如果在${self}有效期满\${3|六个月,一年|}前任何一方均未以书面形式通知另一方要求终止${self}，则${self}将自动延长\${4|五,一,十|}年，并依此法顺延。`,
      };
    case 'amendment':
      return {
        label: msg('completion.amendment'),
        filter: '修改 修正 xiugai amendment',
        body: w`经${fit.multilateral ? w`所有缔约方` : term}\${2|同意,协商一致|}，可以用议定书的形式对${self}进行修改和补充，议定书构成${self}不可分割的一部分。`,
      };
    case 'disputes':
      return {
        label: msg('completion.disputes'),
        filter: '争议 分歧 争端 zhengyi disputes',
        body: w`${term}在解释和执行${self}产生分歧时，将通过\${2|${fit.multilateral ? w`磋商和谈判,协商和会谈` : w`协商和会谈,友好协商`},外交途径|}的方式解决。`,
      };
  }
}

/**
 * `本协议于${1:2026}年${2:6}月${3:15}日在…签署，一式两份，每份均用中文和哈文写成，两种文本同等作准。`
 * The date is the signing clause's own, else today; what the document does not
 * tell (the kind of instrument, the languages) is a placeholder or a choice.
 */
function signingClause(fit: Fit): string {
  const { signing } = fit;
  const w = z(fit);
  const n = fit.parties.length;
  const date = signing?.date;
  // A multilateral instrument naming no parties (a convention): one original, in the languages of the United Nations
  // most likely, deposited (`本公约原本应交存联合国秘书长，其…文本具有同等效力`, `正本一份，应保存于…`).
  const open = fit.multilateral && n < 2;
  // The place the clause writes as written; a party's capital, from the lexicon, in the text's script.
  const capitals = [...fit.parties.map((p) => capitalOf(foldScript(p))), '北京'].filter((p): p is string => !!p).map((p) => named(fit, p));
  const places = [signing?.place, ...capitals].filter((p): p is string => !!p);
  const placeChoice = [...new Set(places)].map((p) => p.replace(/[,|$}\\]/g, ''));
  const place = placeChoice.length > 1 ? `\${4|${placeChoice.join(',')}|}` : `\${4:${esc(placeChoice[0])}}`;
  const langs = fit.languages.map((l) => w`${listed(l.map((x) => named(fit, x)))}写成，${l.length === 2 ? w`两` : formatChinese(l.length)}种文本`);
  const lang = langs.length > 1 ? `\${6|${langs.join(',')}|}` : langs.length === 1 ? langs[0]
    : open ? w`\${6|阿拉伯文、中文、英文、法文、俄文和西班牙文写成，六种文本,中文、英文、法文、俄文和西班牙文写成，五种文本,中文和英文写成，两种文本|}`
    : w`中文和\${6:……}文写成，两种文本`;
  const copies = n > 2
    ? w`\${5|正本一份，用,一式${formatChinese(n)}份，每份均用|}`
    : n === 2 ? w`一式两份，每份均用` : open ? w`正本一份，用` : w`一式\${5:两}份，每份均用`;
  const self = fit.selfKnown ? esc(fit.self) : w`\${7|本协定,本协议,本条约|}`;
  const y = date?.year ?? fit.today.year;
  const m = date ? date.month ?? '' : fit.today.month;
  const d = date ? date.day ?? '' : fit.today.day;
  const deposit = open ? w`，交存\${8|保存机关,联合国秘书长|}` : '';
  return w`${self}于\${1:${y}}年\${2:${m}}月\${3:${d}}日在${place}${n > 2 || open ? w`签订` : w`签署`}，${copies}${lang}同等作准${deposit}。`;
}

/** One block per party: state, the role, a line to sign. Multilateral: `…共和国代表` lines, as in seed 004. */
export function signatureBlock(fit: Fit): string {
  let tab = 1;
  const w = z(fit);
  if (fit.multilateral) return fit.parties.map((p) => w`${esc(p)}代表`).join('\n\n');
  return fit.parties
    .map((p) => {
      // Split as read in simplified characters (国防部 is 國防部), each part as written: folding keeps every offset.
      const at = splitPartyName(foldScript(p)).state.length;
      const state = p.slice(0, at);
      const organ = p.slice(at);
      return w`${esc(state)}  \n${esc(organ)}代表\n\n\${${tab++}:（签字）}`;
    })
    .join('\n\n');
}

/** Fitted snippet bodies, per document version and fit (they only change with the heading). */
const fitted = new Memo<Treaty, { key: string; snippets: readonly Snippet[]; bodies: string[] }>();

/**
 * The snippets of snippets/, fitted, each filtered by all its prefixes (the one
 * being typed first). Whole-document templates: in a document empty but for the
 * typed prefix, or wherever what is typed begins one of their prefixes.
 */
export function snippetItems(req: CompletionRequest, from: number, typed: string): CompletionItem[] {
  const fit = fitOf(req);
  const inForce = fit.finalClauses.get('entry-into-force');
  const entryIntoForce = inForce?.num !== undefined ? formatChinese(inForce.num) : undefined;
  const key = `${fit.heading}|${fit.tight}|${entryIntoForce ?? ''}|${fit.selfKnown}|${fit.term}|${JSON.stringify(fit.variables)}`;
  // Written in the text's script: the traditional file's entries are the simplified one's, converted once (scripts/gen-traditional.mjs).
  const snippets = fit.traditional && req.traditionalSnippets.length > 0 ? req.traditionalSnippets : req.snippets;
  let cached = fitted.get(req.treaty);
  if (!cached || cached.key !== key || cached.snippets !== snippets) {
    const f = { selfRef: fit.selfKnown ? fit.self : undefined, partyTerm: fit.term, heading: fit.heading, inline: fit.point !== undefined, tight: fit.tight, entryIntoForce };
    cached = { key, snippets, bodies: snippets.map((s) => fillVariables(fitSnippet(s, f), fit.variables)) };
    fitted.set(req.treaty, cached);
  }
  const bodies = cached.bodies;
  const items: CompletionItem[] = [];
  // One family of clauses, the one the text is: a multilateral text is offered no clause counting its parties as two
  // (`自双方通过外交途径相互通知…`, `通知另一方`), a text of two parties none naming a depositary or accession.
  const family: Family = fit.multilateral ? 'many' : fit.parties.length === 2 || TWO_PARTIES.test(foldedText(req.treaty)) ? 'two' : undefined;
  snippets.forEach((s, i) => {
    if (family !== undefined) {
      const own = snippetFamily(s);
      if (own !== undefined && own !== family) return;
    }
    if (s.isFileTemplate && !fit.empty && !(typed && s.prefixes.some((p) => p.startsWith(typed)))) {
      // Asked for before anything was typed: ask again as the user types a template's prefix.
      if (!typed) req.incomplete = true;
      return;
    }
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
