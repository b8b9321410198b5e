// Generated workloads for the benchmark: large treaties assembled from the
// seeds' own articles, renumbered, so the text is real treaty prose.
import * as fs from 'fs';
import * as path from 'path';
import { formatChinese } from '../server/src/syntax/numerals';

const HEADING = /^(?:#{1,6}[ \t]*)?\**第[ \t]*[〇零一二三四五六七八九十百千0-9 ]+[ \t]*条\**[ \t]*$/;

/** The bodies of every article in the seeds (text between article headings). */
export function seedArticleBodies(root: string): string[] {
  const dir = path.join(root, 'test/fixtures/seeds');
  const bodies: string[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const lines = fs.readFileSync(path.join(dir, name), 'utf8').split('\n');
    let current: string[] | undefined;
    for (const line of lines) {
      if (HEADING.test(line.trim())) {
        if (current) bodies.push(current.join('\n').trim());
        current = [];
      } else if (current) {
        if (/签署|签订/.test(line) && /年/.test(line)) {
          bodies.push(current.join('\n').trim());
          current = undefined;
        } else current.push(line);
      }
    }
  }
  return bodies.filter((b) => b.length > 0);
}

/** A treaty of at least `minArticles` articles and `minBytes` bytes of UTF-8. */
export function largeTreaty(root: string, minArticles: number, minBytes: number, title = '大型测试协定'): string {
  const bodies = seedArticleBodies(root);
  const parts = [`# ${title}\n\n缔约双方（以下简称“双方”），根据2002年12月23日《中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约》，达成协议如下：\n`];
  let bytes = Buffer.byteLength(parts[0]);
  for (let n = 1; n <= minArticles || bytes < minBytes; n++) {
    const body = bodies[(n - 1) % bodies.length];
    const ref = n > 3 ? `\n\n本协定第${formatChinese(n - 2)}条和第${n - 1}条的规定同样适用。` : '';
    const part = `\n## 第${formatChinese(n)}条\n\n${body}${ref}\n`;
    parts.push(part);
    bytes += Buffer.byteLength(part);
  }
  parts.push('\n本协定于2002年12月23日在北京签署，一式两份，每份均用中文和俄文写成，两种文本同等作准。\n\n中华人民共和国代表\n\n俄罗斯联邦代表\n');
  return parts.join('');
}
