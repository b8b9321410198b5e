// textDocument/inlayHint: what a relative reference points at, written after it:
// 本条 ‹第五条›, 前款 ‹第五条第一款›, 前条 ‹第四条›, 前两款 ‹第五条第一款、第二款›, 前两条 ‹第三条、第四条›; and for a cited article whose
// instrument is in the workspace, nothing (hover says it). Only inside the range asked for.
import { InlayHint, InlayHintKind, Range } from 'vscode-languageserver-types';
import { formatChinese } from '../syntax/numerals';
import { articleName } from '../model/clauses';
import { conventionOf, referencesOf } from '../model/references';
import { FeatureContext } from './context';
import { labelsInTraditional, withTraditionalArticleWord } from './unitWords';

export function inlayHints(ctx: FeatureContext, range: Range): InlayHint[] {
  const { treaty } = ctx;
  const map = ctx.lines;
  const from = map.offsetAt(range.start);
  const to = map.offsetAt(range.end);
  const out: InlayHint[] = [];
  // The names written as the text writes its articles: 本條 ‹第五條› in a text in traditional characters.
  const traditional = labelsInTraditional(treaty);
  // And its units below an article as it names them: in a text of 條/項/款 (Taiwan's laws, older and UN texts) a paragraph
  // is a 項 and an item a 款 — 前項 ‹第六條第一項›, where the hint said 第一款, an item there.
  const xiang = conventionOf(treaty) === 'xiang';
  const paragraph = (n: number) => `第${formatChinese(n)}${xiang ? (traditional ? '項' : '项') : '款'}`;
  const item = (n: number) => (xiang ? `第${formatChinese(n)}款` : `第（${formatChinese(n)}）${traditional ? '項' : '项'}`);
  for (const r of referencesOf(treaty)) {
    if (r.end < from) continue;
    if (r.start > to) break;
    // (该条 after another instrument's article: its number alone would read as this text's; hover names it.)
    if (r.kind !== 'article' || !r.relative || r.citation) continue;
    const t = r.target;
    let label = articleName(t.num, t.sub);
    // 前两条 ‹第四条、第五条›, 前三条 ‹第三条至第五条›.
    if (t.lastArticle !== undefined) label += `${/^[前次][两二]条$/.test(r.relative) ? '、' : '至'}${articleName(t.lastArticle.num, t.lastArticle.sub)}`;
    if (t.paragraph !== undefined) label += paragraph(t.paragraph);
    // 前两款 ‹第五条第一款、第二款›, 前三款 ‹第五条第一款至第三款›.
    if (t.lastParagraph !== undefined) label += `${t.lastParagraph - (t.paragraph ?? 0) === 1 ? '、' : '至'}${paragraph(t.lastParagraph)}`;
    if (t.item !== undefined) label += item(t.item);
    // 前两项 ‹…第（一）项、第（二）项›, 前三项 ‹…第（一）项至第（三）项›.
    if (t.lastItem !== undefined) label += `${t.lastItem - (t.item ?? 0) === 1 ? '、' : '至'}${item(t.lastItem)}`;
    out.push({ position: map.positionAt(r.end), label: traditional ? withTraditionalArticleWord(label) : label, kind: InlayHintKind.Type, paddingLeft: true });
  }
  return out;
}
