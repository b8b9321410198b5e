// Consolidation (issue #16): applies an amending instrument written in Chinese drafting
// style to the base text and gives the consolidated text, with a problem, at the clause,
// wherever a clause cannot be applied. Clauses read: 将第X条(第Y款)(第Z项)修改为：“…”,
// 将第X条中的“A”修改为“B”(，“C”修改为“D”), 删去第X条中的“A”, 在第X条中的“A”后增加“B”,
// 在第X条中增加一款，作为第Y款：“…”,
// 在第X条后/前增加一条，作为第X条之一：“…”, 删去第X条(第Y款)(第Z项),
// 第X条改为第Y条, the closing 对条文顺序作相应调整, and the preamble's 将序言(第N段)修改为：“…”,
// 在序言第N段后/前增加一段：“…”, 删去序言(第N段); and as real decisions write them (the NPCSC, the
// Supreme People's Court): the quotation on the paragraph after the colon, its paragraphs not each opened
// by “; 将第X条修改为第Y条(：“…”), 原第X条作为第Y条, 将第X条和第Y条合并修改为, 第X条第Y款开始部分增加规定,
// 第X条条首部分修改为, 删去第X条(第Y款)末尾的/规定的“…”, 删去第X条和第Y条, 第X条增加一款，作为第Y款, the
// instrument named in the clause (将《解释》原第X条改为修改后《解释》第Y条), a protocol's 删去协定第X条第Y款，代之以：“…”
// and 协定第X条第Y款后增加以下规定：“…”, the same words in the title and several articles at once
// (将名称、第一条、第三条中的“A”修改为“B”), a part's heading by its words or number (将“三、…”修改为：“…”,
// 将第一部分标题修改为：“…”), and the parts of one clause
// (同时…, 并将第二款中的…) naming their article once; and a constitution's amendments (宪法修正案, readStated): the
// preamble's 自然段 (counted after the heading 序言), an article or paragraph quoted whole before 修改为, words inside a
// unit then the unit stated whole (这一自然段相应修改为：“…” — the whole applied once the words are found in the base and
// in it), 后增写一句，内容为, 增加规定, items after the words that lead into them with those after renumbered, a chapter's
// 章名. Words a clause says the base has are checked first (`expect`): missing, the clause is reported, not applied; words,
// a paragraph or an item the unit already has as the clause would put them are not put twice. Every clause refers to
// the base text's numbering. Text outside the articles and preamble paragraphs a clause touches is kept as it was.
import { financialLike, formatArabic, formatChinese, fullWidthDigits, parseNumeral } from '../syntax/numerals';
import { articleName } from '../model/clauses';
import { ITEM_NUMERAL, NUMERAL_CHARS, PARA_NUMERAL, PREAMBLE, SOLE_ARTICLE } from '../syntax/words';
import { Chapter, Treaty, brokenArticleLabels, buildTreaty } from '../model/treaty';
import { foldScript } from '../syntax/script';
import { forEachBlock } from '../syntax/tree';
import type { Line } from '../syntax/tree';
import { isHyphen } from '../syntax/lines';
import { PreambleLine, Unit, UnitParagraph, leadSpan, paragraphSpan, preambleOf, unitParts, unitWord, unitsOf } from './compare';
import { lineEndOf } from './plainText';
import { brokenFrom, brokenRefusal } from './renumber';

export interface AmendProblem {
  /** Span of the clause in the amending instrument (UTF-16 offsets). */
  start: number;
  end: number;
  code: 'amend.broken-label' | 'amend.no-such-article' | 'amend.no-such-paragraph' | 'amend.no-such-item' | 'amend.text-not-found' | 'amend.conflict' | 'amend.ambiguous' | 'amend.unreadable' | 'amend.effect-only';
  message: string;
}

export type ClauseOp =
  | { op: 'replace'; target: Target; lines: string[] }
  | { op: 'replaceText'; target: Target; from: string; to: string }
  | { op: 'delete'; target: Target }
  | { op: 'addParagraph'; target: Target; at: number; lines: string[] }
  | { op: 'addItem'; target: Target; at: number; lines: string[] }
  /** Words put before a paragraph's own (第一条第二款开始部分增加规定：“…”). */
  | { op: 'prefix'; target: Target; words: string }
  /** The words that lead into an article's items replaced (第五条条首部分修改为：“…”). */
  | { op: 'lead'; target: Target; words: string }
  /** The title replaced (将名称修改为：“…”), or words in it (`from`: 将名称、第一条中的“侵犯”修改为“侵害”). */
  | { op: 'title'; words: string; from?: string }
  /**
   * A part's heading between the articles replaced, named by its words (将“三、技术转让合同”修改为：“…”) or by its
   * number (`part`: 将第一部分标题修改为：“…”), as the court's decisions amend the parts of an interpretation; or a
   * chapter's or section's name after its number (`chapter`: 第四章, 第三章第七节 — 宪法第四章章名“…”修改为“…”, `from` the
   * old name, `words` the new one).
   */
  | { op: 'heading'; words: string; from?: string; part?: number; chapter?: string }
  /** An article added; `from`: a paragraph of the base made an article of its own (单列一条), its words as the base writes them when none are quoted. */
  | { op: 'addArticle'; anchor?: Target; before: boolean; num: number; sub?: number; lines: string[]; from?: Target }
  | { op: 'renumber'; pairs: { from: Target; num: number; sub?: number }[] }
  /** 对条文顺序作相应调整; 对章、条的序号作相应调整 numbers the chapters (`chapters`) again too. */
  | { op: 'renumberAll'; chapters?: true }
  /** 删去第二章: a chapter deleted, its heading and every unit in it. */
  | { op: 'deleteChapter'; num: number }
  /**
   * A paragraph or item that moves to another number (原第二款作为第三款, 原第三项改为第四项): what an addition before it
   * implies, said again by the drafters; checked to be there, nothing more to do.
   */
  | { op: 'moved'; target: Target; to: number }
  /**
   * The preamble's paragraphs (段) [from, to) in the base (to: undefined, to its end) replaced by `lines` (none: removed);
   * `reply`: the paragraphs of a reply's body instead (a 批复's 第二段, 正文第一段: after the line addressing who asked);
   * `natural`: counted as a constitution's amendment counts its 自然段, after the heading 序言 (preambleParagraphs);
   * `words`: words replaced inside the one paragraph [from, to) instead of `lines`.
   */
  | { op: 'preamble'; from: number; to?: number; lines: string[]; reply?: true; words?: Words[]; natural?: true }
  /**
   * Words a clause says the base has, checked before anything is applied: the old words a constitution's amendment quotes
   * (宪法第七条：“…”修改为：“…”, the words changed before 这一自然段相应修改为, the words that lead into the items:
   * 宪法第六十二条“全国人民代表大会行使下列职权”中增加一项), in the unit (`target`) or the preamble's paragraph `para`
   * (1-based); `whole`: the article's paragraphs are these, one for one. A check that fails leaves the clause unapplied.
   */
  | { op: 'expect'; target?: Target; para?: number; words: string[]; whole?: true };

/** Words replaced inside one paragraph: `from` by `to`; `from` empty: `to` put at its end (序言第十自然段末尾增加：“…”). */
export interface Words {
  from: string;
  to: string;
}

export interface Target {
  num: number;
  sub?: number;
  /** 1-based 款 and 项, when the clause names them. */
  para?: number;
  item?: number;
}

export interface Clause {
  start: number;
  end: number;
  text: string;
  ops: ClauseOp[];
  /**
   * The instrument the clause amends, when a decision amends several and names each over its clauses
   * (一、修改《…解释》 over 1.将第六条修改为…; 一、将《…条例》第五条修改为… as the State Council writes it).
   */
  group?: string;
  /**
   * The part of a text numbering its points anew under each part that the clause's points are in (第一部分第二点: 1),
   * when it names one (`unitParts`, compare.ts).
   */
  part?: number;
}

// ---------------------------------------------------------------------------
// Reading the instrument

/** One sentence of the instrument: its text with quotations replaced by ⟨n⟩, and the quotations as lines. */
interface Sentence {
  start: number;
  end: number;
  skeleton: string;
  quotes: string[][];
  /** A quotation in it that no ” closes (a page that lost it): the clause is not applied. */
  unclosed?: true;
}

/**
 * Cuts the instrument into sentences outside quotations (at 。 and at line breaks), keeping
 * each quotation whole: a quotation runs over paragraphs, each opening with “, until its ”.
 */
function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let skeleton = '';
  let start = -1;
  let quotes: string[][] = [];
  let unclosed = false;
  const flush = (end: number) => {
    if (start >= 0 && skeleton.trim()) out.push({ start, end, skeleton: skeleton.trim(), quotes, ...(unclosed ? { unclosed: true as const } : {}) });
    skeleton = '';
    quotes = [];
    start = -1;
    unclosed = false;
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '“' && /[：:]\s*$/.test(skeleton)) {
      // A quoted text after a colon runs to the ” that ends a paragraph not continued by a “ paragraph,
      // whatever quotation marks it holds itself; else, its paragraphs not opened by “ each (a court's
      // decision writes them so), to the ” that closes it, before the next numbered clause.
      const block = blockQuote(text, i) ?? paragraphsQuote(text, i);
      if (block) {
        skeleton += `⟨${quotes.length}⟩`;
        quotes.push(block.lines.filter((l) => l.length));
        i = block.end;
        continue;
      }
    }
    if (ch === '“') {
      if (start < 0) start = i;
      // A quotation: nested “” are kept; at a paragraph break a leading “ continues it.
      let depth = 1;
      let cur = '';
      const lines: string[] = [];
      let j = i + 1;
      for (; j < text.length && depth > 0; j++) {
        const c = text[j];
        if (c === '\n' || c === '\r') {
          let k = j;
          while (k < text.length && /[\s\u3000]/.test(text[k])) k++;
          if (depth === 1 && text[k] === '“') {
            lines.push(cur.trim());
            cur = '';
            j = k;
            continue;
          }
          // An unclosed quotation ends at its paragraph, or before a protocol's next article (第三条 alone on its line).
          if (depth === 1 && text.slice(j, k).includes('\n\n')) {
            // Ends at its paragraph — unless a later paragraph closes it (“一、…⏎⏎二、…。”: its ” on the last): then
            // where it ends is not sure, and the clause is not applied with its first paragraph only.
            if (closedLater(text, k)) unclosed = true;
            break;
          }
          if (depth === 1 && articleHeadingAt(text, k)) {
            unclosed = true;
            break;
          }
          cur += c;
          continue;
        }
        if (c === '“') depth++;
        else if (c === '”') {
          depth--;
          if (depth === 0) break;
        }
        cur += c;
      }
      // Running to the end of the text: closed by it when its words end a sentence there (the 1988 amendment as the
      // repository keeps it, its last ” lost); cut inside a sentence, it may have gone on.
      if (j >= text.length && !/[。；;！!？?]$/.test(cur.trim())) unclosed = true;
      lines.push(cur.trim());
      skeleton += `⟨${quotes.length}⟩`;
      quotes.push(lines.filter((l) => l.length));
      // (Broken off at a line break: that break ends the sentence.)
      i = unclosed && j < text.length ? j : j + 1;
      continue;
    }
    if (ch === '\n' || ch === '\r') {
      // A clause ending in a colon goes on with the quotation on the next paragraph (将第一条修改为：⏎⏎“…”).
      if (skeleton.endsWith('：') || skeleton.endsWith(':')) {
        let k = i;
        while (k < text.length && /[\s\u3000]/.test(text[k])) k++;
        if (text[k] === '“') {
          i = k;
          continue;
        }
      }
      flush(i);
      i++;
      continue;
    }
    if (ch === '。' || ch === '；' || ch === ';') {
      flush(i);
      i++;
      continue;
    }
    if (start < 0 && !/[\s\u3000]/.test(ch)) start = i;
    if (start >= 0) skeleton += ch;
    i++;
  }
  flush(text.length);
  return out;
}

/**
 * A quotation inside a quotation is marked ‘’ (应当认定为刑法第一百九十六条规定的‘恶意透支’); once the quoted text
 * is the text itself, they are its own quotation marks, “” — in a text that quotes with “” (one that quotes
 * with ‘’ itself, 称‘条约’者, keeps them).
 */
function outerMarks(line: string): string {
  return line.includes('‘') ? line.replace(/‘([^‘’“”]*)’/g, '“$1”') : line;
}

/** The words an operation writes into the text, each through `f`. */
function withWords(op: ClauseOp, f: (s: string) => string): ClauseOp {
  switch (op.op) {
    case 'replaceText': return { ...op, from: f(op.from), to: f(op.to) };
    case 'prefix': case 'lead': return { ...op, words: f(op.words) };
    case 'title': case 'heading': return { ...op, words: f(op.words), ...(op.from !== undefined ? { from: f(op.from) } : {}) };
    case 'replace': case 'addParagraph': case 'addItem': case 'addArticle': return { ...op, lines: op.lines.map(f) };
    case 'preamble': return { ...op, lines: op.lines.map(f), ...(op.words ? { words: op.words.map((w) => ({ from: f(w.from), to: f(w.to) })) } : {}) };
    case 'expect': return { ...op, words: op.words.map(f) };
    default: return op;
  }
}

/** The quoted text opening at `at` as paragraphs, when it ends a paragraph with ”; undefined when it does not. */
function blockQuote(text: string, at: number): { lines: string[]; end: number } | undefined {
  const lines: string[] = [];
  let pos = at + 1;
  for (;;) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(pos, lineEnd).replace(/[\s\u3000]+$/, '');
    let next = lineEnd;
    while (next < text.length && /[\s\u3000]/.test(text[next])) next++;
    const continued = text[next] === '“';
    if (!continued) {
      if (!line.endsWith('”')) return undefined;
      // A quotation closed before the end of its line is no block (修改为：“…”;并增加一项作为第三项规定：“…”).
      if (lines.length === 0 && closedBefore(line)) return undefined;
      lines.push(line.slice(0, -1).trim());
      return { lines, end: pos + line.length };
    }
    lines.push(line.trim());
    pos = next + 1;
  }
}

/**
 * Whether a line after an opening “ closes it before its end and goes on with words of the clause (“…”;并增加一项…“…”),
 * not only with closing marks (a quoted item that ends the text's own quotation, “（二）…为限。””). The ” that ends the
 * line closes a quotation the clause opens after it; when no “ opens one, it closes the first, and the ” before it is
 * one of the quoted text's own that no “ opens (“…（以下简国界”）建成…。”, quoted as it stands).
 */
function closedBefore(line: string): boolean {
  let depth = 1;
  for (let i = 0; i < line.length - 1; i++) {
    if (line[i] === '“') depth++;
    else if (line[i] === '”' && --depth === 0) {
      const rest = line.slice(i + 1, -1);
      return rest.includes('“') && /[^”’。；;，,\s]/.test(rest);
    }
  }
  return false;
}

/**
 * A quoted text opening at `at` whose paragraphs do not open with “: it runs, its nested quotation marks
 * counted, to the ” that closes it at the end of a paragraph; undefined when a numbered clause (二、) or the
 * end of the text comes first.
 */
function paragraphsQuote(text: string, at: number): { lines: string[]; end: number } | undefined {
  let depth = 1;
  for (let j = at + 1; j < text.length; j++) {
    const c = text[j];
    // A “ opening a paragraph of the quotation continues it (the convention, kept on some of its paragraphs only).
    if (c === '“' && depth === 1 && paragraphStart(text, j)) continue;
    if (c === '“') depth++;
    else if (c === '”' && --depth === 0) {
      let k = j + 1;
      while (k < text.length && (text[k] === ' ' || text[k] === '\u3000' || text[k] === '\t')) k++;
      if (k < text.length && text[k] !== '\n' && text[k] !== '\r' && text[k] !== '。' && text[k] !== '；' && text[k] !== ';') return undefined;
      const lines = text.slice(at + 1, j).split(/\r?\n/).map((l) => l.trim().replace(/^“/, '')).filter((l) => l.length);
      return { lines, end: j + 1 };
    } else if (c === '\n' && (CLAUSE_START.test(text.slice(j + 1, j + 12)) || articleHeadingAt(text, j + 1))) return undefined;
  }
  return undefined;
}

/**
 * Whether a line from `at` on ends with a ” (a quotation's last paragraph) before a protocol's next article, a
 * numbered clause of the instrument that closes nothing, or twenty lines.
 */
function closedLater(text: string, at: number): boolean {
  let pos = at;
  for (let n = 0; n < 20 && pos < text.length; n++) {
    let e = text.indexOf('\n', pos);
    if (e < 0) e = text.length;
    const line = text.slice(pos, e).trim();
    if (line) {
      if (/”[。；;]?$/.test(line)) return true;
      if (articleHeadingAt(text, pos) || CLAUSE_START.test(line)) return false;
    }
    pos = e + 1;
  }
  return false;
}

/** Whether the character at `at` opens a paragraph (only spaces between it and a line break before it). */
function paragraphStart(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\u3000' || text[k] === '\t')) k--;
  return k >= 0 && text[k] === '\n';
}

/** Whether a protocol's article heading stands alone on the line opening at `at` (第三条, then its line's end). */
function articleHeadingAt(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && (text[k] === ' ' || text[k] === '\u3000' || text[k] === '\t' || text[k] === '#')) k++;
  if (text[k] !== '第') return false;
  let e = text.indexOf('\n', k);
  if (e < 0) e = text.length;
  return e - k <= 12 && ARTICLE_HEADING.test(text.slice(k, e).trim());
}

/**
 * The text with its straight double quotes read as the quotation marks they stand for (a page that turned “” into "": a
 * local decision's `第三条第二款修改为:"…"`), opening and closing in turn, same offsets; as it is when it writes “” or
 * its straight quotes do not pair.
 */
function curlyQuotes(text: string): string {
  // Quoted with 「」 (Taiwan, Hong Kong), 『』 inside: the marks the reader knows, same offsets.
  if (text.includes('「') && !text.includes('“')) text = text.replace(/[「」『』]/g, (c) => ({ '「': '“', '」': '”', '『': '‘', '』': '’' })[c]!);
  if (text.includes('“') || text.includes('”') || !text.includes('"')) return text;
  let n = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) n++;
  if (n % 2) return text;
  let open = true;
  return text.replace(/"/g, () => ((open = !open) ? '”' : '“'));
}

/** A paragraph opening a numbered clause of an amending instrument: 二、将…, 十、删去…. */
const CLAUSE_START = /^[\s\u3000]*[一二三四五六七八九十百]+、[\s\u3000]*(?:将|在(?=[^，,。“”]{0,20}(?:第|《))|删去|增加|原|第)/;

// A number, or an article's by chapter with its decimal point (`第1.2条`: numerals.ts DECIMAL_ARTICLE).
const N = `[${NUMERAL_CHARS}]+(?:[.．][0-9０-９]+)?`;
/** A unit as a clause names it, 第X条(之Y)(第Y款)(第Z项), each number written as `number` says. */
const unitNamed = (number: string) => `第${number}条(?:之${number})?(?:第${number}款)?(?:第[（(]?${number}[）)]?项)?`;
/** A unit, its numbers in groups (as `target` reads them). */
const UNIT_NUMBERED = unitNamed(`(${N})`);
/** A unit without groups (a member of a list: 第一条、第三条第二款). */
const UNIT = unitNamed(N);
/** A unit alone, its numbers in groups. */
const UNIT_ALONE = new RegExp(`^${UNIT_NUMBERED}$`);
/** The words of a part's heading: its number (一、, 第一部分, 第二章) then its name, one line, no sentence in it. */
export const PART_HEADING = new RegExp(`^(?:[${PARA_NUMERAL}]+、|第${N}(?:部分|编|章|节))[^。；;\n]{1,40}$`);
/** A reference: anything naming the instrument (刑法, 原协定, 该法), then 第X条(之Y)(第Y款)(第Z项). */
const REF = `(?:[^第⟨]*?[^第⟨及和、与])?${UNIT_NUMBERED}`;
const P = {
  replaceText: new RegExp(`^将${REF}中的((?:⟨\\d+⟩修改为⟨\\d+⟩[，、,]?)+)$`),
  insertText: new RegExp(`^在${REF}中的⟨(\\d+)⟩(前|后)增加⟨(\\d+)⟩$`),
  deleteText: new RegExp(`^删去${REF}中的⟨(\\d+)⟩$`),
  replaceWhole: new RegExp(`^在${REF}中增加一[款项]，?作为第${N}[款项]，将该条修改为[：:]⟨(\\d+)⟩$`),
  replace: new RegExp(`^将${REF}修改为[：:]⟨(\\d+)⟩$`),
  addParagraph: new RegExp(`^在${REF}中增加(?:一|二|两|三|四|五)款，?作为第(${N})款(?:(?:、|和|至)第${N}款)*[：:]⟨(\\d+)⟩$`),
  addItem: new RegExp(`^在${REF}中增加一项，?作为第[（(]?(${N})[）)]?项[：:]⟨(\\d+)⟩$`),
  addArticle: new RegExp(`^在${REF}(后|前)增加一条，?作为第(${N})条(?:之(${N}))?[：:]⟨(\\d+)⟩$`),
  /** 在刑法第一百二十条之一后增加五条，作为第一百二十条之二、…：“第一百二十条之二　…” — each article quoted with its label. */
  addArticles: new RegExp(`^在${REF}(后|前)增加[${PARA_NUMERAL}]+条，?作为第${N}条(?:之${N})?(?:(?:、|和|至)第${N}条(?:之${N})?)+[：:]⟨(\\d+)⟩$`),
  /** 将刑法第三百五十条第一款、第二款修改为：“…” — two paragraphs, replaced by what is quoted. */
  replaceParagraphs: new RegExp(`^将${REF}、第(${N})款修改为[：:]⟨(\\d+)⟩$`),
  /** 原第三款作为第四款(，修改为：“…”), 原第三项改为第四项 — 原 taken off before: a paragraph or item renumbered by an addition before it. */
  moved: new RegExp(`^${REF}(?:作为|改为)第[（(]?(${N})[）)]?[款项][，,]?(?:修改为[：:]⟨(\\d+)⟩)?$`),
  addArticleNoAnchor: new RegExp(`^增加一条，?作为第(${N})条(?:之(${N}))?[：:]⟨(\\d+)⟩$`),
  /**
   * 将第八条第三款单列一条，作为第四十九条，修改为：“…” (the 2024 decision amending the Accounting Law, 二、): a paragraph made an
   * article of its own, as it was written or as quoted.
   */
  split: new RegExp(`^将${REF}单列(?:为)?一条[，,]?作为第(${N})条(?:之(${N}))?(?:[，,]?修改为[：:]⟨(\\d+)⟩)?$`),
  delete: new RegExp(`^删去${REF}$`),
  /** 删去第二章 (删去原协定第二章): a chapter, its heading and its articles. */
  deleteChapter: new RegExp(`^删去[^第⟨]*?第(${N})章$`),
  /** 将第二条修改为第六条：“…”, 将原第八条改为第十三条，修改为：“…”: renumbered and replaced. */
  renumberReplace: new RegExp(`^将?[^第⟨]*?第(${N})条(?:之(${N}))?(?:修改为|改为|作为)第(${N})条(?:之(${N}))?[，,]?(?:修改为)?[：:]⟨(\\d+)⟩$`),
  /** 将第六条和第七条合并修改为：“…”, 将第十条、第二十五条合并，作为第十条，修改为：“…”. */
  merge: new RegExp(`^将第(${N})条(?:和|与|、)第(${N})条合并[，,]?(?:作为第(${N})条[，,]?)?修改为[：:]⟨(\\d+)⟩$`),
  /** 将原第六条第一款与第七条合并为第七条，修改为：“…” (a local decision): a paragraph merged into the article it names as the result. */
  mergeParagraph: new RegExp(`^将第(${N})条第(${N})款(?:和|与|、)第(${N})条合并(?:为|作为)第(${N})条[，,]?修改为[：:]⟨(\\d+)⟩$`),
  /** A protocol's 删去协定第五条第三款，代之以：“…” and 删去…中的“A”，代之以“B”; 第X条第Y款应删除，并由以下代替：“…”. */
  deleteReplace: new RegExp(`^(?:删去|删除)${REF}[，,]?(?:并)?(?:代之以|由以下代替|以下列内容代替)[：:]?⟨(\\d+)⟩$`),
  /** 删去协定第二十五条第一款、第二款和第三款，代之以：“一、…二、…三、…” — paragraphs in a row, replaced by what is quoted. */
  deleteReplaceParagraphs: new RegExp(`^删去${REF}((?:(?:、|和|及|与)第${N}款)+)[，,]?代之以[：:]?⟨(\\d+)⟩$`),
  deleteReplaceAfter: new RegExp(`^${REF}应予?(?:删去|删除)[，,]?(?:并)?(?:代之以|由以下代替|以下列内容代替)[：:]?⟨(\\d+)⟩$`),
  deleteTextReplace: new RegExp(`^(?:删去|删除)${REF}中的⟨(\\d+)⟩[，,]?(?:并)?代之以⟨(\\d+)⟩$`),
  /** 协定第十一条第二款后增加以下规定：“…” — a paragraph after the one named; after an article, an article. */
  addAfter: new RegExp(`^在?${REF}(?:后|之后)增加(?:以下|下列|如下)?(?:规定|内容|一款)?[：:]⟨(\\d+)⟩$`),
  lead: new RegExp(`^将?${REF}(?:条首|款首|开头)部分修改为[：:]⟨(\\d+)⟩$`),
  prefix: new RegExp(`^在?${REF}(?:开始|开头)部分增加(?:规定)?[：:]⟨(\\d+)⟩$`),
  /** The preamble, after the name of the instrument (原协定序言): whole or one 段 replaced, 段 added or removed. */
  preambleReplace: new RegExp(`^将[^第⟨]*?(?:${PREAMBLE}|引言)(?:第(${N})段)?修改为[：:]⟨(\\d+)⟩$`),
  preambleAdd: new RegExp(`^在[^第⟨]*?(?:${PREAMBLE}|引言)第(${N})段(前|后)增加${N}段[：:]⟨(\\d+)⟩$`),
  preambleDelete: new RegExp(`^删去[^第⟨]*?(?:${PREAMBLE}|引言)(?:第(${N})段(?:至第(${N})段)?)?$`),
  /** 将名称修改为：“…” (the court's decisions rename an interpretation so). */
  title: /^将(?:(?:本|该)?(?:法律|法规|条例|规定|解释|办法|协定|条约)的?)?(?:名称|标题)修改为[：:]?⟨(\d+)⟩$/,
  /** 将第二段修改为：“…”, 将正文第一段修改为：“…”: a paragraph of a reply (批复), which has no articles. */
  replyParagraph: new RegExp(`^将(?:正文)?第(${N})段修改为[：:]?⟨(\\d+)⟩$`),
  /** 将名称、第一条、第三条中的“A”修改为“B”: the same words replaced in the title and in several units at once. */
  replaceTextMany: new RegExp(`^将((?:名称|标题|${UNIT})(?:(?:、|和|及|以及)(?:名称|标题|${UNIT}))*)(?:规定)?中的((?:⟨\\d+⟩修改为⟨\\d+⟩[，、,]?)+)$`),
  /** 将“三、技术转让合同”修改为：“三、…”: a part's heading named by its words (PART_HEADING). */
  heading: /^将⟨(\d+)⟩修改为[：:]?⟨(\d+)⟩$/,
  /** 将第一部分标题修改为：“…”: a part's heading named by its number. */
  partTitle: new RegExp(`^将第(${N})部分(?:的)?标题修改为[：:]?⟨(\\d+)⟩$`),
  /** 第X条改为第Y条, after the name of the instrument when a protocol writes it (原协定第三条改为第二条). */
  renumberPair: new RegExp(`[^第，、,⟨\\s]*?第(${N})条(?:之(${N}))?(?:改为|作为|修改为)第(${N})条(?:之(${N}))?`, 'g'),
};

/** A 条, 款 or 项 number with its 之 number: each must read. */
const BAD_NUMBER = new RegExp(`第[（(]?(${N})[）)]?([条款项])(?:之(${N}))?`, 'g');
/** 对条文顺序作相应调整, 对条文顺序和项的序号作相应调整: the articles, and the items of a paragraph that lost or gained one, numbered again. */
const RENUMBER_ALL = /(?:条文顺序|序号)[^。，；]{0,8}作相应调整/;
/** 对章、条的序号作相应调整, 章、节、条的顺序: the chapters numbered again with the articles. */
const RENUMBER_CHAPTERS = /章[、和]?(?:节[、和]?)?条的?(?:序号|顺序)/;

function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : /^\d+$/.test(s) ? Number(s) : parseNumeral(s);
}

function target(m: RegExpExecArray, at = 1): Target | undefined {
  const n = num(m[at]);
  if (n === undefined) return undefined;
  return { num: n, sub: num(m[at + 1]), para: num(m[at + 2]), item: num(m[at + 3]) };
}

/** A clause's number: 一、 (its group 1), 1. or （一） under it, a 第一条 heading of a protocol. */
const LEAD = new RegExp(`^(?:#+\\s*)?(?:([${PARA_NUMERAL}]+)、\\s*|[0-9０-９]+[.．、]\\s*|[（(][${PARA_NUMERAL}]+[）)]\\s*)?(?:第${N}条[\\s\u3000]+)?`);

const ARTICLE_NAMED = new RegExp(`第${N}条(?:之${N})?`);
/** An article's label opening a quoted line (第一百二十条之二　有下列情形…): its number, its 之 number. */
const ARTICLE_LABEL_OPENING = new RegExp(`^第(${N})条(?:之(${N}))?[\\s\u3000]+`);
/** A unit's number with no 第 before it where a clause names one (将十一条修改为): group 1, the number and its unit. */
const NUMBER_WITHOUT_DI = new RegExp(`(?:^|将|在|删去|、|和)([${PARA_NUMERAL}]+[条款项])`);
const UNIT_NAMED = new RegExp(`第[（(]?${N}[）)]?[款项]`);
/** A clause opening with the unit it changes, its 将 or 在 left unwritten (a local decision's `第九条修改为：“…”`, `第五条第二款后增加：“…”`). */
const UNWRITTEN_VERB = new RegExp(`^[^第⟨，,。]{0,12}?${UNIT}(?:修改为|(?:后|前|之后)增加)`);
/** `第三条增加一款` with 在 and 中 left unwritten: written back in (`在第三条中增加一款`). */
const ADD_UNIT_UNWRITTEN_IN = new RegExp(`^([^第⟨，,。]{0,12}?第${N}条(?:之${N})?(?:第${N}款)?)(?:中)?(增加(?:一|二|两|三)[款项])`);

/** 第二十四条至第二十六条 naming the articles deleted (a list's last member, or the list whole): groups 1, 2 the numbers. */
const ARTICLE_RANGE = new RegExp(`第(${N})条至第(${N})条(?=$|和|、|以及|及)`, 'g');

/**
 * The articles a range names written one by one (`第二十四条、第二十五条、第二十六条`), as a clause deleting them is read:
 * `删去第二十四条至第二十六条`, as the 2018 constitutional amendment names ranges of articles (`第一百二十三条至第一百三十八条
 * 相应改为…`) and amend.ts writes three and more deleted one after another. A range that does not read, or runs backwards,
 * is left as written (the clause then reads as none).
 */
function articlesOfRange(s: string): string {
  return s.replace(ARTICLE_RANGE, (all: string, a: string, b: string) => {
    const from = num(a);
    const to = num(b);
    if (from === undefined || to === undefined || to <= from || to - from > 500) return all;
    return Array.from({ length: to - from + 1 }, (_, i) => `第${formatChinese(from + i)}条`).join('、');
  });
}

/**
 * A sentence of a clause as the parts it joins, each written as a clause of its own that names its article:
 * drafters write 并将第二款中的“及”修改为“或者”, 同时增加一款作为第二款规定：“…”, 删去第十二条和第十三条,
 * 删去第八条第一款末尾的“…”和第二款末尾的“…” — the article named once, for all that follows in the clause.
 * The name of the instrument (《解释》, 修改后《解释》), 原 before a number and 规定 before a colon say nothing more.
 */
function subClauses(sk: string, inherited: string | undefined): { text: string; article?: string }[] {
  const norm = sk
    .replace(/(?:修改后)?《[^》⟨]*》(?:的)?(?=原?第|$)/g, '')
    .replace(/原(?=第)/g, '')
    .replace(/^(?:同时|并且?|另)[，,]?/, '')
    // 为了惩治…，切实维护…，在刑法第…: the purpose a 修正案 states before its clause says nothing of what changes.
    .replace(/^为了[^⟨]*?[，,](?=(?:将|在|删去)[^⟨，,]*第)/, '')
    .replace(/(?:末尾|规定|开头)的⟨/g, '中的⟨')
    .replace(/⟩[，,]修改为⟨/g, '⟩修改为⟨')
    // 增加一项作为第六项,即:“…” — 即 before the colon says nothing more; 作为该条第二款 is 作为第二款.
    .replace(/[，,]?即([：:]⟨)/g, '$1')
    .replace(/作为该条第/g, '作为第')
    .replace(/([款项条])规定([：:]⟨)/g, '$1$2');
  const out: { text: string; article?: string }[] = [];
  let art = inherited;
  // (A quotation followed at once by 原第三项改为第四项: two parts.)
  for (let piece of norm.split(/[，,](?:并且?|同时[，,]?)(?=将|删去|在|增加)|(?<=⟩)[，,]?(?=第[^⟨，,]{1,8}[款项](?:改为|作为))/)) {
    piece = piece.replace(/^(?:同时|并且?)[，,]?/, '');
    // 删去 over several units: each its own deletion, when each has its words or none has.
    let pieces = [piece];
    if (piece.startsWith('删去')) {
      const segs = articlesOfRange(piece.slice(2)).split(/(?:和|、|以及|及)(?=第)/);
      const quoted = segs.filter((g) => g.includes('⟨')).length;
      if (segs.length > 1 && (quoted === 0 || quoted === segs.length)) pieces = segs.map((g) => `删去${g}`);
    }
    for (let p of pieces) {
      const named = ARTICLE_NAMED.exec(p)?.[0];
      if (!named && art) {
        const unit = UNIT_NAMED.exec(p);
        if (/^(?:在)?(?:该条)?(?:中)?增加(?:一|二|两|三)[款项]/.test(p)) p = p.replace(/^(?:在)?(?:该条)?(?:中)?增加/, `在${art}中增加`);
        else if (unit) p = p.slice(0, unit.index) + art + p.slice(unit.index);
      }
      // 第二条增加一款，作为第一款：“…” — 在 and 中 left unwritten; 第九条修改为：“…”, 第十三条后增加一条 — 将, 在 left unwritten.
      p = p.replace(ADD_UNIT_UNWRITTEN_IN, '在$1中$2');
      if (UNWRITTEN_VERB.test(p)) p = `${/修改为/.test(p) ? '将' : '在'}${p}`;
      const a = ARTICLE_NAMED.exec(p)?.[0];
      if (a) art = a;
      out.push({ text: p, article: a });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// A constitution's amendments (宪法修正案): each clause, under the amendment's own 第X条, names the constitution's unit
// after its name (宪法序言第七自然段, 宪法第二十四条第二款), quotes the old words before the new ones (中“A”修改为“B”,
// “A”后增加“B”, 第七条：“A”修改为：“B”) and may then state the unit whole (这一自然段相应修改为：“…”).

/** The unit a clause names, as the next sentences of the same clause take it: a preamble's 段, or an article (款). */
interface Stated {
  preamble?: number;
  target?: Target;
}

/** 宪法序言第七自然段 (group 1: the 段). */
const STATED_PREAMBLE = new RegExp(`^[^第⟨，,。]{0,12}?(?:${PREAMBLE}|引言)第(${N})(?:自然)?段`);
/** 宪法第二十四条第二款 (groups: 条, 之, 款). */
const STATED_ARTICLE = new RegExp(`^[^第⟨，,。]{0,12}?第(${N})条(?:之(${N}))?(?:第(${N})款)?`);
/** 宪法第四章章名“A”修改为“B”, 第三章第七节节名 (group 1: the numbers as written; 2, 3: the old and new names). */
const STATED_NAME = new RegExp(`^[^第⟨，,。]{0,12}?(第${N}[编章](?:第${N}节)?|第${N}节)(?:的?章名|的?节名|的名称)(?:⟨(\\d+)⟩)?修改为[：:]?⟨(\\d+)⟩$`);
/** The words between an article and the item it names (宪法第六十七条全国人民代表大会常务委员会职权第二十项): not checked. */
const ITEM_AFTER_WORDS = new RegExp(`^[^第⟨，,。]{1,24}?(?=第[（(]?${N}[）)]?项)`);
/** 第七项至第十五项相应改为第八项至第十六项, 第四项、第五项改为第五项、第六项, 第三款改为第四款 (相应 taken off before). */
const STATED_MOVED = new RegExp(`^((?:第${N}[款项])(?:(?:至|、)第${N}[款项])*)改为((?:第${N}[款项])(?:(?:至|、)第${N}[款项])*)$`);

/** The numbers a list or range of 款 or 项 names (第七项至第十五项: 7 … 15), with their kind; undefined when they do not read. */
function statedNumbers(s: string): { kind: string; ns: number[] } | undefined {
  const ns: number[] = [];
  let kind = '';
  for (const m of s.matchAll(new RegExp(`(至|、)?第(${N})([款项])`, 'g'))) {
    const n = num(m[2]);
    if (n === undefined || (kind && kind !== m[3])) return undefined;
    kind = m[3];
    if (m[1] === '至') {
      const from = ns[ns.length - 1];
      if (from === undefined || n <= from || n - from > 100) return undefined;
      for (let k = from + 1; k <= n; k++) ns.push(k);
    } else ns.push(n);
  }
  return ns.length ? { kind, ns } : undefined;
}

/**
 * A sentence of a constitution's amendment the clauses above do not read, in the unit `ctx` the clause named before
 * (undefined: none): its operations, the unit it names, the new words it quotes (to be found in the unit stated
 * whole after it), and `whole` for 这一自然段/这一款/这一条相应修改为：“…”. Undefined when it does not read.
 */
function readStated(sk: string, q: (i: string) => string[], ctx: Stated | undefined): { ops: ClauseOp[]; unit: Stated; added: string[]; whole?: true } | undefined {
  const s = sk.replace(/相应地?(?=(?:修改|改)为)/g, '').replace(/增写/g, '增加');
  let m: RegExpExecArray | null;
  // (Its old name quoted, as the 2004 constitutional amendment writes it, or not: 将第四章章名修改为“保障与监督”.)
  if ((m = STATED_NAME.exec(s)) && (m[2] === undefined || q(m[2]).length === 1) && q(m[3]).length === 1) {
    return { ops: [{ op: 'heading', chapter: m[1], ...(m[2] !== undefined ? { from: q(m[2])[0] } : {}), words: q(m[3])[0] }], unit: ctx ?? {}, added: [] };
  }
  let unit: Stated;
  let rest: string;
  if ((m = STATED_PREAMBLE.exec(s)) && num(m[1])) {
    unit = { preamble: num(m[1]) };
    rest = s.slice(m[0].length);
  } else if ((m = STATED_ARTICLE.exec(s)) && num(m[1]) !== undefined && (m[2] === undefined || num(m[2]) !== undefined) && (m[3] === undefined || num(m[3]) !== undefined)) {
    unit = { target: { num: num(m[1])!, sub: num(m[2]), para: num(m[3]) } };
    rest = s.slice(m[0].length);
  } else if (ctx && (m = /^这一(?:自然)?(段|款|条)修改为[：:]⟨(\d+)⟩$/.exec(s))) {
    // The unit stated whole: the one the clause named, of the kind it says.
    const k = m[1];
    const lines = q(m[2]);
    if (k === '段' && ctx.preamble !== undefined) return { ops: [{ op: 'preamble', from: ctx.preamble - 1, to: ctx.preamble, lines, natural: true }], unit: ctx, added: [], whole: true };
    const t = ctx.target;
    if (t && ((k === '款') === (t.para !== undefined)) && t.item === undefined) return { ops: [{ op: 'replace', target: t, lines }], unit: ctx, added: [], whole: true };
    return undefined;
  } else if (ctx && new RegExp(`^(?:在?⟨|增加|第[（(]?${N}[）)]?[款项])`).test(s)) {
    unit = ctx;
    rest = s;
  } else return undefined;
  const t = unit.target;
  const ops: ClauseOp[] = [];
  // Items and paragraphs renumbered after an addition (第七项至第十五项改为第八项至第十六项): their moves, none without a tail,
  // undefined when the tail does not read.
  const moves = (tail: string | undefined): ClauseOp[] | undefined => {
    if (!tail) return [];
    const mm = STATED_MOVED.exec(tail);
    const from = mm ? statedNumbers(mm[1]) : undefined;
    const to = mm ? statedNumbers(mm[2]) : undefined;
    if (!t || !from || !to || from.kind !== to.kind || from.ns.length !== to.ns.length) return undefined;
    return from.ns.map((n, i) => ({ op: 'moved', target: from.kind === '款' ? { num: t.num, sub: t.sub, para: n } : { ...t, item: n }, to: to.ns[i] }));
  };
  let moved: ClauseOp[] | undefined;
  if (t) {
    // The words that lead into the items (“全国人民代表大会行使下列职权”中), checked; or words naming them (…职权第二十项), not.
    if ((m = /^⟨(\d+)⟩中(?=增加|第)/.exec(rest))) {
      ops.push({ op: 'expect', target: { num: t.num, sub: t.sub, para: t.para }, words: [q(m[1]).join('\n')] });
      rest = rest.slice(m[0].length);
    } else if ((m = ITEM_AFTER_WORDS.exec(rest))) rest = rest.slice(m[0].length);
    const RENUM = `(?:[，,]?(第${N}[款项].*))?`;
    if ((m = new RegExp(`^第[（(]?(${N})[）)]?项⟨(\\d+)⟩修改为[：:]?⟨(\\d+)⟩$`).exec(rest)) && num(m[1]) !== undefined) {
      ops.push({ op: 'replaceText', target: { ...t, item: num(m[1]) }, from: q(m[2]).join('\n'), to: q(m[3]).join('\n') });
      return { ops, unit, added: [q(m[3]).join('\n')] };
    }
    if ((m = new RegExp(`^中?增加一项[，,]?作为第[（(]?(${N})[）)]?项[，,]?[：:]?⟨(\\d+)⟩${RENUM}$`).exec(rest)) && num(m[1]) !== undefined && (moved = moves(m[3]))) {
      ops.push({ op: 'addItem', target: t, at: num(m[1])!, lines: q(m[2]) }, ...moved);
      return { ops, unit, added: q(m[2]) };
    }
    if (t.para === undefined && (m = new RegExp(`^中?增加一款[，,]?作为第(${N})款[，,]?(?:规定)?[：:]⟨(\\d+)⟩${RENUM}$`).exec(rest)) && num(m[1]) !== undefined && (moved = moves(m[3]))) {
      ops.push({ op: 'addParagraph', target: t, at: num(m[1])!, lines: q(m[2]) }, ...moved);
      return { ops, unit, added: q(m[2]) };
    }
    // 宪法第十一条增加规定：“…”: a paragraph after the article's last.
    if (t.para === undefined && (m = /^增加规定[：:]⟨(\d+)⟩$/.exec(rest))) return { ops: [{ op: 'addParagraph', target: t, at: -1, lines: q(m[1]) }], unit, added: q(m[1]) };
    if (ops.length) return undefined;
  }
  // Words in the unit: one or more pieces, “A”修改为“B”, (在)“A”前/后增加“B”, 末尾增加：“B”.
  const body = rest.replace(new RegExp(`^(?:中|第${N}句|[前后]${N}句)?[：:]?`), '');
  const words: Words[] = [];
  const added: string[] = [];
  let olds: string[] | undefined;
  let news: string[] | undefined;
  const pieces = body.split(/[，,](?=在?⟨)/);
  for (const piece of pieces) {
    if ((m = /^((?:⟨\d+⟩)+)修改为[：:]?((?:⟨\d+⟩)+)$/.exec(piece))) {
      const a = [...m[1].matchAll(/⟨(\d+)⟩/g)].flatMap((x) => q(x[1]));
      const b = [...m[2].matchAll(/⟨(\d+)⟩/g)].flatMap((x) => q(x[1]));
      if (a.length === 1 && b.length === 1) words.push({ from: a[0], to: b[0] });
      else if (pieces.length === 1 && t && t.para === undefined && t.item === undefined) [olds, news] = [a, b];
      else return undefined;
      added.push(...b);
    } else if ((m = /^在?⟨(\d+)⟩(前|后|之后)增加(?:一句[，,]?内容为)?[：:]?⟨(\d+)⟩$/.exec(piece))) {
      const a = q(m[1]).join('\n');
      const b = q(m[3]).join('\n');
      words.push({ from: a, to: m[2] === '前' ? b + a : a + b });
      added.push(b);
    } else if ((m = /^末尾增加[：:]?⟨(\d+)⟩$/.exec(piece)) && pieces.length === 1 && unit.preamble !== undefined) {
      words.push({ from: '', to: q(m[1]).join('') });
      added.push(q(m[1]).join(''));
    } else return undefined;
  }
  if (olds && news && t) return { ops: [{ op: 'expect', target: t, words: olds, whole: true }, { op: 'replace', target: t, lines: news }], unit, added };
  if (!words.length || words.some((w) => !w.to && !w.from)) return undefined;
  if (unit.preamble !== undefined) return { ops: [{ op: 'preamble', from: unit.preamble - 1, to: unit.preamble, lines: [], words, natural: true }], unit, added };
  if (!t) return undefined;
  return { ops: words.map((w) => ({ op: 'replaceText', target: t, from: w.from, to: w.to }) as ClauseOp), unit, added };
}

/** 增加一节, 增加五条，分别作为第…条至第…条, 第七节相应改为第八节: a section added, its articles, the sections after renumbered. */
const SECTION_ADDED = new RegExp(`增加一节|增加[${PARA_NUMERAL}]+条[，,]?分别作为|^第${N}节(?:相应地?)?改为第${N}节`);

/** A reference up to its unit (《安排》第二条第三款第（一）项): no quotation, comma or colon in it. */
const REF_WORDS = '([^⟨，,：:]*?第[^⟨，,：:]*?)';
/** Deleted: 删去, 删除, 取消 (as the Mainland's arrangements with Hong Kong and Macao write it). */
const STRUCK = '(?:删去|删除|取消)';
/**
 * Replaced by what follows: 代之以(下列内容), (并)由/用/以 下列(规定) 代替/替代/取代 — the treaty forms of 删去…，代之以.
 */
const BY_WHAT_FOLLOWS = '(?:并|并且)?(?:代之以(?:下列|以下|如下)?(?:规定|内容|条文|条款|文字)?|(?:由|用|以)(?:下列|以下|如下)(?:规定|内容|条文|条款|文字)?(?:代替|替代|取代|替换)|(?:替换|修改|更改|修订)为)';
const TREATY_FORMS: [RegExp, string][] = [
  // 协定的标题应删除并替换为：“…”, 协定的序言应删除并替换为：“…” (China–Brazil, 2022): the title, the preamble.
  [new RegExp(`^[^⟨第，,：:]{0,12}?的?(?:标题|名称)应?予?${STRUCK}[，,]?\\s*${BY_WHAT_FOLLOWS}[：:]?\\s*(⟨\\d+⟩)$`), '将名称修改为：$1'],
  [new RegExp(`^[^⟨第，,：:]{0,12}?的?序言应?予?${STRUCK}[，,]?\\s*${BY_WHAT_FOLLOWS}[：:]?\\s*(⟨\\d+⟩)$`), '将序言修改为：$1'],
  // 取消《安排》第二条第三款(一)项的规定，用下列规定代替：“…”; 协定第十条第二款第(一)项删除，以下列代替：“…”;
  // 第三条第一款第（二）项应删除，并由下列规定代替：“…”; 第X條刪除，並以下列條文取代：“…”.
  [new RegExp(`^${STRUCK}${REF_WORDS}(?:的规定)?[，,]?\\s*${BY_WHAT_FOLLOWS}[：:]?\\s*(⟨\\d+⟩)$`), '删去$1，代之以：$2'],
  [new RegExp(`^${REF_WORDS}(?:的规定)?应?予?${STRUCK}[，,]?\\s*${BY_WHAT_FOLLOWS}[：:]?\\s*(⟨\\d+⟩)$`), '删去$1，代之以：$2'],
  // 取消《安排》第五条第三款(二)项中“六个月”的规定，用“一百八十三天”代替.
  [new RegExp(`^${STRUCK}${REF_WORDS}中的?(⟨\\d+⟩)(?:的规定|等字|字样|一词|一语)?[，,]?\\s*(?:并)?(?:代之以|(?:由|用|以)(⟨\\d+⟩)(?:代替|替代|取代|替换))(⟨\\d+⟩)?$`), '删去$1中的$2，代之以$3$4'],
  // 协定第五条第二款应修改为：“…”; 将协定第五条修订为：“…”, 替换为, 更改为.
  [new RegExp(`^将?${REF_WORDS}应?予?(?:修改|修订|修正|更改|替换)为[：:]?\\s*(⟨\\d+⟩)$`), '将$1修改为：$2'],
  // 在协定第三条后增加第三条之一：“…”; 在协定第三条后增加新的第三条之一 / 增加下列条款作为第三条之一.
  [new RegExp(`^在${REF_WORDS}(后|前|之后)增加(?:新的|下列条款|以下条款|一条)?[，,]?(?:作为)?(第[^⟨，,：:]*条(?:之[^⟨，,：:]*)?)[：:]\\s*(⟨\\d+⟩)$`), '在$1$2增加一条，作为$3：$4'],
  // 增加新的第十条：“…”, 增加下列条款作为第十条：“…” (no anchor).
  [new RegExp(`^增加(?:新的|下列条款|以下条款|一条新的)[，,]?(?:作为)?(第[^⟨，,：:]*条(?:之[^⟨，,：:]*)?)[：:]\\s*(⟨\\d+⟩)$`), '增加一条，作为$1：$2'],
];

/** 第二條第三項 with no 款 after it: a paragraph in Taiwan's counting, an item in the Mainland's. */
const PARAGRAPH_OR_ITEM = new RegExp(`條第${N}項`);
/** 第二條第三款: an item in Taiwan's counting (款 under 條), a paragraph in the Mainland's. */
const ITEM_OR_PARAGRAPH = new RegExp(`條第${N}款`);

/**
 * An amending clause as a treaty's protocol writes it, as the forms the reader knows: the traditional characters of an
 * instruction as simplified, an item named without its 第 (第三款(一)项) with it, and 删去/取消/删除…，用下列规定代替,
 * …应删除，并由下列规定代替, …应修改为/修订为, 在第X条后增加第X条之一 as 删去…，代之以, 将…修改为, 在…后增加一条，作为….
 * The quotations (⟨n⟩) are not touched.
 */
function treatyForm(sk: string): string {
  let out = sk;
  if (sk.includes('條') || sk.includes('項') || sk.includes('刪') || sk.includes('並')) {
    // Taiwan's laws and agreements count 條, 項 (paragraph), 款 (item): 第二條第三項第一款 is the 款 and 项 of the
    // Mainland's order swapped. 項 before 款 is that order; 第二條第三項 alone is a paragraph there and an item
    // here — left unread (reported), not guessed.
    out = out.replace(new RegExp(`條第(${N})項第[（(]?(${N})[）)]?款`, 'g'), '條第$1款第$2項');
    if (PARAGRAPH_OR_ITEM.test(out)) return out;
    out = foldScript(out);
  }
  out = out.replace(/款([（(][^（()）]{1,4}[）)]项)/g, '款第$1');
  for (const [re, to] of TREATY_FORMS) if (re.test(out)) return out.replace(re, to);
  return out;
}

/** A decision's heading over the clauses of one instrument it amends: 修改《…》, 对《…》作如下修改 (group 1: its name). */
const GROUP_HEADING = /^(?:修改|对)?《([^⟨]+)》(?:作如下修改)?[：:]?$/;
/** A clause opening with the instrument it amends: 将《…条例》第五条…, 在《…》…, 删去《…》… (group 1: its name). */
const NAMES_INSTRUMENT = /^(?:将|在|删去)《([^⟨]+?)》/;

/**
 * A unit of the protocol attached to the agreement (协定议定书第二条, 协定所附议定书第二条, 《安排》议定书第二条), not of
 * the agreement, nor of a protocol that is itself the text amended (原议定书第一条).
 */
const AGREEMENT_PROTOCOL = /^[^⟨第]*(?:协定|安排|条约|公约|》)(?:的|所附的?)?议定书(?:的)?第/;
/** A paragraph's or item's label opening a quoted line: `一、`, `1.`, `（一）`, `(a)`. */
const PARAGRAPH_LABEL = new RegExp(`^(?:[（(](?:[${NUMERAL_CHARS}]+|[a-z])[)）]|[${NUMERAL_CHARS}]+[、.．]|[a-z][.)）])`);
/** An article's label opening a quotation, on a line of its own with its caption if any (第一条 人的范围): number, 之 number, caption. */
const QUOTED_LABEL = new RegExp(`^第(${N})条(?:之(${N}))?(?:[\\s\u3000]+([^。；;，,：:]{1,20}))?$`);
/** A protocol's article heading alone on its line: 第一条. */
const ARTICLE_HEADING = new RegExp(`^第${N}条$`);
/** 关于协定第五条： (group 2 empty) or 关于协定第二十五条，取消… (group 2 the clause): the article the clauses are of. */
const ABOUT = new RegExp(`^关于[^⟨，,：:第]{0,30}(第${N}条)(?:[：:]$|[，,](.+)$)`);

/**
 * A sentence about an article of the amended instrument: it opens naming it, after 关于 or the instrument's name
 * (`关于《安排》第十二条第二款，…`, `《安排》第十三条第四款…，按以下规定执行`, `协定第十条…`) — not one citing an article as its ground
 * (`根据该议定书第二条的规定，…生效`, `本决定依照原法第十条…`), the amending instrument's own (`本议定书…按照协定第二十八条…适用`),
 * nor one opening with a bare label (`第二条本协议第一条…`, `第一條`: the amending instrument's own article).
 */
function namesOtherArticle(sk: string): boolean {
  // (Something said of it: `关于第一条` alone is a heading over points.)
  return ABOUT_ARTICLE.test(sk) && saidOf(sk);
}
/** After the units it names first, words said of them (four characters at least). */
function saidOf(sk: string): boolean {
  const u = UNITS_LISTED.exec(sk);
  return u !== null && sk.length - (u.index + u[0].length) >= 4;
}
/** The unit a sentence about an article names first (第十二条第二款), with 等 when it names more articles. */
function effectOn(sk: string): string {
  const first = FIRST_UNIT.exec(sk)![0];
  return (sk.match(new RegExp(ARTICLE_NAMED.source, 'g'))?.length ?? 0) > 1 ? `${first}等` : first;
}
const FIRST_UNIT = new RegExp(`${ARTICLE_NAMED.source}(?:第[（(]?${N}[）)]?[款项])*`);
/** The units a sentence names first, listed (第二条和第三条, 第十条、第十一条): what is said of them comes after. */
const UNITS_LISTED = new RegExp(`${FIRST_UNIT.source}(?:(?:、|和|及|与|或|至)${FIRST_UNIT.source})*`);
const INSTRUMENT_NAMED = '(?:《[^《》]{1,80}》|(?:该|原)?(?:协定|协议|安排|条约|公约))';
const ABOUT_ARTICLE = new RegExp(`^(?:关于[ \t]*${INSTRUMENT_NAMED}?|${INSTRUMENT_NAMED})的?${ARTICLE_NAMED.source}`);

/** The instrument a clause not read was under, in a decision amending several (see Clause.group). */
const problemGroup = new WeakMap<AmendProblem, string>();

/** The part before a point, `第一部分第二点` (a text numbering its points anew under each part). */
const PART_OF_POINT = new RegExp(`第(${N})部分(?=第${N}点)`, 'g');
/** How many: 一, 两, 三 … (增加一点, 增加两段). */
const COUNT = `[${NUMERAL_CHARS}]{1,3}`;
/**
 * The units of a text counted by points, as its amendments name them: 第六点 (a point), 第六点第二段 (its paragraph), 在第六点中
 * 增加一段，作为第二段, 增加一点，作为第七点; and 将第六项修改为, 删去第六项 — a point called 项 when nothing names it otherwise.
 */
const POINT_UNITS = new RegExp(`第(${N})点第(${N})段|第(${N})点中增加(${COUNT})段([，,]?)作为第(${N})段|第(${N})点|增加(${COUNT})点|(将|删去)第(${N})项(?=修改为|中的|[，,。；;]|$)`, 'g');
/** An older treaty's articles (第三款), their paragraphs (第三款第二段), 增加一款 between them; not a 款 after an article (第三条第二款). */
const KUAN_UNITS = new RegExp(`第(${N})款第(${N})段|第(${N})款中增加(${COUNT})段([，,]?)作为第(${N})段|(?<!第${N}条)第(${N})款|(?<!中)增加(${COUNT})款`, 'g');

/**
 * A clause's words (its quotations left out: the skeleton) about a text counted by points or by 款 alone, written as the
 * clauses about articles are read: the unit 条, its paragraphs 款, each word for one (offsets stay).
 */
function asArticles(sk: string, counted: '点' | '款'): string {
  if (sk.indexOf(counted) < 0 && (counted !== '点' || sk.indexOf('项') < 0)) return sk;
  return sk.replace(counted === '点' ? POINT_UNITS : KUAN_UNITS, (m, a, b, c, d, comma, e, f, g, verb, h) => {
    if (a !== undefined) return `第${a}条第${b}款`;
    if (c !== undefined) return `第${c}条中增加${d}款${comma}作为第${e}款`;
    if (f !== undefined) return `第${f}条`;
    if (g !== undefined) return `增加${g}条`;
    if (verb !== undefined) return `${verb}第${h}条`;
    return m;
  });
}

/**
 * The clauses of an amending instrument; sentences that are not clauses (title, preamble, entry into force) are skipped.
 * `counted`: what the text it amends counts its units by — articles (条), points
 * (点: 一、 二、 at the top), or 款 alone (older treaties); its clauses are read as naming those.
 */
export function readClauses(text: string, counted: '条' | '点' | '款' = '条'): { clauses: Clause[]; problems: AmendProblem[] } {
  const clauses: Clause[] = [];
  const problems: AmendProblem[] = [];
  let lastArticle: string | undefined;
  /** The article a protocol's 关于协定第五条： names for the clauses under it, to its next article (第二条). */
  let about: string | undefined;
  let group: string | undefined;
  // A constitution's amendment: the unit its clause named last, where that clause's sentences begin in `clauses`, and the
  // sentences read in that unit with the new words each quotes (to be found in the unit when the clause states it whole).
  let stated: Stated | undefined;
  let statedFrom = 0;
  const statedRead = new Map<Clause, { unit: Stated; added: string[] }>();
  // Quoted with 「」 and written in traditional characters: Taiwan's counting may be meant (條, 項, 款).
  const corner = text.includes('「') && !text.includes('“');
  for (const s of sentences(curlyQuotes(text))) {
    // The clause's own number: 一、, or 1. and （一） under it, or a 第一条 heading of a protocol.
    const leadMatch = LEAD.exec(s.skeleton)!;
    const lead = leadMatch[0].length;
    let sk = s.skeleton.slice(lead).replace(/[。；;]$/, '');
    // 第一部分第二点: the point of a text in parts named with its part (the clause's first part; its points are of one part).
    let part: number | undefined;
    if (counted === '点' && sk.includes('部分')) sk = sk.replace(PART_OF_POINT, (_m, k: string) => ((part ??= num(k)), ''));
    if (counted !== '条') sk = asArticles(sk, counted);
    s.start += lead;
    // A protocol's next article (第二条, alone or before its clause on the line) ends what 关于协定第X条, or its last
    // clause, named.
    if (leadMatch[0].includes('条')) about = lastArticle = undefined;
    if (!sk || ARTICLE_HEADING.test(sk)) {
      about = lastArticle = undefined;
      continue;
    }
    // 关于协定第五条： over the clauses naming only its 款 and 项 (一、取消第三款并用如下规定代替); 关于协定第二十五条，取消第一款… inline.
    const aboutMatch = ABOUT.exec(sk);
    if (aboutMatch) {
      if (!aboutMatch[2]) {
        about = aboutMatch[1];
        continue;
      }
      if (/^(?:将|在|删去|删除|取消|刪除|增加|第)/.test(aboutMatch[2])) {
        about = aboutMatch[1];
        sk = aboutMatch[2];
      }
    }
    sk = treatyForm(sk).replace(/^删除/, '删去');

    // A decision amending several instruments names each over its clauses: 一、修改《…》 alone, or 一、将《…》第五条….
    if (leadMatch[1]) group = GROUP_HEADING.exec(sk)?.[1] ?? NAMES_INSTRUMENT.exec(sk)?.[1];
    // Under a heading that names none (一、对下列…法规进行修改), a clause 1. naming its instrument (1.在《…条例》第七条中…) starts
    // that instrument's clauses, the unnumbered ones after it its too (a provincial decision amending several regulations).
    else if (lead) group = NAMES_INSTRUMENT.exec(sk)?.[1] ?? group;
    if (GROUP_HEADING.test(sk)) continue;
    const q = (i: string) => s.quotes[Number(i)] ?? [];
    /** The sentence reported as a clause not applied, under its instrument's group when a decision amends several. */
    const unread = (message: string): void => {
      const p: AmendProblem = { start: s.start, end: s.end, code: 'amend.unreadable', message };
      if (group) problemGroup.set(p, group);
      problems.push(p);
    };
    // A sentence that reads as a clause: by its verb, or numbered as one (一、, 1.) and quoting words for a unit it names.
    const clauseLike = /^(?:将|將|在|删去|刪|增加|同时|并|取消)/.test(sk) || /改为|改為|作为第|作為第|修改为|调整为|代之以|代替|替代|取代|增加以下|增加下列|增加如下|后增加|中增加|增加一[条款项]/.test(sk) ||
      (lead > 0 && /⟨\d+⟩/.test(sk) && (ARTICLE_NAMED.test(sk) || UNIT_NAMED.test(sk)));
    // 第二條第三項 alone, or, in an instrument quoting with 「」 as Taiwan's do, 第二條第三款 (an item there, a paragraph here).
    const unsure = PARAGRAPH_OR_ITEM.exec(sk) ?? (corner ? ITEM_OR_PARAGRAPH.exec(s.skeleton) : null);
    if (clauseLike && unsure) {
      unread(`“${unsure[0]}”：台湾条文的“項”是款、“款”是项，与大陆条文相反，不知所指`);
      continue;
    }
    // A quotation no ” closes (lost on the page): what it quotes may run on or stop short, so the clause is not applied.
    if (s.unclosed && clauseLike) {
      unread(`引号没有闭合，不知引文到哪里为止：${s.skeleton.slice(lead).slice(0, 30)}`);
      continue;
    }
    // 删去协定议定书第二条…: a clause of the agreement's own protocol, not of its articles — not applied to them.
    if (clauseLike && AGREEMENT_PROTOCOL.test(sk)) {
      unread(`修改的是协定所附议定书的条款，不是协定的条文：${s.skeleton.slice(lead).slice(0, 30)}`);
      continue;
    }
    // A number that does not read (第十十条, mistyped or OCR'd) makes the clause one not applied, never one dropped.
    const bad = clauseLike ? [...sk.matchAll(BAD_NUMBER)].find((m) => num(m[1]) === undefined || (m[3] !== undefined && num(m[3]) === undefined)) : undefined;
    if (bad) {
      unread(`读不懂编号：${bad[0]}`);
      continue;
    }
    // A numbered clause (一、) names its article once: the sentences after it (同时增加一款…) and the parts of
    // one sentence (…，并将第二款中的…) that name only a 款 or 项 are of that article.
    if (lead && /[、]/.test(s.skeleton.slice(0, lead))) lastArticle = undefined;
    if (lead) {
      stated = undefined;
      statedFrom = clauses.length;
    }
    const readPart = (sk: string): ClauseOp[] => {
    const ops: ClauseOp[] = [];
    let m: RegExpExecArray | null;
    let t: Target | undefined;
    if (RENUMBER_ALL.test(sk)) ops.push(RENUMBER_CHAPTERS.test(sk) ? { op: 'renumberAll', chapters: true } : { op: 'renumberAll' });
    else if ((m = P.deleteChapter.exec(sk)) && num(m[1]) !== undefined) ops.push({ op: 'deleteChapter', num: num(m[1])! });
    else if ((m = P.title.exec(sk))) ops.push({ op: 'title', words: q(m[1]).join('') });
    else if ((m = P.preambleReplace.exec(sk))) {
      const k = num(m[1]);
      ops.push(k === undefined ? { op: 'preamble', from: 0, lines: q(m[2]) } : { op: 'preamble', from: k - 1, to: k, lines: q(m[2]) });
    } else if ((m = P.preambleAdd.exec(sk))) {
      const k = (num(m[1]) ?? 1) - (m[2] === '前' ? 1 : 0);
      ops.push({ op: 'preamble', from: k, to: k, lines: q(m[3]) });
    } else if ((m = P.preambleDelete.exec(sk))) {
      const k = num(m[1]);
      ops.push(k === undefined ? { op: 'preamble', from: 0, lines: [] } : { op: 'preamble', from: k - 1, to: num(m[2]) ?? k, lines: [] });
    }
    else if ((m = P.replyParagraph.exec(sk)) && num(m[1])) ops.push({ op: 'preamble', from: num(m[1])! - 1, to: num(m[1]), lines: q(m[2]), reply: true });
    else if ((m = P.replaceTextMany.exec(sk))) {
      // (Before replaceText, whose instrument's name before 第 would take 名称、 and leave the title unchanged.)
      const pairs = [...m[2].matchAll(/⟨(\d+)⟩修改为⟨(\d+)⟩/g)].map((pair) => [q(pair[1]).join('\n'), q(pair[2]).join('\n')]);
      for (const member of m[1].split(/、|以及|和|及/)) {
        const u = UNIT_ALONE.exec(member);
        const at = u ? target(u) : undefined;
        if (!at && member !== '名称' && member !== '标题') return [];
        for (const [from, to] of pairs) ops.push(at ? { op: 'replaceText', target: at, from, to } : { op: 'title', from, words: to });
      }
    }
    else if ((m = P.replaceText.exec(sk)) && (t = target(m))) {
      // One or more pairs: 中的“A”修改为“B”，“C”修改为“D”.
      for (const pair of m[5].matchAll(/⟨(\d+)⟩修改为⟨(\d+)⟩/g)) ops.push({ op: 'replaceText', target: t!, from: q(pair[1]).join('\n'), to: q(pair[2]).join('\n') });
    } else if ((m = P.heading.exec(sk)) && q(m[1]).length === 1 && PART_HEADING.test(q(m[1])[0]) && q(m[2]).length === 1) {
      ops.push({ op: 'heading', from: q(m[1])[0], words: q(m[2])[0] });
    } else if ((m = P.partTitle.exec(sk)) && num(m[1]) !== undefined && q(m[2]).length === 1) {
      ops.push({ op: 'heading', part: num(m[1]), words: q(m[2])[0] });
    } else if ((m = P.insertText.exec(sk)) && (t = target(m))) {
      const at = q(m[5]).join('\n');
      const add = q(m[7]).join('\n');
      ops.push({ op: 'replaceText', target: t, from: at, to: m[6] === '前' ? add + at : at + add });
    }
    else if ((m = P.deleteText.exec(sk)) && (t = target(m))) ops.push({ op: 'replaceText', target: t, from: q(m[5]).join('\n'), to: '' });
    else if ((m = P.renumberReplace.exec(sk)) && num(m[1]) !== undefined && num(m[3]) !== undefined) {
      const from = { num: num(m[1])!, sub: num(m[2]) };
      ops.push({ op: 'replace', target: from, lines: q(m[5]) }, { op: 'renumber', pairs: [{ from, num: num(m[3])!, sub: num(m[4]) }] });
    } else if ((m = P.merge.exec(sk)) && num(m[1]) !== undefined && num(m[2]) !== undefined) {
      const into = { num: num(m[1])! };
      ops.push({ op: 'replace', target: into, lines: q(m[4]) }, { op: 'delete', target: { num: num(m[2])! } });
      const as = num(m[3]);
      if (as !== undefined && as !== into.num) ops.push({ op: 'renumber', pairs: [{ from: into, num: as }] });
    } else if ((m = P.addArticles.exec(sk)) && (t = target(m))) {
      // Each article as quoted, its label opening its first line (第一百二十条之二　…), to the next label.
      const anchor = t;
      let cur: { num: number; sub?: number; lines: string[] } | undefined;
      const added: { num: number; sub?: number; lines: string[] }[] = [];
      for (const line of q(m[6])) {
        const label = ARTICLE_LABEL_OPENING.exec(line);
        if (label && num(label[1]) !== undefined) added.push((cur = { num: num(label[1])!, sub: num(label[2]), lines: [line.slice(label[0].length)] }));
        else if (cur) cur.lines.push(line);
        else return [];
      }
      for (const a of added) ops.push({ op: 'addArticle', anchor, before: m[5] === '前', num: a.num, sub: a.sub, lines: a.lines });
    } else if ((m = P.replaceParagraphs.exec(sk)) && (t = target(m)) && t.para !== undefined && t.item === undefined && num(m[5]) !== undefined) {
      ops.push({ op: 'replace', target: t, lines: q(m[6]) }, { op: 'delete', target: { num: t.num, sub: t.sub, para: num(m[5]) } });
    } else if ((m = P.moved.exec(sk)) && (t = target(m)) && (t.para !== undefined || t.item !== undefined) && num(m[5]) !== undefined) {
      ops.push({ op: 'moved', target: t, to: num(m[5])! });
      if (m[6] !== undefined) ops.push({ op: 'replace', target: t, lines: q(m[6]) });
    } else if ((m = P.mergeParagraph.exec(sk)) && num(m[1]) !== undefined && num(m[2]) !== undefined && num(m[3]) !== undefined && num(m[4]) === num(m[3])) {
      // The article named as the result takes the text; the paragraph merged into it goes from its own article.
      ops.push({ op: 'replace', target: { num: num(m[3])! }, lines: q(m[5]) }, { op: 'delete', target: { num: num(m[1])!, para: num(m[2]) } });
    } else if ((m = P.deleteReplaceParagraphs.exec(sk)) && (t = target(m)) && t.para !== undefined && t.item === undefined) {
      // Only paragraphs that follow one another: the quoted ones take the place of the first.
      const more = [...m[5].matchAll(new RegExp(`第(${N})款`, 'g'))].map((x) => num(x[1]));
      if (more.some((k, i) => k !== t!.para! + i + 1)) return [];
      ops.push({ op: 'replace', target: t, lines: q(m[6]) }, ...more.map((k) => ({ op: 'delete' as const, target: { num: t!.num, sub: t!.sub, para: k } })));
    } else if (((m = P.deleteReplace.exec(sk)) || (m = P.deleteReplaceAfter.exec(sk))) && (t = target(m))) ops.push({ op: 'replace', target: t, lines: q(m[5]) });
    else if ((m = P.deleteTextReplace.exec(sk)) && (t = target(m))) ops.push({ op: 'replaceText', target: t, from: q(m[5]).join('\n'), to: q(m[6]).join('\n') });
    else if ((m = P.addAfter.exec(sk)) && (t = target(m)) && t.item === undefined) {
      if (t.para !== undefined) ops.push({ op: 'addParagraph', target: { num: t.num, sub: t.sub }, at: t.para + 1, lines: q(m[5]) });
      else ops.push({ op: 'addArticle', anchor: t, before: false, num: t.num, sub: 1, lines: q(m[5]) });
    } else if ((m = P.lead.exec(sk)) && (t = target(m))) ops.push({ op: 'lead', target: t, words: q(m[5]).join('\n') });
    else if ((m = P.prefix.exec(sk)) && (t = target(m))) ops.push({ op: 'prefix', target: t, words: q(m[5]).join('\n') });
    else if ((m = P.replaceWhole.exec(sk)) && (t = target(m))) ops.push({ op: 'replace', target: { num: t.num, sub: t.sub }, lines: q(m[5]) });
    else if ((m = P.replace.exec(sk)) && (t = target(m))) ops.push({ op: 'replace', target: t, lines: q(m[5]) });
    else if ((m = P.addParagraph.exec(sk)) && (t = target(m))) ops.push({ op: 'addParagraph', target: t, at: num(m[5]) ?? 1, lines: q(m[6]) });
    else if ((m = P.addItem.exec(sk)) && (t = target(m))) ops.push({ op: 'addItem', target: t, at: num(m[5]) ?? 1, lines: q(m[6]) });
    else if ((m = P.addArticle.exec(sk)) && (t = target(m))) ops.push({ op: 'addArticle', anchor: t, before: m[5] === '前', num: num(m[6]) ?? 0, sub: num(m[7]), lines: q(m[8]) });
    else if ((m = P.addArticleNoAnchor.exec(sk))) ops.push({ op: 'addArticle', before: false, num: num(m[1]) ?? 0, sub: num(m[2]), lines: q(m[3]) });
    else if ((m = P.split.exec(sk)) && (t = target(m)) && t.para !== undefined && t.item === undefined && num(m[5]) !== undefined) {
      // The paragraph taken out of its article, the article it makes added where its number puts it (no anchor).
      ops.push({ op: 'addArticle', before: false, num: num(m[5])!, sub: num(m[6]), lines: m[7] !== undefined ? q(m[7]) : [], from: t }, { op: 'delete', target: t });
    }
    else if ((m = P.delete.exec(sk)) && (t = target(m))) ops.push({ op: 'delete', target: t });
    else if (sk && sk.replace(P.renumberPair, '').replace(/[，、,\s]/g, '') === '' && P.renumberPair.test(sk)) {
      P.renumberPair.lastIndex = 0;
      const pairs: { from: Target; num: number; sub?: number }[] = [];
      for (const r of sk.matchAll(P.renumberPair)) {
        const from = num(r[1]);
        const to = num(r[3]);
        if (from !== undefined && to !== undefined) pairs.push({ from: { num: from, sub: num(r[2]) }, num: to, sub: num(r[4]) });
      }
      ops.push({ op: 'renumber', pairs });
    }
    P.renumberPair.lastIndex = 0;
    return ops;
    };
    const parts = RENUMBER_ALL.test(sk) || /序言|引言/.test(sk) ? [{ text: sk, article: undefined }] : subClauses(sk, lastArticle ?? about);
    let ops: ClauseOp[] = [];
    for (const part of parts) {
      const got = readPart(part.text);
      if (!got.length) {
        ops = [];
        break;
      }
      ops.push(...got);
      if (part.article) lastArticle = part.article;
    }
    // Not read so: a constitution's amendment, in the unit its clause named (readStated).
    const st = ops.length ? undefined : readStated(sk, q, stated);
    if (st?.whole) {
      // 这一自然段相应修改为：“…”: the unit stated whole is what the clause makes of it; the words the clause changed in it
      // before are checked — the old ones in the base, the new ones in the unit as stated — and applied no more.
      const unitKey = JSON.stringify(st.unit);
      let k = clauses.length;
      while (k > statedFrom && JSON.stringify(statedRead.get(clauses[k - 1])?.unit) === unitKey) k--;
      const parts = clauses.splice(k);
      const stood = st.ops[0].op === 'preamble' || st.ops[0].op === 'replace' ? st.ops[0].lines.join('\n') : '';
      const missing = parts.flatMap((c) => statedRead.get(c)!.added).find((w) => !stood.includes(w));
      const start = parts[0]?.start ?? s.start;
      if (missing !== undefined) {
        problems.push({ start, end: s.end, code: 'amend.conflict', message: `这一修改前面改成的“${missing.slice(0, 30)}”不在相应修改后的全文中，未应用` });
      } else {
        const olds = parts.flatMap((c) => c.ops.flatMap((o) => (o.op === 'replaceText' && o.from ? [o.from] : o.op === 'preamble' && o.words ? o.words.flatMap((w) => (w.from ? [w.from] : [])) : o.op === 'expect' ? o.words : [])));
        const u = st.unit;
        const expect: ClauseOp[] = olds.length ? [{ op: 'expect', ...(u.preamble !== undefined ? { para: u.preamble } : { target: u.target }), words: olds }] : [];
        clauses.push({ start, end: s.end, text: text.slice(start, s.end), ops: [...expect, ...st.ops], ...(group ? { group } : {}), ...(part !== undefined ? { part } : {}) });
      }
    } else if (st) {
      const c: Clause = { start: s.start, end: s.end, text: text.slice(s.start, s.end), ops: st.ops, ...(group ? { group } : {}), ...(part !== undefined ? { part } : {}) };
      clauses.push(c);
      statedRead.set(c, { unit: st.unit, added: st.added });
      stated = st.unit;
      if (st.unit.target) lastArticle = ARTICLE_NAMED.exec(sk)?.[0] ?? lastArticle;
    } else if (ops.length) clauses.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), ops, ...(group ? { group } : {}), ...(part !== undefined ? { part } : {}) });
    // Not read: a problem, when it names a unit or quotes words to change (将“…”修改为“…”, 将十一条修改为).
    else if ((ARTICLE_NAMED.test(sk) || UNIT_NAMED.test(sk) || (/⟨\d+⟩/.test(sk) && /修改为|删去|增加/.test(sk))) && clauseLike) {
      // The clause as written: its quotations in their marks, not the ⟨n⟩ that stand for them here.
      const written = sk.replace(/⟨(\d+)⟩/g, (_, i: string) => `“${q(i).join('')}”`);
      // A unit's number without its 第 (将十一条修改为, as a decision was printed): said, not guessed.
      const bare = NUMBER_WITHOUT_DI.exec(sk);
      // A section added with its articles, their text not quoted (内容如下：then the lines), and the sections and articles
      // after it renumbered (宪法修正案 2018 第五十二条): said as what it is, none of it applied.
      const section = SECTION_ADDED.test(sk);
      const hint = bare ? `（“${bare[1]}”前少了“第”？）` : section ? '（增加一节及其条文、其后的节和条文改号：条文不在引号中，未应用）' : '';
      unread(`读不懂这一修改${hint}：${written.slice(0, 40)}`);
    }
    // A clause naming an article of the amended instrument that changes no words of it, only what it does (关于《安排》第十二条
    // 第二款，…所征税款不应超过…5%; …提及的…，按以下规定执行; …则相关条款规定不适用): the consolidated text cannot show it, so it
    // is said, never passed over (namesOtherArticle: the sentence is about the article, not citing it as its ground).
    else if (!clauseLike && !ops.length && namesOtherArticle(sk)) {
      const written = sk.replace(/⟨(\d+)⟩/g, (_, i: string) => `“${q(i).join('')}”`);
      const p: AmendProblem = { start: s.start, end: s.end, code: 'amend.effect-only', message: `这一条款不修改条文的文字，而改变${effectOn(sk)}的适用，合并后的文本中看不出，需另行注明：${written.slice(0, 40)}` };
      if (group) problemGroup.set(p, group);
      problems.push(p);
    }
  }
  return { clauses, problems };
}

// ---------------------------------------------------------------------------
// Applying it

interface Work {
  paragraphs: UnitParagraph[];
  orig?: Unit;
  /** Original paragraphs by 1-based index, as objects in `paragraphs` (undefined once deleted). */
  origParas: (UnitParagraph | undefined)[];
  num?: number;
  sub?: number;
  changed: boolean;
  deleted: boolean;
  /** The number it is to carry, from 改为 or 作为. */
  renamed: boolean;
  /** Inserted units after this one, in clause order. */
  after: Work[];
  before: Work[];
  /** The words before its first paragraph the article is to have (unitsOf's `lead`), when a clause quoted it whole ('': none, the base's taken out). */
  lead?: string;
  /** A new article's caption, as quoted with its label. */
  caption?: string;
}

const ITEM = new RegExp(`^(?:[（(][${ITEM_NUMERAL}]+[）)]|\\d+[.．、]\\s*|[（(]\\d+[）)])`);

/** Quoted lines as paragraphs: a line opening with an item label is an item of the paragraph before it. */
export function paragraphsOf(lines: string[]): UnitParagraph[] {
  const out: UnitParagraph[] = [];
  for (const l of lines) {
    const last = out[out.length - 1];
    if (ITEM.test(l) && last) last.items.push(l);
    else if (ITEM.test(l)) out.push({ text: '', items: [l] });
    else out.push({ text: l, items: [] });
  }
  return out;
}


export interface Consolidation {
  text: string;
  problems: AmendProblem[];
  clauses: Clause[];
}

/** A name as compared: without its marks (《》〈〉), spaces and 中华人民共和国. */
const nameKey = (s: string) => s.replace(/[《》〈〉<>\s\u3000]|中华人民共和国/g, '');

/**
 * The clauses that amend this text: all, unless the decision amends several instruments and names each over its
 * clauses — then those under the base's title (the decision's name for it may leave out who issued it), and a
 * problem when none is.
 */
function ofThis(clauses: Clause[], base: Treaty, problems: AmendProblem[]): Clause[] {
  const groups = [...new Set(clauses.flatMap((c) => (c.group ? [c.group] : [])))];
  if (groups.length < 2) return clauses;
  const title = base.title ? nameKey(base.title.text) : '';
  const same = (g: string) => !!title && (title.endsWith(nameKey(g)) || nameKey(g).endsWith(title));
  if (!groups.some(same)) {
    const first = clauses[0];
    problems.push({ start: first.start, end: first.end, code: 'amend.unreadable', message: `本决定修改${groups.length}件文件（《${groups[0]}》等），其中没有${title ? `《${base.title!.text}》` : '本文件（没有标题）'}` });
    return [];
  }
  // A clause of another instrument not read is that instrument's problem, not this text's.
  const others = problems.filter((p) => { const g = problemGroup.get(p); return g !== undefined && !same(g); });
  for (const p of others) problems.splice(problems.indexOf(p), 1);
  return clauses.filter((c) => !c.group || same(c.group));
}

/**
 * A point's label opening a quoted line: `六、`, `6.`, `６．`, `二 ` (a space alone parting it from its words, as Taiwan's law
 * database writes points), `一,、` (a page converted with its commas doubled, as lines.ts paraAt reads it: quoted so by amend.ts,
 * it was written twice) (group 1, the number).
 */
const POINT_LABEL = new RegExp(`^[\\s\u3000]*([${NUMERAL_CHARS}]+)(?:[,，]?、|[.．](?![0-9０-９])|[ \\t\u3000]+(?=\\S))[\\s\u3000]*`);
/** A point's label alone, a quoted line of its own (`二`, `二、`): group 1, the number. */
const POINT_LABEL_ALONE = new RegExp(`^[\\s\u3000]*([${NUMERAL_CHARS}]+)(?:[,，]?、|[.．])?[\\s\u3000]*$`);

/**
 * A point quoted whole (将第六点修改为：“六、…”) or added (增加一点，作为第七点：“七、…”) with its label, as its text writes
 * it: the label is the point's number, written by the consolidation as the text writes its labels — taken off the
 * quotation when it is the point's own number (a line opening with another is the point's words).
 */
function unlabelled(op: ClauseOp): ClauseOp {
  const n = op.op === 'replace' && op.target.item === undefined && (op.target.para ?? 1) === 1 ? op.target.num : op.op === 'addArticle' && op.sub === undefined ? op.num : undefined;
  if (n === undefined || (op.op !== 'replace' && op.op !== 'addArticle') || !op.lines.length) return op;
  // A label quoted alone as a paragraph before the point's words (`“二` / `“…”`, a text numbering its points by a numeral alone
  // on its line, amend.ts pointLabel): that line taken off.
  const alone = POINT_LABEL_ALONE.exec(op.lines[0]);
  if (alone && op.lines.length > 1) return num(alone[1]) === n ? { ...op, lines: op.lines.slice(1) } : op;
  const m = POINT_LABEL.exec(op.lines[0]);
  if (!m || num(m[1]) !== n) return op;
  return { ...op, lines: [op.lines[0].slice(m[0].length), ...op.lines.slice(1)] };
}

/**
 * Whether clause `c` touches no article of the base whose label a width broke over two lines (`…间隔。 第三` / `条 未配备…`:
 * model/treaty.ts brokenArticleLabels), which the base is not read to have: a clause naming it would find no such article, one
 * inserting an article before it or renumbering the articles would leave its number wrong. Such a clause is not applied, with
 * renumbering's refusal as its problem: the label is to be joined on one line first.
 */
function labelsRead(base: Treaty, counted: string, c: Clause, problems: AmendProblem[]): boolean {
  if (counted !== '条') return true;
  let why: string | undefined;
  for (const op of c.ops) {
    if (op.op === 'renumberAll') why = brokenFrom(base, 1);
    else if (op.op === 'addArticle') why = brokenFrom(base, op.num);
    else if (op.op === 'renumber') why = brokenFrom(base, Math.min(...op.pairs.flatMap((p) => [p.from.num, p.num])));
    else if ('target' in op && op.target && op.target.sub === undefined) {
      // The article itself so broken: the first such label from its number on is its own.
      const n = op.target.num;
      const first = brokenArticleLabels(base).find((b) => b.num >= n);
      why = first?.num === n ? brokenRefusal(base, first) : undefined;
    }
    if (why) break;
  }
  if (why) problems.push({ start: c.start, end: c.end, code: 'amend.broken-label', message: why });
  return why === undefined;
}

/** Applies an amending instrument to a base text. */
export function consolidate(baseText: string, amendment: string): Consolidation {
  const base = buildTreaty(baseText);
  const units = unitsOf(base);
  const parts = unitParts(units);
  const counted = unitWord(units[0]);
  const read = readClauses(amendment, counted);
  // A unit and its paragraphs named in a problem as the text counts them: 第九条 第二款, 第九点 第二段, an older treaty's 第九款 第二段.
  const unitNamed = (num: number, sub?: number) => (counted === '条' ? articleName(num, sub) : `第${formatChinese(num)}${counted}${sub !== undefined ? `之${formatChinese(sub)}` : ''}`);
  const paraNamed = (n: number) => `第${formatChinese(n)}${counted === '条' ? '款' : '段'}`;
  const { problems } = read;
  // A quotation inside a quotation (‘’) is the text's own: “” — or 「」 in a text that quotes so (an instrument written
  // with 「『』」); a text that itself quotes with ‘’ keeps them.
  const corner = baseText.includes('「') && !baseText.includes('“');
  const own = corner ? (w: string) => w.replace(/‘([^‘’“”]*)’/g, '「$1」') : outerMarks;
  const clauses = ofThis(read.clauses, base, problems)
    .map((c) => (baseText.includes('‘') ? c : { ...c, ops: c.ops.map((op) => withWords(op, own)) }))
    .map((c) => (counted === '点' ? { ...c, ops: c.ops.map(unlabelled) } : c))
    .filter((c) => namesOne(c.part !== undefined && parts ? units.filter((u) => parts.get(u) === c.part) : units, c, problems, unitNamed))
    .filter((c) => expectationsHold(base, units, c, problems))
    .filter((c) => labelsRead(base, counted, c, problems));
  // Each paragraph as the base writes it, to write it so again where no clause changed it (its markup, its line breaks).
  const asWritten = new Map<UnitParagraph, { start: number; end: number; text: string; items: string[] }>();
  // The words replaced in each paragraph, in order (null: replaced in one of its items only).
  const replaced = new Map<UnitParagraph, [string, string][] | null>();
  const works: Work[] = units.map((u) => {
    const paragraphs = u.paragraphs.map((p) => {
      const copy = { text: p.text, items: [...p.items] };
      const span = paragraphSpan(p);
      if (span) asWritten.set(copy, { ...span, text: p.text, items: p.items });
      return copy;
    });
    return { paragraphs, orig: u, origParas: [undefined, ...paragraphs], num: u.num, sub: u.sub, changed: false, deleted: false, renamed: false, after: [], before: [] };
  });
  // A text numbering its points anew under each part: a clause naming the part (第一部分第二点) finds its point there.
  let part: number | undefined;
  const find = (t: Target) => works.find((w) => w.orig?.num === t.num && w.orig?.sub === t.sub && (part === undefined || !parts || parts.get(w.orig) === part));
  const touched: { key: string; whole: boolean; clause: Clause }[] = [];
  let renumberAll = false;
  /** Chapters numbered again (对章、条的序号作相应调整), and those deleted (删去第二章). */
  let chaptersRenumbered = false;
  const chaptersGone = new Set<Chapter>();
  // The clauses name items by the base's numbering: each paragraph's item lines as the numbers of
  // their items in the base, 0 for an item added, -1 for a line under the item before it (its
  // sub-items: labelled otherwise than the paragraph's first item). A paragraph not in the map
  // (new, or replaced whole) numbers its items as they stand.
  const itemNumbers = new Map<UnitParagraph, number[]>();
  const numbersOf = (p: UnitParagraph): number[] => {
    let ns = itemNumbers.get(p);
    if (!ns) {
      const starts = new Set(itemStarts(p.items));
      let n = 0;
      itemNumbers.set(p, (ns = p.items.map((_, i) => (starts.has(i) ? ++n : -1))));
    }
    return ns;
  };
  /** How many lines the item opening at line `i` holds: its own and those under it. */
  const spanOf = (p: UnitParagraph, i: number): number => {
    const ns = numbersOf(p);
    let e = i + 1;
    while (e < ns.length && ns[e] === -1) e++;
    return e - i;
  };
  /** Paragraphs that lost or gained an item: numbered again when the order is adjusted. */
  const itemsMoved = new Set<UnitParagraph>();
  /** Clauses a problem was found in: what only follows from their additions (原第三项改为第四项) is not done either. */
  const failed = new Set<Clause>();
  const problem = (c: Clause, code: AmendProblem['code'], message: string) => {
    failed.add(c);
    problems.push({ start: c.start, end: c.end, code, message });
  };

  const preamble: { op: Extract<ClauseOp, { op: 'preamble' }>; clause: Clause }[] = [];
  /** The title as the clauses leave it (undefined: as the base writes it), and the last clause that changed it. */
  let titleWords: string | undefined;
  let titleClause: Clause | undefined;
  /** The parts' headings replaced, as edits of the base text. */
  const headings: Edit[] = [];
  /** Articles added with no article to follow (增加一条，作为第十六条): placed where their number puts them. */
  const floating: Work[] = [];
  for (const c of clauses) {
    part = c.part;
    for (const op of c.ops) {
      if (op.op === 'preamble') {
        preamble.push({ op, clause: c });
        continue;
      }
      if (op.op === 'renumberAll') {
        renumberAll = true;
        if (op.chapters) chaptersRenumbered = true;
        continue;
      }
      if (op.op === 'deleteChapter') {
        const ch = ownChapter(base, op.num);
        const inside = ch ? works.filter((w) => w.orig && w.orig.start >= ch.start && w.orig.start < ch.end) : [];
        if (!ch || !inside.length) problem(c, 'amend.no-such-article', `没有第${formatChinese(op.num)}章`);
        else if (inside.some((w) => w.deleted)) problem(c, 'amend.conflict', `第${formatChinese(op.num)}章中的条文已被删去`);
        else {
          // Its heading and the headings of its sections go with its units: the text before each unit, from the chapter's start.
          let from = ch.start;
          for (const w of inside) {
            if (w.orig!.start > from) headings.push({ start: from, end: w.orig!.start, insert: '', clause: c });
            w.deleted = true;
            from = w.orig!.end;
          }
          chaptersGone.add(ch);
        }
        continue;
      }
      if (op.op === 'title') {
        // Clause after clause: the title replaced whole, or words in it as the clauses before left it.
        const now = base.title ? titleWords ?? baseText.slice(base.title.start, base.title.end) : undefined;
        if (now === undefined) problem(c, 'amend.no-such-paragraph', '没有标题');
        else if (op.from !== undefined && !(op.from && now.includes(op.from))) problem(c, 'amend.text-not-found', `标题中没有“${op.from}”`);
        else {
          titleWords = op.from === undefined ? op.words : now.split(op.from).join(op.words);
          titleClause = c;
        }
        continue;
      }
      if (op.op === 'heading') {
        const found = headingOf(base, op);
        if (typeof found === 'string') problem(c, found.startsWith('没有') ? 'amend.text-not-found' : 'amend.conflict', found);
        else if (headings.some((h) => h.start === found.contentStart)) problem(c, 'amend.conflict', `“${baseText.slice(found.contentStart, found.contentEnd)}”已由另一条修改`);
        else {
          // A chapter's name after its number, the number and the space after it as the base writes them.
          const written = baseText.slice(found.contentStart, found.contentEnd);
          const number = op.chapter !== undefined ? /^第[^章节编\s\u3000]+[编章节](?:[\s\u3000]*第[^节\s\u3000]+节)?[\s\u3000]*/.exec(written)?.[0] ?? '' : '';
          // (A heading a line break cut, the line going on with it, model/treaty.ts `captionRest`: the new name in place of both.)
          const rest = base.chapters.find((ch) => ch.head === found)?.captionRest;
          headings.push({ start: found.contentStart, end: rest?.contentEnd ?? found.contentEnd, insert: number + op.words, clause: c });
        }
        continue;
      }
      if (op.op === 'renumber') {
        for (const p of op.pairs) {
          const w = find(p.from);
          if (!w) problem(c, 'amend.no-such-article', `没有${unitNamed(p.from.num, p.from.sub)}`);
          else if (w.renamed) problem(c, 'amend.conflict', `${unitNamed(p.from.num, p.from.sub)}已经改过编号`);
          else Object.assign(w, { num: p.num, sub: p.sub, renamed: true });
        }
        continue;
      }
      // (Nor is the paragraph a split failed to make an article of taken out: one problem, the text as it was.)
      if (op.op === 'expect' || ((op.op === 'moved' || (op.op === 'delete' && c.ops.some((o) => o.op === 'addArticle' && o.from))) && failed.has(c))) continue;
      if (op.op === 'addArticle') {
        // The new article quoted with its own label (增加新的第五条：“第五条　终止⏎…”): the label is the one written for it,
        // its caption on the heading's line.
        const flat = op.lines.flatMap((l) => l.split(/\r?\n/));
        const label = flat.length > 1 ? QUOTED_LABEL.exec(flat[0].trim()) : null;
        const own = label && num(label[1]) === op.num && num(label[2]) === op.sub;
        let lines = own ? flat.slice(1).map((l) => l.trim()).filter((l) => l.length) : op.lines;
        if (op.from && !op.lines.length) {
          // (A paragraph made an article as it was: its words and items as the base, before this clause, has them.)
          const p = find(op.from)?.origParas[op.from.para!];
          if (!p) {
            problem(c, 'amend.no-such-paragraph', `没有${unitNamed(op.from.num, op.from.sub)}${paraNamed(op.from.para!)}`);
            continue;
          }
          lines = p.text ? [p.text, ...p.items] : [...p.items];
        }
        const fresh: Work = { paragraphs: paragraphsOf(lines), origParas: [], num: op.num, sub: op.sub, changed: true, deleted: false, renamed: true, after: [], before: [], ...(own && label![3] ? { caption: label![3].trim() } : {}) };
        if (!op.anchor) {
          floating.push(fresh);
          continue;
        }
        const w = find(op.anchor);
        if (!w) problem(c, 'amend.no-such-article', `没有${unitNamed(op.anchor.num, op.anchor.sub)}，无法在其${op.before ? '前' : '后'}增加条文`);
        else (op.before ? w.before : w.after).push(fresh);
        continue;
      }
      const t = op.target;
      const w = find(t);
      const art = unitNamed(t.num, t.sub);
      if (!w || w.deleted) {
        problem(c, 'amend.no-such-article', w ? `${art}已被删去` : `没有${art}`);
        continue;
      }
      // Resolve 款 and 项 in the base numbering.
      let para: UnitParagraph | undefined;
      if (t.para !== undefined) {
        para = w.origParas[t.para];
        if (!para) {
          problem(c, 'amend.no-such-paragraph', `${art}没有${paraNamed(t.para)}`);
          continue;
        }
      }
      let item = -1;
      let span = 0;
      if (t.item !== undefined) {
        const host = para ?? (w.paragraphs.length === 1 || t.para === undefined ? w.paragraphs.find((p) => p.items.length) : undefined);
        item = host ? numbersOf(host).indexOf(t.item) : -1;
        if (!host || item < 0) {
          problem(c, 'amend.no-such-item', `${art}${t.para ? paraNamed(t.para) : ''}没有第${formatChinese(t.item)}项`);
          continue;
        }
        para = host;
        span = spanOf(host, item);
      }
      const key = `${part ?? ''}:${t.num}.${t.sub ?? 0}/${t.para ?? ''}/${t.item ?? ''}`;
      const whole = op.op === 'replace' || op.op === 'delete';
      const clash = touched.find((x) => x.clause !== c && (x.key === key ? x.whole || whole : (inside(key, x.key) && x.whole) || (inside(x.key, key) && whole)));
      if (clash) {
        problem(c, 'amend.conflict', `${art}已由另一条修改（${clash.clause.text.slice(0, 20)}…）`);
        continue;
      }
      touched.push({ key, whole, clause: c });
      switch (op.op) {
        case 'moved':
          // Found where the clause says it was. A paragraph has no label to change; an item's label is written anew
          // (（三） → （四）, in the label's own style), the item to carry the number the clause gives it.
          if (t.item !== undefined && para) {
            const line = para.items[item];
            const cn = CN_ITEM.exec(line);
            const ar = cn ? null : ARABIC_ITEM.exec(line);
            if (cn) para.items[item] = cnLabel(cn, op.to) + line.slice(cn[0].length);
            else if (ar) para.items[item] = arabicLabel(ar, op.to) + line.slice(ar[0].length);
            replaced.set(para, null);
            w.changed = true;
          }
          break;
        case 'replace': {
          const ps = paragraphsOf(op.lines);
          if (t.item !== undefined && para) {
            // The item and its sub-items; each line of the quotation stays a line, the first carries the item's number.
            para.items.splice(item, span, ...op.lines);
            numbersOf(para).splice(item, span, t.item, ...op.lines.slice(1).map(() => -1));
          } else if (para) {
            const at = w.paragraphs.indexOf(para);
            Object.assign(para, ps[0] ?? { text: '', items: [] });
            itemNumbers.delete(para);
            w.paragraphs.splice(at + 1, 0, ...ps.slice(1));
          } else {
            // The whole article quoted with its label (删去协定第一条，代之以：“第一条 人的范围⏎一、…”): the label is the
            // article's own, kept as the base writes it; a caption other than the base's is not applied. Its label opening
            // the line of its first words (将第二条修改为：“第二条　…”, as some decisions write it) is none of its words either.
            const flat = op.lines.flatMap((l) => l.split(/\r?\n/));
            const label = flat.length > 1 ? QUOTED_LABEL.exec(flat[0].trim()) : null;
            const opening = label ? null : ARTICLE_LABEL_OPENING.exec(op.lines[0] ?? '');
            let body = ps;
            if (opening && num(opening[1]) === t.num && num(opening[2]) === t.sub) body = paragraphsOf([op.lines[0].slice(opening[0].length), ...op.lines.slice(1)]);
            if (label && num(label[1]) === t.num && num(label[2]) === t.sub) {
              const caption = (label[3] ?? '').trim();
              const a = w.orig?.article;
              const had = a && !a.head.inlineBody ? base.text.slice(a.label.end, a.head.eol).trim() : '';
              if (caption !== had) {
                problem(c, 'amend.unreadable', `引文的条标题“${caption}”与${art}的“${had}”不同`);
                continue;
              }
              body = paragraphsOf(flat.slice(1).map((l) => l.trim()).filter((l) => l.length));
            }
            // An article whose paragraphs are numbered under a lead (`第一条　双方同意下列事项：` over `一、…`) quoted
            // whole: the quotation's first line is its lead, unless it opens with a paragraph's label.
            // A quotation opening with a paragraph's label has no lead: the base's goes.
            if (w.orig?.lead && body.length > 1 && !body[0].items.length && !PARAGRAPH_LABEL.test(body[0].text)) {
              w.lead = body[0].text;
              body = body.slice(1);
            } else if (w.orig?.lead && body.length && PARAGRAPH_LABEL.test(body[0].text)) w.lead = '';
            w.paragraphs = body;
            w.origParas = w.origParas.map(() => undefined);
          }
          w.changed = true;
          break;
        }
        case 'delete':
          if (t.item !== undefined && para) {
            para.items.splice(item, span);
            numbersOf(para).splice(item, span);
            itemsMoved.add(para);
          } else if (para) {
            w.paragraphs.splice(w.paragraphs.indexOf(para), 1);
            w.origParas[t.para!] = undefined;
          } else w.deleted = true;
          w.changed = true;
          break;
        case 'replaceText': {
          // In the item named only; else in the paragraph named, or the whole article.
          const hosts = para ? [para] : w.paragraphs;
          const inScope = (i: number) => t.item === undefined || (i >= item && i < item + span);
          let found = 0;
          for (const p of hosts) {
            if (t.item === undefined) found += count(p.text, op.from);
            p.items.forEach((it, i) => inScope(i) && (found += count(it, op.from)));
          }
          if (!op.from || found === 0) {
            problem(c, 'amend.text-not-found', `${art}中没有“${op.from}”`);
            break;
          }
          // Words put around words (“A”后增加“B”: A becomes AB) where the unit already has them so: put again, they would
          // be there twice (an amendment applied to a text that has it already).
          if (op.to.length > op.from.length && op.to.includes(op.from) && hosts.some((p) => (t.item === undefined && p.text.includes(op.to)) || p.items.some((it, i) => inScope(i) && it.includes(op.to)))) {
            problem(c, 'amend.conflict', `${art}中已有“${op.to.slice(0, 30)}”`);
            break;
          }
          for (const p of [...hosts]) {
            const put = (x: string) => (op.to ? x.split(op.from).join(op.to) : cut(x, op.from));
            if (t.item === undefined) p.text = put(p.text);
            // Words deleted that were the whole paragraph (删去第十六条第二款规定的“…”): the paragraph goes, not its stop.
            if (!op.to && !p.items.length && p.text !== '' && /^[\s。；;，,：:]*$/.test(p.text) && w.paragraphs.length > 1) {
              w.paragraphs.splice(w.paragraphs.indexOf(p), 1);
              const k = w.origParas.indexOf(p);
              if (k >= 0) w.origParas[k] = undefined;
              continue;
            }
            p.items = p.items.map((it, i) => (inScope(i) ? put(it) : it));
            // Words replaced in the whole paragraph can be replaced in it as the base writes it.
            const ops = replaced.get(p);
            if (t.item !== undefined) replaced.set(p, null);
            else if (ops !== null) replaced.set(p, [...(ops ?? []), [op.from, op.to]]);
          }
          w.changed = true;
          break;
        }
        case 'prefix':
        case 'lead': {
          // The paragraph named, else the article's first.
          const p = para ?? w.paragraphs[0];
          if (!p) {
            problem(c, 'amend.no-such-paragraph', `${art}没有条文`);
            break;
          }
          if (op.op === 'prefix') {
            // Words ending without a stop are a provision joined to the paragraph's own by a semicolon.
            p.text = op.words + (/[。；;：:，,]$/.test(op.words) || !p.text ? '' : '；') + p.text;
          } else {
            // The words that lead into the items keep the colon before them when the new words leave it out.
            const colon = /[：:]$/.exec(p.text)?.[0];
            p.text = op.words + (colon && !/[。；;：:，,]$/.test(op.words) ? colon : '');
          }
          replaced.set(p, null);
          w.changed = true;
          break;
        }
        case 'addParagraph': {
          const ps = paragraphsOf(op.lines);
          // (at -1: after the last, 宪法第十一条增加规定：“…”.)
          const at = op.at === -1 ? w.paragraphs.length + 1 : op.at;
          const twice = ps.find((p) => p.text && w.paragraphs.some((q) => q.text === p.text));
          if (twice) {
            problem(c, 'amend.conflict', `${art}中已有这一款：“${twice.text.slice(0, 30)}”`);
            break;
          }
          if (at < 1 || at > w.paragraphs.length + 1) {
            problem(c, 'amend.no-such-paragraph', `${art}只有${formatChinese(w.paragraphs.length)}款，不能作为第${formatChinese(at)}款`);
            break;
          }
          w.paragraphs.splice(at - 1, 0, ...ps);
          w.changed = true;
          break;
        }
        case 'addItem': {
          const host = para ?? w.paragraphs.find((p) => p.items.length) ?? w.paragraphs[0];
          // 作为第N项: before the N-th item as the items stand (its sub-items are no items), or after the last.
          const starts = host ? numbersOf(host).flatMap((n, i) => (n === -1 ? [] : [i])) : [];
          if (!host || op.at < 1 || op.at > starts.length + 1) {
            problem(c, 'amend.no-such-item', `${art}不能增加第${formatChinese(op.at)}项`);
            break;
          }
          const pos = op.at <= starts.length ? starts[op.at - 1] : host.items.length;
          let lines = op.lines;
          // The item the unit already has, word for word (its stop aside): not added twice.
          const bare = (x: string) => x.replace(/[。；;，,]$/, '');
          if (lines.length === 1 && host.items.some((it) => bare(it) === bare(lines[0]))) {
            problem(c, 'amend.conflict', `${art}中已有这一项：“${lines[0].slice(0, 30)}”`);
            break;
          }
          const first = host.items[0] !== undefined ? CN_ITEM.exec(host.items[0]) : null;
          if (lines.length && !ITEM.test(lines[0]) && !CN_ITEM.test(lines[0]) && first) {
            // An item quoted without its label (增加一项作为第三项规定：“…”) gets the label of its place, written as
            // the paragraph's items are; added last, it ends the list, and the item it follows now ends with a semicolon.
            lines = [cnLabel(first, op.at) + lines[0], ...lines.slice(1)];
            const prev = pos - 1;
            if (pos === host.items.length && prev >= 0 && host.items[prev].endsWith('。')) host.items[prev] = host.items[prev].slice(0, -1) + '；';
            replaced.set(host, null);
          } else if (lines.length === 1 && pos < host.items.length && !/[。；;，,：:]$/.test(lines[0]) && /[；;]$/.test(host.items[pos - 1] ?? host.items[pos])) {
            // An item quoted without a stop (作为第七项“（七）选举…主任”) put before another, after one ending with a
            // semicolon (or first, before one): it takes that semicolon.
            lines = [lines[0] + (host.items[pos - 1] ?? host.items[pos]).slice(-1)];
            replaced.set(host, null);
          }
          numbersOf(host).splice(pos, 0, 0, ...lines.slice(1).map(() => -1));
          host.items.splice(pos, 0, ...lines);
          itemsMoved.add(host);
          w.changed = true;
          break;
        }
      }
    }
  }

  // The final order: inserted units around their anchors; numbers from 改为 sort, or all renumbered.
  let order: Work[] = [];
  // (In a text in parts, the part of each unit, a unit inserted the part of the one it was inserted by: numbers sort within their part.)
  const partAt = new Map<Work, number>();
  for (const w of works) {
    order.push(...w.before, w, ...w.after);
    const k = w.orig ? parts?.get(w.orig) : undefined;
    if (k !== undefined) for (const x of [...w.before, w, ...w.after]) partAt.set(x, k);
  }
  order = order.filter((w) => !w.deleted);
  // An article added as 第N条 with no anchor is the N-th of the final order when the articles are numbered
  // again; else it goes before the first article numbered above it (or last).
  for (const f of floating.sort((a, b) => ((a.num ?? 0) - (b.num ?? 0)) || ((a.sub ?? 0) - (b.sub ?? 0)))) {
    const n = f.num ?? 0;
    const at = renumberAll ? Math.max(0, Math.min(n - (f.sub !== undefined ? 0 : 1), order.length)) : order.findIndex((w) => (w.num ?? 0) > n);
    order.splice(at < 0 ? order.length : at, 0, f);
  }
  if (renumberAll) {
    for (const p of itemsMoved) p.items = renumberItems(p.items);
    order.forEach((w, i) => {
      if (w.num !== i + 1 || w.sub !== undefined) Object.assign(w, { num: i + 1, sub: undefined, renamed: true });
    });
  } else if (works.some((w) => w.renamed && w.orig)) {
    order = order
      .map((w, i) => ({ w, i }))
      .sort((a, b) => ((partAt.get(a.w) ?? 0) - (partAt.get(b.w) ?? 0)) || ((a.w.num ?? 0) - (b.w.num ?? 0)) || ((a.w.sub ?? 0) - (b.w.sub ?? 0)) || a.i - b.i)
      .map((x) => x.w);
  }
  if (renumberAll && chaptersRenumbered) headings.push(...chapterNumbers(base, chaptersGone, headings));
  // The title, the preamble and the parts' headings stand outside the articles, where the text is written as the base has it: edits at their offsets.
  const edits = [...preambleEdits(base, preamble, problem), ...headings];
  if (titleWords !== undefined && base.title) edits.push({ start: base.title.start, end: base.title.end, insert: titleWords, clause: titleClause });
  // Two clauses changing the same words (a title a page writes inside the preamble's first line): the later one is reported.
  const kept: Edit[] = [];
  for (const e of edits.sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = kept[kept.length - 1];
    if (last && e.start < last.end) {
      const c = e.clause ?? last.clause;
      if (c) problem(c, 'amend.conflict', '这一修改与另一条修改的是同一段文字');
    } else kept.push(e);
  }
  const text = render(base, works, order, { asWritten, replaced }, kept);
  return { text, problems, clauses };
}

/** The text's chapter `num` (第二章), when its chapters are numbered through the text (none under a 编 or a part). */
export function ownChapter(base: Treaty, num: number): Chapter | undefined {
  return chaptersThrough(base)?.find((c) => c.num === num);
}

/** The text's chapters (章), when they are numbered through the text — none under a 编 or a part —; else undefined. */
function chaptersThrough(base: Treaty): Chapter[] | undefined {
  const chapters = base.chapters.filter((c) => c.unit === '章');
  return chapters.every((c) => !c.parent) ? chapters : undefined;
}

/**
 * The labels of the chapters left numbered again in order (对章、条的序号作相应调整 after 删去第二章: 第三章 → 第二章), written
 * in the numerals the label is written in — Chinese, ASCII or full-width digits (`第４章` → `第３章`) —; a chapter whose heading
 * a clause rewrote (`edits`) keeps that clause's words. Of a text numbering its chapters through (none under a 编 or a part),
 * every chapter in its place, one whose label reads as no number (`第十十章`) too.
 */
function chapterNumbers(base: Treaty, gone: ReadonlySet<Chapter>, edits: readonly Edit[]): Edit[] {
  const out: Edit[] = [];
  const chapters = chaptersThrough(base);
  if (!chapters) return out;
  let n = 0;
  for (const c of chapters) {
    if (gone.has(c)) continue;
    n++;
    const { start, end } = c.label;
    const written = base.text.slice(start, end);
    const label = /[0-9０-９]/.test(written) ? `第${digitsLike(written, n)}章` : `第${formatChinese(n)}章`;
    if (c.num !== n && !edits.some((e) => e.start < c.head.end && e.end > c.head.start)) out.push({ start, end, insert: label });
  }
  return out;
}

/** What closes a reply's body: 此复, 特此批复, 特此函复 (a stop after it or none). */
const REPLY_CLOSE = /^(?:此复|特此(?:批复|函复|答复))[。.]?$/;

/**
 * The paragraphs of a reply's body (a 批复 counts its 段 so): after the line addressing who asked (`山东省高级人民法院：`,
 * short, ending with a colon, no sentence in it), up to its closing 此复; undefined when no line addresses anyone.
 */
export function replyBody<L extends { text: string }>(lines: L[]): L[] | undefined {
  const at = lines.findIndex((l) => l.text.length <= 40 && /[：:]$/.test(l.text) && !/[。；;，,]/.test(l.text));
  if (at < 0) return undefined;
  const body = lines.slice(at + 1);
  const close = body.findIndex((l) => REPLY_CLOSE.test(l.text.trim()));
  return close >= 0 ? body.slice(0, close) : body;
}

/**
 * The preamble's paragraphs as a constitution's amendment counts its 自然段: its lines, after the line heading it (序言,
 * 序　言) when the text heads it so (what stands before that heading — a publisher's dates — is no paragraph of it).
 */
function preambleParagraphs(base: Treaty): PreambleLine[] {
  const lines = preambleOf(base) ?? [];
  if (!lines.length) return lines;
  // The heading: a line of the preamble, or a heading line of its own (## 序言) before the preamble's last line.
  const last = lines[lines.length - 1].end;
  let head = -1;
  for (const l of base.tree.lines) {
    if (l.start >= last) break;
    if (l.contentEnd - l.contentStart <= 12 && base.text.slice(l.contentStart, l.contentEnd).replace(/[#\s\u3000]/g, '') === PREAMBLE) head = l.end;
  }
  return head < 0 ? lines : lines.filter((l) => l.start >= head);
}

/**
 * Whether every unit the clause names is one unit of the base: a text that numbers its points anew under
 * each part (一、二、 under `一、总体要求`, again under `二、主要措施`) has two 第二点, and a clause naming
 * 第二点 does not say which — a problem at the clause, which is not applied (never the first one taken).
 */
function namesOne(units: Unit[], c: Clause, problems: AmendProblem[], named: (num: number, sub?: number) => string): boolean {
  for (const op of c.ops) {
    const targets = op.op === 'renumber' ? op.pairs.map((p) => p.from) : op.op === 'addArticle' ? (op.anchor ? [op.anchor] : []) : 'target' in op && op.target ? [op.target] : [];
    for (const t of targets) {
      const alike = units.filter((u) => u.num === t.num && u.sub === t.sub).length;
      if (alike < 2) continue;
      problems.push({ start: c.start, end: c.end, code: 'amend.ambiguous', message: `本文件有${alike === 2 ? '两' : formatChinese(alike)}个${named(t.num, t.sub)}，这一修改所指不明，未应用` });
      return false;
    }
  }
  return true;
}

/**
 * Whether the words a clause says the base has are there (its `expect` operations); when not, a problem at the clause,
 * which is then not applied at all.
 */
function expectationsHold(base: Treaty, units: Unit[], c: Clause, problems: AmendProblem[]): boolean {
  const squash = (x: string) => x.replace(/[\s\u3000]/g, '');
  for (const op of c.ops) {
    if (op.op !== 'expect') continue;
    let texts: string[] = [];
    let where = '';
    if (op.para !== undefined) {
      const l = preambleParagraphs(base)[op.para - 1];
      where = `${PREAMBLE}第${formatChinese(op.para)}段`;
      if (!l) {
        problems.push({ start: c.start, end: c.end, code: 'amend.no-such-paragraph', message: `没有${where}，这一修改未应用` });
        return false;
      }
      texts = [base.text.slice(l.start, l.end)];
    } else if (op.target) {
      const t = op.target;
      const u = units.find((x) => x.num === t.num && x.sub === t.sub);
      where = articleName(t.num, t.sub) + (t.para !== undefined ? `第${formatChinese(t.para)}款` : '');
      const ps = u ? (t.para !== undefined ? u.paragraphs.slice(t.para - 1, t.para) : u.paragraphs) : [];
      if (!ps.length) {
        problems.push({ start: c.start, end: c.end, code: u ? 'amend.no-such-paragraph' : 'amend.no-such-article', message: `没有${where}，这一修改未应用` });
        return false;
      }
      texts = ps.map((p) => [p.text, ...p.items].filter((x) => x).join('\n'));
      if (op.whole && squash(texts.join('')) !== squash(op.words.join(''))) {
        problems.push({ start: c.start, end: c.end, code: 'amend.text-not-found', message: `${where}与这一修改引用的原文不同，未应用` });
        return false;
      }
    }
    const all = texts.join('\n');
    const lost = op.words.find((w) => !all.includes(w) && !squash(all).includes(squash(w)));
    if (lost !== undefined) {
      problems.push({ start: c.start, end: c.end, code: 'amend.text-not-found', message: `${where}中没有“${lost.slice(0, 30)}”，这一修改未应用` });
      return false;
    }
  }
  return true;
}

/**
 * The preamble's clauses as edits of the base text (offsets in it), each paragraph (段) a line of the preamble as
 * compare.ts reads it; new paragraphs set apart as the base sets apart its own there (a blank line, or a line break).
 * A clause naming a paragraph the base lacks, or one another clause changes too, is a problem, not applied.
 */
function preambleEdits(base: Treaty, ops: { op: Extract<ClauseOp, { op: 'preamble' }>; clause: Clause }[], problem: (c: Clause, code: AmendProblem['code'], message: string) => void): Edit[] {
  if (!ops.length) return [];
  const preambleLines = preambleOf(base) ?? [];
  const natural = ops.some(({ op }) => op.natural) ? preambleParagraphs(base) : [];
  const text = base.text;
  const eol = lineEndOf(text);
  // What sets the paragraphs apart, as the base writes it: the white space between two of them, nearest `k` (a heading between two is no separator).
  const gapNear = (lines: PreambleLine[], k: number): string => {
    for (let d = 0; d < lines.length; d++) {
      for (const i of [k - 1 - d, k + d]) {
        const g = i >= 0 && i + 1 < lines.length ? text.slice(lines[i].end, lines[i + 1].start) : undefined;
        if (g && !g.trim()) return g;
      }
    }
    return eol + eol;
  };
  const bound = base.articles[0]?.start ?? text.length;
  const edits: Edit[] = [];
  const takenInPreamble: [number, number][] = [];
  const takenInBody: [number, number][] = [];
  // A reply's paragraphs, when a clause names them: only in a text without articles.
  const body = ops.some(({ op }) => op.reply) && !base.articles.length ? replyBody(preambleLines) : undefined;
  for (const { op, clause } of ops) {
    const lines = op.reply ? body ?? [] : op.natural ? natural : preambleLines;
    const where = op.reply ? '正文' : PREAMBLE;
    const to = op.to ?? lines.length;
    if (!lines.length || op.from < 0 || to > lines.length || op.from > to || lines[lines.length - 1].end > bound) {
      problem(clause, 'amend.no-such-paragraph', lines.length ? `${where}只有${formatChinese(lines.length)}段` : `没有${where}`);
      continue;
    }
    // (Ranges that overlap, an addition inside a range changed, or two additions at one place. A reply's paragraphs are
    // numbered apart; two edits of the same words through both are caught where the edits are made, in consolidate.)
    const taken = op.reply ? takenInBody : takenInPreamble;
    if (taken.some(([a, b]) => (a < to && op.from < b) || (a === b && a === op.from))) {
      problem(clause, 'amend.conflict', `${where}的这一段已由另一条修改（${clause.text.slice(0, 20)}…）`);
      continue;
    }
    taken.push([op.from, to]);
    const gap = gapNear(lines, op.from);
    let opLines = op.lines;
    if (op.words) {
      // Words replaced inside the one paragraph (序言第七自然段中“A”修改为“B”), or put at its end (末尾增加).
      let now = text.slice(lines[op.from].start, lines[op.from].end);
      const lost = op.words.find((w) => w.from && !now.includes(w.from));
      if (lost || to !== op.from + 1) {
        problem(clause, 'amend.text-not-found', `${where}第${formatChinese(op.from + 1)}段中没有“${lost?.from.slice(0, 30) ?? ''}”`);
        continue;
      }
      for (const w of op.words) now = w.from ? now.split(w.from).join(w.to) : now + w.to;
      opLines = [now];
    }
    const words = opLines.join(gap);
    if (op.from === to) {
      // Paragraphs added: before the one at `from`, or after the last.
      edits.push(to < lines.length ? { start: lines[to].start, end: lines[to].start, insert: words + gap } : { start: lines[to - 1].end, end: lines[to - 1].end, insert: gap + words });
    } else if (opLines.length) edits.push({ start: lines[op.from].start, end: lines[to - 1].end, insert: words });
    // Paragraphs removed, with what set them apart from the next (or, at the end, from the one before).
    else if (to < lines.length) edits.push({ start: lines[op.from].start, end: lines[to].start, insert: '' });
    else if (op.from > 0) edits.push({ start: lines[op.from - 1].end, end: lines[to - 1].end, insert: '' });
    else edits.push({ start: lines[0].start, end: lines[to - 1].end, insert: '' });
  }
  return edits;
}

const CN_ITEM = new RegExp(`^([（(])([${ITEM_NUMERAL}〇零]+)([）)])`);
const ARABIC_ITEM = /^([（(]?)([0-9０-９]+)([）)]|[.．、])/;

/**
 * Where each item of a paragraph's item lines opens: a line labelled otherwise than the first
 * (a sub-item 1. under （一）) is under the item before it. Item N is the lines from the N-th start
 * to the next (amend.ts names items so too).
 */
export function itemStarts(items: readonly string[]): number[] {
  const top = labelKind(items[0] ?? '');
  return items.flatMap((it, i) => (i === 0 || labelKind(it) === top ? [i] : []));
}

/** The kind of an item's label: （一）, (1) or 1. — a line labelled otherwise than its paragraph's first item is under the item before it. */
function labelKind(line: string): string {
  if (CN_ITEM.test(line)) return 'cn';
  const m = ARABIC_ITEM.exec(line);
  return m ? (m[1] ? 'paren' : 'dot') : '';
}

/** Items numbered again in order, each label in its own style: （一） in one sequence, 1. or (1) again from 1 under each. */
/** An item's label `m` (CN_ITEM's match: `（三）`) with the number `n`, in the label's own brackets. */
function cnLabel(m: RegExpExecArray, n: number): string {
  return `${m[1]}${formatChinese(n)}${m[3]}`;
}

/** An item's label `m` (ARABIC_ITEM's match: `3.`, `(3)`) with the number `n`, in its own digits and marks. */
function arabicLabel(m: RegExpExecArray, n: number): string {
  return `${m[1]}${digitsLike(m[2], n)}${m[3]}`;
}

function renumberItems(items: string[]): string[] {
  let cn = 0;
  let ar = 0;
  return items.map((it) => {
    let m = CN_ITEM.exec(it);
    if (m) {
      ar = 0;
      return cnLabel(m, ++cn) + it.slice(m[0].length);
    }
    m = ARABIC_ITEM.exec(it);
    if (m && (m[1] === '') === !/[）)]/.test(m[3])) return arabicLabel(m, ++ar) + it.slice(m[0].length);
    return it;
  });
}

/** A number written in the digits of `written`: ASCII or full-width. */
function digitsLike(written: string, n: number): string {
  return /[０-９]/.test(written) ? fullWidthDigits(formatArabic(n)).replace('.', '．') : formatArabic(n);
}

/** Whether the unit of key `k` (`num.sub/para/item`) lies in the unit of key `outer`: item 12 is not in item 1. */
function inside(k: string, outer: string): boolean {
  const o = outer.replace(/\/+$/, '');
  return k.startsWith(`${o}/`);
}

/**
 * `s` without `part`, and without the comma or semicolon that joined it to what went before when a stop
 * follows it: deleting “赔偿权利人…管辖” from “…管辖；赔偿权利人…管辖。” leaves “…管辖。”, not “…管辖；。”.
 */
function cut(s: string, part: string): string {
  const pieces = s.split(part);
  let out = pieces[0];
  for (let i = 1; i < pieces.length; i++) {
    const next = pieces[i];
    if (/[，、；,;]$/.test(out) && /^[。；;，,]/.test(next)) out = out.slice(0, -1);
    out += next;
  }
  return out;
}

function count(s: string, part: string): number {
  if (!part) return 0;
  let n = 0;
  for (let i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + part.length)) n++;
  return n;
}

// ---------------------------------------------------------------------------
// Writing the consolidated text

/** Words put in place of the base's `start..end` (offsets in the base), and the clause that puts them when it is one alone. */
interface Edit {
  start: number;
  end: number;
  insert: string;
  clause?: Clause;
}

/**
 * The line of a part's heading a clause names (`op.from`: by its words, white space aside; `op.part`: by the number
 * opening it, 一、 or 第一部分), outside the articles and the title; or why there is none to change.
 */
function headingOf(base: Treaty, op: Extract<ClauseOp, { op: 'heading' }>): Line | string {
  const text = base.text;
  // The lines in order, the articles in order: one pass (a law has thousands of each).
  const articles = base.articles;
  let k = 0;
  const inArticle = (l: Line) => {
    while (k < articles.length && articles[k].end <= l.start) k++;
    return k < articles.length && l.start >= articles[k].start;
  };
  const inTitle = (l: Line) => !!base.title && l.start < base.title.end && l.end > base.title.start;
  // (A chapter's heading a line break cut is read with the line going on with it, which is no heading of its own.)
  const cut = new Map<Line, Line>();
  for (const ch of base.chapters) if (ch.captionRest) cut.set(ch.head, ch.captionRest);
  const rests = new Set(cut.values());
  const found = base.tree.lines.filter((l) => {
    if (inArticle(l) || l.kind === 'blank' || l.kind === 'comment' || l.kind === 'code' || l.contentEnd <= l.contentStart || inTitle(l) || rests.has(l)) return false;
    const rest = cut.get(l);
    const words = text.slice(l.contentStart, l.contentEnd) + (rest ? text.slice(rest.contentStart, rest.contentEnd) : '');
    // (A chapter named by its number alone: the heading it opens, a name after the number.)
    if (op.chapter !== undefined) return op.from !== undefined ? sameHeading(words, op.chapter + op.from) : namedBy(words, op.chapter);
    if (op.from !== undefined) return sameHeading(words, op.from);
    const m = PART_NUMBER.exec(words);
    return !!m && parseNumeral(m[1] ?? m[2]) === op.part;
  });
  const named = op.chapter !== undefined ? `${op.chapter}“${op.from ?? ''}”` : op.from !== undefined ? `标题“${op.from}”` : `第${formatChinese(op.part ?? 0)}部分的标题`;
  if (found.length === 0) return `没有${named}`;
  if (found.length > 1) return `${named}不止一处`;
  return found[0];
}

/** Whether a heading is the unit `label` (`第四章`) and a name after it, white space aside. */
function namedBy(heading: string, label: string): boolean {
  const words = heading.replace(/[\s\u3000]/g, '');
  const name = label.replace(/[\s\u3000]/g, '');
  return words.length > name.length && words.startsWith(name) && !/^第/.test(words.slice(name.length));
}

/** Whether two headings are the same, white space aside (`总 则` is `总则`, spaced out as laws space it). */
export function sameHeading(a: string, b: string): boolean {
  return a.replace(/[\s\u3000]/g, '') === b.replace(/[\s\u3000]/g, '');
}

/** The number opening a part's heading: 一、 (group 1), 第一部分 (group 2). */
const PART_NUMBER = new RegExp(`^(?:([${PARA_NUMERAL}]+)、|第(${N})部分)`);

/** The base's paragraphs as it writes them, and the words replaced in each. */
interface Written {
  asWritten: ReadonlyMap<UnitParagraph, { start: number; end: number; text: string; items: readonly string[] }>;
  replaced: ReadonlyMap<UnitParagraph, [string, string][] | null>;
}

/**
 * The base text `start..end` with the edits inside it made (offsets in the base, in order, none overlapping another);
 * each edit made once, in the first piece that holds it (an insertion where two pieces meet goes in the first).
 */
function editedSlice(text: string, start: number, end: number, edits: Edit[], made: Set<Edit>): string {
  let out = '';
  let at = start;
  for (const e of edits) {
    if (made.has(e) || e.start < at || e.end > end) continue;
    made.add(e);
    out += text.slice(at, e.start) + e.insert;
    at = e.end;
  }
  return out + text.slice(at, end);
}

/** The base text with the articles replaced, removed, inserted and renumbered; everything else kept as written (`edits` made outside them). */
function render(base: Treaty, works: Work[], order: Work[], asWritten: Written, edits: Edit[] = []): string {
  const made = new Set<Edit>();
  const slice = (start: number, end = base.text.length) => editedSlice(base.text, start, end, edits, made);
  const text = base.text;
  const arts = works.filter((w) => w.orig);
  // The text ends as the base did (its last line break, a blank line or none): the units
  // added after the end of the base text or the base's last article take its place.
  // A text written with CRLF gets CRLF in what is written new too.
  const eol = lineEndOf(text);
  if (!arts.length) {
    const whole = slice(0);
    const ending = /\s*$/.exec(whole)![0];
    const extra = order.map((w) => renderUnit(base, w, undefined, eol + eol, eol, asWritten)).join('').replace(/\s+$/, '');
    return extra ? `${whole.slice(0, whole.length - ending.length)}${whole.length > ending.length ? eol + eol : ''}${extra}${ending}` : whole;
  }
  const first = arts[0].orig!;
  const last = arts[arts.length - 1].orig!;
  const sep = lineSeparator(base, eol);
  // Text between articles (chapter headings) stays before the article that followed it; the caption that heads a deleted
  // unit alone goes with it.
  const gapBefore = new Map<Work, string>();
  let prevEnd = first.start;
  for (const w of arts) {
    gapBefore.set(w, slice(prevEnd, (w.deleted ? ownCaptionStart(base, w.orig!, arts) : undefined) ?? w.orig!.start));
    prevEnd = w.orig!.end;
  }
  let out = slice(0, first.start);
  let style: Unit = first;
  const inOrder = new Set(order);
  const emitted = new Set<Work>();
  // The line breaks after a unit are held until what follows is known: the base's last article
  // ends with one line break, which is too few before another unit or a chapter heading, and
  // the unit written last ends as the base's last article did.
  const trailOf = (u: Unit) => /\s*$/.exec(text.slice(u.start, u.end))![0];
  const between = arts.length > 1 ? trailOf(first) : sep;
  let held: string | undefined;
  // Whose line breaks are held: a unit of the base keeps its own (a text that sets some articles apart by a
  // blank line and others by a line break keeps each so), the base's last article and a new unit get `between`.
  let heldFrom: Work | undefined;
  const write = (s: string) => {
    if (!s) return;
    const own = heldFrom?.orig !== undefined && heldFrom.orig !== last;
    if (held !== undefined) out += own || held.length >= between.length ? held : between;
    held = undefined;
    out += s;
  };
  const emit = (w: Work) => {
    if (emitted.has(w)) return;
    emitted.add(w);
    if (w.orig) style = w.orig;
    const s = renderUnit(base, w, style, sep, eol, asWritten);
    const body = s.replace(/\s+$/, '');
    write(body);
    held = s.slice(body.length);
    heldFrom = w;
  };
  // Gaps are written where their article stood in the base; units follow the final order. An article's gap goes before it,
  // and the gaps of the deleted articles before it in the base that are not written yet go first; an article the order
  // takes out of the base's order (原第四条改为第五条，原第五条改为第四条; one moved to the end) takes its own gap, and the
  // gaps of the articles after it wait for them — not for it: a pointer stopping at the first article not yet reached kept
  // every later chapter heading back to the text's end.
  const gapAt = new Map<number, string>();
  arts.forEach((w, i) => gapAt.set(i, gapBefore.get(w) ?? ''));
  const indexOf = new Map<Work, number>();
  arts.forEach((w, i) => indexOf.set(w, i));
  const gapDone = new Set<number>();
  let low = 0;
  const gapsThrough = (i: number) => {
    for (let j = low; j <= i; j++) {
      if (gapDone.has(j) || (j < i && inOrder.has(arts[j]))) continue;
      gapDone.add(j);
      write(gapAt.get(j) ?? '');
    }
    while (gapDone.has(low)) low++;
  };
  for (const w of order) {
    const i = w.orig ? indexOf.get(w) : undefined;
    if (i !== undefined) gapsThrough(i);
    emit(w);
  }
  for (let j = low; j < arts.length; j++) if (!gapDone.has(j)) write(gapAt.get(j) ?? '');
  // The line breaks that ended the base's last article end what was written last, held or not
  // (a chapter heading left alone at the end, its articles deleted, ends as the article did).
  return out.replace(/\s+$/, '') + trailOf(last) + slice(last.end);
}

/**
 * Where the caption heading unit `u` alone starts: a line of its own over it (`修正` / `14.…`, a point's caption the parser
 * reads as a section of that one point, parser.ts findPointCaptions; a sub-heading over one article), the section holding no
 * other unit of the base. Deleting the unit (删去第十四点) deletes its caption, which heads nothing else; a chapter's heading
 * is no section and stays, opening the chapter of the next.
 */
function ownCaptionStart(base: Treaty, u: Unit, arts: readonly Work[]): number | undefined {
  let found: number | undefined;
  forEachBlock(base.tree.root, (b) => {
    if (found !== undefined || b.kind !== 'section' || b.start >= u.start || u.end > b.end) return;
    if (arts.every((w) => w.orig === u || w.orig!.start < b.start || w.orig!.start >= b.end)) found = b.start;
  });
  return found;
}

/** Whether the articles separate their lines with a blank line. */
function lineSeparator(base: Treaty, eol: string): string {
  let blank = 0;
  let content = 0;
  for (const a of base.articles) {
    for (const l of base.tree.lines) {
      if (l.start < a.head.end || l.start >= a.end) continue;
      if (l.kind === 'blank') blank++;
      else content++;
    }
    if (content > 40) break;
  }
  // One line after a heading, with a blank line before it, is evidence enough (a short law with one article of two paragraphs).
  return content > 0 && blank >= Math.max(1, content - 1) ? eol + eol : eol;
}

/**
 * A label for article `n` (之 `sub`) written as `written` is: its digits (ASCII, full-width or Chinese), its spaces and its
 * 条 or 條 — or an older treaty's 款; a point's (`六、`, `6.`, a bold `**六**、`) and an ordinal's alone (`第六`) with its number in its place;
 * a sole article's (`獨一條`) as written.
 */
function labelLike(written: string, n: number, sub?: number): string {
  const m = /^第([\s\u3000]*)(.*?)([\s\u3000]*)([条條款])(?:([\s\u3000]*)之([\s\u3000]*))?/.exec(written);
  const digits = /[0-9０-９]/.test(written);
  // (Financial numerals as written stay financial, `壹、` a converter's 一 too: numerals.ts financialLike, as renumber.ts writes them.)
  const numeral = (k: number) => (digits ? digitsLike(written, k) : financialLike(written, formatChinese(k)));
  const point = m || sub !== undefined ? null : new RegExp(`^(第?[\\s\u3000]*)[${NUMERAL_CHARS}]+([^${NUMERAL_CHARS}条條]*)$`).exec(written);
  if (point) return `${point[1]}${numeral(n)}${point[2]}`;
  // A sole article's label (`獨一條`, lines.ts soleArticle) stays as written: it names no number.
  if (!m && n === 1 && sub === undefined && SOLE_ARTICLE.test(foldScript(written))) return written;
  if (!m) return digits ? `第${numeral(n)}条${sub !== undefined ? `之${numeral(sub)}` : ''}` : articleName(n, sub);
  // A label without 之 spaces 之 as its numeral: 第 一 条 之 一.
  const [, s1, writtenNumber, s2, tiao, s3, s4] = m;
  // 第14-1條 (a database's digits for 第十四条之一, its hyphen one the parser reads so) keeps its hyphen.
  const dash = /^[0-9０-９]+(\D)[0-9０-９]+$/.exec(writtenNumber);
  if (dash && isHyphen(dash[1].charCodeAt(0))) return `第${s1}${numeral(n)}${sub !== undefined ? `${dash[1]}${numeral(sub)}` : ''}${s2}${tiao}`;
  return `第${s1}${numeral(n)}${s2}${tiao}${sub !== undefined ? `${s3 ?? s2}之${s4 ?? s1}${numeral(sub)}` : ''}`;
}

/** The indentation of the line `at` opens, or stands in after spaces only (the spaces there), else ''. */
function indentBefore(text: string, at: number | undefined): string {
  if (at === undefined) return '';
  let k = at;
  while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\u3000' || text[k - 1] === '\t')) k--;
  if (k > 0 && text[k - 1] !== '\n' && text[k - 1] !== '\r') return '';
  let e = at;
  while (e < text.length && (text[e] === ' ' || text[e] === '\u3000' || text[e] === '\t')) e++;
  return text.slice(k, e);
}

function renderUnit(base: Treaty, w: Work, style: Unit | undefined, sep: string, eol: string, asWritten: Written): string {
  const text = base.text;
  const o = w.orig;
  const relabel = w.renamed && w.num !== undefined && (w.num !== o?.num || w.sub !== o?.sub);
  if (o && !w.changed && !relabel) return text.slice(o.start, o.end);
  const a = (o ?? style)?.article;
  // A quoted text's own line breaks (a quotation over lines) are written as the text's.
  // A paragraph of the base's article that no clause changed, or whose words a clause replaced, is
  // written as the base writes it (bold `**乙、…**`, a bullet, hard wraps, a page number inside it),
  // the words replaced in it, unless it starts on the heading's line or a replaced word is written
  // otherwise there (over a line break).
  const headEnd = o?.article?.head.end ?? Infinity;
  // The indentation the base writes its paragraphs with (a page indenting every line), for the lines written anew.
  const indent = indentBefore(text, w.paragraphs.map((p) => asWritten.asWritten.get(p)?.start).find((x) => x !== undefined));
  let first = true;
  const lines = w.paragraphs.flatMap((p) => {
    const was = asWritten.asWritten.get(p);
    const ops = asWritten.replaced.get(p);
    if (was && was.start >= headEnd && ops !== null) {
      let raw = text.slice(was.start, was.end).replace(/\s+$/, '');
      let own = was.text;
      let items = was.items;
      let kept = true;
      for (const [from, to] of ops ?? []) {
        if (count(raw, from) !== count(own, from) + items.reduce((n, it) => n + count(it, from), 0)) {
          kept = false;
          break;
        }
        raw = raw.split(from).join(to);
        own = own.split(from).join(to);
        items = items.map((it) => it.split(from).join(to));
      }
      if (kept && p.text === own && p.items.length === items.length && p.items.every((it, i) => it === items[i])) return [raw];
    }
    return (p.text ? [p.text, ...p.items] : p.items).map((l) => l.replace(/\r?\n/g, eol));
  }).map((l) => {
    // (The first line's indentation, when the base has it, is written before the body already.)
    const own = first ? l : indent && !/^[ \t\u3000]/.test(l) ? indent + l : l;
    first = false;
    return own;
  });
  if (!a) return w.caption ? `第${formatChinese(w.num ?? 0)}条　${w.caption}${eol}${eol}${lines.join(sep)}${eol}${eol}` : `第${formatChinese(w.num ?? 0)}条　${lines.join(sep)}${eol}${eol}`;
  const head = a.head;
  const written = text.slice(a.label.start, a.label.end);
  const label = w.num !== undefined ? labelLike(written, w.num, w.sub) : written;
  if (o && !w.changed) return text.slice(o.start, a.label.start) + label + text.slice(a.label.end, o.end);
  const span = text.slice(a.start, a.end);
  const trailing = /\s*$/.exec(span)![0] || eol;
  const before = text.slice(head.start, a.label.start);
  // A body on the heading's line is the unit's first paragraph, unless the article's paragraphs start
  // after that line (`**第一條**　聯合國之宗旨為：` over 一、 二、): then it is kept as written below.
  // A point (`六、…`): its label, then its words, on its line.
  const point = head.kind !== 'article' && head.rest !== undefined;
  if (!w.caption && (head.inlineBody || point) && head.rest !== undefined && (!o || !a.paragraphs.length || a.paragraphs[0].start < head.end)) {
    // A point whose label stands alone on its line, its words under it (`二` / `…`, the SCO declarations' sections, lines.ts
    // bareNumeralPoints): its label on its line, then its words, as the text writes them (not `二…`, which is no point).
    if (point && !/\S/.test(text.slice(a.label.end, head.eol))) return `${before}${label}${/^[ \t\u3000]*\r?\n/.exec(text.slice(a.label.end))?.[0] ?? eol}${lines.join(sep)}${trailing}`;
    const gap = text.slice(a.label.end, head.rest) || (point ? '' : '　');
    return `${before}${label}${gap}${lines.join(sep)}${trailing}`;
  }
  // A heading of its own: keep its line (caption included), then the body. What the base writes
  // between the heading and the first paragraph — a caption on a line of its own, a sentence leading
  // into numbered paragraphs, a setext underline — is no paragraph of the unit: kept as written.
  // A new article written like another keeps the closing mark of a bold label (`**第八条**　生效`), not its caption.
  const open = /(\*\*|__)$/.exec(before)?.[1];
  const close = open && text.startsWith(open, a.label.end) ? open : '';
  const gapAfterLabel = /^[ \t\u3000]+/.exec(text.slice(a.label.end + close.length, head.eol))?.[0] ?? '　';
  const headLine = o ? text.slice(a.label.end, head.eol) : close + (w.caption ? gapAfterLabel + w.caption : text.slice(Math.max(head.contentEnd, a.label.end + close.length), head.eol));
  const gap = a.paragraphs[0] ? text.slice(head.end, a.paragraphs[0].start) : eol;
  // A lead quoted anew: written over the base's, where the base writes it (on the heading's line or lines of its own, a
  // caption between kept).
  const lead = o && w.lead !== undefined && a.paragraphs[0] ? leadSpan(base, a) : undefined;
  if (lead && w.lead === '') {
    // A lead taken out: the article's first paragraph where it stood, under the heading (its spaces on the heading's line go,
    // a caption between stays).
    const above = text.slice(a.label.end, lead.start).replace(/[ \t\u3000]+$/, '');
    const below = /[\r\n]$/.test(above) ? '' : text.slice(lead.end, a.paragraphs[0].start);
    return `${before}${label}${above}${below}${lines.join(sep)}${trailing}`;
  }
  if (lead) return `${before}${label}${text.slice(a.label.end, lead.start)}${w.lead}${text.slice(lead.end, a.paragraphs[0].start)}${lines.join(sep)}${trailing}`;
  const afterHead = o ? gap : gap.replace(/[^\n\r]/g, '');
  return `${before}${label}${headLine}${eol}${afterHead}${lines.join(sep)}${trailing}`;
}
