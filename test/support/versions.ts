// What the versions tests share: a sample law to amend and consolidate, and a comparison's
// changes written one string each.
import { compareVersions } from '../../server/src/features/compare';

/** LAW's pieces, for texts built from them: its heading and first chapter, its four articles, the second chapter's heading. */
export const LAW_PARTS = {
  HEAD: '# 中华人民共和国示例法\n\n## 第一章　总则\n\n',
  A1: '第一条　为了规范示例工作，制定本法。\n\n',
  A2: '第二条　有下列情形之一的，由主管部门责令改正：\n\n（一）未按规定登记的；\n\n（二）拒绝检查的。\n\n违反前款规定，情节严重的，处一万元以下罚款。\n\n',
  CH2: '## 第二章　附则\n\n',
  A3: '第三条　国家鼓励开展示例研究。\n\n',
  A4: '第四条　本法自公布之日起施行。\n',
};

/** A law: chapters, law-style articles, an article of two paragraphs whose first has two items. */
export const LAW = LAW_PARTS.HEAD + LAW_PARTS.A1 + LAW_PARTS.A2 + LAW_PARTS.CH2 + LAW_PARTS.A3 + LAW_PARTS.A4;

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
