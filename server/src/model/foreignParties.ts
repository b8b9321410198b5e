// The two parties of a bilateral text written in another language, as its title and its preamble name them: `Agreement between
// the Government of the People's Republic of China and the Government of the Russian Federation on …`, `The Government of …
// and the Government of … (hereinafter referred to as "the Parties")`, `Соглашение между Правительством Китайской Народной
// Республики и Правительством Российской Федерации о …` (the title's instrumental case, the preamble's nominative), `Accord
// entre … et … sur …`. What the alternat needs to make each party's copy of that text (features/export/alternat.ts): the
// names as each place writes them, each party's language (syntax/foreign.ts `stateLanguage`) and what opens its signature.
import { CONJUNCTIONS, stateLanguage } from '../syntax/foreign';
import { perModel } from './perModel';
import type { Treaty } from './treaty';

export interface ForeignParties {
  /** Each party's name as the preamble writes it (the nominative), else as the title does; no article before it. */
  names: string[];
  /** The lists of names as written together, each in its place's case: the title's, the preamble's (two names, or three). */
  pairs: string[][];
  /** Each party's language code (`zh`, `ru`, `en`), when its name says its state. */
  languages: (string | undefined)[];
  /** What opens each party's signature: `For the Government of …`, `За Правительство …`, `Pour le Gouvernement …`, or the name alone. */
  openers: RegExp[];
}

/**
 * The parties in a title: after `between` / `между` / `entre`, up to the words that say what the instrument is on (`on`,
 * `concerning`, `о`, `об`, `по`, `sur`, `relatif`…) or the title's end.
 */
const TITLE_PARTIES: Record<string, RegExp> = {
  en: /(?<!\p{L})between\s+(.+?)(?:\s+(?:on|concerning|for|relating\s+to|regarding|respecting|in\s+the\s+field|with\s+respect\s+to|about|to\s+avoid)\s.*)?$/iu,
  ru: /(?<!\p{L})между\s+(.+?)(?:\s+(?:о|об|по|в\s+области|относительно)\s.*)?$/iu,
  fr: /(?<!\p{L})entre\s+(.+?)(?:\s+(?:sur|relatif|relative|concernant|en\s+matière|pour|portant|tendant)\s.*)?$/iu,
};
/** What opens a party's signature before its name. */
const SIGNED_FOR = '(?:(?:for|за|pour)\\s+)?';

const words = (s: string) => s.trim().split(/\s+/);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name as a pattern: its words, any white space (a line break) between them. */
export const namePattern = (name: string) => words(name).map(escape).join('\\s+');
/**
 * A name in any case of its words, as Russian declines it (`Китайской Народной Республикой` in the title, `Китайская Народная
 * Республика` in the preamble, `РЕСПУБЛИКОЙ БЕЛАРУСЬ`): as many words, each opening with the first letters of the name's
 * (four, fewer in a short word: `Союзом` and `Союз`), in either case (match it with the `i` flag).
 */
export const declinedPattern = (name: string) =>
  words(name)
    .map((w) => `${escape(w.slice(0, Math.min(4, Math.max(1, w.length - 2))))}[\\p{L}\\p{M}'’.\\-]*`)
    .join('\\s+');

/**
 * Splits `A and B` where the parties are joined: of the conjunctions, the one after which the words open as the first party's
 * do (`the Government of … and the Government of …`; in `the United Kingdom of Great Britain and Northern Ireland and the
 * Government of …` the second `and`); one conjunction alone is the split. Undefined when none is clear.
 */
function split(run: string, conj: string): [string, string] | undefined {
  const re = new RegExp(`\\s+${conj}\\s+`, 'giu');
  const lead = words(run).map((w) => w.toLowerCase());
  let best: [string, string] | undefined;
  let bestScore = -1;
  let count = 0;
  for (const m of run.matchAll(re)) {
    count++;
    const a = run.slice(0, m.index).trim();
    const b = run.slice(m.index! + m[0].length).trim();
    if (!a || !b) continue;
    const bw = words(b).map((w) => w.toLowerCase());
    let score = 0;
    while (score < Math.min(lead.length, bw.length) && lead[score] === bw[score]) score++;
    if (score > bestScore) {
      bestScore = score;
      best = [a, b];
    }
  }
  if (!best || (count > 1 && bestScore === 0)) return undefined;
  return best;
}

/**
 * The first of the two runs `split` gave, cut into the parties it lists, a comma before each name opening as the first does
 * (`Правительством Российской Федерации, Правительством Китайской Народной Республики` before `и Правительством Монголии`, the
 * 1994 agreement on the junctions of three states' boundaries); the run itself when it lists one.
 */
function listed(first: string): string[] {
  const lead = words(first)[0]?.toLowerCase();
  const parts = first.split(/,\s+/);
  if (!lead || parts.length < 2 || !parts.slice(1).every((part) => words(part)[0]?.toLowerCase() === lead)) return [first];
  return parts;
}

/**
 * The parties of a text made by three (a trilateral agreement: each party's copy names it first, as a bilateral one's does); a
 * title listing more is a multilateral text's, one copy as written.
 */
const MOST_PARTIES = 3;

function compute(treaty: Treaty): ForeignParties | undefined {
  const conj = CONJUNCTIONS[treaty.language];
  const titled = TITLE_PARTIES[treaty.language];
  if (!conj || !titled || !treaty.title) return undefined;
  const title = treaty.title.text.replace(/\s+/g, ' ').trim();
  const m = titled.exec(title);
  const two = m ? split(m[1].replace(/[,;:.]+$/, ''), conj) : fromPreamble(treaty, title, conj);
  if (!two) return undefined;
  const byTitle = [...listed(two[0]), two[1]];
  if (byTitle.length > MOST_PARTIES || byTitle.some((n) => n.length < 3)) return undefined;
  const pairs: string[][] = [byTitle];
  // The preamble's opening names them again, in the nominative: `The Government of … and the Government of … (hereinafter…`
  // (three: `Правительство A, Правительство B и Правительство C, далее именуемые…`, the comma no end of the opening there).
  let byPreamble: string[] | undefined;
  if (treaty.preamble) {
    const head = treaty.text.slice(treaty.preamble.start, treaty.preamble.end);
    const opening = head.split(/[(（,，«"“:;]/)[0].replace(/\s+/g, ' ').trim();
    // (Three: the title's names listed in any case and any ending, `A, B и C`, wherever the preamble lists them first — after a
    // database's record of adoption naming each on a line of its own, `Принято` / `Правительством Российской Федерации` / `27
    // января 1994 года,` …, the 1994 agreement on the junctions of three boundaries.)
    const p = byTitle.length > 2 ? listIn(head, byTitle, conj) : split(opening, conj);
    // The same parties: each opening with the title's first word for it (`Правительство` / `Правительством`), the same order.
    const stem = (s: string) => words(s).find((w) => /^\p{Lu}/u.test(w) && !/^(?:the|les?|la)$/iu.test(w))?.toLowerCase().slice(0, 5);
    if (p && p.length === byTitle.length && p.every((n, i) => stem(n) !== undefined && stem(n) === stem(byTitle[i])) && p.every((n) => n.length >= 3)) {
      byPreamble = p;
      if (p.some((n, i) => n !== byTitle[i])) pairs.push(p);
    }
  }
  // `…между двумя народами, Республика Беларусь и Китайская Народная Республика согласились …` (the China–Belarus agreement of
  // 1992): a Russian preamble that opens with a clause names the parties later, as its subject, in the nominative — the copies'
  // names (a file's, `….ru.РеспубликаБеларусь.docx`), not the title's declined `РЕСПУБЛИКОЙ БЕЛАРУСЬ`.
  let named: string[] | undefined;
  if (!byPreamble && treaty.preamble && treaty.language === 'ru' && byTitle.length === 2) named = listIn(treaty.text.slice(treaty.preamble.start, treaty.preamble.end), byTitle, conj);
  // (Without an article opening it: `Government of the Russian Federation`, the copy's name.)
  const names = (byPreamble ?? named ?? byTitle).map((n) => n.replace(/^(?:the|les?|la)\s+/iu, ''));
  const forms = (i: number) => [...new Set(pairs.map((p) => p[i].replace(/^(?:the|les?|la)\s+/iu, '')))];
  const opener = (i: number) => new RegExp(`^${SIGNED_FOR}(?:(?:the|les?|la)\\s+)?(?:${forms(i).map(declinedPattern).join('|')})`, 'iu');
  return {
    names,
    pairs,
    languages: names.map((n, i) => stateLanguage(n) ?? stateLanguage(byTitle[i])),
    openers: names.map((_, i) => opener(i)),
  };
}

/**
 * The two parties of a title naming them without `between` (`Joint Communique of the Government of the People's Republic of China
 * and the Government of the Republic of Nauru on the Establishment of Diplomatic Relations.`, china.org.cn, 2002): as the preamble's
 * opening names them (`The Government of … and the Government of …, in conformity with …`), where the title lists them too, in any
 * case — the instrument's parties, not any two the preamble opens with.
 */
function fromPreamble(treaty: Treaty, title: string, conj: string): [string, string] | undefined {
  if (!treaty.preamble) return undefined;
  const opening = treaty.text.slice(treaty.preamble.start, treaty.preamble.end).split(/[(（,，«"“:;]/)[0].replace(/\s+/g, ' ').trim();
  const p = split(opening, conj);
  if (!p) return undefined;
  const named = listIn(title, p, conj);
  return named ? [named[0], named[1]] : undefined;
}

/**
 * The first place `text` lists the parties `names` (each word in any case and any ending: the title's instrumental, the preamble's
 * nominative, capitals), `A и B`, `A, B и C`: the names as written there, or undefined.
 */
function listIn(text: string, names: readonly string[], conj: string): string[] | undefined {
  const list = names.map((n, i) => (i === 0 ? '' : i === names.length - 1 ? `${names.length > 2 ? ',?' : ''}\\s+${conj}\\s+` : ',\\s+') + `(${declinedPattern(n)})`).join('');
  const found = new RegExp(`(?<!\\p{L})${list}(?!\\p{L})`, 'iu').exec(text);
  return found ? names.map((_, i) => found[i + 1].replace(/\s+/g, ' ')) : undefined;
}

const computed = perModel(compute);
/** The parties (two or three) of a text in another language, or undefined (a Chinese text, a text whose title names no two parties). */
export function foreignPartiesOf(treaty: Treaty): ForeignParties | undefined {
  return treaty.language === 'zh' ? undefined : computed(treaty);
}
