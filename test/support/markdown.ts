// What an editor shows of a markdown string: the source with CommonMark's
// backslash escapes removed (for comparing text), and the HTML markdown-it
// renders with raw HTML and linkify on, as the most permissive editor would.
import MarkdownIt from 'markdown-it';

/** The markdown source with backslash escapes resolved (`\(` → `(`). */
export function unescapeMarkdown(source: string): string {
  return source.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

const md = new MarkdownIt({ html: true, linkify: true });

/** The HTML a permissive renderer makes of `source`. */
export function renderMarkdown(source: string): string {
  return md.render(source);
}

/** The text of rendered HTML: tags dropped, entities decoded, white space collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
