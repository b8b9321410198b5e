// Articles a text names that are another instrument's though no 《》 says so: an amending decision's points (the amended
// instrument's), a protocol's or a memorandum's bare `协定第十九条` (the agreement's it is part of).
import { ArticleReference, Citation, Reference, newCitation, referenceAt, referencesOf } from '../model/references';
import { Treaty } from '../model/treaty';
import { foldScript } from '../syntax/script';
import { Line, lastStartingAt } from '../syntax/tree';
import { parseNumeral } from '../syntax/numerals';
import { INSTRUMENT_KINDS, NUMERAL_CHARS, PINYIN_GLOSS, amendingTitle, partParentTitle } from '../syntax/words';
import { FeatureContext } from './context';

/** `第五条`, `第十条之一`, `第一条第二款`, `第三条第一款第二项`, or a paragraph alone, `第二款` (groups: 条, 之, 款, 项). */
const AMENDED_LABEL = new RegExp(`(?=第[${NUMERAL_CHARS}]+[条款])(?:第([${NUMERAL_CHARS}]+)条(?:之([${NUMERAL_CHARS}]+))?)?(?:第([${NUMERAL_CHARS}]+)款)?(?:第([${NUMERAL_CHARS}]+)项)?`, 'g');
/**
 * The words before a 《…》 that make it the instrument the points amend: `对《…》作如下修改`, `修改《…》` (a decision amending
 * several, one heading each), `将《…》第五条…`, `在《…》…`, `删去《…》…` — at the line's start or after a point's number.
 */
const AMENDS_BEFORE = /(?:^|[、.．：:]|[）)])[ \t\u3000]*(?:[0-9０-９一二三四五六七八九十]+[、.．][ \t\u3000]*)?(?:对|修改|将|在|删去)$/;

/**
 * An article named bare (no 本…, no 《…》 before it: the model reads no reference there) in the body of a decision that amends
 * another instrument (`关于修改《…》的决定`, whose points say `将第一条修改为：…`, `删去第十条`): the amended instrument's
 * article, as a reference citing it — the instrument cited last before it as the one amended (the decision's title, `对《…》作如下
 * 修改：`, a heading `修改《…》` over its points, `将《…》第五条…`). Undefined anywhere else: the decision has no articles of its own
 * to mean, and no reference of the model's is replaced.
 */
export function amendedReferenceAt(ctx: FeatureContext, offset: number): ArticleReference | undefined {
  const treaty = ctx.treaty;
  if (treaty.kind !== '决定' || !treaty.title || !amendingTitle(treaty.title.text) || treaty.tree.unitStyle === 'article') return undefined;
  if (offset < treaty.title.end) return undefined;
  // The model's reference to another instrument (`《…》第五条`, read with its citation) stands.
  const own = referenceAt(treaty, offset);
  if (own && (own.kind !== 'article' || own.citation)) return undefined;
  const line = lineHolding(treaty, offset);
  if (!line) return undefined;
  const text = foldScript(treaty.text.slice(line.contentStart, line.contentEnd));
  // The article named last on the line, for a paragraph named alone after it (`删去第八条第一款…和第二款…`).
  let article: { num: number; sub?: number } | undefined;
  AMENDED_LABEL.lastIndex = 0;
  for (let m = AMENDED_LABEL.exec(text); m; m = AMENDED_LABEL.exec(text)) {
    const start = line.contentStart + m.index;
    const end = start + m[0].length;
    const alone = m[1] === undefined;
    // Another instrument named right before (`《刑法》第五条`, `民法典第三条`): not the amended one's.
    const other = !alone && /[》法例则定约书释]$/.test(text.slice(0, m.index));
    const num = alone ? article?.num : parseNumeral(m[1]);
    const sub = alone ? article?.sub : m[2] !== undefined ? parseNumeral(m[2]) : undefined;
    if (!alone) article = other || num === undefined ? undefined : { num, sub };
    if (offset < start || offset > end) continue;
    const citation = amendedBefore(treaty, start);
    if (other || num === undefined || !citation) return undefined;
    const target: ArticleReference['target'] = { num };
    if (sub !== undefined) target.sub = sub;
    if (m[3] !== undefined) target.paragraph = parseNumeral(m[3]);
    if (m[4] !== undefined) target.item = parseNumeral(m[4]);
    const labelEnd = alone ? end : start + m[0].indexOf('条') + 1 + (m[2] !== undefined ? 1 + m[2].length : 0);
    return { kind: 'article', start, end, labelStart: start, labelEnd, target, citation, uncertain: true };
  }
  return undefined;
}

/** The last instrument before `at` that the decision says it amends: in its title, or cited after the words that say so. */
function amendedBefore(treaty: Treaty, at: number): Citation | undefined {
  const text = treaty.text;
  const titleEnd = treaty.title!.end;
  let found: Citation | undefined;
  for (const r of referencesOf(treaty)) {
    if (r.start >= at) break;
    if (r.kind !== 'citation' || r.citation.start !== r.start) continue;
    const c = r.citation;
    if (c.end <= titleEnd || AMENDS_BEFORE.test(foldScript(text.slice(Math.max(0, lineStart(text, c.start)), c.start)))) found = c;
  }
  return found;
}

/** The line whose start and content hold `offset` (the line break and trailing spaces after its content do not). */
function lineHolding(treaty: Treaty, offset: number): Line | undefined {
  const lines = treaty.tree.lines;
  const line = lines[lastStartingAt(lines, offset)];
  return line && line.start <= offset && offset <= line.contentEnd ? line : undefined;
}

/**
 * The article reference a cursor's feature reads at `offset` (hover, definition): an amending decision's point naming the amended
 * instrument's article (`将第一条修改为：…`) first, then the model's reference, then a protocol's or a memorandum's `协定第十九条`
 * (the agreement's it is part of).
 */
export function referenceNear(ctx: FeatureContext, offset: number): Reference | undefined {
  return amendedReferenceAt(ctx, offset) ?? referenceAt(ctx.treaty, offset) ?? partArticleAt(ctx, offset);
}

/**
 * Every article an amending decision's points name (`amendedReferenceAt` at each `第…条`/`第…款` of its lines), or a part's bare
 * `协定第十九条` names (`partArticleAt`), with its own `本协定第三条` (the model's, read as the agreement's: resolve.ts partOfTarget)
 * given the agreement's citation: what find references and the lenses of the amended instrument or the agreement count, as
 * they count its citations. Empty in any other text.
 */
export function impliedReferences(ctx: FeatureContext): ArticleReference[] {
  const treaty = ctx.treaty;
  const out: ArticleReference[] = [];
  if (!treaty.title) return out;
  const amending = treaty.kind === '决定' && amendingTitle(treaty.title.text) && treaty.tree.unitStyle !== 'article';
  const parent = amending ? undefined : partParent(treaty);
  if (!amending && parent === undefined) return out;
  if (parent !== undefined) {
    for (const r of referencesOf(treaty)) {
      if (r.kind === 'article' && r.elsewhere && !r.citation && r.start >= treaty.title.end && namesParent(treaty, r.start, r.labelStart, parent)) out.push({ ...r, citation: newCitation(r.start, r.labelStart, parent, parent, undefined) });
    }
  }
  const text = treaty.text;
  for (const line of treaty.tree.lines) {
    if (line.contentEnd <= treaty.title.end) continue;
    // (A line naming no article by number is passed over before any reading.)
    if (!/第/.test(text.slice(line.contentStart, line.contentEnd))) continue;
    const folded = foldScript(text.slice(line.contentStart, line.contentEnd));
    AMENDED_LABEL.lastIndex = 0;
    const labels: number[] = [];
    for (let m = AMENDED_LABEL.exec(folded); m; m = AMENDED_LABEL.exec(folded)) {
      if (m[0] === '') { AMENDED_LABEL.lastIndex++; continue; }
      labels.push(line.contentStart + m.index);
    }
    for (const at of labels) {
      const r = amending ? amendedReferenceAt(ctx, at) : partArticleAt(ctx, at);
      if (r && (amending ? r.start === at : r.labelStart === at)) out.push(r);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The agreement a part's title names (`…协定的议定书` → `…协定`), normalized; undefined when the text is no part. */
export function partParent(treaty: Treaty): string | undefined {
  const kind = treaty.kind;
  const title = treaty.title?.normalized;
  return kind && title ? partParentTitle(title, kind) : undefined;
}

/** Whether a part's self-word at `start`–`end` (`本协定`, a converter's pinyin in it or not) is the agreement's, `parent`. */
export function namesParent(treaty: Treaty, start: number, end: number, parent: string): boolean {
  const self = foldScript(treaty.text.slice(start, end)).replace(PINYIN_GLOSS, '').trim();
  return self.startsWith('本') && self.length >= 2 && parent.length > self.length && parent.endsWith(self.slice(1));
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** What names another instrument right before an article's label: a title's closing mark, a kind of instrument, 本 (`公约第二条`, `本议定书第一条`). */
const OTHERS_BEFORE = new RegExp(`(?:[》本]|${INSTRUMENT_KINDS.join('|')})[ \\t\u3000]*$`);

/**
 * In a text that is part of an agreement (`…协定备忘录`, `…协定的议定书`: words.ts PART_KINDS), the agreement's article named
 * by its kind alone, no 本 (`对协定第十九条关于…的范围，达成如下谅解`; a converter's pinyin in it or not: `協(xié)定第十九條`):
 * as a reference citing the agreement, its title the text's without the part's words. Undefined where the model reads a
 * reference, or the kind before the number is not the agreement's.
 */
export function partArticleAt(ctx: FeatureContext, offset: number): ArticleReference | undefined {
  const treaty = ctx.treaty;
  const parent = partParent(treaty);
  if (parent === undefined || !treaty.title || offset < treaty.title.end) return undefined;
  if (referenceAt(treaty, offset)) return undefined;
  const line = lineHolding(treaty, offset);
  if (!line) return undefined;
  // (Folded, a gloss kept in place as spaces: the offsets stay the text's.)
  const text = foldScript(treaty.text.slice(line.contentStart, line.contentEnd)).replace(PINYIN_GLOSS, (g) => ' '.repeat(g.length));
  AMENDED_LABEL.lastIndex = 0;
  for (let m = AMENDED_LABEL.exec(text); m; m = AMENDED_LABEL.exec(text)) {
    if (m[1] === undefined) continue;
    const labelStart = line.contentStart + m.index;
    const end = labelStart + m[0].length;
    // The kind before the number, the spaces of a gloss between its characters passed over: `协 定` is 协定.
    let k = m.index;
    let word = '';
    while (k > 0 && word.length < 6) {
      const c = text[--k];
      if (c === ' ') continue;
      word = c + word;
      if (parent.endsWith(word) && word.length >= 2 && text[k - 1] !== '本') break;
    }
    // A part with no articles of its own (a protocol in points: `三、关于第二条和第三条`, `第二条第三款和第三条第二款不适用于`):
    // an article named bare is the agreement's too — but after another instrument's title or kind (`《…》第五条`, `公约第二条`).
    const bare = !(word.length >= 2 && parent.endsWith(word)) && treaty.tree.unitStyle !== 'article' && !OTHERS_BEFORE.test(text.slice(0, m.index));
    const start = bare ? labelStart : line.contentStart + k;
    if (offset < start || offset > end) continue;
    if (!bare && (word.length < 2 || !parent.endsWith(word) || text[k - 1] === '本' || text[k - 1] === '》')) return undefined;
    const num = parseNumeral(m[1]);
    if (num === undefined) return undefined;
    const target: ArticleReference['target'] = { num };
    if (m[2] !== undefined) target.sub = parseNumeral(m[2]);
    if (m[3] !== undefined) target.paragraph = parseNumeral(m[3]);
    if (m[4] !== undefined) target.item = parseNumeral(m[4]);
    return { kind: 'article', start, end, labelStart, labelEnd: labelStart + m[0].indexOf('条') + 1, target, citation: newCitation(start, labelStart, parent, parent, undefined), uncertain: true };
  }
  return undefined;
}
