// A chapter, a section or a part of this text named in it: `本协定第十七章（争端解决）`, `第一节至第十一节` (the
// sections of the chapter the words stand in), `第三章第一节`, `本法第二编第一分编`, `第十一部分`. Free trade agreements and the
// 2020 China–US agreement name their chapters and sections so, their articles numbered by chapter (`第1.1条`); codes
// their books (编, 分编), conventions their parts (部分).
import { Article, Chapter, Treaty, articleAt, articleNumbered, chapterHolding, foldedText } from './treaty';
import { ArticleTarget, Citation, instrumentNamedBefore, ownLawName, resolveInTreaty, selfEnding } from './references';
import { perModel } from './perModel';
import { parseNumeral, NUMERAL_CHARS } from '../syntax/numerals';
import { foldScript } from '../syntax/script';
import { CHAPTER_UNITS, CITED_KINDS, CITED_LAW_KINDS, NOT_UNIT_HERE, SELF_WORDS, SUB_NUMERAL, alternation } from '../syntax/words';

export interface ChapterReference {
  /** The words naming the unit: `第十七章`, `第一节`. */
  start: number;
  end: number;
  chapter: Chapter;
}

/** How far before an offset the words naming a unit may start: `第` + spaces + numerals + spaces + the unit. */
const REACH = 16;
/** Any unit's words: `第七章`, `第十一部分`, `第二编`, `第一分编`. */
const UNIT_NAMED = new RegExp(`第[ \\t\\u3000]{0,2}([${NUMERAL_CHARS}]{1,6}?)[ \\t\\u3000]{0,2}(${alternation(CHAPTER_UNITS)})`, 'g');
/**
 * Another instrument's chapter: after its title (`《联合国宪章》第七章`), a kind (`该公约第二章`, `宪章第七章`) or a law (`…法第三章`,
 * `该法第二章`, its special part between: `刑法分则第四章`) — not after 本协定, 本法; or an annex's (`附件六第二部分`, `附录一第三章`:
 * an annex divides itself as the text does).
 */
const ANOTHERS = new RegExp(`(?:》|」|”|(?<!本)(?:${alternation([...CITED_KINDS, ...CITED_LAW_KINDS])})|(?<!本)法|(?:附件|附录)[${SUB_NUMERAL}]{0,3})(?:总则|分则)?[ \\t\\u3000]{0,2}$`);
/** This text's own words (`本法`, `本协定`), a law's general or special part perhaps after them (`本法总则第四章第八节`). */
const OWN = new RegExp(`本(?:${alternation(SELF_WORDS)})(?:总则|分则)?[ \\t\\u3000]{0,2}$`);
/** The chapter named right before a section: `第三章第一节`. */
const CHAPTER_BEFORE = new RegExp(`第[ \\t\\u3000]{0,2}([${NUMERAL_CHARS}]{1,6}?)[ \\t\\u3000]{0,2}章[ \\t\\u3000]{0,2}$`);

/**
 * The unit of this text (a chapter 章, a section 节, a book 编 or 分编, a part 部分) whose name holds `offset`, written in a
 * sentence (not a heading's own label); undefined when the words name none of its units or another instrument's. The words
 * before the first unit of a list name whose all are (`《矿山安全法》第六章、第七章`); a unit listed after a larger one is of it
 * (`第三章第一节`, `第二编第二章`), else of the law's part named (`本法分则第四章`), a section else of the chapter that holds the
 * words, a 分编 of the 编 that does.
 */
export function chapterReferenceAt(treaty: Treaty, offset: number): ChapterReference | undefined {
  if (treaty.chapters.length === 0) return undefined;
  const folded = foldedText(treaty);
  const found = namedAt(folded, offset, UNIT_NAMED);
  if (!found) return undefined;
  const { start, m } = found;
  const words = unitWords(treaty, folded, start, m);
  if (!words) return undefined;
  const { num: n, listed, first } = words;
  const named = folded.slice(Math.max(0, first - 24), first);
  // The text's own words (`本法`; or as the model reads them, `本停战协定` in an armistice agreement) — but a protocol's
  // `本协定` is its agreement's —, else another instrument's.
  const self = OWN.test(named) || namedByItself(treaty, folded, first) ? true : selfEnding(treaty, first);
  if (self !== true && self?.uncertain) return undefined;
  if (!self && (ANOTHERS.test(named) || (first !== start && instrumentNamedBefore(treaty, first)))) return undefined;
  const ref = { unit: m[2], num: n, within: largerListed(listed, m[2]), part: partBefore(folded, first) };
  const here = ref.within ? undefined : HOLDER[m[2]];
  const chapter = here ? unitInHolder(treaty, m[2], here, n, start) : chapterNamed(treaty, ref);
  return chapter ? { start, end: start + m[0].length, chapter } : undefined;
}

/**
 * Whether a unit named at `start` is a heading's own label, or inside it (`## 第四部 第八編 山東`: the Treaty of Versailles' Part
 * IV, Section VIII, the part's label before the section's): no reference.
 */
function inHeadingLabel(treaty: Treaty, start: number): boolean {
  return treaty.chapters.some((c) => c.label.start <= start && start < c.label.end);
}

/**
 * The words naming a unit at `start` (`m`: a `UNIT_NAMED` match there) as every reading of them opens: its number and the units
 * listed before it (`第三编第四章和` before `第五章`), `first` where the list starts; undefined for a heading's own label or a
 * number not read.
 */
function unitWords(treaty: Treaty, folded: string, start: number, m: RegExpExecArray): { num: number; listed: Listed[]; first: number } | undefined {
  if (inHeadingLabel(treaty, start)) return undefined;
  const num = parseNumeral(m[1]);
  if (num === undefined) return undefined;
  const listed = listedBefore(folded, start);
  return { num, listed, first: listed[0]?.start ?? start };
}

/** A law's name for itself (references.ts `ownLawName`: `宪法` of `中华人民共和国宪法`), or undefined. */
function ownName(treaty: Treaty): string | undefined {
  return ownLawName(treaty.title && foldScript(treaty.title.normalized));
}

/**
 * Whether the words right before `first` (the folded text's offset of a list of units) are the law's own name (`ownName`),
 * spaces after it perhaps: the constitution naming its own units, `宪法第三章第五节规定的地方国家机关的职权` (中华人民共和国宪法
 * 第一百一十五条).
 */
function namedByItself(treaty: Treaty, folded: string, first: number): boolean {
  const own = ownName(treaty);
  return own !== undefined && folded.slice(Math.max(0, first - own.length - 4), first).replace(/[ \t\u3000]+$/, '').endsWith(own);
}

/** The words naming a unit (`re`, global: `NAMED`, `UNIT_NAMED`) that hold `offset`, read near it: where they start, and the match. */
function namedAt(folded: string, offset: number, re: RegExp): { start: number; m: RegExpExecArray } | undefined {
  const from = Math.max(0, offset - REACH);
  const window = folded.slice(from, Math.min(folded.length, offset + REACH));
  re.lastIndex = 0;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const start = from + m.index;
    if (offset >= start && offset < start + m[0].length) return { start, m };
  }
  return undefined;
}

/** Every unit of this text named in it (`chapterReferenceAt` at each `第…章`, `第…节`, `第…编` … written), in order: find references and renumbering read them. */
export const chapterReferences = perModel((treaty: Treaty): ChapterReference[] => {
  const out: ChapterReference[] = [];
  if (treaty.chapters.length === 0) return out;
  const folded = foldedText(treaty);
  const named = new RegExp(UNIT_NAMED.source, 'g');
  for (let m = named.exec(folded); m; m = named.exec(folded)) {
    const ref = chapterReferenceAt(treaty, m.index);
    if (ref) out.push(ref);
  }
  return out;
});

/** A chapter or part this text names with its own self-word that it does not have (`本法第九章` in a law of eight chapters). */
export interface MissingChapter {
  start: number;
  end: number;
  unit: string;
  num: number;
  /** How many units of that kind the text (or the unit named before it, `第二编第九章`) has. */
  count: number;
  /** The words the text names itself by there: its self-word (`本法`), or a law's own name (`宪法`: `ownName`). */
  by: string;
}

/**
 * The units this text names as its own that it lacks, for the check `ref.no-such-chapter`: only where the words before the
 * list's first unit are the text's own self-word (`本法`, `本协定`: a protocol's `本协定` is its agreement's, and a bare
 * `第九章` may be another text's), the text has units of that kind, the number is past its last, and no law's part
 * (`本法分则第九章`) is named; a section only in a chapter named before it that has sections (`本法第二章第五节`), a unit in a
 * larger one only when that one is there.
 */
export const missingChapters = perModel((treaty: Treaty): MissingChapter[] => {
  const out: MissingChapter[] = [];
  if (treaty.chapters.length === 0 || !treaty.selfRef) return out;
  const folded = foldedText(treaty);
  const self = foldScript(treaty.selfRef);
  const named = new RegExp(UNIT_NAMED.source, 'g');
  for (let m = named.exec(folded); m; m = named.exec(folded)) {
    const start = m.index;
    const unit = m[2];
    const read = unitWords(treaty, folded, start, m);
    if (!read) continue;
    const { num, listed, first } = read;
    const words = folded.slice(Math.max(0, first - 12), first).replace(/[ \t\u3000]+$/, '');
    const by = words.endsWith(self) ? treaty.selfRef : namedByItself(treaty, folded, first) ? ownName(treaty)! : undefined;
    if (by === undefined || partBefore(folded, first)) continue;
    const within = largerListed(listed, unit);
    const container = within && unitNumbered(treaty, within);
    if (within && !container) continue;
    const kin = treaty.chapters.filter((c) => c.unit === unit && inside(c, container));
    if (kin.length === 0 || (unit === '节' && !container)) continue;
    // Past the last only: a number in a gap of the text's own (`第一章`, a caption alone, `第三章`) is a heading whose label
    // was lost, which the chapters' numbering check names (lostChapters.ts), not a reference to nothing.
    if (kin.every((c) => c.num === undefined || c.num < num)) out.push({ start, end: start + m[0].length, unit, num, count: kin.length, by });
  }
  return out;
});

/** The words naming the unit that holds them: `本章`, `本节`, `本编`, `本分编`, `本部分`. */
const UNIT_HERE = new RegExp(`本(${alternation(CHAPTER_UNITS)})(?![${NOT_UNIT_HERE}])`, 'g');

/** The words `本章` (`unitHereAt`): where they stand, the unit's kind, and the unit of the text they name, if it has one. */
export interface UnitHere {
  start: number;
  end: number;
  unit: string;
  chapter?: Chapter;
}

/**
 * `本章`, `本节`, `本编` … whose words hold `offset`, written in an article of the text (`违反本章规定的`, `本编调整因合同产生的民事
 * 关系`): the innermost unit of that kind holding them — none where the text has none there (a book of a code kept one file per
 * book says `本编` without a `第三编` heading: resolve.ts reads the file's). Not `本章程` in a 章程, its own name, nor words outside
 * its articles (a heading, the preamble).
 */
export function unitHereAt(treaty: Treaty, offset: number): UnitHere | undefined {
  const folded = foldedText(treaty);
  const found = namedAt(folded, offset, UNIT_HERE);
  if (!found || folded.startsWith(foldScript(treaty.selfRef), found.start)) return undefined;
  const { start, m } = found;
  if (!articleAt(treaty, start) || inHeadingLabel(treaty, start)) return undefined;
  const unit = m[1];
  let chapter: Chapter | undefined;
  for (const c of treaty.chapters) if (c.unit === unit && c.start <= start && start < c.end && (!chapter || within(c, chapter))) chapter = c;
  return { start, end: start + m[0].length, unit, chapter };
}

/** A unit of a law or treaty named right before another, the two joined (`第六章、第七章`, `第三章第二节`, `第三章至第五章`). */
const LISTED_BEFORE = new RegExp(`第[ \\t\\u3000]{0,2}([${NUMERAL_CHARS}]{1,6}?)[ \\t\\u3000]{0,2}(${alternation(CHAPTER_UNITS)})[ \\t\\u3000]{0,2}(?:[、和及与或至]|以及)?[ \\t\\u3000]{0,2}$`);

/** A unit listed before another: where its words start, its kind and number. */
interface Listed { start: number; unit: string; num: number | undefined }

/** The units listed before the one at `start`, joined to it (`第三编第四章和` before `第五章`), first first: empty when none is. */
function listedBefore(folded: string, start: number): Listed[] {
  const out: Listed[] = [];
  for (let n = 0; n < 8; n++) {
    const before = folded.slice(Math.max(0, start - 20), start);
    const m = LISTED_BEFORE.exec(before);
    if (!m) break;
    start -= before.length - m.index;
    out.unshift({ start, unit: m[2], num: parseNumeral(m[1]) });
  }
  return out;
}

/** The larger unit listed last before a unit (`第三章第二节`, `第二编第二章`, `第三编第四章和第五章`): the one it is of, or undefined. */
function largerListed(listed: readonly Listed[], unit: string): { unit: string; num: number } | undefined {
  for (let i = listed.length - 1; i >= 0; i--) {
    const larger = listed[i];
    if (UNIT_RANK[larger.unit] >= UNIT_RANK[unit]) continue;
    return larger.num === undefined ? undefined : { unit: larger.unit, num: larger.num };
  }
  return undefined;
}

/** Which unit holds which: a part (编, 部分) its 分编, a 分编 its chapters, a chapter its sections. */
const UNIT_RANK: Record<string, number> = { 部分: 0, 编: 0, 分编: 1, 章: 2, 节: 3 };


/** A unit of another instrument named in the text: `《联合国宪章》第七章`, `《矿山安全法》第六章、第七章`, `该公约第十一部分`, `海商法第八章`. */
export interface CitedChapterReference {
  /** The words naming the unit (`第七章`). */
  start: number;
  end: number;
  /** The instrument, as the words before the list it opens name it. */
  citation: Citation;
  unit: string;
  num: number;
  /** The unit named right before it (`《…》第三章第二节`, `民事诉讼法第二编第二章`). */
  within?: { unit: string; num: number };
  /** A law's general or special part named before the list (`刑法分则第四章`): its 编 so captioned. */
  part?: string;
  /** The 编 named before `within` when that is smaller (`民法典第三编第二分编第二十章`: 3). */
  book?: number;
}

/** `总则` or `分则` right before the list of units opening at `first` (`刑法分则第四章、第五章`, `本法总则第四章`), or undefined. */
function partBefore(folded: string, first: number): string | undefined {
  const m = PART_BEFORE.exec(folded.slice(Math.max(0, first - 4), first));
  return m ? m[1] : undefined;
}
const PART_BEFORE = /(总则|分则)[ \t\u3000]{0,2}$/;

/** The unit of another instrument whose words hold `offset` (`citedChapters`), or undefined. */
export function citedChapterAt(treaty: Treaty, offset: number): CitedChapterReference | undefined {
  const folded = foldedText(treaty);
  const found = namedAt(folded, offset, UNIT_NAMED);
  return found && citedChapterOf(treaty, folded, found.start, found.m);
}

/** Every unit of another instrument the text names, in order: find references reads them in the documents citing an instrument. */
export const citedChapters = perModel((treaty: Treaty): CitedChapterReference[] => everyUnitNamed(treaty, citedChapterOf));

/** What `of` reads at every unit's words the text holds (UNIT_NAMED), in order: a Chinese text's. */
function everyUnitNamed<R>(treaty: Treaty, of: (treaty: Treaty, folded: string, start: number, m: RegExpExecArray) => R | undefined): R[] {
  const out: R[] = [];
  if (treaty.language !== 'zh') return out;
  const folded = foldedText(treaty);
  const named = new RegExp(UNIT_NAMED.source, 'g');
  for (let m = named.exec(folded); m; m = named.exec(folded)) {
    const ref = of(treaty, folded, m.index, m);
    if (ref) out.push(ref);
  }
  return out;
}

function citedChapterOf(treaty: Treaty, folded: string, start: number, m: RegExpExecArray): CitedChapterReference | undefined {
  const words = unitWords(treaty, folded, start, m);
  if (!words) return undefined;
  const { num, listed, first } = words;
  const before = folded.slice(Math.max(0, first - 24), first);
  if (OWN.test(before) || namedByItself(treaty, folded, first)) return undefined;
  const citation = instrumentNamedBefore(treaty, first);
  if (!citation) return undefined;
  const ref: CitedChapterReference = { start, end: start + m[0].length, citation, unit: m[2], num };
  const part = partBefore(folded, first);
  if (part) ref.part = part;
  return placed(ref, listed);
}

/** `ref` with the units named before it (`listed`): the one it is of (`第三章第二节`), and the 编 before that (`第三编第二分编第二十章`). */
function placed<R extends { unit: string; within?: { unit: string; num: number }; book?: number }>(ref: R, listed: readonly Listed[]): R {
  const within = largerListed(listed, ref.unit);
  if (within) ref.within = within;
  const book = within && within.unit !== '编' ? largerListed(listed, within.unit) : undefined;
  if (book?.unit === '编') ref.book = book.num;
  return ref;
}

/** A unit named with the text's own words, as a cited one is (`CitedChapterReference`, without a citation). */
export type OwnUnitReference = Omit<CitedChapterReference, 'citation' | 'part'>;

/**
 * The unit named at `offset` after the text's own self-word (`本法第三编`, `本法第一编第六章`), whether or not the text holds it:
 * a code kept one file per book names its other books so, in the LawRefBook/Laws copy of the 民法典 (物权编 第二百八十五条
 * `依照本法第三编有关物业服务合同的规定`; resolve.ts `ownBookUnitAt` finds them among the code's files). Not after a law's part
 * (`本法分则第四章`).
 */
export function ownUnitAt(treaty: Treaty, offset: number): OwnUnitReference | undefined {
  const folded = foldedText(treaty);
  const found = namedAt(folded, offset, UNIT_NAMED);
  return found && ownUnitOf(treaty, folded, found.start, found.m);
}

/**
 * Every unit the text names with its own words (`ownUnitAt` at each), in order: find references reads a book's (`本法第五编`) in
 * the files of the code's other books (人格权编 第一千零一条 `适用本法第一编、第五编`).
 */
export const ownUnits = perModel((treaty: Treaty): OwnUnitReference[] => everyUnitNamed(treaty, ownUnitOf));

function ownUnitOf(treaty: Treaty, folded: string, start: number, m: RegExpExecArray): OwnUnitReference | undefined {
  const words = unitWords(treaty, folded, start, m);
  if (!words) return undefined;
  const { num, listed, first } = words;
  if (!OWN.test(folded.slice(Math.max(0, first - 24), first)) || partBefore(folded, first)) return undefined;
  return placed<OwnUnitReference>({ start, end: start + m[0].length, unit: m[2], num }, listed);
}

/**
 * The unit of this text a reference names (`CitedChapterReference`): its chapter, section or part so numbered — in the unit
 * named before it (`第三章第二节`), or in the 编 captioned as the law's part named (`分则第四章`: 刑法's 第二编 分则; a law
 * with no such 编 calls its first chapter 总则, and the words say no more than the number).
 */
export function chapterNamed(treaty: Treaty, ref: { unit: string; num: number; within?: { unit: string; num: number }; part?: string }): Chapter | undefined {
  const part = ref.part !== undefined ? treaty.chapters.find((c) => c.unit === '编' && c.caption !== undefined && foldScript(c.caption) === ref.part) : undefined;
  const inPart = (c: Chapter) => !part || within(c, part);
  const container = ref.within ? unitNumbered(treaty, ref.within, inPart) : part;
  if (ref.within && !container) return undefined;
  return treaty.chapters.find((c) => c.unit === ref.unit && c.num === ref.num && inside(c, container));
}

/** The unit of the text so named (`第二编`, `第三章`), the first that `where` allows. */
function unitNumbered(treaty: Treaty, named: { unit: string; num: number }, where: (c: Chapter) => boolean = () => true): Chapter | undefined {
  return treaty.chapters.find((c) => c.unit === named.unit && c.num === named.num && where(c));
}

/**
 * Whether unit `c` is one of those a reference naming `container` before it means (`第三编第九章`): inside it at any depth —
 * the 民法典's chapters are numbered through a 编, under its 分编 — or any unit of the text when none is named.
 */
function inside(c: Chapter, container: Chapter | undefined): boolean {
  return !container || within(c, container);
}

/** The unit a unit named alone is read in (`第二节`: of the chapter the words stand in; `第一分编`: of the 编). */
const HOLDER: Record<string, string | undefined> = { 节: '章', 分编: '编' };

/** Unit `n` of kind `unit` in the `holder` (its kind) that holds offset `at`, else the first so numbered. */
function unitInHolder(treaty: Treaty, unit: string, holder: string, n: number, at: number): Chapter | undefined {
  const container = treaty.chapters.find((c) => c.unit === holder && c.start <= at && at < c.end);
  const units = treaty.chapters.filter((c) => c.unit === unit && c.num === n);
  if (container) return units.find((c) => within(c, container));
  return units[0];
}

/** Whether chapter `c` is inside `container` (a section in its chapter, a chapter in its 编). */
export function within(c: Chapter, container: Chapter): boolean {
  for (let p = c.parent; p; p = p.parent) if (p === container) return true;
  return false;
}

/**
 * Whether the text's chapters number their articles from 第一条 again (the RCEP's and the China–Australia
 * agreement's Chinese texts: 第一章 第一条 … 第二章 第一条 …): a chapter (章) after the first holding articles
 * opens with 第一条.
 */
export const restartsByChapter = perModel((treaty: Treaty): boolean => {
  let last: Chapter | undefined;
  let seen = false;
  for (const a of treaty.articles) {
    if (a.num === undefined) continue;
    const c = chapterHolding(a);
    if (c !== last && seen && c !== undefined && a.num === 1 && a.sub === undefined) return true;
    last = c;
    seen = true;
  }
  return false;
});

/**
 * In a text whose chapters number their articles from 第一条 again (`restartsByChapter`), the article numbered
 * `num` (`sub`) of the chapter a reference starting at `at` names (`第三章第二条`) or stands in
 * (`本章第二条`, a bare `第二条`: its own chapter's); undefined when that chapter has none or the text numbers straight through.
 */
function articleInChapter(treaty: Treaty, at: number, num: number, sub?: number): Article | undefined {
  if (!restartsByChapter(treaty)) return undefined;
  const before = foldedText(treaty).slice(Math.max(0, at - 12), at);
  const named = CHAPTER_BEFORE.exec(before);
  const n = named ? parseNumeral(named[1]) : undefined;
  const chapter = n !== undefined
    ? treaty.chapters.find((c) => c.unit === '章' && c.num === n)
    : treaty.chapters.find((c) => c.unit === '章' && c.start <= at && at < c.end);
  if (!chapter) return undefined;
  return treaty.articles.find((a) => a.num === num && a.sub === sub && chapterHolding(a) === chapter);
}

/**
 * `resolveInTreaty` for a reference of this text starting at `at`: in a text whose chapters number their articles
 * from 第一条 again, the article of the chapter it names or stands in (`articleInChapter`), else as numbered.
 */
export function resolveAt(treaty: Treaty, target: ArticleTarget, at: number): ReturnType<typeof resolveInTreaty<Article>> {
  if (!restartsByChapter(treaty)) return resolveInTreaty(treaty, target);
  return resolveInTreaty({ numbered: (num: number, sub?: number) => articleInChapter(treaty, at, num, sub) ?? articleNumbered(treaty, num, sub) }, target);
}
