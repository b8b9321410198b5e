// What every completion provider reads: the request, decoded once by completion.ts
// (document, offset, current line, what was typed before the cursor), and the
// helpers that turn offsets on the current line into LSP ranges.
import { Range, TextEdit } from 'vscode-languageserver-types';
import { Line } from '../syntax/tree';
import { Snippet } from './completionSnippets';
import { FeatureContext } from './context';

/** The feature context and the request, decoded once. */
export interface CompletionRequest extends FeatureContext {
  text: string;
  /** The cursor, as an offset. */
  offset: number;
  /** The line holding the cursor, and its index. */
  line: Line;
  lineIndex: number;
  /** The text of the line before the cursor (at most the last 120 characters). */
  before: string;
  snippets: readonly Snippet[];
  /** The snippets in traditional characters, offered in a text written in them (empty: the simplified ones are). */
  traditionalSnippets: readonly Snippet[];
  /** Today, for the dates a clause or template writes (passed in, so that the answer is a function of the request). */
  now: Date;
  /** Set by a provider that returned a part of a long list: the client asks again as the user types. */
  incomplete?: boolean;
}

/** What a completion item carries to `completionItem/resolve`. */
export type ItemData =
  | { k: 'article'; uri: string; num?: number; sub?: number; name: string }
  | { k: 'title'; uri: string }
  | { k: 'clause' };

/** The range `from..to` (offsets on the cursor's line). */
export function lineRange(req: CompletionRequest, from: number, to: number = req.offset): Range {
  const { line, lineIndex } = req;
  const clamp = (o: number) => Math.max(0, Math.min(o, line.eol) - line.start);
  return { start: { line: lineIndex, character: clamp(from) }, end: { line: lineIndex, character: clamp(to) } };
}

export function edit(req: CompletionRequest, from: number, newText: string, to: number = req.offset): TextEdit {
  return { range: lineRange(req, from, to), newText };
}

/** Escapes text for a snippet body: `$`, `}` and `\`. */
export function esc(s: string): string {
  return s.replace(/[$}\\]/g, '\\$&');
}

/** A sort key that keeps numeric order: 7 → `00007`. */
export function pad(n: number): string {
  return String(n).padStart(5, '0');
}

/** A list as Chinese writes one: `中文和俄文`, `中文、哈文和俄文`. */
export function listed(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join('、')}和${names[names.length - 1]}`;
}

/** Chinese counting word: 2 → 两, 3 → 三, 11 → 十一. */
export function countWord(n: number, chinese: (n: number) => string): string {
  return n === 2 ? '两' : chinese(n);
}

/** Pinyin for the words a drafter types most, so they can be typed without switching input method. */
export const PINYIN: Record<string, string> = {
  双方: 'shuangfang', 缔约双方: 'diyueshuangfang', 缔约各方: 'diyuegefang', 各方: 'gefang', 缔约方: 'diyuefang',
  国界: 'guojie', 本组织: 'benzuzhi', 组织: 'zuzhi', 成员国: 'chengyuanguo',
  本协议: 'benxieyi', 本协定: 'benxieding', 本条约: 'bentiaoyue', 本公约: 'bengongyue', 本议定书: 'benyidingshu',
  本宪章: 'benxianzhang', 本声明: 'benshengming', 本公报: 'bengongbao', 本备忘录: 'benbeiwanglu',
};
