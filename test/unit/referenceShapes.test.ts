// References and citations of one kind have one shape: the same fields, in the same order, whatever
// they hold (those a reference lacks are undefined, not missing). The functions that read them by the
// thousand in a check of many files saw several shapes, and V8 deoptimized them again and again
// (model/references.ts `newCitation`, `articleRef`). A text with every way of citing and referring
// that makes a citation or a reference differ: a date before a citation, a quoted title, a short
// form, a bare title defined as a short name, another instrument's article, a range, a relative
// reference, a quoted self-reference, a unit alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';
import { referencesOf } from '../../server/src/model/references';

const TEXT = `# 中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约

中华人民共和国和哈萨克斯坦共和国（以下简称“缔约双方”），

根据1993年10月18日《中华人民共和国和哈萨克斯坦共和国关于友好关系基础的联合声明》和“上海合作组织宪章”，重申中哈联合声明，

在签订中华人民共和国政府和哈萨克斯坦共和国政府关于边境口岸的协定（以下简称“协定”）时，

达成协议如下：

## 第一条

缔约双方依照《联合国宪章》第二条第一款和协定第三条，发展睦邻友好关系。

## 第二条

本条约第一条至第三条适用于前条所述事项。本条第一款中的“本条约”一语指本条约及其附件。

缔约双方依照第一款第（二）项处理。

## 第三条

本条约自交换批准书之日起生效。
`;

function keysOf(v: object): string {
  return Object.keys(v).join(',');
}

test('every article reference, self-reference, term use and citation has the fields of its kind, in one order', () => {
  const refs = referencesOf(buildTreaty(TEXT));
  const byKind = new Map<string, Set<string>>();
  const citations = new Set<string>();
  for (const r of refs) {
    if (!byKind.has(r.kind)) byKind.set(r.kind, new Set());
    byKind.get(r.kind)!.add(keysOf(r));
    const c = 'citation' in r ? r.citation : undefined;
    if (c) citations.add(keysOf(c));
  }
  assert.deepEqual(
    [...byKind].map(([k, v]) => [k, [...v]]).sort(),
    [
      ['article', ['kind,start,end,labelStart,labelEnd,target,citation,relative,range,uncertain,elsewhere']],
      ['citation', ['kind,start,end,citation']],
      ['self', ['kind,start,end,uncertain']],
      ['term', ['kind,start,end,term,definition']],
    ],
  );
  assert.deepEqual([...citations], ['start,end,title,normalized,date,short,quoted,bare']);
});

test('the text refers in every way the shapes differed by', () => {
  const refs = referencesOf(buildTreaty(TEXT));
  const articles = refs.filter((r) => r.kind === 'article');
  const cites = refs.flatMap((r) => ('citation' in r && r.citation ? [r.citation] : []));
  assert.ok(cites.some((c) => c.date) && cites.some((c) => !c.date), 'a citation with a date, one without');
  assert.ok(cites.some((c) => c.quoted), 'a quoted title');
  assert.ok(cites.some((c) => c.short), 'a short form');
  assert.ok(cites.some((c) => c.bare), 'a bare title');
  assert.ok(articles.some((r) => r.range === 'from') && articles.some((r) => r.range === 'to'), 'a range');
  assert.ok(articles.some((r) => r.relative), 'a relative reference');
  assert.ok(articles.some((r) => r.citation) && articles.some((r) => !r.citation), "another instrument's article, and this one's");
  assert.ok(refs.some((r) => r.kind === 'self' && r.uncertain) && refs.some((r) => r.kind === 'self' && !r.uncertain), 'a quoted self-reference, and one not quoted');
});
