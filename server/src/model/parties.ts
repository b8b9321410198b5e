// The parties to a treaty: from the preamble's defined-party phrase
// (`中华人民共和国和哈萨克斯坦共和国（以下简称“缔约双方”）`) or, failing that, from the title
// (`中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约`). Cached per Treaty (one per document version).
// What is known of their states (short form, language, capital) is in the lexicon (syntax/words.ts).
import { Treaty, normalizeTitle } from './treaty';
import { foldScript } from '../syntax/script';
import { AUTHORIZED_BY_SOURCE, ORGAN_END, PARTY_NAME_WORDS, STATES, STATE_NAME_ENDINGS, STATIONED_IN, alternation, stateOf } from '../syntax/words';
import { perModel } from './perModel';

export interface Parties {
  /** The parties in the order written: `中华人民共和国国防部`, `哈萨克斯坦共和国民族安全委员会`. */
  names: string[];
  /** The term the text uses for them: `双方`, `缔约双方`, `缔约各方` (`双方` when none is defined). */
  term: string;
  /** Where the names came from. */
  source: 'definition' | 'title' | 'none';
}

export interface PartyName {
  /** The state: `中华人民共和国`. */
  state: string;
  /** What follows the state: `国防部`, `政府`, `` for the state itself. */
  organ: string;
}

/** Terms that stand for the parties as a whole. */
const PARTY_TERMS = /^(?:缔约)?(?:国)?(?:双方|各方|三方|四方|五方|六方)$|^缔约国$|^成员国$|^两国$/;
/** Splits an enumeration of parties: on 和 / 与 / 及 / 、 but not the 和 of 共和国. */
const SEPARATOR = /(?<!共)和|与|及|、|，/;
/**
 * States' names that hold a separator (`大不列颠及北爱尔兰联合王国`, `特立尼达和多巴哥共和国`, `安提瓜和巴布达`):
 * never cut there; longest first, so that a full name is kept whole before the short name it begins with.
 */
const WHOLE_NAMES = [...new Set(STATES.flatMap((st) => [...(st.full ? [st.full] : []), ...st.names]).filter((n) => SEPARATOR.test(n)))]
  .sort((a, b) => b.length - a.length);

/** `phrase` cut at its separators, a state's full name kept whole (hidden as `\0i\0` while cutting). */
function cut(phrase: string): string[] {
  // (Each name split and joined only where it occurs: a phrase names one or two of them at most.)
  WHOLE_NAMES.forEach((name, i) => {
    if (phrase.includes(name)) phrase = phrase.split(name).join(`\u0000${i}\u0000`);
  });
  return phrase.split(SEPARATOR).map((s) => (s.includes('\u0000') ? s.replace(/\u0000(\d+)\u0000/g, (_, i: string) => WHOLE_NAMES[Number(i)]) : s));
}

/** A state name ends with one of these (longest first). */
// (An ending followed by another is the name's still: `德意志联邦共和国`, `南斯拉夫社会主义联邦共和国`, `苏维埃社会主义共和国联盟` —
// not `国` alone after one, which opens an organ: `中华人民共和国国防部`.)
const STATE_END = new RegExp(`^(.*?(?:${alternation(STATE_NAME_ENDINGS)})(?:${alternation(STATE_NAME_ENDINGS.filter((e) => e.length > 1))})*)`);

const parties = perModel(compute);

/** The parties' names, in the order written (empty when none can be read). */
export function partiesOf(treaty: Treaty): string[] {
  return partyInfoOf(treaty).names;
}

/** The parties, the term that stands for them, and where they were read. */
export function partyInfoOf(treaty: Treaty): Parties {
  return parties(treaty);
}

function compute(treaty: Treaty): Parties {
  let term: string | undefined;
  for (const d of treaty.definitions) {
    // Read in simplified characters: `（以下簡稱“雙方”）` defines 双方 too.
    if (d.byMeaning || !PARTY_TERMS.test(foldScript(d.term))) continue;
    term ??= d.term;
    let names = splitParties(foldScript(d.meaning)).map((n) => standsFor(treaty, n));
    // `马尔代夫共和国政府和经…正式授权缔结本协定的中华人民共和国澳门特别行政区政府（以下称为缔约双方）` (the other party's copy of the
    // Macao–Maldives agreement): the meaning read after the clause's 的; the first party opens the line before it.
    if (names.length < 2) names = authorizedSecond(treaty, d) ?? names;
    if (names.length >= 2) return { names, term: d.term, source: 'definition' };
  }
  // Read from the title's own words: a cited title's (`《内地和…安排》第三议定书`) is that instrument's name, which a party's copy never reorders.
  const fromTitle = treaty.title ? partiesFromTitle(treaty.title.text.includes('《') ? normalizeTitle(treaty.title.text.replace(CITED_TITLE, '')) : treaty.title.normalized, treaty.kind) : [];
  if (fromTitle.length >= 2) return { names: fromTitle, term: term ?? '双方', source: 'title' };
  return { names: [], term: term ?? '双方', source: 'none' };
}

/** A title cited inside a title: `《…》`. */
const CITED_TITLE = /《[^《》]*》/g;

/** A party written by the short name defined for it (`“中方”` for 中华人民共和国外交部): the name it stands for, else itself. */
function standsFor(treaty: Treaty, name: string): string {
  const term = name.replace(/^[“"「『]|[”"」』]$/g, '');
  if (term === name) return name;
  for (const d of treaty.definitions) {
    if (d.byMeaning || foldScript(d.term) !== term) continue;
    const meaning = foldScript(d.meaning).replace(/[*_\s]/g, '');
    return meaning.length >= 2 && meaning.length <= 40 && stateOf(meaning) ? meaning : name;
  }
  return name;
}

/** The short name defined for each party (`中方` for 中华人民共和国外交部), in the parties' order; undefined where none is. */
export function partyShortNames(treaty: Treaty): (string | undefined)[] {
  return partyInfoOf(treaty).names.map((name) => {
    for (const d of treaty.definitions) {
      if (!d.byMeaning && !PARTY_TERMS.test(foldScript(d.term)) && foldScript(d.meaning).replace(/[*_\s]/g, '') === name) return d.term;
    }
    return undefined;
  });
}

const AUTHORIZED_BY = new RegExp(`^${AUTHORIZED_BY_SOURCE}`);
const FIRST_BEFORE_AUTHORIZED = new RegExp(`^[ \\t\\u3000*_]*([^，。；,;()（）《》\\s]{2,40}?)(?:和|与|及)${AUTHORIZED_BY_SOURCE}$`);

/** The two parties where the second's name opens with the clause saying who authorized it, its meaning read after the clause. */
function authorizedSecond(treaty: Treaty, d: { meaning: string; meaningStart: number }): string[] | undefined {
  const text = treaty.text;
  const line = text.lastIndexOf('\n', d.meaningStart - 1) + 1;
  if (d.meaningStart - line > 200) return undefined;
  const m = FIRST_BEFORE_AUTHORIZED.exec(foldScript(text.slice(line, d.meaningStart)));
  const second = foldScript(d.meaning).replace(/[*_\s]/g, '');
  return m && stateOf(m[1]) && stateOf(second) ? [m[1], second] : undefined;
}

/** `上海合作组织成员国哈萨克斯坦共和国、中华人民共和国` → the states; `A国防部和B边防总局` → both. */
export function splitParties(phrase: string): string[] {
  // Markdown emphasis (`**大韩民国政府**`, `__…__`, `_…_`) and spaces are layout, never part of a Chinese name; a list marker opens no name.
  const parts = cut(phrase.replace(/[*_\s]/g, '').replace(/^-/, '')).filter(Boolean);
  if (parts.length < 2) return [];
  // `马尔代夫共和国政府和经…正式授权缔结本协定的中华人民共和国澳门特别行政区政府`: the clause saying who authorized a party is no part of its name.
  for (let k = 0; k < parts.length; k++) if (parts[k].charCodeAt(0) === 0x7ecf /* 经 */) parts[k] = parts[k].replace(AUTHORIZED_BY, '');
  // `上海合作组织成员国哈萨克斯坦共和国` → `哈萨克斯坦共和国`: drop a collective noun before the first state.
  const first = /^.*?成员国(.+)$/.exec(parts[0]);
  if (first && STATE_END.test(first[1])) parts[0] = first[1];
  // `本着加强中华人民共和国` before `日本国`: in a list of states, the first opens at its state (the
  // words before it are the sentence's, read with the phrase a definition takes). A state after 驻 is where an office is, and the
  // words before it the office's name (`驻美国台北经济文化代表处与美国在台协会`, the 2002 Taiwan–US mutual legal assistance agreement:
  // cut there, its copy for the other party read `驻美国在台协会与美国台北经济文化代表处`): the name whole.
  else if (!stateOf(parts[0]) && stateOf(parts[1])) {
    for (let k = 1; k < parts[0].length - 1; k++) {
      if (stateOf(parts[0].slice(k))) {
        if (!parts[0].slice(0, k).endsWith(STATIONED_IN)) parts[0] = parts[0].slice(k);
        break;
      }
    }
  }
  return parts.every((s) => s.length >= 2 && s.length <= 40) ? parts : [];
}

/** `中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约` → [中华人民共和国, 哈萨克斯坦共和国]. */
export function partiesFromTitle(normalizedTitle: string, kind?: string): string[] {
  let t = normalizedTitle.replace(/[（(][^）)]*[）)]$/, '');
  if (kind && t.endsWith(kind)) t = t.slice(0, -kind.length);
  // The subject starts at 关于 when there is one: `…政府关于边境地区合作的协定`; the parties are
  // written before it, so a title opening with 关于 (`关于中俄边界的协定`) names none.
  const about = t.indexOf('关于');
  if (about >= 0) t = t.slice(0, about);
  // `A与B间之…协定`, `A和B之间的…`, `A和B之间关于…`: the parties end at 间 (between them), each name whole, organs and all
  // (`驻美国台北经济文化代表处与美国在台协会间之刑事司法互助协定`: 美国在台协会, not the state 美国 in it).
  const between = BETWEEN.exec(t);
  if (between) t = t.slice(0, between.index);
  const parts = cut(t).filter(Boolean);
  if (parts.length < 2) return [];
  // The last part runs into the subject: keep its state (and `政府`).
  const last = parts[parts.length - 1];
  if (about < 0 && !between) {
    const m = STATE_END.exec(last);
    if (!m) return [];
    // With no 关于 the title's words before the subject are the parties' only when each names a state or a government:
    // `承认及执行外国仲裁裁决公约` (承认 and 执行 are verbs; 外国 ends like a state's name) names none.
    if (parts.slice(0, -1).some((p) => !STATE_END.test(p) && !stateOf(p) && !PARTY_NAME_WORDS.test(p))) return [];
    // So is the organ the first party's name ends with, written again after it: two ministries (`中华人民共和国外交部和俄罗斯联邦外交部
    // 磋商议定书`), not the state alone, whose copy would read `俄罗斯联邦和中华人民共和国外交部外交部`.
    // The first party an organ of its own (`驻美国台北经济文化代表处与美国在台协会瞭解备忘录`, the 2000s TECRO–AIT memoranda): so is
    // the last, its words after the state up to the first that ends as an organ's name does (`在台协会`) — the state alone there
    // (`美国`) made the other party's copy `美國與駐美國台北經濟文化代表處在台協會`.
    const organ = splitPartyName(parts[0]).organ;
    const rest = last.slice(m[1].length);
    parts[parts.length - 1] = m[1] + (rest.startsWith('政府') ? '政府' : organ && rest.startsWith(organ) ? organ : organ ? (OWN_ORGAN.exec(rest)?.[0] ?? '') : '');
  }
  return parts;
}

/**
 * A bilateral (or plurilateral) title read without the order of its parties: `中华人民共和国和美利坚合众国…联合公报` and
 * `美利坚合众国和中华人民共和国…联合公报` (the same instrument, each party's text naming itself first: the alternat) give one
 * key — the parties' names sorted, then the title's words after them. Undefined when the title names no two parties.
 */
export function partyOrderFreeKey(normalizedTitle: string, kind?: string): string | undefined {
  const parts = partiesFromTitle(normalizedTitle, kind);
  if (parts.length < 2) return undefined;
  let at = 0;
  for (const p of parts) {
    const i = normalizedTitle.indexOf(p, at);
    if (i < 0) return undefined;
    at = i + p.length;
  }
  return `${[...parts].sort().join('\u0000')}\u0001${normalizedTitle.slice(at)}`;
}

/** An organ's name opening the words after a state (`在台协会` of `在台协会瞭解备忘录`): the shortest that ends as an organ's does. */
const OWN_ORGAN = new RegExp(`^[^，。；、（）()《》\\s]{1,10}?(?:${ORGAN_END.source.replace(/\$$/, '')})`);

/** Where the parties' names end in a title naming what is between them: `(之)间之`, `(之)间的`, or `之间` before 关于 (cut before). */
const BETWEEN = /(?<![期民空时中房夜瞬区])(?:之)?间(?:之|的)|之间$/;

/** `中华人民共和国国防部` → { state: 中华人民共和国, organ: 国防部 }. */
export function splitPartyName(name: string): PartyName {
  const m = STATE_END.exec(name);
  if (!m || m[1].length < 2) return { state: name, organ: '' };
  return { state: m[1], organ: name.slice(m[1].length) };
}

/** The official language of a party's state, when known: 哈萨克斯坦共和国 → 哈文. */
export function languageOf(party: string): string | undefined {
  return stateOf(party)?.language;
}

/** The capital of a party's state, when known (a likely place of signing). */
export function capitalOf(party: string): string | undefined {
  return stateOf(party)?.capital;
}

/** The one-character short form of a party's state, as in 中哈 or 中吉, when known. */
export function shortFormOf(party: string): string | undefined {
  return stateOf(party)?.short;
}
