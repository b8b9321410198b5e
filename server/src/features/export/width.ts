// How wide a piece of text sets: what the signing copy's layout measures lines by (layout.ts: a line wrapped at the
// margin or stopping short) and the alternat keeps side-by-side signature cells at their column with (alternat.ts).

/** Display width of `text[from, to)`: a CJK or full-width character counts two, any other one. */
export function widthOf(text: string, from = 0, to = text.length): number {
  let w = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c < 0xe000) continue; // the second half of a pair
    w += c >= 0x1100 ? 2 : 1;
  }
  return w;
}
