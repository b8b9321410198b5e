// The alternat (轮换制): a bilateral instrument is signed in one copy per party, and each
// party's copy names that party first wherever the parties are named together — the title,
// the preamble, the articles, the languages of the signing clause — and puts that party's
// signature on the left. The copies are markdown texts (reviewable, and exported like any
// treaty). A trilateral instrument likewise, a copy each, its party first and the other two in the agreed order; four or more
// parties too where each is a state of its own (session 63, `clearParties`). Two sides one of them many states, or parties not
// told apart, keep the agreed order: one copy.
// Names inside 《…》 are titles of other instruments and are never reordered.
import { Line, Node, isContent } from '../../syntax/tree';
import { Treaty, buildTreaty, titleKeyOf } from '../../model/treaty';
import { languageOf, partyInfoOf, partyShortNames, splitPartyName } from '../../model/parties';
import { AUTHORIZED_BY_SOURCE, ORGAN_END, PINYIN, PINYIN_GLOSS, STATES_TOGETHER, TWO_SIDES, stateOf } from '../../syntax/words';
import { foldScript } from '../../syntax/script';
import { widthOf } from './width';
import { ForeignParties, declinedPattern, foreignPartiesOf } from '../../model/foreignParties';
import { LANGUAGE_LIST_SEPARATOR, foreignLanguageList } from '../../model/foreign';
import { CONJUNCTIONS, languageCode } from '../../syntax/foreign';

export interface SigningCopy {
  /** The party whose copy this is (its name as the text writes it); undefined for the single copy of a multilateral text. */
  party?: string;
  /** 0-based position of that party in the agreed order. */
  index: number;
  /** The copy as markdown. */
  text: string;
}

export interface SignatureColumn {
  /** The party the column signs for; undefined when no party's name opens it. */
  party?: string;
  /** Offsets of the column's text (its lines) in the treaty text. */
  start: number;
  end: number;
  /** The column's non-blank lines, markup removed: the party, the role, the signatory, `（签字）`. */
  lines: string[];
}

export interface SignatureLayout {
  /** Lines before the first column (`下列签字人经正式授权…`). */
  lead: string[];
  columns: SignatureColumn[];
  /**
   * Signatures written side by side, one row a line (`中华人民共和国政府　　　　蒙古国政府` / `代　表　　　　　　代　表`):
   * each row's line and where its two cells are. The columns then hold the cells, left and right.
   */
  rows?: SignatureRow[];
  /** Lines after side-by-side rows that are no row (a cell of neither column: `sideBySideSpaced`), printed under the columns. */
  after?: string[];
}

/** A line of side-by-side signatures: its content's span, the left cell's end and the right cell's start. */
export interface SignatureRow {
  start: number;
  leftEnd: number;
  rightStart: number;
  end: number;
}

/** Between two characters of a name, OCR and layout may leave spaces, and one line break (a title centred over lines); never a blank line. */
const GAP = '[ \\t\\u3000]*(?:\\r?\\n[ \\t\\u3000]*)?';
/** An authorizing clause before a party's name, `经…授权…的` (read folded to simplified), or nothing. */
const AUTHORIZED = `(?:${AUTHORIZED_BY_SOURCE})?`;
const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A converter's pinyin after a character (`政(zhèng)府`): no part of the name. */
const GLOSS = `(?:${PINYIN})?`;
/**
 * A party's short name in brackets right after its name (`中华人民共和国(以下简称“中国”)`), before its organ: read where every party of
 * the enumeration has one (`swapPairs`) — a bracket after the last name alone is the parties' together (`…和中华人民共和国政府（以下简称
 * “双方”）`), which stays where it is.
 */
const OWN_SHORT_NAME = '[（(]以下(?:简|称)?称[^（）()，。；\\n]{1,12}[）)]';
const spaced = (name: string) => [...name].map(escape).join(GLOSS + GAP);

/** One copy per party for a bilateral or trilateral text; the text itself for any other. */
export function signingCopies(text: string, treaty: Treaty = buildTreaty(text)): SigningCopy[] {
  // A text in another language: its parties as its own words name them.
  const foreign = foreignPartiesOf(treaty);
  if (foreign) return foreign.names.map((party, index) => ({ party, index, text: index === 0 ? text : alternateForeign(text, treaty, foreign, index) }));
  const info = partyInfoOf(treaty);
  const names = clearParties(text, info.names, info.term, treaty.signing?.copies);
  if (!names) return [{ party: undefined, index: 0, text }];
  return names.map((party, index) => ({ party, index, text: index === 0 ? text : alternate(text, treaty, names, index) }));
}

/** How many parties at most get a copy each (each copy reorders every list of them: 2^n lists). */
const MAX_COPIES = 8;

/**
 * The parties that sign a copy each, in the agreed order, where the text makes them clear; undefined for one copy. Two; three
 * where the text calls its parties more than two (`締約三方`); four or more (session 63) where each name opens with a state's, no
 * two with the same, and the signing clause makes an original for each (`一式四份` of four: `copies`) — a multilateral treaty
 * made in one original for its depositary (the SCO's of 2007, `一式一份`) is one copy —, up to MAX_COPIES. Three names of a text
 * of 双方 are two sides misread: a name with 和 inside cut there (`中华人民共和国国家发展和改革委员会`), the two sides joined as the
 * text writes them (session 63: a copy each, `sidesJoined`); else (the armistice's commanders, `…一方與…另一方`) one copy. One side
 * many states (a forum's plan, `中國和非洲國家(以下簡稱“雙方”)`): a multilateral text in fact, whatever its 双方 says — one copy.
 */
function clearParties(text: string, names: string[], term: string | undefined, copies: number | undefined): string[] | undefined {
  if (names.length < 2 || names.length > MAX_COPIES || names.some((n) => STATES_TOGETHER.test(foldScript(n)))) return undefined;
  if (names.length === 2) return names;
  if (!term || TWO_SIDES.test(foldScript(term))) return names.length === 3 ? sidesJoined(text, names) : undefined;
  if (names.length === 3) return names;
  const states = names.map((n) => stateOf(n));
  return copies === names.length && states.every((st) => st) && new Set(states).size === states.length ? names : undefined;
}

/**
 * Two sides read as three names (`中华人民共和国国家发展`, `改革委员会`, `巴西联邦共和国工业部`): the one name opening with no state,
 * after another, joined to it by the word the text writes between them — where the text writes the three with two different
 * words, neither an enumeration's `、` (`A和B与C`: the sides parted by 与, 和 inside a name; not `A、B和C`, a list of three, the
 * armistice's commanders), and the two sides then open with two states.
 */
function sidesJoined(text: string, names: string[]): string[] | undefined {
  const stateless = names.map((n, i) => (stateOf(n) ? -1 : i)).filter((i) => i >= 0);
  if (stateless.length !== 1 || stateless[0] === 0) return undefined;
  const k = stateless[0];
  // (The piece after the cut ends as an organ's name does and the piece before it does not: `…国家发展` / `改革委员会`.)
  if (!ORGAN_END.test(foldScript(names[k])) || ORGAN_END.test(foldScript(names[k - 1]))) return undefined;
  const folded = foldScript(text).replace(/[*_ \t\u3000]/g, '');
  const m = new RegExp(`${escape(names[0])}(和|与|及|同)${escape(names[1])}(和|与|及|同)${escape(names[2])}`).exec(folded);
  if (!m || m[1] === m[2]) return undefined;
  const sides = [...names.slice(0, k - 1), names[k - 1] + m[k] + names[k], ...names.slice(k + 1)];
  return stateOf(sides[0]) !== stateOf(sides[1]) ? sides : undefined;
}

/** The copy of the party at `first`: that party named first everywhere. */
function alternate(text: string, treaty: Treaty, names: string[], first: number): string {
  if (first === 0) return text;
  const order = [first, ...names.map((_, i) => i).filter((i) => i !== first)];
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const sigStart = treaty.signatures?.start ?? text.length;
  // 1. Pairs of names, in the whole text before the signatures (the signature block is reordered as columns); the
  // plenipotentiaries' lines, each taking with it the pairs inside it.
  const forms = nameForms(names, partyShortNames(treaty));
  const head = text.slice(0, sigStart);
  const overlaps = (a: { start: number; end: number }) => (b: { start: number; end: number }) => a.start < b.end && a.end > b.start;
  const pairs = swapPairs(head, forms, order, treaty.title?.normalized);
  // (The plenipotentiaries' lines and the heads opening a line, of two parties.)
  const envoys = names.length === 2 ? plenipotentiaries(head, forms) : [];
  const heads = names.length === 2 ? openingHeads(head, forms, envoyOrgans(head, forms, envoys)).filter((h) => !pairs.some(overlaps(h)) && !envoys.some(overlaps(h))) : [];
  edits.push(...pairs.filter((e) => !envoys.some(overlaps(e))), ...envoys, ...heads);
  // 2. The languages of the signing clause.
  const lang = treaty.signing ? languageEdit(text, treaty.signing.start, treaty.signing.end, names, order) : undefined;
  if (lang) {
    for (let i = edits.length - 1; i >= 0; i--) if (edits[i].start < lang.end && edits[i].end > lang.start) edits.splice(i, 1);
    edits.push(lang);
  }
  // 3. The signature columns.
  // (The columns of the parties as the copies name them: two sides joined from three names, `clearParties`, open two.)
  if (treaty.signatures) edits.push(...signatureEdits(text, layoutWith(treaty, names, names.map((n) => new RegExp(`^${spaced(splitPartyName(n).state)}`))), names, order));
  return applied(text, edits);
}

/** The edits applied, last first. */
function applied(text: string, edits: Array<{ start: number; end: number; text: string }>): string {
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The signature columns in the copy's order: side by side, each row's cells change places; else the columns. */
function signatureEdits(text: string, layout: SignatureLayout, names: readonly string[], order: number[]): Array<{ start: number; end: number; text: string }> {
  const cols = layout.columns;
  if (layout.rows) {
    // Side by side: each row's cells change places, the other party's column kept at one place.
    return cols[0].party === names[order[1]] ? swappedRows(text, layout.rows) : [];
  }
  if (cols.length === names.length && cols.every((c) => c.party !== undefined)) {
    const byParty = order.map((i) => cols.find((c) => c.party === names[i])!);
    if (new Set(byParty).size === cols.length) {
      const start = cols[0].start;
      const end = cols[cols.length - 1].end;
      const trimmed = (c: SignatureColumn) => text.slice(c.start, c.end).replace(/\s+$/, '');
      const trailing = /\s*$/.exec(text.slice(start, end))![0];
      // The columns are separated as the text separates its first two (a blank line, or none).
      const gap = text.slice(cols[0].start + trimmed(cols[0]).length, cols[1].start);
      return [{ start, end, text: byParty.map(trimmed).join(gap) + trailing }];
    }
  }
  return [];
}

/**
 * The copy of the party at `first` of a bilateral or trilateral text in another language (model/foreignParties.ts): the parties
 * named together in its title's and its preamble's words (`the Government of A and the Government of B`, `Правительством A и
 * Правительством B`; of three, `Правительство A, Правительство B и Правительство C`, and any two of them), the party's language first
 * in the signing clause's (`in the Russian, Chinese and English languages`), its signature first.
 */
function alternateForeign(text: string, treaty: Treaty, parties: ForeignParties, first: number): string {
  const order = [first, ...parties.names.map((_, i) => i).filter((i) => i !== first)];
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const sigStart = treaty.signatures?.start ?? text.length;
  const head = text.slice(0, sigStart);
  const conj = CONJUNCTIONS[treaty.language];
  const taken: Array<[number, number]> = [];
  for (const idx of subLists(parties.names.length)) {
    const moved = inCopyOrder(idx, order);
    if (moved.every((k, i) => k === i)) continue;
    for (const list of parties.pairs) {
      // Each word in any case and any ending (a Russian title's instrumental, its preamble's nominative, capitals), the conjunction
      // too; three names with a comma between the first two (`A, B и C`; `A, B, and C`).
      const last = idx.length > 2 ? `(,?\\s+${conj}\\s+)` : `(\\s+${conj}\\s+)`;
      const names = idx.map((i) => `(${declinedPattern(list[i])})`);
      const body = names.map((n, k) => (k === 0 ? n : (k === names.length - 1 ? last : '(,\\s+)') + n)).join('');
      const re = new RegExp(`(?<!\\p{L})${body}(?!\\p{L})`, 'giu');
      for (const m of head.matchAll(re)) {
        const start = m.index!;
        const end = start + m[0].length;
        if (taken.some(([s, e]) => start < e && end > s)) continue;
        taken.push([start, end]);
        const found = idx.map((_, k) => m[1 + 2 * k]);
        const seps = idx.slice(1).map((_, k) => m[2 + 2 * k]);
        const out = moved.map((k) => found[k]);
        // An article opening the sentence goes with the place: `The Government of B and the Government of A`.
        if (/^\p{Lu}/u.test(found[0]) && /^\p{Ll}/u.test(out[0]) && ARTICLE_OPENS.test(found[0]) && ARTICLE_OPENS.test(out[0])) {
          const was = out.indexOf(found[0]);
          out[was] = found[0][0].toLowerCase() + found[0].slice(1);
          out[0] = out[0][0].toUpperCase() + out[0].slice(1);
        }
        edits.push({ start, end, text: out.map((n, k) => n + (k < seps.length ? seps[k] : '')).join('') });
      }
    }
  }
  const lang = treaty.signing ? foreignLanguageEdit(text, treaty.signing.start, treaty.signing.end, parties.languages, order) : undefined;
  if (lang) edits.push(lang);
  if (treaty.signatures) edits.push(...signatureEdits(text, layoutWith(treaty, parties.names, parties.openers), parties.names, order));
  return applied(text, edits);
}

/** An article opening a party's name: `The`, `Le`, `La`, `Les`. */
const ARTICLE_OPENS = /^(?:the|les?|la)\s/iu;

/**
 * The parties' languages in the signing clause's list in the copy's order: the copy's party's first of them, at the place the
 * first of them stands (the others kept in place; two parties, the two change places).
 */
function foreignLanguageEdit(text: string, start: number, end: number, languages: readonly (string | undefined)[], order: number[]) {
  const wanted = [...new Set(order.map((i) => languages[i]))];
  if (wanted.length !== languages.length || wanted.some((l) => !l)) return undefined;
  const m = foreignLanguageList(text.slice(start, end));
  if (!m) return undefined;
  const listStart = start + m.index + m[0].indexOf(m[1]);
  const pieces = m[1].split(LANGUAGE_LIST_SEPARATOR);
  const tokens = pieces.filter((_, i) => i % 2 === 0);
  // Where the parties' languages stand, and which: each found once.
  const at = wanted.map((l) => tokens.findIndex((t) => languageCode(t) === l));
  if (at.some((i) => i < 0)) return undefined;
  const places = [...at].sort((a, b) => a - b);
  const now = [...tokens];
  places.forEach((p, k) => (now[p] = tokens[at[k]]));
  if (now.every((t, k) => t === tokens[k])) return undefined;
  const list = pieces.map((p, k) => (k % 2 === 0 ? now[k / 2] : p)).join('');
  return { start: listStart, end: listStart + m[1].length, text: list };
}

/**
 * The lists of parties a text of `n` names them in, each as the indices of the parties it names in the agreed order: all of them,
 * then (three parties) each two of them (`中华人民共和国和蒙古国` in an article of the China–Russia–Mongolia agreement), longest first.
 */
function subLists(n: number): number[][] {
  const out: number[][] = [];
  for (let mask = (1 << n) - 1; mask > 0; mask--) {
    const idx = [...Array(n).keys()].filter((i) => mask & (1 << i));
    if (idx.length >= 2) out.push(idx);
  }
  return out.sort((a, b) => b.length - a.length);
}

/** The names of a list (`idx`, in the agreed order) in the copy's order: as `order` puts them. */
const inCopyOrder = (idx: number[], order: number[]) => [...idx].sort((a, b) => order.indexOf(a) - order.indexOf(b)).map((i) => idx.indexOf(i));

/**
 * Reorders every enumeration of the parties (`A和B`, `A与B`, `A、B`; of three, `A、B和C`), by their full names or by
 * their states (`中华人民共和国国防部和哈萨克斯坦共和国民族安全委员会` as well as
 * `中华人民共和国和哈萨克斯坦共和国`), keeping the separators and spaces as written.
 */
function swapPairs(text: string, patterns: string[][], order: number[], titleKey?: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  const folded = foldScript(text);
  // (Other instruments' titles are never reordered; this one's, cited in a notice above it (a Macao gazette's), is the copy's own.)
  const quoted = quotedRanges(text, titleKey);
  const taken: Array<[number, number]> = [];
  for (const idx of subLists(order.length)) {
    const moved = inCopyOrder(idx, order);
    // (A list the copy names in the order written is left as it is.)
    if (moved.every((k, i) => k === i)) continue;
    for (const form of patterns) for (const own of ['', OWN_SHORT_NAME]) {
      // Parties: A sep B, or A and B with the same organ after each (`中华人民共和国政府和日本国政府`
      // where the parties are the states): the organ goes with its party. The separators are kept, each at its place.
      // A party's name may open with the clause saying who authorized it (`经中华人民共和国中央人民政府正式授权缔结本协定的中华人民共和国
      // 澳门特别行政区政府`, the Macao–Maldives air services agreement of 2006): the clause goes with its party — left in place, the other
      // party's copy said the Central People's Government authorized the Maldives.
      // A party's short name defined in brackets between its name and its organ (`中华人民共和国(以下简称“中国”)政府和南非共和国(以下简称
      // “南非”)政府`, the China–South Africa health memorandum) goes with its party too: left out, no pair was read and the copy kept
      // the preamble's order, so the other party's copy of it was not the text again.
      const rest = idx.slice(1).map((i) => `(${GAP}(?:和|与|及|同|、)${GAP})(${AUTHORIZED}${form[i]}${own})\\2`).join('');
      const re = new RegExp(`(${AUTHORIZED}${form[idx[0]]}${own})([^\\s和与及同、，。；（）()《》“”]{0,8}?)${rest}`, 'g');
      let m: RegExpExecArray | null;
      while ((m = re.exec(folded))) {
        const start = m.index;
        const end = start + m[0].length;
        if (quoted.some(([s, e]) => start >= s && start < e)) continue;
        if (taken.some(([s, e]) => start < e && end > s)) continue;
        taken.push([start, end]);
        // The names (each with its organ) and the separators between them, as written.
        const parts: string[] = [];
        const seps: string[] = [];
        let at = start + m[1].length + m[2].length;
        parts.push(text.slice(start, at));
        for (let k = 1; k < idx.length; k++) {
          const sep = m[1 + 2 * k];
          const name = m[2 + 2 * k];
          seps.push(text.slice(at, at + sep.length));
          const next = at + sep.length + name.length + m[2].length;
          parts.push(text.slice(at + sep.length, next));
          at = next;
        }
        out.push({ start, end, text: moved.map((k, i) => parts[k] + (i < seps.length ? seps[i] : '')).join('') });
      }
    }
  }
  return out;
}

/**
 * The plenipotentiaries' lines of a preamble, one a party in the agreed order, each opening with its party's name and saying
 * whom it sends (`中华人民共和国主席特派中华人民共和国国务院总理周恩来；` / `蒙古人民共和国大人民呼拉尔主席团特派…。`, the 1962
 * China–Mongolia boundary treaty; on one line, `中華人民共和國主席特派國務院總理周恩來;緬甸聯邦總統特派總理吳努。`, the 1960
 * China–Burma one): in the other party's copy its own plenipotentiary comes first, as the alternat puts a party's organs and
 * plenipotentiaries first in its copy (V. B. Djafarov, Diplomatic correspondence, p. 141, http://emirsaba.org/diplomaticheskaya-perepiska-v-b-djafarov-3-diplomaticheskaya-p/emirsaba.org/diplomaticheskaya-perepiska-v-b-djafarov-3-diplomaticheskaya-p.html?page=86:
 * «в экземпляре договора, предназначенном для данной стороны, наименование стороны, представляющих ее органов, данные об
 * уполномоченных лицах, их подписи и печати … помещается на первом месте»). The two lines change places; the marks between and
 * after them (`；` and `。`, a line break) stay where they are.
 */
function plenipotentiaries(text: string, patterns: string[][]): Array<{ start: number; end: number; text: string }> {
  const folded = foldScript(text);
  const line = (name: string) => `(?:${name})[^；;，,。.\\n《》]{0,40}?(?:特派|委派|特命)[^；;，,。.\\n《》]{1,80}?`;
  for (const form of patterns) {
    const re = new RegExp(`(?<=^|[：:；;\\n][ \\t\\u3000]*)(${line(form[0])})([；;，,][ \\t\\u3000]*(?:\\r?\\n[ \\t\\u3000]*)*)(${line(form[1])})(?=[。.；;，,]|\\r?\\n|$)`, 'g');
    const m = re.exec(folded);
    if (!m) continue;
    const start = m.index;
    const sep = start + m[1].length;
    const second = sep + m[2].length;
    const end = second + m[3].length;
    return [{ start, end, text: text.slice(second, end) + text.slice(sep, second) + text.slice(start, sep) }];
  }
  return [];
}

/**
 * The organs that send the plenipotentiaries, one a party in the agreed order (`主席`, `大人民呼拉尔主席团` in `中华人民共和国主席特派…；`
 * / `蒙古人民共和国大人民呼拉尔主席团特派…。`): the words between a party's name and 特派, folded; undefined without those lines.
 */
function envoyOrgans(text: string, patterns: string[][], envoys: ReadonlyArray<{ start: number; end: number }>): [string, string] | undefined {
  if (envoys.length === 0) return undefined;
  const folded = foldScript(text.slice(envoys[0].start, envoys[0].end));
  for (const form of patterns) {
    const organ = (name: string) => new RegExp(`(?:^|[；;，,][ \\t\\u3000]*(?:\\r?\\n[ \\t\\u3000]*)*)(?:${name})([^；;，,。.\\n《》\\s]{1,40}?)(?:特派|委派|特命)`).exec(folded)?.[1];
    const first = organ(form[0]);
    const second = organ(form[1]);
    if (first !== undefined && second !== undefined) return [first, second];
  }
  return undefined;
}

/**
 * The parties' heads or organs opening a line, each its own (`中华人民共和国主席和蒙古人民共和国大人民呼拉尔主席团,深信…`, the
 * China–Mongolia boundary treaty's preamble; `中華人民共和國主席和緬甸聯邦總統,一致認為`), a comma or `（以下简称…）` after them:
 * both change places with their organs, as the plenipotentiaries they send do (`plenipotentiaries`). Pairs naming one organ
 * after each (`…政府和…政府`), and any pair `swapPairs` reads, are its own; a side (`一方`) is no organ.
 */
function openingHeads(text: string, patterns: string[][], organs?: [string, string]): Array<{ start: number; end: number; text: string }> {
  const folded = foldScript(text);
  const organ = '[^\\s和与及同、，,。；;（）()《》“”方]{1,12}?';
  const out: Array<{ start: number; end: number; text: string }> = [];
  // The organs that send the plenipotentiaries named so (`envoyOrgans`): they end where those words do, whatever follows them
  // (`中華人民共和國主席和蒙古人民共和國大人民呼拉爾主席團亟願…`, the 1960 China–Mongolia mutual assistance treaty: no comma).
  const sent = organs && organs[0] !== organs[1] ? organs.map((o) => spaced(o)) : undefined;
  for (const form of patterns) {
    const re = new RegExp(`(?<=^|\\n[ \\t\\u3000]*)((?:${form[0]})${organ})(和|与|同)((?:${form[1]})${organ})(?=[，,]|[（(]以下)`, 'g');
    const named = sent && new RegExp(`(?<=^|\\n[ \\t\\u3000]*)((?:${form[0]})${sent[0]})(和|与|同)((?:${form[1]})${sent[1]})`, 'g');
    for (const m of [...folded.matchAll(re), ...(named ? folded.matchAll(named) : [])]) {
      const start = m.index!;
      const end = start + m[0].length;
      if (out.some((e) => start < e.end && end > e.start)) continue;
      const sep = start + m[1].length;
      const second = sep + m[2].length;
      // (Organs alike are swapPairs' pairs.)
      if (folded.slice(start, sep).replace(new RegExp(`^(?:${form[0]})`), '') === folded.slice(second, end).replace(new RegExp(`^(?:${form[1]})`), '')) continue;
      out.push({ start, end, text: text.slice(second, end) + text.slice(sep, second) + text.slice(start, sep) });
    }
  }
  return out;
}

/**
 * The patterns the parties' names are found by, a pair for each way of naming them: their full names, their states, the
 * short names defined for them (quoted or not), the states' names in everyday use.
 */
function nameForms(names: string[], shortNames: (string | undefined)[] = []): string[][] {
  const forms: string[][] = [names];
  const states = names.map((n) => splitPartyName(n).state);
  if (new Set(states).size === states.length && states.some((s, i) => s !== names[i])) forms.push(states);
  // The short names defined for the parties (`“中方”与“新方”`, `中方和新方`), quoted or not.
  if (shortNames.length === names.length && shortNames.every((s) => s)) forms.push(shortNames.map((s) => `“${s}”`), shortNames as string[]);
  // The states' names in everyday use, either in any mix (`中国和蒙古国` for 中华人民共和国 and 蒙古国, a news page's headline).
  const everyday = names.map((n) => stateOf(n));
  // Matched on the text read as simplified (the same offsets: one character for one), each enumeration rewritten from
  // the text as written — a traditional text names its parties in its own script (`中華人民共和國與日本國`).
  // (A name read with a converter's pinyin inside, `瑞士聯(lián)邦`, is matched with or without it.)
  const patterns = forms.map((form) => form.map((name) => spaced(foldScript(name.replace(PINYIN_GLOSS, '')))));
  if (everyday.every((st) => st) && new Set(everyday).size === everyday.length) patterns.push(everyday.map((st) => [...new Set([...(st!.full ? [st!.full] : []), ...st!.names])].sort((a, b) => b.length - a.length).map(spaced).join('|')));
  return patterns;
}

/** Ranges of 《…》 (titles of other instruments): not this instrument's own, the one whose key (as citations match titles) is `titleKey`. */
function quotedRanges(text: string, titleKey?: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /《[^》\n]*》/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) if (titleKey === undefined || titleKeyOf(m[0].slice(1, -1)) !== titleKey) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * `用中文、哈文和俄文写成` → the party's language first, then the other party's, then the rest as written — where the
 * lexicon knows each party's language. Where it does not (`秘鲁共和国`), the list stays as written rather than guessed:
 * the order of the languages is not what the alternat is about (it orders the parties' names and the signatures), and
 * real texts show a list that does not follow the copy (the Chinese text of the 2003 China–Germany investment
 * agreement, China named first, is `用德文、中文和英文写成`).
 */
function languageEdit(text: string, start: number, end: number, names: string[], order: number[]) {
  const raw = text.slice(start, end);
  const m = /用([^。，,；;]{1,60}?)写成/.exec(raw);
  if (!m) return undefined;
  const listStart = start + m.index + 1;
  const list = m[1];
  // Tokens and separators, as written; a line break inside a name (`中` / `文`, a PDF paste) stays in its token.
  const pieces = list.split(/([、和及与,，]|[ \t\u3000]+)/);
  const tokens: string[] = [];
  const seps: string[] = [];
  let lead = '';
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (i % 2 === 0) {
      if (p === '' && tokens.length === 0 && i === 0) continue;
      if (p === '') {
        seps[seps.length - 1] = (seps[seps.length - 1] ?? '') + (pieces[i + 1] ?? '');
        i++;
        continue;
      }
      tokens.push(p);
    } else if (tokens.length === 0) lead += p;
    else seps.push(p);
  }
  if (tokens.length < 2) return undefined;
  const prefix = /^(?:均用|每份均用|都用)/.exec(tokens[0])?.[0] ?? '';
  if (prefix) tokens[0] = tokens[0].slice(prefix.length);
  // (The copy's party's language unknown, the list stays: the others' first would put another party's language before its own —
  // `用西班牙文、中文和英文写成` in Peru's copy read `用中文、西班牙文和英文写成`.)
  if (languageOf(names[order[0]]) === undefined) return undefined;
  const wanted = order.map((i) => languageOf(names[i])).filter((l): l is string => l !== undefined);
  const ranked = tokens.map((t, i) => {
    const w = wanted.indexOf(t.replace(/\s+/g, ''));
    return { t, key: w >= 0 ? w : wanted.length + i };
  });
  ranked.sort((a, b) => a.key - b.key);
  const reordered = ranked.map((r) => r.t);
  if (reordered.every((t, i) => t === tokens[i])) return undefined;
  let s = lead + prefix;
  reordered.forEach((t, i) => (s += t + (i < seps.length ? seps[i] : '')));
  return { start: listStart, end: listStart + list.length, text: s };
}

/**
 * Side-by-side rows with their cells swapped: the right cell first, then the left one at the column where the right one
 * was (two spaces at least between them), in the row's own spaces — so that swapping again gives the text back.
 */
function swappedRows(text: string, rows: readonly SignatureRow[]): Array<{ start: number; end: number; text: string }> {
  return rows.map((r) => {
    const left = text.slice(r.start, r.leftEnd);
    const right = text.slice(r.rightStart, r.end);
    const space = text[r.leftEnd];
    // Cells one space apart (`sideBySideSpaced`): no column to keep, the space as written.
    if (r.rightStart - r.leftEnd === 1) return { start: r.start, end: r.end, text: right + space + left };
    const gap = widthOf(text.slice(r.start, r.rightStart)) - widthOf(right);
    return { start: r.start, end: r.end, text: right + space.repeat(Math.max(2, Math.round(gap / widthOf(space)))) + left };
  });
}

/** A run of two spaces or more (full-width or not): what divides side-by-side cells (`代　表`, letter-spaced, keeps its one). */
const CELL_GAP = /[ \t\u3000]{2,}/g;

/** Where a line's two side-by-side cells are (its widest run of spaces between them), or undefined. */
function cellsOf(text: string, l: Line): [number, number] | undefined {
  const s = text.slice(l.contentStart, l.contentEnd);
  let best: RegExpExecArray | undefined;
  for (const m of s.matchAll(CELL_GAP)) if (!best || m[0].length > best[0].length) best = m as RegExpExecArray;
  return best ? [l.contentStart + best.index, l.contentStart + best.index + best[0].length] : undefined;
}

/** Line `l` of a side-by-side block, cut into its two cells at `c`: a row, and a line of each column. */
function addRow(text: string, l: Line, c: [number, number], rows: SignatureRow[], columns: SignatureColumn[]): void {
  rows.push({ start: l.contentStart, leftEnd: c[0], rightStart: c[1], end: l.contentEnd });
  columns[0].lines.push(cleanLine(text.slice(l.contentStart, c[0])));
  columns[1].lines.push(cleanLine(text.slice(c[1], l.contentEnd)));
  for (const col of columns) col.end = l.end;
}

/** The lines' contents, cleaned, the empty ones left out (the lead before a side-by-side block, what follows it). */
function cleanLines(text: string, lines: readonly Line[]): string[] {
  return lines.map((l) => cleanLine(text.slice(l.contentStart, l.contentEnd))).filter((x) => x);
}

/**
 * Signatures written side by side: a line names one party in its left cell and the other in its right (the lines before
 * it are the lead), and every line after it has two cells (a line with one would leave a cell of unknown column).
 * Undefined otherwise.
 */
function sideBySide(text: string, lines: readonly Line[], names: string[], openers: RegExp[]): SignatureLayout | undefined {
  if (names.length !== 2) return undefined;
  const partyOf = (from: number, to: number) => openerOf(openers, cleanLine(text.slice(from, to)));
  let first = -1;
  let parties: number[] = [];
  for (let i = 0; i < lines.length && first < 0; i++) {
    const cut = cellsOf(text, lines[i]);
    if (!cut) continue;
    parties = [partyOf(lines[i].contentStart, cut[0]), partyOf(cut[1], lines[i].contentEnd)];
    if (parties[0] >= 0 && parties[1] >= 0 && parties[0] !== parties[1]) first = i;
  }
  if (first < 0) return undefined;
  const rows: SignatureRow[] = [];
  const columns: SignatureColumn[] = parties.map((who) => ({ party: names[who], start: lines[first].start, end: lines[first].end, lines: [] }));
  for (const l of lines.slice(first)) {
    if (!cleanLine(text.slice(l.contentStart, l.contentEnd))) continue;
    const c = cellsOf(text, l);
    if (!c) return undefined;
    addRow(text, l, c, rows, columns);
  }
  const lead = cleanLines(text, lines.slice(0, first));
  return { lead, columns, rows };
}

/**
 * Which party a signature column's words open with (the index of its opener, none of `used`; -1 for none), read as simplified, as
 * the names are: a traditional text's columns open `駐美國…`, `美國在台協會`, not `驻美国…`.
 */
function openerOf(openers: readonly RegExp[], content: string, used?: ReadonlySet<number>): number {
  const folded = foldScript(content);
  return openers.findIndex((re, i) => !used?.has(i) && re.test(folded));
}

/** One space (or one full-width space, or one tab) alone: the only gap between cells in a text that lost its layout. */
const SPACE_RUN = /[ \t\u3000]/g;
/** A line with wider gaps is read by `sideBySide`'s rule (two spaces or more divide cells), never as cells one space apart. */
const WIDE_GAP = /[ \t\u3000]{2}/;

/**
 * Where a line's two cells are when they are divided by single spaces, which also letter-space a cell (`代 表`,
 * `贾 石`): the words between the spaces, read so that a run of one-character words is one letter-spaced word,
 * and a row written twice over (`代 表 代 表`, `(签 字) (签 字)`) is its two halves. Two words are two cells;
 * anything else is undefined (no reliable boundary).
 */
function spacedCellsOf(text: string, l: Line): [number, number] | undefined {
  const s = text.slice(l.contentStart, l.contentEnd);
  if (WIDE_GAP.test(s)) return undefined;
  const gaps = [...s.matchAll(SPACE_RUN)].map((m) => [m.index!, m.index! + m[0].length] as [number, number]);
  if (gaps.length === 0) return undefined;
  const at = (g: [number, number]): [number, number] => [l.contentStart + g[0], l.contentStart + g[1]];
  const words: string[] = [];
  let from = 0;
  for (const [a, b] of gaps) {
    words.push(s.slice(from, a));
    from = b;
  }
  words.push(s.slice(from));
  if (words.some((w) => !w)) return undefined;
  // The same words twice: the two halves.
  if (words.length % 2 === 0) {
    const half = words.length / 2;
    if (words.slice(0, half).every((w, i) => w === words[half + i])) return at(gaps[half - 1]);
  }
  // Otherwise a gap inside a run of one-character words is letter-spacing; the row must have exactly one other gap.
  const letter = (w: string) => [...cleanLine(w)].length === 1;
  const cuts = gaps.filter((_, i) => !(letter(words[i]) && letter(words[i + 1])));
  return cuts.length === 1 ? at(cuts[0]) : undefined;
}

/**
 * Side-by-side signatures whose cells are one space apart (a database that squeezed the layout's spaces:
 * `中华人民共和国政府 秘鲁共和国政府` / `代 表 代 表` / `贾 石 路易斯·蒙特罗·阿兰布鲁`). Only where the rows can be
 * matched to the parties: a line whose one gap divides it into a cell opening with one party's state and a cell
 * opening with the other's heads them; each line after it is a row while its cells can be told (`spacedCellsOf`),
 * and the rows end at the first line whose cannot (it belongs to neither column). Undefined without such a line.
 */
function sideBySideSpaced(text: string, lines: readonly Line[], names: string[], openers: RegExp[]): SignatureLayout | undefined {
  if (names.length !== 2) return undefined;
  const partyOf = (from: number, to: number) => openerOf(openers, cleanLine(text.slice(from, to)));
  let first = -1;
  let head: [number, number] | undefined;
  let parties: number[] = [];
  for (let i = 0; i < lines.length && first < 0; i++) {
    const l = lines[i];
    const content = text.slice(l.contentStart, l.contentEnd);
    if (WIDE_GAP.test(content)) continue;
    // The heading line: the one gap after which the other party's state opens a cell.
    for (const m of content.matchAll(SPACE_RUN)) {
      const cut: [number, number] = [l.contentStart + m.index!, l.contentStart + m.index! + m[0].length];
      const who = [partyOf(l.contentStart, cut[0]), partyOf(cut[1], l.contentEnd)];
      if (who[0] >= 0 && who[1] >= 0 && who[0] !== who[1]) {
        first = i;
        head = cut;
        parties = who;
        break;
      }
    }
  }
  if (first < 0 || !head) return undefined;
  const rows: SignatureRow[] = [];
  const after: string[] = [];
  const columns: SignatureColumn[] = parties.map((who) => ({ party: names[who], start: lines[first].start, end: lines[first].end, lines: [] }));
  for (let i = first; i < lines.length; i++) {
    const l = lines[i];
    if (!cleanLine(text.slice(l.contentStart, l.contentEnd))) continue;
    const c = i === first ? head : spacedCellsOf(text, l);
    if (!c) {
      after.push(...cleanLines(text, lines.slice(i)));
      break;
    }
    addRow(text, l, c, rows, columns);
  }
  const lead = cleanLines(text, lines.slice(0, first));
  return after.length ? { lead, columns, rows, after } : { lead, columns, rows };
}

/** The signature block as columns, one per party, each opened by the line that names its party (or side by side, `sideBySide`). */
export function signatureLayout(treaty: Treaty): SignatureLayout {
  const names = partyInfoOf(treaty).names;
  // A name may be cut over lines (`中华人民共和国` / `国防部代表`): the column opens on the line that starts its state.
  return layoutWith(treaty, names, names.map((n) => new RegExp(`^${spaced(splitPartyName(n).state)}`)));
}

/** The signature block as columns of the parties named, each opened by the line its opener matches. */
function layoutWith(treaty: Treaty, names: string[], openers: RegExp[]): SignatureLayout {
  const block = treaty.signatures;
  if (!block) return { lead: [], columns: [] };
  const text = treaty.text;
  const lines: Line[] = [];
  // The block's text lines: a page break (`---`, a lone page number), a comment or a tag is no line of a column.
  const walk = (n: Node) => {
    if (n.type === 'line') {
      if (isContent(n)) lines.push(n);
    } else n.children.forEach(walk);
  };
  block.children.forEach(walk);
  const lead: string[] = [];
  const columns: SignatureColumn[] = [];
  const used = new Set<number>();
  const across = sideBySide(text, lines, names, openers) ?? sideBySideSpaced(text, lines, names, openers);
  if (across) return across;
  for (const l of lines) {
    const content = cleanLine(text.slice(l.contentStart, l.contentEnd));
    if (!content) continue;
    const who = openerOf(openers, content, used);
    if (who >= 0) {
      used.add(who);
      columns.push({ party: names[who], start: l.start, end: l.end, lines: [content] });
      continue;
    }
    const col = columns[columns.length - 1];
    if (col) {
      col.lines.push(content);
      col.end = l.end;
    } else lead.push(content);
  }
  if (columns.length === 0 && lead.length > 0) {
    // No party names: one column with everything.
    const first = lines.find((l) => cleanLine(text.slice(l.contentStart, l.contentEnd)))!;
    const last = [...lines].reverse().find((l) => cleanLine(text.slice(l.contentStart, l.contentEnd)))!;
    return { lead: [], columns: [{ party: undefined, start: first.start, end: last.end, lines: lead }] };
  }
  return { lead, columns };
}

/** A line as a reader sees it: emphasis, HTML tags and escapes removed, trailing spaces dropped (words in `<>`, a model's optional `<和资本>`, stay). */
export function cleanLine(s: string): string {
  return s
    .replace(/<sup>([^<]*)<\/sup>/g, '$1')
    .replace(/<\/?[A-Za-z][^>]{0,19}>/g, '')
    .replace(/\\([*_\\`[\]])/g, '$1')
    .replace(/\*\*|__/g, '')
    .trim();
}
