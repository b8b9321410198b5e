// What a signing copy must carry: exactly the document's text lines, read from the model (not from the
// export's layout), and the rule a reader applies to say when two lines may share a paragraph of Word
// or of the preview. Used by test/unit/exportLines.test.ts on every real text and on data tests.
//
// A document line is a line of the syntax tree that is text: blank lines, page breaks (`---`, a lone page
// number), HTML comments, code blocks, metadata tags and the page furniture the model puts in its metadata
// block are not (the title, a People's Daily 〖BT〗 tag's value, and a law's record of adoption under it are; a
// database's status after it is not); footnotes are editors' notes (the
// export may print them, where it likes, or drop them). Markup is not text: `**`, `__`, HTML tags, escapes,
// footnote markers (`*`, `[^1]`, `^1^`); a `#`, a list bullet before the line's content.
//
// Two lines may share a paragraph only where the document hard-wrapped one sentence over them:
//   - the first does not end a sentence (`。；：！？` and their half-width forms, a closing quote after);
//   - a page break or a footnote between them (format rule 6: a sentence goes on over the page), or
//   - the first reaches the paragraph's measure: at least 10 CJK characters wide (20 half-widths) and at
//     least 3/4 of its paragraph's widest line — a line that stops well short of the margin was ended on
//     purpose (a route, a table row, a list line, a line of a web page); two fields (`名称: 值`) are a table;
//   - joined with nothing between them, but Latin words (`with` / `respect`) with one space;
//   - besides, a bare article label and the caption under it (`第一条` / `定义`) make one heading, a space between.
import { Treaty } from '../../server/src/model/treaty';
import { Line, Node } from '../../server/src/syntax/tree';
import { VALIDITY_STATUS } from '../../server/src/syntax/words';
import { isAdoptionRecord } from '../../server/src/syntax/parser';
import { cleanLine, signatureLayout } from '../../server/src/features/export/alternat';

export interface DocLine {
  /** The line as a reader sees it: markup removed, white space kept as written (ends trimmed). */
  text: string;
  note: boolean;
  /** A page break or a footnote lies between this line and the text line before it. */
  afterBreak: boolean;
  /** A bare article label (`第一条`): the caption under it may join it. */
  label: boolean;
  line: Line;
}

/** A document line's words as compared: markup and footnote markers removed, white space runs as one character (their first). */
export function keyOf(s: string): string {
  return s
    .replace(/\[\^[^\]]*\]|\^[^^\s]{1,12}\^/g, '')
    .replace(/[*＊_`]/g, '')
    .replace(/([ \t\u3000\u00a0])[ \t\u3000\u00a0]+/g, '$1')
    .trim();
}

/** A line as a reader sees it: markup, tags and escapes off (the export's own reading of a line, export/alternat.ts). */
const shown = cleanLine;

const STATUS = new RegExp(`[ \\t\\u3000]*[\\[［【](?:${VALIDITY_STATUS.join('|')})[\\]］】]$`);

export function docLines(treaty: Treaty): DocLine[] {
  const text = treaty.text;
  const out: DocLine[] = [];
  let pendingBreak = false;
  // Signatures side by side (`中华人民共和国政府 秘鲁共和国政府` / `代 表 代 表`): a row is two cells, printed as two
  // columns — the left cells, then the right ones. A row is its two cells only where white space alone lies between
  // them (else the row is read whole, and the check fails).
  const rows = treaty.signatures ? (signatureLayout(treaty).rows ?? []) : [];
  const rowAt = new Map(rows.filter((r) => !text.slice(r.leftEnd, r.rightStart).trim()).map((r, i) => [r.start, i]));
  const cells: Array<[DocLine, DocLine]> = [];
  const visit = (n: Node, meta: boolean) => {
    if (n.type === 'block') {
      for (const c of n.children) visit(c, meta || n.kind === 'metadata');
      return;
    }
    const l = n;
    const isTitle = l === treaty.title?.line;
    // A law's record of adoption under its title (`（…会议通过）`) is its text's, the rest of the metadata the page's.
    if (meta && !isTitle && !isAdoptionRecord(text, l)) return;
    if (l.kind === 'blank' || l.kind === 'comment' || l.kind === 'code') return;
    if (l.kind === 'break') {
      pendingBreak = true;
      return;
    }
    if (l.kind === 'tag') {
      if (isTitle && l.value) out.push({ text: shown(text.slice(l.value.start, l.value.end)), note: false, afterBreak: false, label: false, line: l });
      return;
    }
    // An article heading's words from after its heading marks: a bilingual heading's English label before the
    // Chinese one (`## Article I 第一条`, its content starting at 第一条) is the text's too.
    const from = l.kind === 'article' ? l.start + /^[ \t\u3000]*(?:#{1,6}[ \t]+)?/.exec(text.slice(l.start, l.contentStart))![0].length : l.contentStart;
    let s = shown(text.slice(from, l.contentEnd));
    // A database's status after the title (`联合国海洋法公约 [现行有效]`) is the page's, not the title's.
    if (isTitle) s = s.replace(STATUS, '');
    if (!keyOf(s)) return;
    if (l.kind === 'footnote') {
      out.push({ text: s, note: true, afterBreak: false, label: false, line: l });
      pendingBreak = true;
      return;
    }
    const label = l.kind === 'article' && !l.inlineBody && (l.rest === undefined || l.rest >= l.contentEnd);
    const row = rowAt.get(l.contentStart);
    if (row !== undefined) {
      const r = rows[row];
      const cell = (a: number, b: number): DocLine => ({ text: shown(text.slice(a, b)), note: false, afterBreak: false, label: false, line: l });
      cells.push([cell(r.start, r.leftEnd), cell(r.rightStart, r.end)]);
      if (cells.length === rowAt.size) out.push(...cells.map((c) => c[0]), ...cells.map((c) => c[1]));
      pendingBreak = false;
      return;
    }
    out.push({ text: s, note: false, afterBreak: pendingBreak, label, line: l });
    pendingBreak = false;
  };
  visit(treaty.tree.root, false);
  return out;
}

/** Display width: a CJK or full-width character counts two. */
export function widthOf(s: string): number {
  let w = 0;
  for (const c of s) w += c.codePointAt(0)! >= 0x1100 ? 2 : 1;
  return w;
}

/** A field, `名称: 值`: a short name, a colon, a value. */
const FIELD = /^[^\s:：，,。；;]{1,12}\s*[:：]\s*\S/;
const ENDS_SENTENCE = /[。；：！？.;:!?][”’」』）)】"']*$/;
const LATIN_END = /[A-Za-z0-9,.;:)'"]$/;
const LATIN_START = /^[A-Za-z0-9(]/;

/**
 * The paragraphs written (each a string) against the document's lines: every text line once, in order, none
 * lost, nothing added, joined only where a reader sees one sentence wrapped. Returns the problems found.
 */
export function checkParagraphs(paragraphs: string[], lines: DocLine[]): string[] {
  const problems: string[] = [];
  const text = lines.filter((l) => !l.note);
  const notes = lines.filter((l) => l.note).map((l) => keyOf(l.text));
  let i = 0;
  for (const raw of paragraphs) {
    const k = keyOf(raw);
    if (!k) continue;
    const first = text[i];
    if (!first || !k.startsWith(keyOf(first.text))) {
      const n = notes.indexOf(k);
      if (n >= 0) {
        notes.splice(n, 1);
        continue;
      }
      problems.push(`paragraph «${raw}» where the document's next line is «${first?.text ?? '(none)'}»`);
      if (problems.length > 3) return problems;
      // Resynchronise on the next line the paragraph starts with.
      const j = text.findIndex((l, x) => x > i && k.startsWith(keyOf(l.text)));
      if (j < 0) continue;
      i = j;
    }
    const group: DocLine[] = [text[i]];
    const seps: string[] = [];
    let rest = k.slice(keyOf(text[i].text).length);
    i++;
    while (rest) {
      const sep = /^[ \t\u3000\u00a0]*/.exec(rest)![0];
      const r = rest.slice(sep.length);
      const next = text[i];
      if (!next || !r.startsWith(keyOf(next.text))) {
        problems.push(`paragraph «${raw}»: «${r}» is not the document's next line «${next?.text ?? '(none)'}»`);
        rest = '';
        break;
      }
      group.push(next);
      seps.push(sep);
      rest = r.slice(keyOf(next.text).length);
      i++;
    }
    const widest = Math.max(...group.map((l) => widthOf(l.text)));
    for (let j = 0; j + 1 < group.length; j++) {
      const [a, b, sep] = [group[j], group[j + 1], seps[j]];
      const at = `«${a.text}» and «${b.text}» in one paragraph`;
      if (a.label && j === 0) {
        if (!sep) problems.push(`${at}: no space between the label and its caption`);
        continue;
      }
      if (ENDS_SENTENCE.test(a.text)) problems.push(`${at}: the first ends a sentence`);
      else if (!b.afterBreak && FIELD.test(a.text) && FIELD.test(b.text)) problems.push(`${at}: two fields (a table)`);
      else if (!b.afterBreak && (widthOf(a.text) < 20 || widthOf(a.text) < 0.75 * widest)) problems.push(`${at}: the first stops short of the margin (${widthOf(a.text)} of ${widest})`);
      const latin = LATIN_END.test(a.text) && LATIN_START.test(b.text);
      if (sep !== (latin ? ' ' : '')) problems.push(`${at}: joined by «${sep}», expected «${latin ? ' ' : ''}»`);
    }
  }
  if (i < text.length && problems.length === 0) problems.push(`line lost: «${text[i].text}» (and ${text.length - i - 1} after it)`);
  return problems;
}
