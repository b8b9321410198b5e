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
  names: [string, string];
  /** The pairs of names as written together, each in its place's case: the title's, the preamble's. */
  pairs: [string, string][];
  /** Each party's language code (`zh`, `ru`, `en`), when its name says its state. */
  languages: [string | undefined, string | undefined];
  /** What opens each party's signature: `For the Government of …`, `За Правительство …`, `Pour le Gouvernement …`, or the name alone. */
  openers: [RegExp, RegExp];
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
 * The first of the two runs `split` gave lists more parties, a comma before a name opening as the first does (`Правительством
 * Российской Федерации, Правительством Китайской Народной Республики` before `и Правительством Монголии`, the 1994 agreement on
 * the junctions of three states' boundaries): a text of three parties or more, whose copies the alternat of two does not make.
 */
function listsMore(first: string): boolean {
  const lead = words(first)[0]?.toLowerCase();
  return !!lead && first.split(/,\s+/).slice(1).some((part) => words(part)[0]?.toLowerCase() === lead);
}

function compute(treaty: Treaty): ForeignParties | undefined {
  const conj = CONJUNCTIONS[treaty.language];
  const titled = TITLE_PARTIES[treaty.language];
  if (!conj || !titled || !treaty.title) return undefined;
  const m = titled.exec(treaty.title.text.replace(/\s+/g, ' ').trim());
  const byTitle = m ? split(m[1].replace(/[,;:.]+$/, ''), conj) : undefined;
  if (!byTitle || byTitle.some((n) => n.length < 3) || listsMore(byTitle[0])) return undefined;
  const pairs: [string, string][] = [byTitle];
  // The preamble's opening names them again, in the nominative: `The Government of … and the Government of … (hereinafter…`.
  let byPreamble: [string, string] | undefined;
  if (treaty.preamble) {
    const opening = treaty.text.slice(treaty.preamble.start, treaty.preamble.end).split(/[(（,，«"“:;]/)[0].replace(/\s+/g, ' ').trim();
    const p = split(opening, conj);
    // The same parties: each opening with the title's first word for it (`Правительство` / `Правительством`), the same order.
    const stem = (s: string) => words(s).find((w) => /^\p{Lu}/u.test(w) && !/^(?:the|les?|la)$/iu.test(w))?.toLowerCase().slice(0, 5);
    if (p && p.every((n, i) => stem(n) !== undefined && stem(n) === stem(byTitle[i])) && p.every((n) => n.length >= 3)) {
      byPreamble = p;
      if (p[0] !== byTitle[0] || p[1] !== byTitle[1]) pairs.push(p);
    }
  }
  // `…между двумя народами, Республика Беларусь и Китайская Народная Республика согласились …` (the China–Belarus agreement of
  // 1992): a Russian preamble that opens with a clause names the parties later, as its subject, in the nominative — the copies'
  // names (a file's, `….ru.РеспубликаБеларусь.docx`), not the title's declined `РЕСПУБЛИКОЙ БЕЛАРУСЬ`.
  let named: [string, string] | undefined;
  if (!byPreamble && treaty.preamble && treaty.language === 'ru') {
    const both = new RegExp(`(?<!\\p{L})(${declinedPattern(byTitle[0])})\\s+${conj}\\s+(${declinedPattern(byTitle[1])})(?!\\p{L})`, 'iu');
    const found = both.exec(treaty.text.slice(treaty.preamble.start, treaty.preamble.end));
    if (found) named = [found[1].replace(/\s+/g, ' '), found[2].replace(/\s+/g, ' ')];
  }
  // (Without an article opening it: `Government of the Russian Federation`, the copy's name.)
  const names = (byPreamble ?? named ?? byTitle).map((n) => n.replace(/^(?:the|les?|la)\s+/iu, '')) as [string, string];
  const forms = (i: number) => [...new Set(pairs.map((p) => p[i].replace(/^(?:the|les?|la)\s+/iu, '')))];
  const opener = (i: number) => new RegExp(`^${SIGNED_FOR}(?:(?:the|les?|la)\\s+)?(?:${forms(i).map(declinedPattern).join('|')})`, 'iu');
  return {
    names,
    pairs,
    languages: [stateLanguage(names[0]) ?? stateLanguage(byTitle[0]), stateLanguage(names[1]) ?? stateLanguage(byTitle[1])],
    openers: [opener(0), opener(1)],
  };
}

const computed = perModel(compute);
/** The two parties of a text in another language, or undefined (a Chinese text, a text whose title names no two parties). */
export function foreignPartiesOf(treaty: Treaty): ForeignParties | undefined {
  return treaty.language === 'zh' ? undefined : computed(treaty);
}
