// What the drafter's review tests (test/unit/review45Bite.test.ts, review46Bite.test.ts) read a workspace of texts with: a
// context for each file, a hover's text, an outline's names.
import { DocumentSymbol } from 'vscode-languageserver-types';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { FeatureContext, contextOf } from '../../server/src/features/context';
import { hover } from '../../server/src/features/hover';

/** Contexts for `files` (name → text) in one workspace, every file a treaty; the first's is returned, and each by name. */
export function inWorkspace(files: Record<string, string>): (name?: string) => FeatureContext {
  const index = new WorkspaceIndex();
  const snaps = new Map(Object.entries(files).map(([name, text]) => [name, index.set(`file:///ws/${encodeURI(name)}`, text, 1, 'treaty')]));
  const first = Object.keys(files)[0];
  return (name = first) => contextOf(index, snaps.get(name)!);
}

/** The hover's markdown at `at`, or undefined. */
export const hoverOf = (ctx: FeatureContext, at: number): string | undefined => {
  const h = hover(ctx, at);
  return h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : undefined;
};

/** An outline as names, each with its children's: `['第一章', ['第一条']]`. */
export const names = (s: DocumentSymbol[]): unknown[] => s.map((x) => (x.children?.length ? [x.name, names(x.children)] : x.name));

/**
 * 护士条例 printed under the order publishing it, as the State Council's page prints it (the order's heading and number, its
 * sentence naming the meeting that adopted it and the day it takes effect, the Premier and the order's date, then the
 * regulation): review47Bite's outline and review48Bite's dates read it. Line numbers on the right.
 */
export const NURSES = [
  '中华人民共和国国务院令', // 0
  '',
  '第517号', // 2
  '',
  '《护士条例》已经2008年1月23日国务院第206次常务会议通过，现予公布，自2008年5月12日起施行。', // 4
  '',
  '总理　温家宝', // 6
  '',
  '二〇〇八年一月三十一日', // 8
  '',
  '护士条例', // 10
  '',
  '第一章　总则', // 12
  '',
  '第一条　为了维护护士的合法权益，规范护理行为，制定本条例。', // 14
  '',
  '第二条　本条例所称护士，是指经执业注册取得护士执业证书的卫生技术人员。', // 16
  '',
].join('\n');

// A code kept one file per book, as LawRefBook/Laws keeps the 民法典 (2f4c5c2, 民法典/总则.md, 物权编.md, 合同编.md; excerpts:
// each file's headings and the first article of a few chapters): `# 中华人民共和国民法典` / `# 物权编`, no `第二编` label, its
// articles numbered on from the book before. citedChapters.test.ts and review49Bite.test.ts cite its books and chapters.
export const CODE_BOOKS: Record<string, string> = {
  'minfadian/总则.md': `# 中华人民共和国民法典

# 总则

## 第一章  基本规定

第一条 为了保护民事主体的合法权益，调整民事关系，维护社会和经济秩序，根据宪法，制定本法。

## 第二章  自然人

### 第一节  民事权利能力和民事行为能力

第十三条 自然人从出生时起到死亡时止，具有民事权利能力，依法享有民事权利，承担民事义务。
`,
  // Listed before the second book: the order is the articles', not the workspace's.
  'minfadian/合同编.md': `# 中华人民共和国民法典

# 合同编

## 第一分编  通则

### 第一章  一般规定

第四百六十三条 本编调整因合同产生的民事关系。

### 第二章  合同的订立

第四百六十九条 当事人订立合同，可以采用书面形式、口头形式或者其他形式。

## 第二分编  典型合同

### 第九章  买卖合同

第五百九十五条 买卖合同是出卖人转移标的物的所有权于买受人，买受人支付价款的合同。
`,
  'minfadian/物权编.md': `# 中华人民共和国民法典

# 物权编

## 第一分编  通则

### 第一章  一般规定

第二百零五条 本编调整因物的归属和利用产生的民事关系。

## 第二分编  所有权

### 第六章  业主的建筑物区分所有权

第二百七十一条 业主对建筑物内的住宅、经营性用房等专有部分享有所有权，对专有部分以外的共有部分享有共有和共同管理的权利。

第二百七十二条 业主对其建筑物专有部分享有占有、使用、收益和处分的权利。
`,
};
