// A large workspace on disk for protocol and load tests: one instrument (the hub)
// and `count` treaties that each cite it by title and article, built from the
// seeds' own article bodies, so that a workspace-wide request on the hub (Find All
// References on its title, its code lenses, renaming one of its articles) has
// `count` documents to read.
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './fixture';
import { seedArticleBodies } from '../../bench/generate';
import { formatChinese } from '../../server/src/syntax/numerals';

export const HUB_TITLE = '中华人民共和国政府和大型测试国政府关于中心事项的协定';

/** The hub's text: `articles` articles, each citing the one before. */
export function hubText(articles = 30): string {
  const bodies = seedArticleBodies(ROOT);
  const parts = [`# ${HUB_TITLE}\n\n双方达成协议如下：\n`];
  for (let n = 1; n <= articles; n++) parts.push(`\n## 第${formatChinese(n)}条\n\n${bodies[n % bodies.length]}\n`);
  parts.push('\n本协定于2001年6月15日在上海签署，一式两份，每份均用中文写成。\n');
  return parts.join('');
}

/** Writes the hub (`hub.md`) and `count` citing treaties of about `bytes` each into `dir`. */
export function writeBigWorkspace(dir: string, count: number, bytes = 6 * 1024): { hub: string } {
  const bodies = seedArticleBodies(ROOT);
  fs.mkdirSync(dir, { recursive: true });
  const hub = path.join(dir, 'hub.md');
  fs.writeFileSync(hub, hubText());
  for (let i = 0; i < count; i++) {
    const parts = [`# 第${i + 1}号测试协定\n\n双方根据2001年6月15日《${HUB_TITLE}》第三条，达成协议如下：\n`];
    let size = Buffer.byteLength(parts[0]);
    for (let n = 1; size < bytes; n++) {
      let part = `\n## 第${formatChinese(n)}条\n\n${bodies[(i * 7 + n) % bodies.length]}\n`;
      if (n % 2 === 0) part += `\n《${HUB_TITLE}》第${formatChinese(1 + ((i + n) % 30))}条的规定同样适用。\n`;
      parts.push(part);
      size += Buffer.byteLength(part);
    }
    parts.push('\n本协定于2005年1月1日在北京签署。\n');
    fs.writeFileSync(path.join(dir, `t${String(i).padStart(5, '0')}.md`), parts.join(''));
  }
  return { hub };
}
