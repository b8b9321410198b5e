// Domain words the grammar reads structure by: kinds of instrument and the words that head
// the notes of an exchange. One place; the model re-exports what it needs.
import { foldScript } from './script';

/** Kinds of instrument, longest first so that 联合声明 wins over 声明. */
export const INSTRUMENT_KINDS = [
  '联合新闻公报', '联合公报', '联合声明', '联合宣言', '谅解备忘录', '备忘录', '议定书', '补充协定', '补充协议',
  '会谈纪要', '会议纪要', '纪要', '和约', '条约', '协定', '协议', '公约', '宪章', '换文', '宣言', '声明', '公报', '公告',
  '规约', '盟约', '决议', '布告', '修正案', '决定', '办法', '条例', '规定', '法',
];

/** Kinds that are laws and rules rather than instruments between parties: a title alone does not make a document one. */
export const LAW_KINDS = new Set(['决定', '办法', '条例', '规定', '法']);

const MARKUP = /<sup>[^<]*<\/sup>|<[^>]{1,20}>|\[\^[^\]]*\]|\\\*|[*_`#\s\u3000《》〈〉“”"「」]+/g;

/** A line of a title as the kinds are matched on it: simplified, no markup or white space. */
export function titleWords(raw: string): string {
  return foldScript(raw).replace(MARKUP, '');
}

/** The kind a (normalized) title ends with, a bracketed remark after it apart: `世界人权宣言`, `…协定（草案）`. */
export function endingKind(words: string): string | undefined {
  const t = words.replace(/(?:[（(][^）)]*[）)])+$/, '');
  for (const k of INSTRUMENT_KINDS) if (t.endsWith(k)) return k;
  return undefined;
}

/** A note of an exchange of notes is headed by who sent it: `(一)中方去文`, `对方来文`, `我方复照`. */
export const NOTE_HEAD = /^(?:[（(][ \t\u3000]*[一二三四五六七八九十]{1,3}[ \t\u3000]*[）)][ \t\u3000]*)?[^，。；：,;:\s]{0,16}(?:来文|去文|来照|去照|复照|照会)(?:[ \t\u3000]*[（(][^）)]{0,20}[）)])?$/;

/**
 * Kinds of instrument that take final clauses — entry into force, a term or how it ends, a
 * signing clause — when concluded between two parties. Not laws, declarations, joint
 * statements or communiqués, which have none of them.
 */
export const FINAL_CLAUSE_KINDS = new Set(['协定', '协议', '补充协定', '补充协议', '条约', '议定书']);
