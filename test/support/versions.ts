// What the versions tests share: a sample law to amend and consolidate, and a comparison's
// changes written one string each.
import { compareVersions } from '../../server/src/features/compare';

/** A law: chapters, law-style articles, an article of two paragraphs whose first has two items. */
export const LAW = `# 中华人民共和国示例法

## 第一章　总则

第一条　为了规范示例工作，制定本法。

第二条　有下列情形之一的，由主管部门责令改正：

（一）未按规定登记的；

（二）拒绝检查的。

违反前款规定，情节严重的，处一万元以下罚款。

## 第二章　附则

第三条　国家鼓励开展示例研究。

第四条　本法自公布之日起施行。
`;

/** Each change as one string: = unchanged, ~ modified, + added (< split from), - deleted (> merged into); → the new name, (moved). */
export function changes(a: string, b: string): string[] {
  return compareVersions(a, b).changes.map((c) => {
    switch (c.type) {
      case 'added': return `+${c.new.name}${c.splitFrom ? `<${c.splitFrom.name}` : ''}`;
      case 'deleted': return `-${c.old.name}${c.mergedInto ? `>${c.mergedInto.name}` : ''}`;
      default: return `${c.type === 'modified' ? '~' : '='}${c.old.name}${c.renumbered || c.moved ? `→${c.new.name}${c.moved ? '(moved)' : ''}` : ''}`;
    }
  });
}
