// Document text shown by the editor as markdown (hovers, completion
// documentation) must show as the text it is:
// a document someone sent may hold `![x](https://…/pixel.png)`, `[run](command:…)`
// or raw HTML, which an editor would render live (fetching the image, offering
// the command). Every piece of document text goes through `markdownEscape` before it
// is put in a markdown string; only the markup we write ourselves stays markup.

/** ASCII punctuation: what CommonMark lets a backslash escape. */
const MARKDOWN_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/**
 * Text escaped for markdown: every ASCII punctuation mark gets a backslash, so no
 * link, image, autolink (`https\:\/\/…`, `www\.…`), HTML tag or entity, emphasis,
 * heading, list or code block can start in it. Line breaks are kept; renders as the text itself.
 */
export function markdownEscape(text: string): string {
  // Indentation would open a code block, where escapes show as backslashes; a paragraph drops it anyway.
  return text.replace(MARKDOWN_PUNCTUATION, '\\$&').replace(/^[ \t]+/gm, '');
}

/** The line end that text written into a document uses: the document's first line break's (LF when it has none). */
export function lineEndOf(text: string): '\n' | '\r\n' {
  const n = text.indexOf('\n');
  return n > 0 && text[n - 1] === '\r' ? '\r\n' : '\n';
}
