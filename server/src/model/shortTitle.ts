// A short name for a treaty, as people say it: the parties' states by their
// one-character short forms, then what the title says after them —
// `中华人民共和国国防部和哈萨克斯坦共和国民族安全委员会边防合作协议` → `中哈边防合作协议`,
// `…政府关于边境地区合作的协定` → `中哈边境地区合作的协定`. A title that does not
// begin with its parties, or names a state without a short form, stays whole.
import { Treaty } from './treaty';
import { partiesOf, shortFormOf } from './parties';

/** Between two parties in a title: `和`, `与`, `及`, `、`, `，`. */
const BETWEEN = /^[和与及、，,]/;
/** Longer than this, a short title keeps its head and its kind of instrument. */
export const MAX_SHORT_TITLE = 40;

/** The short title of a treaty, or undefined when it has no title. */
export function shortTitleOf(treaty: Treaty): string | undefined {
  const title = treaty.title?.text.replace(/[\s\u3000]+/g, '');
  if (!title) return undefined;
  return clip(abbreviate(title, partiesOf(treaty)) ?? title, treaty.kind);
}

/** `title` with its leading parties replaced by their short forms, or undefined when they cannot all be. */
function abbreviate(title: string, parties: readonly string[]): string | undefined {
  if (parties.length < 2) return undefined;
  let pos = 0;
  const shorts: string[] = [];
  for (const [i, party] of parties.entries()) {
    const short = shortFormOf(party);
    if (!short || !title.startsWith(party, pos)) return undefined;
    shorts.push(short);
    pos += party.length;
    if (i < parties.length - 1) {
      if (!BETWEEN.test(title.slice(pos))) return undefined;
      pos++;
    }
  }
  const prefix = shorts.join('');
  const rest = title.slice(pos).replace(/^关于/, '');
  if (!rest) return undefined;
  // `…关于中吉边境口岸…的协定` names the parties again: once is enough.
  return rest.startsWith(prefix) ? rest : prefix + rest;
}

function clip(s: string, kind: string | undefined): string {
  if (s.length <= MAX_SHORT_TITLE) return s;
  const tail = kind && s.endsWith(kind) ? kind : '';
  return s.slice(0, MAX_SHORT_TITLE - tail.length - 1) + '…' + tail;
}
