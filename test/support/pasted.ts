// Texts hard-wrapped as a PDF gives them (test/unit/pasted.test.ts, test/unit/remodel.test.ts):
// long lines of the body cut inside phrases, page furniture put between pages.
import { classify } from '../../server/src/syntax/lines';
import { parseTreaty } from '../../server/src/syntax/parser';

/** Inside a converter's pinyin after a character (`協(xi`): printed with its character, as one, never cut. */
const IN_GLOSS = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*$/;
/** A converter's pinyin (`(xié)`): no width of its own on the page (a line is measured without it). */
const GLOSS = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;

/** Characters after which a PDF's hard break can fall mid-sentence: anything but punctuation and space. */
const NO_BREAK_AFTER = /[\s。！？；：，、,.!?;:…”’」』）)》】“‘「『（(《【\-—*#|<>[\]`_~]/;

/**
 * The text hard-wrapped as a PDF would give it: each long line of the body (after the first
 * article heading) cut every `width` characters, where the cut falls inside a phrase and the
 * new line reads as plain text. `furniture` goes between lines at the cuts chosen by `at`.
 */
export function wrap(text: string, width: number, furniture: string[], at: (i: number) => boolean): string {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => /^(?:#{1,6}[ \t]+)?(?:\*\*)?第[一二三四五六七八九十百0-9１-９ \t　]{1,8}[条條款]/.test(l));
  if (first < 0) return text;
  // Page furniture the text already has (a running header) is printed as it is, never wrapped.
  const furnitureAt = new Set(parseTreaty(text).lines.filter((l) => l.kind === 'break').map((l) => l.start));
  const starts: number[] = [];
  for (let i = 0, at = 0; i < lines.length; at += lines[i].length + 1, i++) starts.push(at);
  let cuts = 0;
  const out: string[] = lines.slice(0, first + 1);
  for (let n = first + 1; n < lines.length; n++) {
    const line = lines[n];
    if (line.replace(GLOSS, '').length <= width || furnitureAt.has(starts[n]) || /^\s*(?:[#>|]|<!--)/.test(line) || !wrappable(line, line.slice(0, width))) {
      out.push(line);
      continue;
    }
    let rest = line;
    while (rest.length > width) {
      let cut = width;
      while (cut < rest.length - 1 && (NO_BREAK_AFTER.test(rest[cut - 1]) || NO_BREAK_AFTER.test(rest[cut]) || IN_GLOSS.test(rest.slice(0, cut)) || !plainText(rest.slice(cut)))) cut++;
      if (cut >= rest.length - 1) break;
      out.push(rest.slice(0, cut));
      if (at(cuts++)) out.push(furniture[cuts % furniture.length]);
      rest = rest.slice(cut);
    }
    out.push(rest);
  }
  return out.join('\n');
}

/** A line of running text whose first `piece` the lexer reads the same way: text, a numbered paragraph or item, a law-style article. */
function wrappable(line: string, piece: string): boolean {
  const whole = classify(line, 0, line.length, line.length);
  const head = classify(piece, 0, piece.length, piece.length);
  if (whole.kind === 'article') return whole.inlineBody === true && head.kind === 'article' && head.inlineBody === true;
  return (whole.kind === 'text' || whole.kind === 'para' || whole.kind === 'item') && head.kind === whole.kind;
}

/** A line that the lexer reads as plain text (no unit, heading or page number opens it). */
function plainText(line: string): boolean {
  return !/^第/.test(line) && classify(line, 0, line.length, line.length).kind === 'text';
}

/** Page numbers as PDFs print them. */
export const FURNITURE = ['- 2 -', '—3—', '第 4 页', '·5·', '6 / 10', '第7页 共10页'];
