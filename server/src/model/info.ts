// What the workspace needs to know about a treaty without keeping its tree:
// title, kind, dates, place, parties, languages, and the instruments it cites.
import { Treaty, treatyText } from './treaty';
import { findDates } from './signing';
import { citedTitles } from './references';
import { partiesOf } from './parties';
import { entryIntoForceOf } from './clauses';
import { foldScript } from '../syntax/script';
import { Line, isContent } from '../syntax/tree';
import type { TextLike } from '../syntax/text';
import { DATES_ANOTHER, ORDER_HEAD, PLAN_YEARS_AFTER, publishedName } from '../syntax/words';

export interface DateInfo {
  year: number;
  month?: number;
  day?: number;
  /** Where the date was read: the signing clause, an editor's footnote, the publication tag, a line near the title. */
  source: 'signing' | 'footnote' | 'publication' | 'heading';
}

export interface TreatyInfo {
  title?: string;
  normalized?: string;
  kind?: string;
  dates: DateInfo[];
  place?: string;
  parties: string[];
  languages: string[];
  articleCount: number;
  /** How it enters into force: the sentence of the clause that governs it (clauses.entryIntoForceOf). */
  entryIntoForce?: string;
  /** Normalized titles of the instruments it cites. */
  cites: string[];
  /** Whether it reads as a treaty (see Treaty.isTreaty). */
  isTreaty: boolean;
  /**
   * The version the text is: the latest date of the record of its adoption and amendments written
   * between the title and the first article (`1979年7月1日…通过`, `2018年10月26日…第三次修正`).
   */
  version?: { year: number; month?: number; day?: number };
  /**
   * The earliest date of that record (`2006年12月30日…通过` of a text amended in 2020): the text was first
   * written then, and an amendment rewrites the articles it changes, not the references the others make.
   */
  adopted?: { year: number; month?: number; day?: number };
}

/**
 * `hovered`: with what only a hover on a citation of it shows — its parties and how it enters into
 * force (`parties` empty, `entryIntoForce` undefined without). No check reads them of another
 * document: treaty-check leaves them out (index/workspace.ts `analyse`).
 */
export function infoOf(treaty: Treaty, hovered = true): TreatyInfo {
  const text = treaty.text;
  const dates: DateInfo[] = [];
  const sg = treaty.signing;
  if (sg?.date) dates.push({ year: sg.date.year, month: sg.date.month, day: sg.date.day, source: 'signing' });
  if (treaty.publicationDate) {
    const [y, m, d] = treaty.publicationDate.split('-').map(Number);
    dates.push({ year: y, month: m, day: d, source: 'publication' });
  }
  let seen = 0;
  /** The order publishing the text above its title (`中华人民共和国国务院令` / `第517号` / `《护士条例》已经…通过，现予公布…`). */
  const order = publishingOrderOf(treaty);
  for (const l of treaty.tree.lines) {
    const ordered = order !== undefined && l.start >= order.head.start;
    if (l.kind === 'footnote') {
      for (const d of findDates(text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + 200)))) dates.push({ year: d.year, month: d.month, day: d.day, source: 'footnote' });
    } else if (l.kind !== 'blank' && l.kind !== 'comment' && l.kind !== 'code' && (seen < 3 || ordered) && treaty.title && l.end <= treaty.title.lastLine.end) {
      // A date written above or in the title line: `2002年6月7日` / `（2002年6月7日）`.
      seen++;
      // Not a date of another instrument the title names after it (`修正一九二一年九月三十日在日內瓦簽訂之…公約…之議定書`).
      const head = text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + 200));
      // The order publishing the text: its date, on a line of its own above the title (the order's lines all read), is the
      // text's; its sentence's dates are the meeting's that adopted it and the day it takes effect (`…通过，现予公布，自…起施行`).
      if (ordered && order.publishing.includes(l)) continue;
      for (const d of findDates(head)) {
        // A plan's years (`2019年至2022年执行计划`): the period it covers, not its date.
        if (d.month === undefined && PLAN_YEARS_AFTER.test(foldScript(head.slice(d.end)))) continue;
        if (!DATES_ANOTHER.test(foldScript(head.slice(d.end, d.end + 24)))) dates.push({ year: d.year, month: d.month, day: d.day, source: 'heading' });
      }
    }
  }
  const record = recordOf(treaty);
  const entryIntoForce = hovered ? entryIntoForceOf(treaty)?.sentence : undefined;
  return {
    title: treaty.title?.text, normalized: treaty.title?.normalized, kind: treaty.kind, dates,
    place: sg?.place, parties: hovered ? partiesOf(treaty) : [], languages: sg?.languages ?? [], articleCount: treaty.articles.length,
    entryIntoForce, cites: citedTitles(treaty), isTreaty: treaty.isTreaty, ...(record ? { version: record.last, adopted: record.first } : {}),
  };
}

/** The order publishing a text, printed above its title (`publishingOrderOf`). */
export interface PublishingOrder {
  /** Its heading (`中华人民共和国国务院令`, words.ts ORDER_HEAD). */
  head: Line;
  /** The lines above the title from its heading on, with content. */
  lines: Line[];
  /** Those that publish the text (`《护士条例》已经…通过，现予公布，自…起施行。`: words.ts publishedName naming its title). */
  publishing: Line[];
}

/**
 * The order publishing the text, printed above its title (a 国务院令 page: `中华人民共和国国务院令` / `第517号` /
 * `《护士条例》已经…通过，现予公布，…` / `总理　温家宝` / its date): a line above the title that is an order's heading
 * (`orderWords`, ORDER_HEAD), with a line under it publishing the title. Undefined for anything else above a title (a site's
 * breadcrumb, an adoption record, an order publishing another instrument). The outline shows it (features/documentSymbols.ts);
 * the text's date is its date, not its sentence's (`infoOf`). Only the lines above the title are read.
 */
export function publishingOrderOf(treaty: Treaty): PublishingOrder | undefined {
  const t = treaty.title;
  if (!t) return undefined;
  // (The text's pieces: a model after a keystroke makes it no one string.)
  const text = treatyText(treaty);
  const above: Line[] = [];
  for (const l of treaty.tree.lines) {
    if (l.end > t.line.start) break;
    if (isContent(l)) above.push(l);
  }
  const at = above.findIndex((l) => ORDER_HEAD.test(orderWords(text, l)));
  if (at < 0) return undefined;
  const title = foldScript(t.text).replace(/[ \t\u3000]/g, '');
  const lines = above.slice(at);
  const publishing = lines.filter((l) => {
    const line = text.slice(l.contentStart, l.contentEnd);
    const named = publishedName(line);
    return named !== undefined && foldScript(line.slice(named[0], named[1])).replace(/[ \t\u3000]/g, '') === title;
  });
  return publishing.length > 0 ? { head: above[at], lines, publishing } : undefined;
}

/** A line of an order as written, without a heading's marks or a page's bullet (`• 中华人民共和国国务院令`, pkulaw's). */
export function orderLine(text: TextLike, l: Line): string {
  return text.slice(l.contentStart, l.contentEnd).replace(/^[#＃ \t\u3000•·]+/, '').trim();
}

/** `orderLine` folded, as ORDER_HEAD and ORDER_NUMBER read it. */
export function orderWords(text: TextLike, l: Line): string {
  return foldScript(orderLine(text, l));
}

/**
 * `info` (read with `hovered` false) with its parties and entry into force read off `model()` when
 * first asked, each once: what only a hover on a citation of the document shows, left out of the
 * workspace scan (13 % of its analysis of LawRefBook/Laws went to the parties of every text, and the
 * defined terms they are read with). The same fields in the same order as `infoOf`'s.
 */
export function withHoverFactsLater(info: TreatyInfo, model: () => Treaty): TreatyInfo {
  let parties: string[] | undefined;
  let inForce: { sentence: string | undefined } | undefined;
  return {
    title: info.title, normalized: info.normalized, kind: info.kind, dates: info.dates, place: info.place,
    get parties() {
      return (parties ??= partiesOf(model()));
    },
    languages: info.languages, articleCount: info.articleCount,
    get entryIntoForce() {
      return (inForce ??= { sentence: entryIntoForceOf(model())?.sentence }).sentence;
    },
    cites: info.cites, isTreaty: info.isTreaty, ...(info.version ? { version: info.version, adopted: info.adopted } : {}),
  };
}

/** Words of a record of adoption or amendment: `…会议通过`, `…第二次修正`, `…公布`. */
const ADOPTION = /通过|修正|修订|修改|公布|发布|颁布|批准|施行/;

/** The earliest and the latest dates of the record of adoption and amendments between the title and the first article. */
function recordOf(treaty: Treaty): { first: NonNullable<TreatyInfo['version']>; last: NonNullable<TreatyInfo['version']> } | undefined {
  const { text } = treaty;
  const title = treaty.title;
  if (!title) return undefined;
  const start = treaty.articles[0]?.start ?? text.length;
  let first: TreatyInfo['version'];
  let last: TreatyInfo['version'];
  let seen = 0;
  for (const l of treaty.tree.lines) {
    if (l.start < title.lastLine.end || l.kind === 'blank' || l.kind === 'comment' || l.kind === 'code') continue;
    if (l.start >= start || ++seen > 40) break;
    const line = text.slice(l.contentStart, Math.min(l.contentEnd, l.contentStart + 400));
    if (!ADOPTION.test(line)) continue;
    for (const d of findDates(line)) {
      if (!last || compareDates(d, last) > 0) last = { year: d.year, month: d.month, day: d.day };
      if (!first || compareDates(d, first) < 0) first = { year: d.year, month: d.month, day: d.day };
    }
  }
  return first && last && { first, last };
}

/** Orders two dates, a missing month or day counting as the earliest. */
export function compareDates(a: { year: number; month?: number; day?: number }, b: { year: number; month?: number; day?: number }): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

/** Whether a cited date agrees with one of the document's dates (a partial date agrees with a fuller one). */
export function dateAgrees(cited: { year: number; month?: number; day?: number }, dates: readonly DateInfo[]): boolean {
  return dates.some((d) => d.year === cited.year && (cited.month === undefined || d.month === undefined || d.month === cited.month) && (cited.day === undefined || d.day === undefined || d.day === cited.day));
}
