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

const STATES = ['中华人民共和国', '哈萨克斯坦共和国', '吉尔吉斯共和国', '俄罗斯联邦', '塔吉克斯坦共和国', '乌兹别克斯坦共和国', '蒙古国', '巴基斯坦伊斯兰共和国'];
const SUBJECTS = ['边防合作', '经济贸易合作', '文化合作', '司法协助', '民用航空运输', '海关互助', '科技合作', '避免双重征税'];

/** The title of the i-th generated treaty. */
export function generatedTitle(i: number): string {
  const a = STATES[i % STATES.length];
  const b = STATES[(i + 1 + (i >> 3)) % STATES.length];
  return `${a}政府和${b === a ? STATES[(i + 3) % STATES.length] : b}政府关于${SUBJECTS[(i >> 2) % SUBJECTS.length]}的第${i + 1}号协定`;
}

/** The signing date of the i-th generated treaty. */
export function generatedDate(i: number): string {
  return `${1990 + (i % 30)}年${1 + (i % 12)}月${1 + (i % 28)}日`;
}

/**
 * A workspace of `count` treaties of about `bytes` bytes each, each citing three
 * others by full title and date (some by article), with references between its own articles.
 */
export function generatedWorkspace(root: string, count: number, bytes: number): { name: string; text: string }[] {
  const bodies = seedArticleBodies(root);
  const out: { name: string; text: string }[] = [];
  for (let i = 0; i < count; i++) {
    const cited = [1, 7, 31].map((k) => (i + k) % count);
    const basis = cited.map((c) => `${generatedDate(c)}《${generatedTitle(c)}》`).join('和');
    const parts = [`# ${generatedTitle(i)}\n\n${STATES[i % STATES.length]}政府和对方政府（以下简称“双方”），根据${basis}，达成协议如下：\n`];
    let size = Buffer.byteLength(parts[0]);
    for (let n = 1; size < bytes; n++) {
      let part = `\n## 第${formatChinese(n)}条\n\n${bodies[(i * 7 + n) % bodies.length]}\n`;
      if (n % 3 === 0) part += `\n本协定第${formatChinese(n - 1)}条和《${generatedTitle(cited[n % 3])}》第${formatChinese(1 + (n % 5))}条的规定同样适用。\n`;
      parts.push(part);
      size += Buffer.byteLength(part);
    }
    parts.push(`\n本协定于${generatedDate(i)}在北京签署，一式两份，每份均用中文和俄文写成，两种文本同等作准。\n`);
    out.push({ name: `treaty-${String(i).padStart(5, '0')}.md`, text: parts.join('') });
  }
  return out;
}

/**
 * Article bodies for the parallel-text bench, in Chinese and Russian, saying the same: paragraphs
 * and items, durations and percentages in words and digits, a date, a reference to an article.
 */
const PARALLEL_BODIES: [string, string][] = [
  ['双方根据各自国家的法律和本协定，在边境保护领域开展合作，并就合作中出现的问题及时进行协商。',
    'Стороны сотрудничают в области охраны границы в соответствии с законодательством своих государств и настоящим Соглашением и своевременно проводят консультации по возникающим вопросам.'],
  ['一、各方应在三十日内将所采取的措施通知另一方。\n\n二、本条第一款所述期限可延长五年。',
    '1. Каждая Сторона уведомляет другую Сторону в течение 30 (тридцати) дней о принятых мерах.\n\n2. Срок, указанный в пункте 1 настоящей статьи, может быть продлен на пять лет.'],
  ['双方主管机关：\n\n（一）每六个月至少交换一次信息；\n\n（二）就本协定第三条所述问题进行磋商；\n\n（三）每年拨出不少于百分之五的资金。',
    'Компетентные органы Сторон:\n\nа) обмениваются информацией не реже одного раза в шесть месяцев;\n\nб) проводят консультации по вопросам, указанным в статье 3 настоящего Соглашения;\n\nв) ежегодно выделяют не менее пяти процентов средств.'],
  ['本协定不影响双方根据2002年12月23日睦邻友好合作条约所享有的权利和承担的义务。',
    'Настоящее Соглашение не затрагивает прав и обязательств Сторон по Договору о добрососедстве, дружбе и сотрудничестве от 23 декабря 2002 года.'],
];

/** A Chinese and a Russian text of one instrument, each of `minBytes` at least, article for article the same. */
export function parallelTreaties(minBytes: number): { zh: string; ru: string } {
  const zh = ['# 中华人民共和国政府和俄罗斯联邦政府关于边境保护合作的协定\n\n中华人民共和国政府和俄罗斯联邦政府（以下简称“双方”），达成协议如下：\n'];
  const ru = ['# Соглашение между Правительством Китайской Народной Республики и Правительством Российской Федерации о сотрудничестве в области охраны границы\n\nПравительство Китайской Народной Республики и Правительство Российской Федерации (далее — «Стороны»), согласились о нижеследующем:\n'];
  let zhBytes = 0;
  let ruBytes = 0;
  for (let n = 1; zhBytes < minBytes || ruBytes < minBytes; n++) {
    const [body, b] = PARALLEL_BODIES[(n - 1) % PARALLEL_BODIES.length];
    // Chinese says it in fewer bytes: a sentence without numbers evens the two texts' sizes.
    let a = body;
    while (Buffer.byteLength(a) < Buffer.byteLength(b) * 0.9) a += '双方本着友好协商的精神处理本条所涉事项。';
    const x = `\n## 第${formatChinese(n)}条\n\n${a}\n`;
    const y = `\n## Статья ${n}\n\n${b}\n`;
    zh.push(x);
    ru.push(y);
    zhBytes += Buffer.byteLength(x);
    ruBytes += Buffer.byteLength(y);
  }
  zh.push('\n本协定于2002年12月23日在北京签署，一式两份，每份均用中文和俄文写成，两种文本同等作准。\n');
  ru.push('\nСовершено в г. Пекине 23 декабря 2002 года в двух экземплярах, каждый на китайском и русском языках, причем оба текста имеют одинаковую силу.\n');
  return { zh: zh.join(''), ru: ru.join('') };
}
