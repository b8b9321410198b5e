// Defined terms: `（以下简称“双方”）`, `(以下简称"双方")`, `（以下简称“本组织”或“组织”）`,
// `，以下简称“缔约各方”，`, `以下合并简称“双方”`, `以下统称`, `以下称`, `（下称“…”）`,
// `（简称“…”）`, `「」`, `‘’` and full-width `＂` quotes, unquoted in brackets `（以下简称缔约双方）`, and in
// traditional characters `（以下簡稱“雙方”）` (matched folded, kept as written). The term is
// the quoted text; what it stands for is the noun phrase written just before (with what qualifies
// it before 的 when the term is made of those words: `qualified`). Texts in other
// languages are read by foreignDefinitions.ts (`(hereinafter referred to as "the Parties")`).
// Definition articles are read too (`meaningDefinitions`): `本协定所称“边境口岸”是指…。`,
// `“主管机关”系指…；`, `（三）“缔约国一方”和“缔约国另一方”的用语，按照上下文，是指中国或者新加坡；`;
// they are marked `byMeaning`.
import { Block, Line, SyntaxTree, isContent, lastStartingAt } from '../syntax/tree';
import { Run, continuation, eachRun, holding, runOfLines } from '../syntax/runs';
import { itemFamily } from '../syntax/parser';
import type { TextLike } from '../syntax/text';
import { foldScript, withoutInvisible } from '../syntax/script';
import { DATE_DIGITS, DEFINITIONS_LEAD, LIST_POINTERS, DEFINITION_SCOPE, INSTRUMENT_KINDS, SELF_WORD_FIRST, MATTER_OF, REFERS_TO, MAKING_NOUN_HEADS, MAKING_VERBS, MAKING_VERBS_JOINED, NAME_LINE, NAMES_ARTICLE, PINYIN, PINYIN_GLOSS, PINYIN_NOTE, PLACEHOLDER, SELF_WORDS, TITLE_VERBS, alternation, endingKind, startsStateName, stateOf, titleWords, withPinyin } from '../syntax/words';
import { findForeignDefinitions } from './foreignDefinitions';

import { Definition } from './term';
export type { Definition } from './term';

/** The words that introduce a short name: 以下简称, 以下合并简称, 以下统称, 以下总称 (`（以下总称缔约国，个别称缔约一国）`), 以上简称 (as some treaties print it), 以下称, 下称, （简称 — a converter's pinyin after a character of them (`以下合稱(chēng)`) no part of them. */
const introWords = (list: string[]) => list.map(withPinyin).join('|');
const INTRO = `(?:(?:${introWords(['以下', '下文'])})(?:${introWords(['合并', '一并', '分别', '统一', '均', '合', '统', '总', '并'])})?(?:${introWords(['简称', '称'])})|${introWords(['以上简称'])}|(?<=[（(，,][ \\t]*)(?:${introWords(['下称', '简称', '统称', '合称', '并称'])}))`;
/** The quotation marks a defined term is written in: `“…”`, `"…"`, `「…」`, `『…』`, `‘…’`, `＂…＂`. */
export const OPEN = '“"「『‘＂〝';
export const CLOSE = '”"」』’＂〞';
/**
 * OPEN's code units: a line's first character tested by its code (`perPartyBelow` asks it of every line; a character of
 * CJK cut out of the text by charAt is a new string each time).
 */
const OPEN_CODES: readonly number[] = [...OPEN].map((c) => c.charCodeAt(0));
const QUOTES = `((?:[${OPEN}][^${CLOSE}\\n]{1,30}[${CLOSE}](?:[ \\t]*[或和及、][ \\t]*)?)+)`;
/**
 * Unquoted: closing its brackets `（以下简称缔约双方）`, `（包括…，以下称香港）`, or between commas `，简称香港居民，`;
 * a name in book-title marks may hold a bracketed remark (`（以下简称《条例(草案)》）`, `《办法（试行）》`); a name a converter's
 * pinyin after a character, as written (`（以下簡稱協(xié)定雙方）`: the gloss's brackets close nothing). Two names joined by 或
 * (`(以下简称中国-新加坡自贸协定或协定)`, `BARE_OR`) are each one.
 */
const BARE_NAME = `(?:[^\\s${OPEN}${CLOSE}（）()，,。；;：:、]|(?<=[\\u3400-\\u9fff])${PINYIN}){1,12}`;
const BARE = `(《[^《》\\s]{1,30}》|${BARE_NAME}(?:或(?!者)${BARE_NAME})?)(?=[ \\t]*[）)，,])`;
/** Two unquoted names joined by 或 (not 或者, which joins the words of one name: `纪念设施或者场所`), each of two characters or more. */
const BARE_OR = /^(.{2,}?)或(?!者)(.{2,})$/;
/** (A colon may follow the words introducing the name: `（以下簡稱: 締約雙方）`, Macao's Official Gazette.) */
const CLAUSE = new RegExp(`[（(〔]?[ \\t]*${INTRO}[ \\t]*(?:为|[：:])?[ \\t]*(?:${QUOTES}|${BARE})[ \\t]*[）)〕]?`, 'g');
const QUOTED = new RegExp(`[${OPEN}]([^${CLOSE}\\n]{1,30})[${CLOSE}]`, 'g');
/** After a collective short name in brackets, the one each of them has: `，个别称缔约一国）`, `（以下合稱雙方，單稱一方）`. */
const EACH_NAME = /^[，,][ \t]*(?:个别|单独|各自|分别|单)(?:简称|称)[^（）()，,。；;“”\s]{1,12}[）)]/;
/** Short names already defined, joined, right before the words that name them together: `，“中方”与“新方”` (then 以下合并简称). */
const JOINED_NAMES = new RegExp(`(?:^|[，,])[ \\t]*[${OPEN}][^${CLOSE}\\n]{1,30}[${CLOSE}](?:[ \\t]*(?:和|与|及|、)[ \\t]*[${OPEN}][^${CLOSE}\\n]{1,30}[${CLOSE}])+[ \\t]*$`);
/** Where a noun phrase starts, looking back from a definition (a web table's cell mark too: `释义 | 甲国和乙国（以下简称双方）`). */
const PHRASE_BREAK = /[，,。；;：:\n！？|｜]/;
/**
 * Words after which a defined phrase starts (the last one before the bracket). 当此, 值此 (`当此…协定（以下称“协定”）签订之际`, a
 * protocol's opening): the occasion's words, the instrument after them. 协助: the body assisted is the phrase
 * (`县（市、区）人民政府确定的部门协助省无线电管理机构及其派出机构（以下统称无线电管理机构）`); not 会同, whose bodies together are often
 * the name's (`上海市会同江苏省、浙江省（以下简称两省一市）`).
 */
const CUT_AFTER = ['根据', '依据', '维护', '通过', '按照', '依照', '关于', '收回', '设立', '成立', '建立', '的', '在', '对', '把', '将', '于', '为', '为了', '本着', '由', '须经', '应当经', '了', '是指', '系指', '协助', '当此', '值此', '之'];
/**
 * A cut word that is part of a longer word, tried on the word with the characters on each side:
 * 对 of `对外` (`国家对外贸易主管部门`), 由 of `自由贸易试验区`, `理由`, `由于`; 了 (a verb's aspect
 * particle: `实地确定了两国陆地边界线` is `两国陆地边界线`) of `为了`, `除了`, `了解`, `了结`; 在 of a state's
 * body in Taiwan (`美國在台協會`, the American Institute in Taiwan, a party to Taiwan's agreements with the United States;
 * `美国在台人员`): 在台 after 国 names where the body is, inside its name, not where the phrase's action is.
 */
const IN_A_WORD: Record<string, RegExp> = { 对: /对外/, 由: /[自理缘事]由|由[于此]/, 了: /[为除]了|了[解结却]/, 为: /行为/, 在: /[国國]在台/ };
/**
 * 之 after 所 and a verb (`所簽定之北美事務協調委員會與美國在台協會…協定`, the agreement that was signed): a relative clause's end, the
 * phrase after it what the short name stands for. 之 elsewhere is a name's or a qualifier's own (`…及氣候之衛星星系觀測系統協議書`, a
 * title; `一年以上之借款`; `之間`): no cut.
 */
const RELATIVE_ZHI = /所[^\s，,。；;：:、之]{1,3}$/;
/**
 * Whether cut word `w` at `i` of `phrase` is no cut there: part of a longer word (`isInAWord`), or a 之 not after 所… (`RELATIVE_ZHI`).
 * (A function of its own, not an arrow made in `meaningBefore` for each of its thirty words and each phrase.)
 */
function cutInAWord(phrase: string, i: number, w: string): boolean {
  return isInAWord(phrase, i, w) || (w === '之' && !RELATIVE_ZHI.test(phrase.slice(Math.max(0, i - 4), i)));
}

/**
 * Whether the cut word `w` at `i` in `phrase` is part of a longer word (`IN_A_WORD`), tried on the characters on each side
 * of it with a converter's pinyin after them left out (`中國(guó)對(duì)外(wài)貿(mào)易`: 對外, no preposition).
 */
function isInAWord(phrase: string, i: number, w: string): boolean {
  const word = IN_A_WORD[w];
  if (!word) return false;
  const left = phrase.slice(Math.max(0, i - 9), i).replace(PINYIN_GLOSS, '');
  let right = phrase.slice(i + w.length, i + w.length + 9);
  right = right.slice(PINYIN_NOTE.exec(right)?.[0].length ?? 0);
  return word.test(left.slice(-1) + w + right.slice(0, 1));
}
/** 经 opening a phrase as a preposition, not the first character of a word (经济, 经营, 经贸, 经费, 经验, 经过 …). */
const BY_WHOM = /^经(?![济营贸纪费理验典销办过历纬线])/;
/**
 * What opens a purpose clause's object: adverbs and verbs governing it, joined by 和 or 、
 * (`为了进一步加强和完善…专门委员会`, `为正确适用《…票据法》`); not a word the verb starts (`规范性`).
 */
const VERBS = '(?:实施|贯彻|落实|加强|强化|完善|健全|规范|保障|保证|做好|推动|推进|发挥|保护|明确|提高|听取|审议|适用|解决|履行|防治|防止|减轻|促进|加快|改善|确保|执行|发展|巩固|深化|增进|扩大|加深)';
const ADVERBS = '(?:进一步|正确|适当地|依法|深入|切实|有效)*';
const PURPOSE_VERBS = new RegExp(`^(?:${ADVERBS}${VERBS}[和、及与]?)+(?![性化])`);

/**
 * A verb of issuing, making or concluding opening the phrase (`发行`, `举办`, `制定或者调整`: words.ts `MAKING_VERBS`), no
 * noun made of it (`发行人`, `建设单位`): what follows is its object.
 */
const MAKING_VERB = new RegExp(`^(?:${alternation(MAKING_VERBS)})(?:(?:[、和及与]|或者|或)(?:${alternation(MAKING_VERBS_JOINED)}))*(?!${alternation(MAKING_NOUN_HEADS)})`);

/** Two verbs of PURPOSE_VERBS joined by 和, 、, 及 or 与 (`发展和加强`, `加强、完善`): a predicate, never a name's first words. */
const JOINED_VERBS = new RegExp(`^${ADVERBS}${VERBS}[和、及与]${ADVERBS}${VERBS}(?![性化])`);

/**
 * A bracket opening on a quotation mark, `(“` or `（“`: where `bracketedNames` reads a name. One search of the text for
 * both (two `includes` searched every text without either twice: 1.7 % of the references' samples over LawRefBook/Laws,
 * the two as one pattern about a third of that).
 */
const BRACKET_QUOTE = /[(（][ \t]*“/;

/**
 * The defined terms of the text, or of its lines `from..to` (indexes into `tree.lines`; each
 * run's definitions depend on that run alone, and a run never crosses an article's head
 * (syntax/runs.ts), so the model re-reads only the lines of the articles an edit touched).
 */
export function findDefinitions(raw: TextLike, tree: SyntaxTree, from = 0, to = tree.lines.length, folded?: string): Definition[] {
  // A text in another language: `(hereinafter referred to as "the Parties")`, `(далее — «Стороны»)`.
  if (tree.language && tree.language !== 'zh') return findForeignDefinitions(raw.toString(), tree);
  const out: Definition[] = [];
  if (from >= to) return out;
  // `text` is the folded text of the lines looked at, from `base` on.
  const base = from === 0 ? 0 : tree.lines[from].start;
  // (The whole text's folded once per model, `folded`, when the caller has it: model/treaty.ts foldedText.)
  const whole = to === tree.lines.length && base === 0;
  const text = whole && folded !== undefined ? folded : foldScript(whole ? raw.toString() : raw.slice(base, tree.lines[to - 1].end));
  // The definitions by meaning (指, 包括, 谓: `meaningReader`) and by name (称: `nameReader`) read in one walk of the runs, each
  // reader given the runs holding its characters as a walk of its own gave them (each filter asked of a run's span in the
  // walk's order, as its own walk asked it): the lines joined into runs once, not once a reader.
  const meant: Definition[] = [];
  const holdsMeaning = holding(text, '指包谓', base);
  const byMeaning = meaningReader(raw, meant);
  // Definitions appear in the preamble and the articles; look only at runs that contain 称. A run
  // is a line with the lines that continue it over hard breaks (a PDF's `（以下简称“双` / `方”）`).
  const naming = text.includes('称');
  const holdsName = naming ? holding(text, '称', base) : undefined;
  const byName = naming ? nameReader(raw, tree, out) : undefined;
  eachRun(text, tree.lines, isRead, (run) => {
    const start = run.line.contentStart;
    const end = run.last.contentEnd;
    if (holdsMeaning(start, end)) byMeaning(run);
    if (holdsName !== undefined && holdsName(start, end)) byName!(run);
  }, holdsName === undefined ? holdsMeaning : (start, end) => holdsMeaning(start, end) || holdsName(start, end), { from, to, base });
  const defined = meaningsAfter(raw, text, base, tree, from, to, meant);
  // A short name in brackets alone, no 以下简称 (`兹设立国际刑事法院(“本法院”)`, `荷兰(“东道国”)海牙`: the UN's conventions).
  const named = BRACKET_QUOTE.test(text) ? bracketedNames(raw, text, base, tree, from, to) : [];
  if (named.length) defined.push(...named);
  // A party's short name in brackets with no mark at all (`美利坚合众国政府(美国)`, `中华人民共和国政府（中国）`).
  const parties = bracketsStateName(text) ? stateShortNames(raw, text, base, tree, from, to) : [];
  if (parties.length) defined.push(...parties);
  if (!naming) return named.length || parties.length ? defined.sort((a, b) => a.start - b.start) : defined;
  if (defined.length === 0) return out;
  return [...out, ...defined].sort((a, b) => a.start - b.start);
}

/** Where the text's title block ends, -1 when it has none (a name read after it starts below it). */
function titleEndOf(tree: SyntaxTree): number {
  const titleBlock = tree.root.children.find((b) => b.type === 'block' && b.kind === 'title');
  return titleBlock ? titleBlock.end : -1;
}

/**
 * The reader of a run holding 称 (`findDefinitions`' walk): the terms its clauses name (`（以下简称“双方”）`, `，简称香港居民，`),
 * pushed onto `out` with the phrase they stand for.
 */
function nameReader(raw: TextLike, tree: SyntaxTree, out: Definition[]): (run: Run) => void {
  const titleEnd = titleEndOf(tree);
  return (run) => {
    const line = run.line;
    const content = run.text;
    if (content.length > 20000) return;
    CLAUSE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CLAUSE.exec(content))) {
      const bare = m[2];
      // A clause inside brackets after other words (`（包括…，以下称香港）`) defines the phrase before the brackets.
      const open = m[0].startsWith('（') || m[0].startsWith('(') ? -1 : openBracket(content, m.index);
      if (bare !== undefined) {
        // An unquoted term needs its bounds: its brackets (`（以下简称缔约双方）`), or commas (`，简称香港居民，`); not `以下称甲方`.
        const after = content[m.index + m[0].length - (/[）)]$/.test(m[0]) ? 1 : 0)] ?? '';
        // (Or a comma, then the name each of them has, before the closing bracket: `（以下总称缔约国，个别称缔约一国）`.)
        const bracketed = (m[0].startsWith('（') || m[0].startsWith('(') || open >= 0) && (/[）)]/.test(after) || (/[，,]/.test(after) && EACH_NAME.test(content.slice(m.index + m[0].length, m.index + m[0].length + 24))));
        const commas = open < 0 && /[，,][ \t]*$/.test(content.slice(0, m.index)) && /[，,]/.test(after);
        // (Or the parties' names opening the line, no mark between them and the words, a comma after the term: a copy that lost
        // every bracket, `中华人民共和国和澳大利亚以下简称双方,` as `一不应考虑…` lost its item's `(一)`. Not a clause in its own
        // brackets, whose close the term lacks: `(以下总称缔约国,另外称缔约一国)` is no definition; nor a line of an article,
        // `第一条 本合同当事人以下称甲方，应当付款。`: the preamble's line, before the first unit, unlabelled.)
        const opening = open < 0 && !commas && !m[0].startsWith('（') && !m[0].startsWith('(') && /[，,]/.test(after) && line.kind === 'text' && line.rest === undefined && beforeUnits(tree.lines, line) && lineOpeningNames(content, 0, m.index);
        // Nor does a term name an article (`，简称第十条双方同意，` is no definition).
        if ((!bracketed && !commas && !opening) || NAMES_ARTICLE.test(bare)) continue;
      }
      const clauseStart = run.at(m.index);
      const clauseEnd = run.end(m.index + m[0].length);
      // The label of an article or paragraph (`第二十四条　`, `一、`) is not part of the phrase.
      const body = line.rest !== undefined && line.rest > line.contentStart ? line.rest - line.contentStart : 0;
      // `（以下简称“乙方”，“甲方”与“乙方”以下合并简称“双方”）`: the short names joined before the words stand for both.
      const joined = open >= 0 ? JOINED_NAMES.exec(content.slice(open + 1, m.index)) : null;
      const before = open >= 0 ? open : m.index;
      const cited = joined ? undefined : citedRightBefore(content, before, body);
      const phrase = joined
        ? { start: open + 1 + joined.index + joined[0].search(QUOTE_OPEN), end: open + 1 + joined.index + joined[0].trimEnd().length }
        : cited ?? meaningBefore(content, before, body, bare ?? termsOf(m[1]), COLLECTIVE.test(m[0]));
      // A title line with no blank line under it: the meaning starts below the title. (Not a clause above the title:
      // a notice's, printed over the instrument it publishes — `《…安排》(以下简称《安排》),已于…签署`.)
      if (clauseStart >= titleEnd) while (phrase.start < phrase.end && run.at(phrase.start) < titleEnd) phrase.start++;
      // A database's name line holding the title (`[文件名称] …`, `【标题】…`), the run going on below it: likewise.
      if (run.at(phrase.start) < line.end && phrase.end > 0 && run.end(phrase.end) > line.end && NAME_LINE.test(raw.slice(line.contentStart, Math.min(line.contentEnd, line.contentStart + 20)))) {
        while (phrase.start < phrase.end && run.at(phrase.start) < line.end) phrase.start++;
      }
      // A clause opening its paragraph (`以下簡稱“締約方”，`) under the parties' names, each a paragraph of its own.
      const above = phrase.start === phrase.end && /^[\s（(]*$/.test(content.slice(0, m.index)) ? namesAbove(raw, tree.lines, run.line, titleEnd, bare ?? termsOf(m[1])) : undefined;
      const meaning = above ?? {
        text: run.slice(raw, phrase.start, phrase.end).replace(NESTED, ''),
        start: run.at(phrase.start), end: run.end(phrase.end),
      };
      const push = (at: number, length: number) => {
        const term = withoutInvisible(run.slice(raw, at, at + length));
        // A model's blank (`以下簡稱××部`: words.ts PLACEHOLDER) is no term a drafter defines.
        if (term.includes(PLACEHOLDER)) return;
        out.push({ term, start: run.at(at), end: run.end(at + length), meaning: meaning.text, meaningStart: meaning.start, meaningEnd: meaning.end, clauseStart, clauseEnd });
      };
      if (bare !== undefined) {
        const at = m.index + m[0].lastIndexOf(bare);
        const two = BARE_OR.exec(bare);
        if (two) {
          push(at, two[1].length);
          push(at + two[1].length + 1, two[2].length);
        } else push(at, bare.length);
        continue;
      }
      const quotes = m[1];
      const quotesAt = m.index + m[0].indexOf(quotes);
      QUOTED.lastIndex = 0;
      let q: RegExpExecArray | null;
      while ((q = QUOTED.exec(quotes))) push(quotesAt + q.index + 1, q[1].length);
    }
  };
}

/**
 * The title in 《》 right before a clause at `at` (`…在北京达成《中华人民共和国政府和新加坡共和国政府自由贸易协定》(以下简称
 * 中国-新加坡自贸协定或协定)`): the short name stands for the instrument cited, not for the sentence's words before it
 * (the parties and the verb that made it). Undefined when no 《…》 ends right there, or it opens before `floor`.
 */
function citedRightBefore(content: string, at: number, floor: number): { start: number; end: number } | undefined {
  let end = at;
  while (end > floor && /[ \t]/.test(content[end - 1])) end--;
  if (content[end - 1] !== '》') return undefined;
  let depth = 0;
  for (let i = end - 1; i >= floor && end - i <= MAX_CITED; i--) {
    if (content[i] === '》') depth++;
    else if (content[i] === '《' && --depth === 0) return { start: i, end };
  }
  return undefined;
}

/** The longest title in 《》 `citedRightBefore` reads, marks included. */
const MAX_CITED = 120;

/**
 * A short name in quotation marks alone in brackets, after the words it stands for: `国际刑事法院(“本法院”)`; spaces a PDF's text set
 * inside the marks are no part of it (`土耳其共和國( “ 土耳其”)政府`, the Hong Kong–Turkey investment agreement).
 */
const BRACKETED_NAME = /[（(][ \t]*“[ \t]*([^“”\n（）()，,。；;]{1,12}?)[ \t]*”[ \t]*[）)]/g;

/**
 * Short names given in brackets with no word introducing them (`兹设立国际刑事法院(“本法院”)`, `本法院设在荷兰(“东道国”)海牙`,
 * the UN's conventions in Chinese): each stands for the noun phrase right before its brackets, as after 以下简称.
 */
function bracketedNames(raw: TextLike, text: string, base: number, tree: SyntaxTree, from: number, to: number): Definition[] {
  const out: Definition[] = [];
  const titleEnd = titleEndOf(tree);
  eachRun(text, tree.lines, isRead, (run) => {
    const content = run.text;
    if (content.length > 20000) return;
    const line = run.line;
    const body = line.rest !== undefined && line.rest > line.contentStart ? line.rest - line.contentStart : 0;
    BRACKETED_NAME.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BRACKETED_NAME.exec(content))) {
      const phrase = meaningBefore(content, m.index, body, m[1]);
      // The name right after a title in 《》, the phrase's only one (`中国可维持与《服务贸易总协定》(“GATS”)第2条第1款…`, the WTO's
      // accession protocol): the title's, not the words before it that the phrase runs back over.
      const title = content.charCodeAt(phrase.end - 1) === 0x300b /* 》 */ ? content.lastIndexOf('《', phrase.end - 1) : -1;
      if (title > phrase.start && content.lastIndexOf('》', title) < phrase.start) phrase.start = title;
      // The name follows the last of a list (`由检察官、法院书记员或司法执行员(“执达员”)出具`): that one's.
      const list = title >= phrase.start ? -1 : Math.max(content.lastIndexOf('、', phrase.end - 1), content.lastIndexOf('或', phrase.end - 1));
      if (list >= phrase.start) phrase.start = list + 1;
      // The last party of a list after its comma (`…香港特別行政區(“香港特別行政區”) 政府,…,和土耳其共和國( “ 土耳其”)政府`): the
      // conjunction joins it to the one before, no word of its name.
      if (phrase.start > 0 && /[，,]/.test(content[phrase.start - 1]) && /^[和与](?![平谐])/.test(content.slice(phrase.start, phrase.start + 2)) && phrase.end - phrase.start > 3) phrase.start++;
      // A title over the preamble with no blank line under it (a PDF's lines: `…關於相互促進和保護投資協定` / `中華人民共和國香港特別行政區
      // (“香港特別行政區”) 政府`): the name starts below the title, as after 以下简称 (findDefinitions).
      if (run.at(m.index) >= titleEnd) while (phrase.start < phrase.end && run.at(phrase.start) < titleEnd) phrase.start++;
      if (phrase.end - phrase.start < 2) continue;
      const at = m.index + m[0].indexOf(m[1], m[0].indexOf('“') + 1);
      out.push(definitionIn(raw, run, at, m[1].length, phrase.start, phrase.end, m.index, m.index + m[0].length));
    }
  }, holding(text, '“', base), { from, to, base });
  return out;
}

/**
 * A definition read in `run`, every offset the run's own: the term at `at` (`length` code units), its meaning `from..to`,
 * the clause defining it `clauseFrom..clauseTo`; `byMeaning` for a definition by meaning (`“A”是指…`, `本法所称A，是指…`).
 */
function definitionIn(raw: TextLike, run: Run, at: number, length: number, from: number, to: number, clauseFrom: number, clauseTo: number, byMeaning = false): Definition {
  return {
    term: withoutInvisible(run.slice(raw, at, at + length)), start: run.at(at), end: run.end(at + length),
    meaning: run.slice(raw, from, to), meaningStart: run.at(from), meaningEnd: run.end(to),
    clauseStart: run.at(clauseFrom), clauseEnd: run.end(clauseTo), ...(byMeaning ? { byMeaning: true } : {}),
  };
}

/** A bracket holding a few Han characters alone: a state's name among them is looked for (`stateShortNames`). */
const STATE_BRACKET = /[（(]([\u4e00-\u9fff]{2,8})[）)]/g;

/** STATE_BRACKET at one offset (sticky): tried only at a bracket a state's name may follow (`bracketsStateName`). */
const STATE_BRACKET_AT = new RegExp(STATE_BRACKET.source, 'y');

/**
 * Whether `text` holds a bracket of a state's name alone (`（中国）`), asked before its runs are read: each full-width, then
 * each half-width bracket found by indexOf, the pattern tried only where the character after it may begin a state's name —
 * not a pattern's search over the whole text, which matched at every `（试行）`, `（草案）` of a law (a bracket is never inside
 * another's match: the same answer).
 */
function bracketsStateName(text: string): boolean {
  return bracketOfStateName(text, '（') || bracketOfStateName(text, '(');
}

function bracketOfStateName(text: string, open: string): boolean {
  for (let b = text.indexOf(open); b >= 0; b = text.indexOf(open, b + 1)) {
    if (!startsStateName(text.charCodeAt(b + 1))) continue;
    STATE_BRACKET_AT.lastIndex = b;
    const m = STATE_BRACKET_AT.exec(text);
    if (m && stateOf(m[1])?.names.includes(m[1])) return true;
  }
  return false;
}
/** The words after a state's name that make it a party still (`美利坚合众国政府`). */
const PARTY_AFTER_STATE = '政府';

/**
 * A party's short name in brackets with no word introducing it and no quotation marks, as bilateral treaties write the
 * parties (`美利坚合众国政府(美国)和中华人民共和国政府（中国）`): the bracket holds another name of the state whose name (with
 * 政府 after it or not) ends the words right before it, and stands for that name. A bracket naming another state than the
 * words before it, the same name again, or a longer name than the words before it (`中国（中华人民共和国）`: a gloss, no short
 * name), defines nothing.
 */
function stateShortNames(raw: TextLike, text: string, base: number, tree: SyntaxTree, from: number, to: number): Definition[] {
  const out: Definition[] = [];
  eachRun(text, tree.lines, isRead, (run) => {
    const content = run.text;
    if (content.length > 20000) return;
    STATE_BRACKET.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = STATE_BRACKET.exec(content))) {
      const short = m[1];
      const state = stateOf(short);
      if (!state || !state.names.includes(short)) continue;
      const government = content.endsWith(PARTY_AFTER_STATE, m.index) ? PARTY_AFTER_STATE.length : 0;
      const words = content.slice(Math.max(0, m.index - government - MAX_STATE_NAME), m.index - government);
      const name = state.names.filter((n) => n.length > short.length && words.endsWith(n)).reduce((a, n) => (n.length > a.length ? n : a), '');
      if (!name) continue;
      const start = m.index - government - name.length;
      const at = m.index + 1;
      out.push(definitionIn(raw, run, at, short.length, start, m.index, m.index, m.index + m[0].length));
    }
  }, holding(text, '（(', base), { from, to, base });
  return out;
}

/** The longest name of a state looked for before a bracket (`大不列颠及北爱尔兰联合王国`). */
const MAX_STATE_NAME = 16;

/** One quoted term: `“常设机构”`, `「主管机关」`, `‘边境’`, `＂口岸＂` (no quotation mark inside). */
const TERM_QUOTED = `[${OPEN}][^${OPEN}${CLOSE}\\n]{1,30}[${CLOSE}]`;
/**
 * A term's meaning for one party, as customs, judicial-assistance and tax agreements define a term for each party in turn
 * (`“海关当局”在中华人民共和国方面系指海关总署，在巴基斯坦伊斯兰共和国方面系指中央税收委员会`, `“主管当局”一语，在中国方面是指…；
 * 在新加坡方面是指…`): 在, the party, 方面, then the verb. The meaning is every party's, from the first 在 on.
 */
const PER_PARTY_WORDS = '在[^，,。；;：:“”"「」『』（）()]{1,30}方面[ \\t]*[，,]?[ \\t]*(?:是指|系指|意指|指(?![定导示出令南挥标控责]))';
const PER_PARTY = new RegExp(`^${PER_PARTY_WORDS}`);

/**
 * A definition by meaning: quoted terms (`“A”和“B”`), then 一语 / 的用语 / 这一用语 / 这个词 optionally,
 * `，按照上下文(而定)，` (its first comma may be missing: `“稅收”一語按照上下文,是指`), Taiwan's `，依其文義`, or the sense a tax agreement
 * defines a state's name for (`“中国”一语用于地理概念时，是指…`), or the party it is defined for (`“国民”,对缔约一方系指…`, an investment
 * agreement's) optionally, a comma or a colon (`“物种”:系指…`, as Chinese sites print the CITES text) optionally, then the verb (是指, 系指, 意指, 指, 包括; 应指, and 分别指 in the UN model tax convention —
 * not before quoted words, a mapping term by term: `“没收财产”和“罚金”分别指“充公犯罪所得”和“罚款”`) that starts the meaning. Not
 * 指定, 指导 …; not 应指明, 应指派 (but `“领馆馆长”指派遣国委派…` is 指 派遣国). The UN conventions' form `称“A”者，谓…` (维也纳条约法公约) ends the terms with 者 and
 * starts the meaning with 谓.
 */
const BY_MEANING = new RegExp(
  `(${TERM_QUOTED}(?:[ \\t]*(?:和|或者|或|及|以及|与|、)[ \\t]*${TERM_QUOTED})*)[ \\t]*(?:一语|一词|的用语|用语|一词语|这一用语|这一词|这个词|这两个词)?[ \\t]*` +
  `(?:(?:(?:[，,][ \\t]*)?(?:(?:按照|根据|依照)上下文(?:而定)?|依其文义|用于地理概念时|对缔约(?:任何)?一方(?:而言)?)[ \\t]*)?[，,：:]?[ \\t]*(?:是指|系指|意指|指(?![定导示出令南挥标控责出])|应(?:是指|系指|意指|指(?![定导示出令南挥标控责出明派]))|分别(?:是指|系指|意指|指)(?![ \\t]*[“"「『‘《])|包括|(?<=称[ \\t]*${TERM_QUOTED}[ \\t]*)者[ \\t]*[，,]?[ \\t]*谓)[ \\t]*[：:]?` +
  // Or defined for each party in turn, the meaning from the first party's 在 on (PER_PARTY).
  `|[，,]?[ \\t]*(?=${PER_PARTY_WORDS}))`,
  'g',
);

/**
 * Unquoted, after `本法所称` (`本法所称的`: 的 no part of it) and before its comma: `本法所称外国中央银行，是指…`, `本协定所称旅游团，是指…`;
 * Taiwan's laws say 指 alone (`本條例所稱香港，指原由英國治理之香港島…`).
 */
const BY_MEANING_BARE = new RegExp(
  `本(?:${SELF_WORDS.join('|')}|章|节|条|款)所称[ \\t]*(?:的[ \\t]*)?([^\\s，,。；;：:“”"「」『』（）()]{2,20}?)[ \\t]*[，,][ \\t]*(?:是指|系指|意指|指(?![定导示出令南挥标控责明派])|包括)[ \\t]*[：:]?`,
  'g',
);

/** A line of a name and nothing else: short, no sentence's punctuation (a comma may end it). */
const NAME_ONLY = /^[^。；;：:！？!?“”"「」（）()《》]{1,60}$/;

/**
 * The parties named one a paragraph above a clause that opens its own (`經…授權簽訂本協定的中華人民共和國澳門特別行政區` /
 * `荷蘭王國,` / `以下簡稱“締約方”,`, as a gazette or a converted document sets a preamble's names): the lines of names
 * just above it, up to five, back to a line that is none (a sentence, a heading, the title, a line naming a kind of
 * instrument), their contents joined, from the noun phrase of the first (`…簽訂本協定的` left out). Undefined when the
 * line above is no name.
 */
function namesAbove(raw: TextLike, lines: readonly Line[], line: Line, titleEnd: number, term: string): { text: string; start: number; end: number } | undefined {
  const names: Line[] = [];
  const parts: string[] = [];
  for (let k = lastStartingAt(lines, line.start) - 1; k >= 0 && names.length < 5; k--) {
    const l = lines[k];
    if (!isContent(l)) continue;
    const part = raw.slice(l.contentStart, l.contentEnd).replace(/[，,\s]+$/, '');
    if (l.start < titleEnd || l.level > 0 || l.kind !== 'text' || !NAME_ONLY.test(part) || endingKind(titleWords(foldScript(part)))) break;
    names.unshift(l);
    parts.unshift(part);
  }
  if (names.length === 0) return undefined;
  const end = names[names.length - 1].contentStart + parts[parts.length - 1].length;
  // The first name's noun phrase, as a meaning in one line is cut (`…授权签订本协定的` is no part of the name).
  const first = meaningBefore(foldScript(parts[0]), parts[0].length, 0, term).start;
  parts[0] = parts[0].slice(first);
  return { text: parts.join(''), start: names[0].contentStart + first, end };
}

/** The lines definitions are read on: not blank lines, page breaks or comments. */
function isRead(l: Line): boolean {
  return l.kind !== 'blank' && l.kind !== 'break' && l.kind !== 'comment' && l.kind !== 'code';
}

/**
 * The reader of a run holding 指, 包 or 谓 (`findDefinitions`' walk): terms defined by what they mean, pushed onto `out`, read in
 * runs (a definition broken over hard line breaks is read whole): the meaning runs from the verb to the clause's `；` or `。`
 * (outside brackets and quotes), or the end of the run. Several terms defined at once share the meaning and the clause.
 */
function meaningReader(raw: TextLike, out: Definition[]): (run: Run) => void {
  return (run) => {
    const content = run.text;
    if (content.length > 20000 || !/指|包括|谓/.test(content)) return;
    BY_MEANING.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BY_MEANING.exec(content))) {
      const meaningFrom = m.index + m[0].length;
      let meaningTo = meaningEnd(content, meaningFrom);
      // Defined for each party in turn, the parties' clauses parted by `；`: the meaning is every party's.
      if (PER_PARTY.test(content.slice(meaningFrom, meaningFrom + 48))) {
        for (let next = partyAfter(content, meaningTo); next > 0; next = partyAfter(content, meaningTo)) meaningTo = meaningEnd(content, next);
      }
      const meaning = run.slice(raw, meaningFrom, meaningTo);
      const clauseStart = run.at(m.index);
      const clauseEnd = run.end(meaningFrom);
      TERM_IN.lastIndex = 0;
      let q: RegExpExecArray | null;
      while ((q = TERM_IN.exec(m[1]))) {
        const at = m.index + q.index + 1;
        out.push({
          term: withoutInvisible(run.slice(raw, at, at + q[1].length)), start: run.at(at), end: run.end(at + q[1].length),
          meaning, meaningStart: run.at(meaningFrom), meaningEnd: run.end(meaningTo),
          clauseStart, clauseEnd, byMeaning: true,
        });
      }
      BY_MEANING.lastIndex = Math.max(meaningTo, BY_MEANING.lastIndex);
    }
    BY_MEANING_BARE.lastIndex = 0;
    while ((m = BY_MEANING_BARE.exec(content))) {
      const meaningFrom = m.index + m[0].length;
      const meaningTo = meaningEnd(content, meaningFrom);
      const at = m.index + m[0].indexOf(m[1], m[0].indexOf('所称'));
      out.push(definitionIn(raw, run, at, m[1].length, meaningFrom, meaningTo, m.index, meaningFrom, true));
    }
  };
}

/**
 * What `meaningReader` found on the lines `from..to` (`out`), completed: the lists a definitions lead-in or a scope opens
 * (`listedMeanings`), the meanings listed below a verb (`listedBelow`), the terms defined for each party on the lines under them
 * (`perPartyBelow`); in the order of the terms.
 */
function meaningsAfter(raw: TextLike, text: string, base: number, tree: SyntaxTree, from: number, to: number, out: Definition[]): Definition[] {
  if (holdsScope(text)) listedMeanings(raw, text, base, tree, from, to, out);
  for (const d of out) if (d.meaning.trim() === '' || LISTED_MEANING.test(foldScript(d.meaning).trim())) listedBelow(raw, tree, from, to, d);
  perPartyBelow(raw, text, base, tree, from, to, out);
  return out.sort((a, b) => a.start - b.start);
}

/** A line (an item's, its label apart) holding a quoted term alone (`（一）“法律规定”一词`, `(一)“国民”`), a colon or a comma after it or not. */
const TERM_ALONE = new RegExp(`^[ \\t]*(${TERM_QUOTED})[ \\t]*(?:一语|一词|用语|这一用语)?[ \\t]*[：:，,]?[ \\t]*$`);
/** A line giving a term's meaning for one party (`在中华人民共和国，系指…`, `在德意志联邦共和国方面是指…`). */
const PARTY_LINE = new RegExp(`^[ \\t]*在[^，,。；;：:“”"「」『』（）()]{1,30}?(?:方面)?[ \\t]*[，,]?[ \\t]*(?:是指|系指|意指|指(?![定导示出令南挥标控责明派]))`);
const HAN = /[\u3400-\u9fff]/;

/**
 * A term defined for each party on the lines under it, as social security agreements write it (`（一）“法律规定”一词` /
 * `在中华人民共和国，系指…；` / `在德意志联邦共和国，系指…；`; a bilingual page's lines of the other language between them, no
 * Chinese in them, passed over): its meaning is every party's line, one a line, from the first 在 to the last line's end
 * (its `；` or `。` left out).
 */
function perPartyBelow(raw: TextLike, text: string, base: number, tree: SyntaxTree, from: number, to: number, out: Definition[]): void {
  const lines = tree.lines;
  for (let i = from; i < to; i++) {
    const l = lines[i];
    const at = l.label ? l.label.end : l.contentStart;
    if (!OPEN_CODES.includes(text.charCodeAt(at - base)) || !isRead(l)) continue;
    const m = TERM_ALONE.exec(text.slice(at - base, l.contentEnd - base));
    if (!m) continue;
    // Each party's line with the lines a hard wrap broke it over (a page's number or running header between them passed over).
    const parties: Run[] = [];
    let j = i + 1;
    for (; j < to; j++) {
      const n = lines[j];
      if (!isRead(n)) continue;
      const content = text.slice(n.contentStart - base, n.contentEnd - base);
      if (!HAN.test(content)) continue;
      if (!PARTY_LINE.test(content)) break;
      const wrapped = [n];
      for (let k = continuation(lines, j, raw, 0, to); k >= 0; k = continuation(lines, k, raw, 0, to)) wrapped.push(lines[(j = k)]);
      parties.push(runOfLines(raw, wrapped)!);
    }
    if (parties.length === 0) continue;
    const last = parties[parties.length - 1];
    const texts = parties.map((r) => r.text.replace(/^[ \t\u3000]+/, ''));
    texts[texts.length - 1] = texts[texts.length - 1].replace(/[；;。，,\s]+$/, '');
    const meaning = texts.join('\n');
    const end = last.end(last.text.replace(/[；;。，,\s]+$/, '').length);
    const termAt = at + m[0].indexOf(m[1]) + 1;
    const term = withoutInvisible(raw.slice(termAt, termAt + m[1].length - 2));
    out.push({ term, start: termAt, end: termAt + m[1].length - 2, meaning, meaningStart: parties[0].line.contentStart, meaningEnd: end, clauseStart: termAt - 1, clauseEnd: parties[0].line.contentStart, byMeaning: true });
    i = j - 1;
  }
}

/** What may stand between a definition's verb and the end of its line when its meaning is listed below: `系指:`. */
const LEAD_END = /^[ \t\u3000]*[：:]?[ \t\u3000]*$/;

const LISTED_MEANING = new RegExp(`^(?:${alternation(LIST_POINTERS)})[^\\s，,。；;：:、“”"]{0,6}$`);

/**
 * A definition whose line ends at its verb (`交通工具的“到达”系指:`, `“不能清偿到期债务”是指：`) means what the items
 * under it list (`(1) 远洋航轮到达或停泊港口的限定地区;` …, blank or comment lines between them or not): its meaning is
 * those items, one a line (the lines between left out, the lines a hard wrap broke an item over joined), from the first
 * label to the last item's end. The items are the definition's article's (`from..to`), so reading them keeps the
 * definitions of an article its own lines'. So does one whose meaning only points to them (`“技术资料”是指下列形式：`, words.ts
 * LIST_POINTERS): the forms are the items listed, not the words `下列形式`.
 */
function listedBelow(raw: TextLike, tree: SyntaxTree, from: number, to: number, d: Definition): void {
  const lines = tree.lines;
  let i = from;
  while (i < to && lines[i].end <= d.clauseEnd) i++;
  if (i >= to || lines[i].start > d.clauseEnd || !LEAD_END.test(raw.slice(d.meaningEnd, lines[i].contentEnd))) return;
  // The definition written as an item of a list (`(e)“国民”一词系指:`): its meaning is the items under it, the sub-items
  // the parser nested in its item (`(1)` `(2)`), and ends where that item ends — at the list's next item (`(f)“主管当局”一词系指:`)
  // or an outer list's (`2.确定…`). The parser reads an item of the definition's own family as the next member of its list
  // even when it starts again from 1 (`(a)“X”系指:` / `(a)…` / `(b)…`): then the meaning is those items, numbered on.
  const head = lines[i].kind === 'item' && lines[i].label && lines[i].num !== undefined ? lines[i] : undefined;
  const own = head && itemFamily(raw, head);
  const block = head && itemHeadedBy(tree.root, head);
  const bound = block && block.end > head!.end ? block.end : Infinity;
  let sameFamily: boolean | undefined;
  let expected = 0;
  // Each item with the lines a hard wrap broke it over (`(1)具有某个国家国籍的所有` / `个人;`): one run an item.
  const items: Run[] = [];
  for (let j = i + 1; j < to; j++) {
    const l = lines[j];
    if (l.start >= bound) break;
    if (!isRead(l)) continue;
    if (l.kind !== 'item') break;
    if (own !== undefined && l.label && itemFamily(raw, l) === own) {
      sameFamily ??= items.length === 0 && l.num === 1;
      if (!sameFamily || l.num !== ++expected) break;
    }
    const wrapped = [l];
    for (let k = continuation(lines, j, raw, 0, to); k >= 0; k = continuation(lines, k, raw, 0, to)) wrapped.push(lines[(j = k)]);
    items.push(runOfLines(raw, wrapped)!);
  }
  if (items.length === 0) return;
  d.meaning = items.map((r) => r.text).join('\n');
  d.meaningStart = items[0].line.contentStart;
  d.meaningEnd = items[items.length - 1].last.contentEnd;
}

/** The item block the parser opened at `head` (a list's item line), found by descending through the blocks holding it. */
function itemHeadedBy(root: Block, head: Line): Block | undefined {
  let b: Block | undefined = root;
  while (b) {
    if (b.kind === 'item' && b.head === head) return b;
    let next: Block | undefined;
    for (const c of b.children) if (c.type === 'block' && c.start <= head.start && head.start < c.end) { next = c; break; }
    b = next;
  }
  return undefined;
}

const SCOPE_AT = new RegExp(DEFINITION_SCOPE, 'y');

/**
 * Whether `text` holds DEFINITION_SCOPE (`就本协定而言`, `在本法中`, `为了本章的目的`). Each match has a 本 with a self-word, 章 or
 * 节 after it, and starts at that 本 or one or two characters before it (就本, 在本, 为本, 为了本): the pattern is tried there
 * only, by the 本 found (a search of the whole text tried its alternatives at every character: 0.6–0.7 % of treaty-check's time).
 */
function holdsScope(text: string): boolean {
  for (let i = text.indexOf('本'); i >= 0; i = text.indexOf('本', i + 1)) {
    const c = text.charCodeAt(i + 1);
    if (SELF_WORD_FIRST[c] !== 1 && c !== 0x7ae0 /* 章 */ && c !== 0x8282 /* 节 */) continue;
    for (let j = Math.max(0, i - 2); j <= i; j++) {
      SCOPE_AT.lastIndex = j;
      if (SCOPE_AT.test(text)) return true;
    }
  }
  return false;
}
/** A term written without quotation marks: no white space but between Latin letters or digits (`GATT 1994`), no punctuation, quotation mark or bracket. */
const BARE_TERM = `((?:[^\\s，,。；;：:、${OPEN}${CLOSE}《》〈〉（）()【】\\[\\]]|[ \\t](?=[0-9A-Za-z])){1,20}?)`;
/** The verb of a bare definition (指, not 指定, 指导 …). */
const MEANS = '(?:是指|系指|意指|指(?![定导示出令南挥标控责明派]))';
/** A list's member defining its term: `IMF指国际货币基金组织`, `APEC 是指亚太经济合作组织` (after the member's label). */
const LISTED = new RegExp(`^[ \\t]*${BARE_TERM}[ \\t]*${MEANS}`);
/** A sentence of the scope defining one term: `在本协议中,进口许可证是指…` (是指 or 系指 alone). */
const SCOPED = new RegExp(`${DEFINITION_SCOPE}[ \\t]*[，,][ \\t]*${BARE_TERM}[ \\t]*(?:是指|系指)`, 'g');
/** No term: a self-word or a pointer (`本协定指…`, `该词指…`), or an instrument's kind (`协定是指《…》`: the text itself, its self-reference). */
const NO_TERM = new RegExp(`^(?:[本该其此前下]|上述|(?:${alternation(INSTRUMENT_KINDS)})$)`);

/**
 * Terms defined by 指 with no quotation marks (`(十一)IMF指国际货币基金组织;`, `日是指日历日;`): each at the start of a line or an
 * item of the list a definitions lead-in opens (`就本协定而言,除非本协定另有规定:`, `DEFINITIONS_LEAD`), up to the article's end
 * (or, a list of items, the next numbered paragraph), and the one term of a sentence opening with the scope
 * (`在本协议中,进口许可证是指…`). A term joined by 或者 to another (`协调制度或者HS指…`) is each; the meaning runs as a quoted
 * term's does (`meaningEnd`). Outside such a list, `缔约方指…` defines nothing.
 */
function listedMeanings(raw: TextLike, text: string, base: number, tree: SyntaxTree, from: number, to: number, out: Definition[]): void {
  let open = false;
  let members: string | undefined;
  eachRun(text, tree.lines, isRead, (run) => {
    const line = run.line;
    const content = run.text;
    if (content.length > 20000) return;
    if (line.kind !== 'text' && line.kind !== 'para' && line.kind !== 'item') open = false;
    else if (open && line.kind === 'para' && members === 'item') open = false;
    const push = (at: number, term: string, verbEnd: number) => {
      const meaningTo = meaningEnd(content, verbEnd);
      if (meaningTo <= verbEnd) return;
      let k = 0;
      for (const part of term.split('或者')) {
        const t = part.trim();
        const s = at + k + part.indexOf(t);
        k += part.length + 2;
        if (!t || NO_TERM.test(t) || /^[0-9 ]+$/.test(t)) continue;
        out.push(definitionIn(raw, run, s, t.length, verbEnd, meaningTo, s, verbEnd, true));
      }
    };
    const member = (at: number) => {
      const m = LISTED.exec(content.slice(at));
      if (m) push(at + m[0].indexOf(m[1]), m[1], at + m[0].length);
      return m !== null;
    };
    if (open) {
      const body = line.rest !== undefined && line.rest > line.contentStart ? line.rest - line.contentStart : 0;
      if (member(body)) members ??= line.kind;
    }
    DEFINITIONS_LEAD.lastIndex = 0;
    const lead = DEFINITIONS_LEAD.exec(content);
    if (lead) {
      open = true;
      members = undefined;
      member(lead.index + lead[0].length);
    }
    SCOPED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SCOPED.exec(content))) push(m.index + m[0].lastIndexOf(m[1]), m[1], m.index + m[0].length);
  }, undefined, { from, to, base });
}

const TERM_IN = new RegExp(`[${OPEN}]([^${OPEN}${CLOSE}\\n]{1,30})[${CLOSE}]`, 'g');

/** After the `；` at `at`, where another party's meaning opens (PER_PARTY: `；在新加坡方面是指…`), or -1. */
function partyAfter(content: string, at: number): number {
  if (content[at] !== '；' && content[at] !== ';') return -1;
  let k = at + 1;
  while (k < content.length && (content[k] === ' ' || content[k] === '\t' || content[k] === '\u3000')) k++;
  return PER_PARTY.test(content.slice(k, k + 48)) ? k : -1;
}

/**
 * Where a meaning ends: `；` or `。` outside brackets and quotes, or the end of the line (a colon
 * opening a list is not kept). A list whose members are split by `；` in one sentence, its last
 * member joined by a conjunction (`系指 A；B；C；以及D。`), is the meaning whole (`listEnd`).
 */
function meaningEnd(content: string, from: number): number {
  let depth = 0;
  let end = content.length;
  // (A meaning that is itself a list's members, `是指: (1)在甲国: (2)在乙国:`, a model's blanks for each party, goes on past them.)
  const lead = !LIST_AFTER_LEAD.test(' ' + content.slice(from, from + 12).trimStart());
  for (let i = from; i < content.length; i++) {
    const c = content[i];
    if ('（(“「『《'.includes(c)) depth++;
    else if ('）)”」』》'.includes(c)) depth = Math.max(0, depth - 1);
    // The lead of a list run on after it on the line (a store joining the lines: `“海盗”指下列行为中的任何行为: (一) 私人船舶…`):
    // the meaning is the lead's, the list its members, as when they stand on the lines below.
    else if (lead && depth === 0 && (c === '：' || c === ':') && LIST_AFTER_LEAD.test(content.slice(i + 1, i + 12))) {
      end = i;
      break;
    } else if (depth === 0 && (c === '；' || c === ';' || c === '。')) {
      end = c === '。' ? i : listEnd(content, i);
      break;
    }
  }
  while (end > from && /[\s，,：:*]/.test(content[end - 1])) end--;
  return end;
}

/** A list's first label after white space, run on after its lead's colon: ` (一) `, `（一）`, ` 1.`. */
const LIST_AFTER_LEAD = /^[ \t\u3000]+(?:[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[0-9０-９]{1,2}[.．、])/;

/** A list's last member, joined to those before it: `；以及D。`, `；和D。`, `；或者D。`. */
const LAST_MEMBER = /^[ \t\u3000]*(?:以及|及|和|或者|或)/;

/**
 * Where a sentence ends whose members, from the `；` at `at` on, are one list: members on the line
 * with no quoted term, bracket nor verb of meaning of their own (each a definition of its own:
 * `；二、“B”系指…`), the last opening with a conjunction and ending with `。`. Else `at`.
 */
function listEnd(content: string, at: number): number {
  let member = at + 1;
  for (let i = member; i < content.length; i++) {
    const c = content[i];
    if (c === '\n' || OPEN.includes(c) || c === '（' || c === '(') return at;
    if (c === '；' || c === ';') member = i + 1;
    else if (c === '。') return member > at + 1 && LAST_MEMBER.test(content.slice(member, member + 4)) && !/指|包括/.test(content.slice(at, i)) ? i : at;
  }
  return at;
}

/**
 * Definitions nested in a meaning: `上海合作组织（以下简称“本组织”）成员国` reads `上海合作组织成员国`; the short name's
 * own brackets inside them (`（以下简称《刑法修正案（十）》）`) are theirs.
 */
const NESTED = /[（(](?:以下|下称|简称)(?:[^（）()]|[（(][^（）()]*[）)])*[）)]/g;

/** The `（` left open before `at` on the line, or -1. */
function openBracket(content: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0 && at - i <= 200; i--) {
    const c = content[i];
    if (c === '）' || c === ')') depth++;
    else if (c === '（' || c === '(') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** The quoted terms of a clause, joined: `“本组织”或“组织”` → `本组织组织`. */
function termsOf(quotes: string): string {
  let out = '';
  for (const q of quotes.matchAll(QUOTED)) out += q[1];
  return out;
}

/** A name given to several things at once (`（统称为特殊经济区）`, `（以下合称…）`). */
const COLLECTIVE = /统称|合称|总称/;
/** The last member of a list joined to it: `…、乙地区以及其他…`, `…、乙和丙`. */
const LIST_END = /以及|或者|[和及与或]/;
/** The last member of such a list naming the others of the kind: `…以及其他…的地区`. */
const OTHERS = /(?:以及|或者|[和及与或])其[他它]/;

/**
 * The phrase a short name stands for, before `at`. `collective` (统称, 合称): a list before it
 * (`包括甲地区、乙地区以及其他在…的地区`) is what it stands for, from the list's start, not its last member.
 */
function meaningBefore(content: string, at: number, floor = 0, term = '', collective = false): { start: number; end: number } {
  let end = at;
  while (end > 0 && /[\s，,]/.test(content[end - 1])) end--;
  // A note referring to an instrument (`我谨提及…海运协定及换函事（以下称‘协定’）`): the matter's 事 is no part of the name.
  if (content[end - 1] === MATTER_OF && end >= 3) {
    const refers = content.lastIndexOf(REFERS_TO, end - 2);
    if (refers >= 0 && refers >= floor && content.lastIndexOf('。', end - 1) < refers) end--;
  }
  let start = end;
  let depth = 0;
  while (start > 0) {
    const c = content[start - 1];
    // `甲国政府（以下简称“甲方”）和乙国政府（以下简称“乙方”）`: the second party is the phrase after 和, not both.
    const joins = depth === 0 && (c === '）' || c === ')') && start < end ? CONJUNCTION.exec(content.slice(start, start + 2)) : null;
    if (joins && definesBefore(content, start - 1)) {
      start += joins[0].length;
      break;
    }
    if (c === '）' || c === ')' || c === '》') depth++;
    else if (c === '（' || c === '(' || c === '《') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && PHRASE_BREAK.test(c)) break;
    if (start <= floor) break;
    start--;
  }
  // Keep the noun phrase after the last verb or preposition: `致力于将中吉国界` → `中吉国界`.
  {
    const phrase = content.slice(start, end);
    const cuts: { at: number; word: string }[] = [];
    for (const w of CUT_AFTER) {
      let i = lastOutsideBrackets(phrase, w);
      while (i > 0 && cutInAWord(phrase, i, w)) i = lastOutsideBrackets(phrase, w, i - 1);
      if (i >= 0 && !cutInAWord(phrase, i, w) && end - (start + i + w.length) >= 2) cuts.push({ at: i + w.length, word: w });
    }
    // A phrase opening with 经, by whom something is done (`经澳门特别行政区政府与香港特别行政区政府（下称“双方”）代表协商`,
    // `经常务委员会主任会议（以下简称主任会议）`): the name after it, when no other word cuts it; not a word 经 opens (经济, 经营 …).
    if (cuts.length === 0 && BY_WHOM.test(phrase) && end - start >= 3) cuts.push({ at: 1, word: '经' });
    cuts.sort((a, b) => b.at - a.at);
    let cut = cuts[0]?.at ?? 0;
    if (cuts[0]?.word === '的') cut = relatedTo(phrase, qualified(phrase, cuts, term));
    // After 为 or 为了 of a purpose, or 本着 (`本着加强中华人民共和国和日本国（以下称缔约双方）友好关系之目的`), the phrase is what its
    // verbs govern (为 as `is`: `为单位和个人`, no verb).
    if (/(?:为了?|本着)$/.test(phrase.slice(0, cut))) cut = Math.max(cut, purposeObject(phrase, cut, term));
    // Verbs joined opening the phrase (`发展和加强上海合作组织`, `加强和完善…`), no 为 before them: what they govern, as after 为.
    else if (JOINED_VERBS.test(phrase.slice(cut))) cut = Math.max(cut, purposeObject(phrase, cut, term));
    // A verb of issuing or making opening the phrase (`發行中央政府建設公債（以下簡稱本公債）`): its object, the term made of
    // none of the verb's characters (`建设单位…（以下统称建设单位）` keeps it); a name holding the verb inside keeps it (`股票发行审核委员会`).
    else cut = Math.max(cut, madeObject(phrase, cut, term));
    if (INSTRUMENT_KINDS.includes(phrase.slice(cut))) cut = titleStart(phrase, cuts, cut);
    // A short name that is a kind for words cut after a title's 关于 that end with a kind (`…发展、工业和外贸部关于工业合作谅解备忘录
    // (以下简称“备忘录”)`, a memorandum naming itself): the title, from the parties named before its 关于.
    else if (cuts[0]?.word === '关于' && INSTRUMENT_KINDS.includes(term) && endingKind(phrase.slice(cut)) !== undefined) cut = titleStart(phrase, cuts, cut);
    // A list whose last member, after its conjunction and a qualifier ending in 的, is 其他 of a kind (`驻外使馆、领馆或者外交部委托的
    // 其他驻外机构（以下称驻外签证机关）`, the exit-entry law): the kind names every member, and the term stands for the list as
    // a collective name does (it took 其他驻外机构 alone).
    const othersOfList = !collective && /^其[他它]/.test(phrase.slice(cut)) && cuts[0]?.word === '的';
    if (collective || othersOfList) {
      // The list's first 、 before the cut: back to the last cut word before it (or the phrase's start), past its 包括.
      const list = lastOutsideBrackets(phrase, '、', cut - 1);
      let first = list;
      while (first > 0 && lastOutsideBrackets(phrase, '、', first - 1) >= 0) first = lastOutsideBrackets(phrase, '、', first - 1);
      // Only a list ending in the phrase: its last member joined by a conjunction (`…以及其他…的地区`), no verb or
      // preposition but a member's own 的, 在 after its first 、 (`机关、…单位为单位和个人（以下统称申请人）` is 单位和个人).
      // (A verb in the qualifier of the last member's 其他, `…以及其他在关税、国内税和法规方面已建立特殊制度的地区`, is that member's
      // own words, as its 在 is: the list still ends in the phrase.)
      const others = OTHERS.exec(phrase.slice(first, cut));
      const ownFrom = others ? first + others.index + others[0].length : cut;
      const closed = list >= 0 && (others !== null || LIST_END.test(phrase.slice(list + 1, cut))) && !cuts.some((c) => c.at > first && c.at <= cut && c.at <= ownFrom && c.word !== '的' && c.word !== '在');
      // And only a list of things of the kind the phrase names: 其他 after its conjunction (`…以及其他…的地区`) or its first
      // member ending as the phrase does (`边境贸易地区、…地区`); `对进口货物、…和过境货物征收的关税和国内税` is 关税和国内税.
      const kindred = othersOfList || OTHERS.test(phrase.slice(list + 1, cut)) || phrase[first - 1] === phrase[phrase.length - 1];
      if (closed && kindred && first < cut) {
        cut = cuts.reduce((b, c) => (c.at <= first && c.at > b ? c.at : b), 0);
        if (phrase.startsWith('包括', cut)) cut += 2;
      }
    }
    // A title in 《》 after a verb of concluding (`以签署《…的协议》（以下简称“协议”）`): the title, not the verb; so in
    // quotation marks (`透過簽署「海峽兩岸經濟合作架構協議」(以下簡稱本協議)`, Taiwan's and Hong Kong's 「」).
    const closeMark = phrase[phrase.length - 1];
    const openMark = closeMark === '》' ? '《' : closeMark === '」' ? '「' : closeMark === '”' ? '“' : undefined;
    if (openMark !== undefined) {
      const open = phrase.lastIndexOf(openMark);
      if (open > cut && CONCLUDED_BEFORE.test(phrase.slice(cut, open))) cut = open;
    }
    // A converter's pinyin left after the word cut (`依據(jù)《…》`): no part of the phrase.
    if (cut > 0) cut += PINYIN_NOTE.exec(phrase.slice(cut))?.[0].length ?? 0;
    start += cut;
  }
  // A database's date remark after a title glued to the preamble (`…的协定(2001年3月8日生效)中华人民共和国政府和…政府,以下简称“双方”`)
  // ends the title: the names after it are the phrase.
  start += afterDateRemark(content.slice(start, end));
  // A short name made of the last joined name's characters stands for it alone: `经最高人民法院与香港特别行政区（以下简称香港特区）` is 香港特别行政区.
  start += lastNameAbbreviated(content.slice(start, end), term);
  // Drop a leading markdown bullet or emphasis, and the words of the clause that open it (`是指`, `以及`, `并向`).
  while (start < end && /[-*\s]/.test(content[start])) start++;
  // A section's numeral alone, white space after it, opening the phrase after a sentence's end (`…会晤。 一 两国总理(以下简称“双方”)`,
  // a page pasted as one line whose sections a numeral alone numbers): no part of the name.
  const numeral = SECTION_NUMERAL.exec(content.slice(start, Math.min(end, start + 6)));
  if (numeral && end - start - numeral[0].length >= 2 && /(?:^|[。；;!！?？])\s*$/.test(content.slice(Math.max(0, start - 4), start))) start += numeral[0].length;
  const opening = OPENING_WORDS.exec(content.slice(start, end))?.[0].length ?? 0;
  if (end - start - opening >= 2) start += opening;
  return { start, end };
}

/** A section's number, a numeral alone and white space after it (`一 `): how a page pasted as one line numbers sections a numeral alone on its line did. */
const SECTION_NUMERAL = /^[一二三四五六七八九十]{1,3}[ \t\u3000]+/;

/** A qualifier saying what a thing relates to, ending with its 的 (folded): `与贸易有关的`, `同投资相关的`. */
const RELATED = '(?:与|同)[^，,。；;的与同（）()《》]{1,10}(?:有关|相关)的';
/** The qualifier before the 的 that ends a phrase. */
const RELATED_TO = new RegExp(`${RELATED}$`);
/** The same qualifier opening a phrase. */
const RELATED_OPENING = new RegExp(`^${RELATED}`);

/**
 * Where a name starts that holds a qualifier 与…有关的 (`与贸易有关的知识产权理事会`, the WTO's TRIPS Council; `与贸易有关的投资措施`):
 * those words are the name's own, not a clause before it (as `…签订的` is), so a cut right after its 的 goes back to its 与.
 */
function relatedTo(phrase: string, cut: number): number {
  const m = cut > 0 ? RELATED_TO.exec(phrase.slice(0, cut)) : null;
  return m ? m.index : cut;
}

/** A bracketed date remark: `(2001年3月8日生效)`, `（签订日期1989年11月18日）`. */
const DATE_REMARK = new RegExp(`[（(][^（）()]{0,6}?[${DATE_DIGITS}]{2,4}年[^（）()]{0,24}[）)]`, 'g');

/**
 * Where the words after the last date remark in `phrase` start (two characters at least left), else 0. A remark a
 * provision cited follows (`《…公约》（1994年11月16日生效）第七十六条`) is the cited instrument's, and ends no title.
 */
function afterDateRemark(phrase: string): number {
  let at = 0;
  for (const m of phrase.matchAll(DATE_REMARK)) if (phrase[m.index + m[0].length] !== '第') at = m.index + m[0].length;
  return phrase.length - at >= 2 ? at : 0;
}

/** Joins two names in a phrase: 与, 和 (not the 和 of 共和国), 及, 同. */
const NAME_JOIN = /[与及同]|(?<!共)和/g;

/**
 * Where the last of two names joined in `phrase` starts when `term` abbreviates it and not the
 * phrase (shorter, its first character first, its characters in order: 香港特区 of 香港特别行政区), else 0.
 */
function lastNameAbbreviated(phrase: string, term: string): number {
  if (term.length < 2) return 0;
  let at = -1;
  for (const m of phrase.matchAll(NAME_JOIN)) at = m.index + m[0].length;
  // (The last name itself, whole, names both: `社会鉴定机构和鉴定人（以下简称鉴定人）`.)
  if (at <= 0 || phrase.length - at <= term.length || phrase[at] !== term[0] || phrase[0] === term[0]) return 0;
  // (Nor does the 与 of a qualifier 与…相关的 join names: `与会展业相关的行业协会…`, `relatedTo`.)
  if (RELATED_OPENING.test(phrase.slice(at - 1))) return 0;
  let k = at;
  for (const c of term) {
    k = phrase.indexOf(c, k);
    if (k < 0) return 0;
    k++;
  }
  return at;
}

/**
 * Words of the clause, never the start of a noun phrase: `是指`, `以及`, `或者`, `并且`, `并向` (not
 * 向 alone: `向销售者提供产品的其他销售者` is one phrase).
 */
const OPENING_WORDS = /^(?:是指|以及|或者|并且|并向)+/;

/**
 * Where the phrase starts when what follows the last cut is a kind of instrument alone: an
 * instrument named by its whole title, no 《》 around it (`在签订…政府和甲国政府关于对所得…的协定
 * （以下简称“协定”）`). Its name runs back over the title's 关于 (and the 对 and 的 inside the title) to
 * the parties named before it — from the last word cut after, or the 的 before them (`…在北京签署的
 * 甲国和乙国关于…的协议`), a verb of concluding right there dropped (`签订…`) — or starts at 关于
 * when no party's name ends there (`双方同意执行关于…的协定`).
 */
function titleStart(phrase: string, cuts: { at: number; word: string }[], cut: number): number {
  const about = phrase.indexOf('关于');
  // (What follows the cut is a kind alone: a 关于 there is before it.)
  if (about < 0) return cut;
  let from = phrase.lastIndexOf('的', about) + 1;
  for (const c of cuts) if (c.at <= about && c.at > from) from = c.at;
  const verb = CONCLUDING.exec(phrase.slice(from));
  if (verb) from += verb[0].length;
  return PARTIES_END.test(phrase.slice(from, about)) ? from : about;
}

/** A verb of concluding right before an instrument's title in 《》: `以签署《`, `签订`, `缔结`. */
const CONCLUDED_BEFORE = new RegExp(`(?:${alternation(TITLE_VERBS)})[ \\t]*$`);
/** A verb of concluding before an instrument's title: `签订`, `签署`, `缔结`. */
const CONCLUDING = new RegExp(`^(?:${alternation(TITLE_VERBS)})`);
/** How the parties named before a title's 关于 end: `…政府`, `…国`, `…部`, `…组织`. */
const PARTIES_END = /(?:政府|国|部|局|组织|委员会|联盟|理事会|双方)$/;

const DEFINITION_BRACKETS = new RegExp(`^${NESTED.source}$`);
const QUOTE_OPEN = new RegExp(`[${OPEN}]`);
/** Joins two parties: `甲（…）和乙`, `甲（…）与乙`, `甲（…）或者乙`, `甲（…）同乙`. */
const CONJUNCTION = /^(?:或者|[和与及、或同](?!级))/;

/**
 * Whether `content` from `from` (the line's words after its label) to `at` (a clause of 以下简称) is a run of names opening the
 * line and nothing else: Han characters, 和 and 、 between them, no other mark, at most MAX_OPENING_NAMES characters — the parties'
 * names as a preamble opens with them (`中华人民共和国和澳大利亚`), not a sentence's words.
 */
function lineOpeningNames(content: string, from: number, at: number): boolean {
  return at - from >= 2 && at - from <= MAX_OPENING_NAMES && OPENING_NAMES.test(content.slice(from, at));
}
const OPENING_NAMES = /^[\u3400-\u9fff、]+$/;
/** The longest run of names `lineOpeningNames` reads. */
const MAX_OPENING_NAMES = 40;

/** Whether no article's, chapter's or point's line comes before `line`: a line of the preamble (or of a text with no unit). */
function beforeUnits(lines: readonly Line[], line: Line): boolean {
  for (const l of lines) {
    if (l === line) return true;
    if (l.kind === 'article' || l.kind === 'chapter' || l.kind === 'para') return false;
  }
  return false;
}

/** Whether the brackets closing at `close` hold a definition clause (`（以下简称“甲方”）`). */
function definesBefore(content: string, close: number): boolean {
  const open = openBracket(content, close);
  return open >= 0 && DEFINITION_BRACKETS.test(content.slice(open, close + 1));
}

/**
 * Where the phrase starts when the last word cut after is 的 (`cuts`: the places after the cut
 * words, last first). A short name is made of the words of what it stands for, so when the words
 * before 的 hold the characters of the term that the noun after it lacks, they qualify the noun
 * and are part of the phrase, back to the verb or preposition before them:
 * `对其收藏的文物（以下称馆藏文物）` is `其收藏的文物`, not `文物`; `适用于在本市行政区域内从事生产经营
 * 活动的单位（以下统称生产经营单位）` is `在本市…的单位` (在 opens the qualifier here). Not over words
 * of the clause (`应当配备具有…的人员`), nor back over 根据, 按照, 依照, 关于 (what they govern is not
 * the noun), nor over a 在 inside a word or the qualifier (`存在`, `并在`).
 */
function qualified(phrase: string, cuts: { at: number; word: string }[], term: string): number {
  const cut = cuts[0].at;
  // The short name is the instrument's kind itself, after 的 (`…以換文方式就…達成的協議（以下簡稱“協議”）`):
  // it stands for the whole phrase, from the parties named as concluding it (a title's 关于: titleStart).
  if (phrase.slice(cut) === term && INSTRUMENT_KINDS.includes(term) && !phrase.includes('关于')) {
    const parties = partiesStart(phrase, cut);
    if (parties >= 0) return parties;
  }
  const missing = [...term].filter((c) => !phrase.slice(cut).includes(c));
  let i = 1;
  // A preposition right after a conjunction opens a qualifier joined inside the phrase (`中国新疆和由巴基斯坦实际控制其防务的
  // 各个地区相接壤的边界`: 由 qualifies 地区, joined to 中国新疆): it governs nothing before the phrase's own words.
  while (cuts[i] && cuts[i].word.length === 1 && JOINS.includes(phrase[cuts[i].at - 2])) i++;
  // A preposition right after a verb starts the qualifier (`建立为…提供服务的组织`): the verb governs it.
  // (Not after a definition's 是指: what follows it is the meaning, `是指由急救中心和承担…任务的网络医院`.)
  while (cuts[i + 1] && cuts[i + 1].at === cuts[i].at - cuts[i].word.length && !DEFINING.includes(cuts[i + 1].word)) i++;
  let before = cuts[i];
  if (before?.word === '在') {
    // 在 opening the qualifier, at the phrase's start or after 凡 (right after a verb, `适用于在`, the verb governs it).
    const at = before.at - 1;
    if (at === 0 || phrase[at - 1] === '凡') before = { at, word: '' };
    else return cut;
  }
  // What a cited provision provides for (`关于…第733(1992)号决议第5段规定的武器和军事装备禁运`): the citation qualifies
  // the noun whatever word governs the whole, 关于 or 根据 too. With no such word, the citation alone does, not the
  // sentence's subject and verb before it (`缔约双方适用第五条规定的程序` is 第五条规定的程序), the instrument it
  // names right before it kept (`本协定第三条规定的`, `《…公约》第七十六条规定的`).
  const cited = CITED_PROVISION.exec(phrase.slice(before?.at ?? 0, cut));
  if (cited) return before ? before.at : citationStart(phrase, cited.index);
  // No verb or preposition before the words before 的 (`本協定的適用海域（以下稱協定海域）`): they start at the phrase's start.
  before ??= { at: 0, word: '' };
  if (ADVERBIAL.includes(before.word) || missing.length === 0 || NO_PREPOSITION.test(phrase.slice(Math.max(0, before.at - before.word.length - 2), before.at + 1))) return cut;
  const words = phrase.slice(before.at, cut);
  const found = missing.filter((c) => words.includes(c));
  // A name sharing no character with the qualifier is a name coined for the whole (`具有完全民事行为能力的自然人、法人和非法人组织
  // （以下统称信用主体）`, `…围成的水域（以下称“暂定措施水域”）`): the qualifier is what picks the noun out, and stays. Not
  // before a state's or a government's name, which needs none (`獲…授權簽訂本協定的中華人民共和國澳門特別行政區政府和…`), nor
  // after a preposition, which opens the qualifier and is the clause's (`对进口货物…征收的关税和国内税（以下统称税费）`).
  const coined = found.length === 0 && OPENS_QUALIFIER.includes(before.word) && !CLAUSE_OPENING.test(words) && !stateOf(foldScript(phrase.slice(cut)));
  return (found.length * 2 >= missing.length || coined) && !CLAUSE_WORDS.test(words.replace(JOINED_QUALIFIER, '')) ? before.at : cut;
}

/** A definition's verbs, the meaning after them. */
const DEFINING = ['是指', '系指'];
/**
 * What may stand before a qualifier kept for a coined name: nothing (the phrase's start), the verb of a definition
 * (`是指`), or a verb's 了 (`明确地标定了中国新疆和由巴基斯坦…相接壤的边界`: its object); not a preposition, which opens the qualifier and is the clause's (`对进口货物…征收的关税和国内税（以下统称税费）`),
 * nor another verb, whose object may run on past the qualifier (`通过…的方式选择具有相应能力的单位`).
 */
const OPENS_QUALIFIER = ['', ...DEFINING, '了'];
/**
 * A phrase opening with a conjunction of clauses (`且家庭财产状况符合…的家庭`, `并具有良好信誉的旅行社`), or with 其 standing for
 * a noun before the phrase (`市水务局及其所属的上海市水务局执法总队`): the clause's words, no qualifier of a coined name.
 */
const CLAUSE_OPENING = /^(?:且|并|而|以及|其)/;
/** Conjunctions joining nouns inside a phrase. */
const JOINS = '和与及或';
/** A qualifier joined after a conjunction (`和由…控制的`): its 由 is no clause's agent. */
const JOINED_QUALIFIER = new RegExp(`[${JOINS}]由`, 'g');

/** A provision cited right before 的 (`第5段规定的`, `第五条第二款所规定的`): what qualifies the noun after it. */
const CITED_PROVISION = /第[^，,；;。的]{1,24}?[条款项段节章]所?规定的$/;

/** An instrument named right before a provision cited (`本协定`, `该公约`, `《…》`, a remark in brackets after it): part of the citation. */
const CITING_INSTRUMENT = new RegExp(`(?:(?:本|该|上述)(?:${alternation(INSTRUMENT_KINDS)})|《[^《》]{1,60}》(?:[（(][^（）()]{1,30}[）)])?)$`);

/** Where a citation whose 第 is at `at` in `phrase` starts: at the instrument named right before it, else at 第; at the phrase's start when a name is joined before it (`市邮政管理部门和本条例第四条第二款规定的…机构（以下统称…）`). */
function citationStart(phrase: string, at: number): number {
  const m = CITING_INSTRUMENT.exec(phrase.slice(0, at));
  const start = m ? m.index : at;
  return JOINED_BEFORE.test(phrase.slice(0, start)) ? 0 : start;
}

/** A conjunction ending the words before a citation: a name joined to what it qualifies. */
const JOINED_BEFORE = /(?:和|与|及|以及|或者|或)$/;

/** What joins two parties' names, the first's ending between (`印度尼西亚共和国与中华人民共和国`, `甲国政府和乙国政府`). */
const PARTIES_JOIN = /^[^，,。；;的]{0,8}?(?:和|与|及|同)/;

/** Where two states are named joined (`A与B`) in `phrase` before `to`, the first's name first: the parties; or -1. */
function partiesStart(phrase: string, to: number): number {
  for (let i = 0; i < to; i++) {
    const first = stateOf(phrase.slice(i, to));
    if (!first) continue;
    const name = first.names.filter((n) => phrase.startsWith(n, i)).reduce((a, b) => (b.length > a.length ? b : a));
    const join = PARTIES_JOIN.exec(phrase.slice(i + name.length, to));
    if (join && stateOf(phrase.slice(i + name.length + join[0].length, to))) return i;
  }
  return -1;
}

/**
 * Prepositions whose object is a rule or a matter, not the noun defined (`根据城市总体规划组织编制…的保护规划`),
 * and 将, 把, whose object comes before the verb (`将检查计划报…指定的部门`).
 */
const ADVERBIAL = ['根据', '按照', '依照', '关于', '将', '把'];
/**
 * A cut word that is no preposition governing the phrase: in a word (`对外`, `由于`, `为了`), or opening
 * a predicate of the qualifier (`依法对…负有…职责的部门`, `负责对…实施检查的机关`).
 */
const NO_PREPOSITION = /对外|由于|为了|(?:依法|负责)对/;

/**
 * Words that belong to the clause, not to what qualifies a noun (`应当配备具有…的人员`, `所称…的案件`,
 * `与…的单位`, a qualifier that starts with 的): the meaning is not taken back over them.
 */
const CLAUSE_WORDS = /^的|应当|可以|不得|严禁|禁止|鼓励|支持|所称|是|与|或者|由/;

/**
 * Where the object of a purpose clause's verbs starts in `phrase` (from `at`, right after 为 or
 * 为了): after the leading adverbs and verbs, unless they are the term's own words or leave less
 * than two characters.
 */
/** Where the object of a making verb opening `phrase` at `at` starts (two characters at least), else `at`. */
function madeObject(phrase: string, at: number, term: string): number {
  const c = phrase.charCodeAt(at);
  // (Cheap first: the verbs' first characters.)
  if (!MAKING_FIRST.has(c)) return at;
  const verbs = MAKING_VERB.exec(phrase.slice(at))?.[0] ?? '';
  const from = at + verbs.length;
  // (Not a verb in a relative clause, `实施…收费的单位`, `签订合同的外国企业`: the phrase is the noun it qualifies; nor one of a
  // list of verbs that goes on with others, `建设、开发利用规划`.)
  if (verbs.length === 0 || phrase.length - from < 2 || MAKING_GOES_ON.test(phrase.charAt(from)) || RELATIVE.test(phrase.slice(from))) return at;
  return [...verbs].some((v) => term.includes(v)) ? at : from;
}
/** What goes on after a verb that is no object: a joining word or mark. */
const MAKING_GOES_ON = /[、和及与或，,]/;
/** A relative clause's mark (outside a title in 《》): the verb qualifies the noun after it. */
const RELATIVE = /^(?:[^《]|《[^》]*》)*?[的之]/;
const MAKING_FIRST = new Set(MAKING_VERBS.map((v) => v.charCodeAt(0)));

function purposeObject(phrase: string, at: number, term: string): number {
  const verbs = PURPOSE_VERBS.exec(phrase.slice(at))?.[0] ?? '';
  const from = at + verbs.length;
  return phrase.length - from >= 2 && ![...verbs].some((c) => term.includes(c)) ? from : at;
}

function lastOutsideBrackets(s: string, w: string, from = s.length): number {
  let i = s.lastIndexOf(w, from);
  while (i >= 0) {
    if (bracketsClosedBefore(s, i)) return i;
    i = s.lastIndexOf(w, i - 1);
  }
  return -1;
}

/**
 * Whether `s` before `i` opens as many brackets (`《（(`) as it closes (`》）)`), counted by code unit: `meaningBefore` asks it
 * of each of its cut words found in each phrase, and the text before cut out and matched twice made a string and two arrays each time.
 */
function bracketsClosedBefore(s: string, i: number): boolean {
  let depth = 0;
  for (let k = 0; k < i; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x300a /* 《 */ || c === 0xff08 /* （ */ || c === 0x28 /* ( */) depth++;
    else if (c === 0x300b /* 》 */ || c === 0xff09 /* ） */ || c === 0x29 /* ) */) depth--;
  }
  return depth === 0;
}
