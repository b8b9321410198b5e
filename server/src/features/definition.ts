// textDocument/definition: an article reference → that article (or paragraph, item);
// 《title》 → the document holding that instrument; 《title》第X条 → that article there;
// a defined term → its definition; 本协议 → this document's title.
import { LocationLink } from 'vscode-languageserver-types';
import { LineMap, trimEnd } from '../syntax/positions';
import { Line, everyLine } from '../syntax/tree';
import { INSTRUMENT_KINDS, OWN_ANNEX } from '../syntax/words';
import { foldScript } from '../syntax/script';
import { TextLike } from '../syntax/text';
import { parseNumeral } from '../syntax/numerals';
import { referenceAt } from '../model/references';
import { Treaty, treatyText } from '../model/treaty';
import { FeatureContext } from './context';
import { referenceNear } from './amendedArticles';
import { chapterTargetAt, citedBookAt, isTarget, resolve } from './resolve';

export function definition(ctx: FeatureContext, offset: number): LocationLink[] {
  const { snapshot, treaty } = ctx;
  const annex = ownAnnexAt(treaty, offset);
  if (annex) {
    const lines = ctx.lines;
    const head = annex.head;
    return [{
      originSelectionRange: lines.range(annex.start, annex.end), targetUri: snapshot.uri,
      targetRange: lines.range(annex.annexStart, trimEnd(treatyText(treaty), 0, annex.annexEnd)),
      targetSelectionRange: lines.range(head.contentStart, head.contentEnd),
    }];
  }
  const ref = referenceNear(ctx, offset);
  if (!ref) return chapterDefinition(ctx, offset);
  const target = resolve(ctx, ref);
  if (!isTarget(target)) return [];
  const from = ctx.lines;
  const originSelectionRange = from.range(ref.start, ref.end);
  const targetTreaty = target.kind === 'term' ? treaty : target.treaty;
  const to = target.snapshot === snapshot ? from : new LineMap(targetTreaty.tree.lines);
  switch (target.kind) {
    case 'article': {
      // Land on the paragraph or item when one is named, else on the article heading.
      const selStart = target.start === target.article.start ? target.article.label.start : target.start;
      const selEnd = target.start === target.article.start ? target.article.label.end : Math.min(target.end, to.row(to.lineOf(target.start))!.eol);
      return [{
        originSelectionRange, targetUri: target.snapshot.uri,
        targetRange: to.range(target.start, trimEnd(treatyText(targetTreaty), 0, target.end)),
        targetSelectionRange: to.range(selStart, selEnd),
      }];
    }
    case 'document': {
      const t = target.treaty.title;
      const start = t ? t.start : 0;
      const end = t ? t.end : 0;
      return [{
        originSelectionRange, targetUri: target.snapshot.uri,
        // The title's lines, their last line break left out (the selection must lie inside).
        targetRange: to.range(t ? t.line.start : 0, t ? t.lastLine.eol : 0),
        targetSelectionRange: to.range(start, end),
      }];
    }
    case 'term': {
      // The whole definition: the phrase and its clause (`甲国和乙国（以下简称“双方”）`), or the
      // clause and the meaning after it (`“边境”指两国边境地区`), so that it holds the term.
      const d = target.definition;
      return [{
        originSelectionRange, targetUri: snapshot.uri,
        targetRange: to.range(Math.min(d.meaningStart, d.clauseStart), Math.max(d.meaningEnd, d.clauseEnd)),
        targetSelectionRange: to.range(d.start, d.end),
      }];
    }
  }
}

/**
 * A chapter or section named in the text (`第一节至第十一节`, `本协定第十七章`), or a unit of another instrument the workspace
 * holds (`《矿山安全法》第六章`, `该公约第十一部分`): its heading, the whole unit its range.
 */
function chapterDefinition(ctx: FeatureContext, offset: number): LocationLink[] {
  const there = chapterTargetAt(ctx, offset);
  // Or a whole book of a code kept one file per book (`民法典第三编`): its heading (`# 合同编`) to the file's end.
  const book = there ? undefined : citedBookAt(ctx, offset);
  const at = there ?? book;
  if (!at) return [];
  const text = treatyText(at.treaty);
  const [start, end, label, labelEnd] = there
    ? [there.chapter.start, there.chapter.end, there.chapter.label.start, there.chapter.label.end]
    : [book!.head.start, text.length, book!.head.contentStart, book!.head.contentEnd];
  const to = at.snapshot === ctx.snapshot ? ctx.lines : new LineMap(at.treaty.tree.lines);
  return [{
    originSelectionRange: ctx.lines.range(at.start, at.end), targetUri: at.snapshot.uri,
    targetRange: to.range(start, trimEnd(text, 0, end)),
    targetSelectionRange: to.range(label, labelEnd),
  }];
}

/**
 * The text's own annex named at `offset` (`本条例附件规定的范围`, `本协定附件二所列`): the self-word and the annex's word, and the
 * annex of the text — its heading (`## 附件二`, or a line alone after the articles, `附件` / `地质资料汇交范围`) to the next
 * annex's — by its number, or the one annex when the words name none; or an annex named by its number alone (`附件一所列的`)
 * when the text holds one so numbered. Undefined when the text holds no such annex (printed elsewhere).
 */
export function ownAnnexAt(treaty: Treaty, offset: number): { start: number; end: number; head: Line; annexStart: number; annexEnd: number } | undefined {
  const text = treatyText(treaty);
  // Read near the cursor, as referenceAt reads: no list of every reference made for a keystroke's hover or definition. The
  // annex's word opens right after the self-word (the cursor on either), so within ANNEX_WORD before the cursor or
  // SELF_WORD after it.
  const from = Math.max(0, offset - ANNEX_WORD);
  const near = text.slice(from, offset + SELF_WORD);
  for (let k = near.indexOf('附'); k >= 0; k = near.indexOf('附', k + 1)) {
    const at = from + k;
    const m = OWN_ANNEX.exec(foldScript(text.slice(at, at + ANNEX_WORD)));
    if (!m || offset > at + m[0].length || at === 0) continue;
    const r = referenceAt(treaty, at - 1);
    const self = r?.kind === 'self' && !r.uncertain && r.end === at && offset >= r.start;
    // Or an annex named by its number alone (`倾倒附件一所列的废弃物`, 海洋倾废管理条例): the text's own when it holds one so
    // numbered — not another instrument's (`《…》附件二`, `公约附件一`, a reference ending there).
    const bare = !self && offset >= at && m[2] !== undefined && (r === undefined || r.end < at) && !OTHERS_ANNEX.test(foldScript(text.slice(Math.max(0, at - 8), at)));
    if (!self && !bare) continue;
    const found = annexHeaded(treaty, m[1], m[2] === undefined ? undefined : parseNumeral(m[2]));
    return found ? { start: self ? r!.start : at, end: at + m[0].length, head: found.head, annexStart: found.start, annexEnd: found.end } : undefined;
  }
  return undefined;
}

/** What names another instrument right before its annex: a title's closing mark, a kind of instrument (`公约附件一`). */
const OTHERS_ANNEX = new RegExp(`(?:》|${INSTRUMENT_KINDS.join('|')})[ \\t\u3000]*$`);

/** The most characters an annex's word runs over (`附件 12`), and a self-word (`本谅解备忘录`, `本《条约》`) with room to spare. */
const ANNEX_WORD = 8;
const SELF_WORD = 16;

/** A line heading an annex: the annex's word (`word`, or any) and its number, alone or before its caption (`附件二：…`, `附件 口岸名单`). */
export function annexWord(text: TextLike, l: Line, word?: string): RegExpExecArray | undefined {
  const head = foldScript(text.slice(l.contentStart, l.contentEnd));
  const m = OWN_ANNEX.exec(head);
  return m && (word === undefined || m[1] === word) && !/^[^\s\u3000:：、.．]/.test(head.slice(m[0].length)) ? m : undefined;
}

/** A short line of text under an annex's heading that heads the next annex alone (`附件2` under `附件1`, 海洋倾废管理条例). */
export function bareAnnexWord(text: TextLike, l: Line, word: string): RegExpExecArray | undefined {
  return l.kind === 'text' && l.contentEnd - l.contentStart <= 12 ? annexWord(text, l, word) : undefined;
}

/**
 * The annexes after the articles: the sections the parser made of their headings, and in them the lines that head another
 * annex alone (`附件一` … `附件二`, bare lines under the first annex's heading). Each runs to the next; a section's
 * sub-headings' sections are its (`## 附件` / `### 口岸清单`).
 */
function annexHeaded(treaty: Treaty, word: string, num: number | undefined): { head: Line; start: number; end: number } | undefined {
  const text = treatyText(treaty);
  const heads: { head: Line; num: number | undefined }[] = [];
  let end = 0;
  const kids = treaty.tree.root.children;
  for (let i = 0; i < kids.length; i++) {
    const b = kids[i];
    if (b.type !== 'block' || b.kind !== 'section' || !b.head) continue;
    const own = annexWord(text, b.head, word);
    if (!own && heads.length === 0) continue;
    everyLine(b, (l) => {
      const m = l === b.head ? own : heads.length > 0 ? bareAnnexWord(text, l, word) : undefined;
      if (m) heads.push({ head: l, num: m[2] === undefined ? undefined : parseNumeral(m[2]) });
      return true;
    });
    end = b.end;
  }
  const at = num !== undefined ? heads.findIndex((h) => h.num === num) : heads.length === 1 ? 0 : heads.findIndex((h) => h.num === undefined);
  if (at < 0) return undefined;
  const head = heads[at].head;
  return { head, start: head.start, end: at + 1 < heads.length ? heads[at + 1].head.start : end };
}
