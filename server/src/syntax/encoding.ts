// Which encoding a treaty file is in, decided on its bytes (no IO: protocol/decode.ts reads the
// bytes and calls `decodeBytes`), and whether a text an editor decoded reads as mojibake.
//
// The decision, in order:
// 1. a byte order mark: UTF-8 (EF BB BF), UTF-16LE (FF FE), UTF-16BE (FE FF);
// 2. valid UTF-8 (a fatal `TextDecoder`): UTF-8 — a GB18030 or Big5 Chinese text is almost never
//    valid UTF-8 (its lead bytes 0x81–0xFE are rarely followed by the right continuation bytes);
// 3. else UTF-8 with bytes that are not (a file cut inside a character, a byte changed, a phrase
//    pasted from a GBK file: each read as U+FFFD, the text marked `lossy`), GB18030 (a superset of
//    GBK and GB2312) or Big5, whichever decodes to the more plausible Chinese (`chineseScore`; a
//    legacy file read as UTF-8 is U+FFFD throughout, a UTF-8 file read as GBK mojibake throughout). Both decoders accept most byte strings, but Big5 read as GB18030
//    falls in GB18030's user-defined rows (private-use characters) and symbol rows (kana, box
//    drawing), and GB18030 read as Big5 gives undefined codes (U+FFFD), private-use characters
//    and rare characters; a real text is made of the common characters and the lexicon's words.
//    A tie goes to GB18030.
// Node's built-in `TextDecoder` (full ICU) decodes all of them.
import { INSTRUMENT_WORDS, STATES } from './words';
import { foldCode, foldScript } from './script';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

/** How a file's bytes were read: the text (no byte order mark) and the encoding decided. */
export interface Decoded {
  text: string;
  encoding: Encoding;
  /** The file began with a byte order mark. */
  bom: boolean;
  /** UTF-8 with bytes that are not UTF-8, read as U+FFFD: the text is not all of the file (written back, it would lose them). */
  lossy?: true;
}

/** The encodings' names as users know them (VS Code's "Reopen with Encoding" list). */
export const ENCODING_NAMES: Readonly<Record<Encoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  gb18030: 'GB18030 (GBK)',
  big5: 'Big5',
};

/** Bytes scored to choose between GB18030 and Big5. */
const SAMPLE_BYTES = 128 * 1024;

/**
 * Decodes a file's bytes (see the decision above). `partial`: the bytes are the head of a longer
 * file, so a multi-byte character cut at the end is not a decoding error.
 */
export function decodeBytes(bytes: Uint8Array, partial = false): Decoded {
  const opts = { stream: partial };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3), opts), encoding: 'utf-8', bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2), opts), encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2), opts), encoding: 'utf-16be', bom: true };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, opts), encoding: 'utf-8', bom: false };
  } catch {
    // Not UTF-8: a legacy Chinese encoding — or UTF-8 cut inside its last character (a store's or a download's cut):
    // every byte before the cut is UTF-8, the cut character reads as U+FFFD.
    if (!partial && utf8BeforeCut(bytes)) return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), encoding: 'utf-8', bom: false, lossy: true };
  }
  // Scored on the first 128 KB (plenty of text to tell), then the whole decoded once.
  const sample = bytes.length > SAMPLE_BYTES ? bytes.subarray(0, SAMPLE_BYTES) : bytes;
  const partialSample = partial || sample !== bytes;
  const score = (encoding: Encoding) => chineseScore(new TextDecoder(encoding, { ignoreBOM: true }).decode(sample, { stream: partialSample }));
  const gb = score('gb18030');
  const big5 = score('big5');
  if (score('utf-8') > Math.max(gb, big5)) return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes, opts), encoding: 'utf-8', bom: false, lossy: true };
  const encoding = big5 > gb ? 'big5' : 'gb18030';
  return { text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes, opts), encoding, bom: false };
}

/** Whether `bytes` are UTF-8 but for a character cut at their end (its first one to three bytes). */
function utf8BeforeCut(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

// The most frequent characters of modern written Chinese (simplified; a traditional text is folded
// to simplified before it is scored), then every character of the lexicon's words.
const FREQUENT =
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功包片史委乎查轻易早曾除农找装广显阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋索款靠评版宝座释景顾弟登货互付伯慢欧换闻危核暗介坏讨丽良序升监临露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋梦散温困剑渐封救贵枪缺楼县尚毫移朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨板庭妇归额含顺输招婚脱补谓督毒油疗旅泽材灭逐莫笔亡词圣择寻厂博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫借君禁阴园谋宋避抓荣孙逃束跳顶玉镇雪午练迫篇肉馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟访弱蒙歌典欲萨遭盘扩盖雄稳忘亿刺拥徒杨齐赛趣曲刀迎冰虚析醒透购替塞努休扬途侵刑兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟川申缓潜闪售抵朱埃抱纯夏忍页杰筑折郑尊吴秀混臣雅振染盛舞圆措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲丁赵尖拜兼贴' +
  '缔约款署订际签字双及其间依照并应予履行批准生效期满届废止终止修改附件照会谅解备忘录宪章公约议定书协定条例决议宣言声明公报纪要换文';

const COMMON: ReadonlySet<string> = new Set([
  ...FREQUENT,
  ...INSTRUMENT_WORDS.flatMap((w) => [...w.word]),
  ...STATES.flatMap((s) => [...(s.full ?? ''), ...(s.language ?? ''), ...(s.capital ?? '')]),
].map((c) => foldScript(c)));

/**
 * How plausible `text` is as Chinese prose: +1 for each frequent character (after folding
 * traditional to simplified), −½ for each other CJK character (a real text is mostly frequent
 * characters, one decoded in the wrong encoding mostly others: which way the sum goes, not its
 * size, tells them apart), −4 for each U+FFFD and private-use character, −1 for each
 * CJK character outside the basic block (extensions, compatibility ideographs) and for kana and
 * box-drawing characters (GB18030's symbol rows read from Big5; not Cyrillic or Greek, which a
 * treaty with a Russian text holds in earnest).
 */
function chineseScore(text: string): number {
  let score = 0;
  for (const ch of foldScript(text)) {
    const c = ch.codePointAt(0)!;
    if (COMMON.has(ch)) score += 1;
    else if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff) || c >= 0xf0000) score -= 4;
    else if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c >= 0x20000) score -= 1;
    else if (c >= 0x4e00 && c <= 0x9fff) score -= 0.5;
    // (Kana, box drawing and bopomofo: GBK's codes for them are what a UTF-8 text read as GBK is full of — `[绶ㄨ集]` for `[編輯]`.)
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x2500 && c <= 0x257f) || (c >= 0x3100 && c <= 0x312f)) score -= 1;
  }
  return score;
}

/** What an editor's text shows when the editor read the file in the wrong encoding. */
export interface Misdecoding {
  /**
   * `replacement`: U+FFFD where bytes were not UTF-8 (a GB18030/Big5 file read as UTF-8); `mojibake`: CJK
   * characters that are no Chinese (a UTF-8 file read as GBK/Big5); `latin1`: Chinese in UTF-8 read as
   * Windows-1252 or Latin-1, each character three Latin letters and signs (`ä¸­` for `中`: a web page whose
   * encoding is mislabelled, copied as it shows).
   */
  kind: 'replacement' | 'mojibake' | 'latin1';
  /** The replacement characters, or the CJK characters (garbled, or garbled into Latin signs), counted. */
  count: number;
  /** Offset of the first one. */
  start: number;
}

/** U+FFFD in a row: a run of two or more is one undecodable multi-byte character or more. */
const REPLACEMENTS = /\ufffd+/g;
/** At least this many replacement characters, making at least this share of the non-blank characters. */
const MIN_REPLACEMENTS = 8;
const MIN_REPLACEMENT_SHARE = 0.05;
/** A text with at least this many CJK characters of which fewer than this share are frequent is mojibake. */
const MIN_CJK = 60;
const MAX_COMMON_SHARE = 0.2;
/** Characters of a text looked at to decide. */
const HEAD_CHARS = 16 * 1024;

/**
 * Whether a decoded text reads as the result of the wrong encoding: many U+FFFD (bytes that were
 * not UTF-8), or CJK characters almost none of which are frequent ones (UTF-8 bytes read as GBK give
 * `鍗忓畾` for `协定`). Real text, even with a stray U+FFFD copied from a PDF, is neither.
 */
export function misdecoding(text: string): Misdecoding | undefined {
  // A wrong encoding garbles the whole file: its head tells (cheap on every check of a large document).
  // (treaty-check asks it of every file: each test looked for first where a real text has nothing to find.)
  const head = text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text;
  const replacements = head.includes('\ufffd') ? head.match(REPLACEMENTS)!.join('').length : 0;
  if (replacements >= MIN_REPLACEMENTS && replacements / (head.length - (head.match(/\s/g)?.length ?? 0)) >= MIN_REPLACEMENT_SHARE) {
    return { kind: 'replacement', count: head === text ? replacements : text.match(REPLACEMENTS)!.join('').length, start: head.indexOf('\ufffd') };
  }
  if (UTF8_LEAD_AS_LATIN1.test(head)) {
    const l = latin1Share(head);
    if (l.garbled >= MIN_LATIN1 && l.garbled * 3 >= MIN_LATIN1_SHARE * l.nonAscii && l.plausible * MIN_LATIN1_PLAUSIBLE >= l.garbled) return { kind: 'latin1', count: head === text ? l.garbled : latin1Share(text).garbled, start: l.start };
  }
  if (plainlyChinese(head)) return undefined;
  const h = chineseShare(head);
  if (h.cjk >= MIN_CJK && h.common / h.cjk < MAX_COMMON_SHARE) return { kind: 'mojibake', count: head === text ? h.cjk : chineseShare(text).cjk, start: h.start };
  return undefined;
}

/** What a three-byte UTF-8 character's lead byte reads as in Windows-1252 or Latin-1 (`ä` `å` `æ` `ç` `è` `é` `ï`…): none, none of `latin1`. */
const UTF8_LEAD_AS_LATIN1 = /[\u00e3-\u00ef]/;

/** Whether the first of `text`'s CJK characters (500 of them) are plainly prose: half of them frequent ones (mojibake has a twentieth). */
function plainlyChinese(text: string): boolean {
  const first = chineseShare(text, 500);
  return first.cjk === 500 && first.common >= 250;
}

/** At least this many Chinese characters read as Latin signs, making at least this share of the text's other characters than ASCII, is `latin1`. */
const MIN_LATIN1 = 8;
const MIN_LATIN1_SHARE = 0.25;
/**
 * And at least one in this many of those characters is a frequent one or a Chinese sign: Chinese read back (prose, half
 * of it frequent), not the chance of a Western text's letter and signs (French `é\u00a0»`, E9 A0 BB, reads back as `頻`).
 */
const MIN_LATIN1_PLAUSIBLE = 3;

/**
 * The characters Windows-1252 gives bytes 0x80–0x9F (a browser, and TextDecoder, read the five it leaves
 * undefined, 0x81 0x8D 0x8F 0x90 0x9D, as the C1 controls of the same code, as Latin-1 reads them all).
 */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const CP1252_BYTES: ReadonlyMap<number, number> = new Map([...CP1252_HIGH].map((c, i) => [c.charCodeAt(0), 0x80 + i]));

/** The byte a Windows-1252 or Latin-1 reading made the UTF-16 code unit `c` from, or -1. */
function latin1Byte(c: number): number {
  return c < 0x100 ? c : CP1252_BYTES.get(c) ?? -1;
}

/** Whether `cp` is a Chinese character or a CJK or full-width sign, what a Chinese text's three-byte characters are. */
function isChineseCode(cp: number): boolean {
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef);
}

/**
 * Chinese characters written as three Windows-1252 characters (a UTF-8 lead byte 0xE3–0xE9 or 0xEF, then
 * two continuation bytes, decoding to a CJK character or a CJK or full-width sign), how many characters beyond ASCII the text
 * has, where the first garbled one starts, and how many of them read back as a frequent character or a sign.
 */
function latin1Share(text: string): { garbled: number; nonAscii: number; start: number; plausible: number } {
  const frequent = frequentCodes();
  let garbled = 0;
  let plausible = 0;
  let nonAscii = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (c < 0xe3 || (c > 0xe9 && c !== 0xef) || i + 2 >= text.length) continue;
    const b1 = latin1Byte(text.charCodeAt(i + 1));
    const b2 = latin1Byte(text.charCodeAt(i + 2));
    if (b1 < 0x80 || b1 > 0xbf || b2 < 0x80 || b2 > 0xbf) continue;
    const cp = ((c & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
    if (!isChineseCode(cp)) continue;
    if (start < 0) start = i;
    garbled++;
    if (frequent[cp] || cp < 0x3400 || cp >= 0xff00) plausible++;
    nonAscii += 2;
    i += 2;
  }
  return { garbled, nonAscii, start, plausible };
}

/** A replacement of `start..end` by `text`: a garbled stretch of a line and what it said. */
export interface Repair {
  start: number;
  end: number;
  text: string;
}

/**
 * The garbled stretches of a text of kind `latin1` (see `misdecoding`), each with the text it was:
 * the Windows-1252 (or Latin-1) characters read back into their bytes and the bytes decoded as UTF-8,
 * one repair per line, from its first garbled character to its last (what is between, ASCII or real
 * Chinese, kept as it is). A character one of whose bytes is lost is left as it is, for the drafter to
 * see: a page copied without the C1 controls a browser shows nothing for drops the five bytes
 * Windows-1252 leaves undefined (`æ¡` for `条`, E6 9D A1). No guess: of the ten characters such a
 * pair may have been, the most frequent one was the right one for 91 of the 160 the real corpus has.
 */
export function latin1Repairs(text: string): Repair[] {
  const out: Repair[] = [];
  let line: Repair | undefined;
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      line = undefined;
      continue;
    }
    const lead = latin1Byte(c);
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (!length) continue;
    const bytes = [lead];
    let j = i + 1;
    for (; j < text.length && bytes.length < length; j++) {
      const b = latin1Byte(text.charCodeAt(j));
      if (b < 0x80 || b > 0xbf) break;
      bytes.push(b);
    }
    const decoded = bytes.length === length ? utf8(bytes) : undefined;
    if (decoded === undefined) continue;
    if (line) line.text += text.slice(kept, i) + decoded;
    else out.push((line = { start: i, end: j, text: decoded }));
    line.end = j;
    kept = j;
    i = j - 1;
  }
  return out;
}

/**
 * The garbled stretches of a text of kind `mojibake` whose characters are its own (pasted, or saved
 * so): each line's characters written back into the GBK bytes they were read from and the bytes
 * decoded as UTF-8. Reading UTF-8 as GBK loses a byte where a character's bytes ran into an ASCII
 * one (the last character of a run of three-byte characters of odd length, often a line's `。`):
 * such a character is shown as the one U+FFFD it left, as it was. A line whose bytes are no UTF-8 is left
 * alone (real Chinese among the garbled lines), as is a short one that would read no better; so is one
 * holding a character GBK has no bytes for.
 */
export function gbkRepairs(text: string): Repair[] {
  const table = gbkBytes();
  const out: Repair[] = [];
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.charCodeAt(end - 1) === 0x0d ? text.slice(start, end - 1) : text.slice(start, end);
    const repaired = gbkLine(line, table);
    if (repaired !== undefined) {
      // The repair spans the line's first to last character that changed.
      let a = 0;
      while (a < line.length && a < repaired.length && line.charCodeAt(a) === repaired.charCodeAt(a)) a++;
      let b = 0;
      while (b < line.length - a && b < repaired.length - a && line.charCodeAt(line.length - 1 - b) === repaired.charCodeAt(repaired.length - 1 - b)) b++;
      out.push({ start: start + a, end: start + line.length - b, text: repaired.slice(a, repaired.length - b) });
    }
    start = end + 1;
  }
  return out;
}

/**
 * A line of GBK mojibake read back as UTF-8, or undefined when it has none, or when its bytes are no
 * UTF-8 (more U+FFFD read back than the line held: real Chinese, whose GBK bytes never are). `€` is the
 * one character GBK reads from two codes (0x80 alone, and A2 E3): each is read as the byte 0x80 unless
 * A2 E3 makes fewer bytes that are no UTF-8, or as few and more plausible Chinese (`止` for `歀`).
 */
function gbkLine(line: string, table: ReadonlyMap<number, number>): string | undefined {
  const bytes: number[] = [];
  const euros: number[] = [];
  /** Where in the bytes each byte the first reading lost was (its U+FFFD). */
  const lostAt: number[] = [];
  let wide = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 0x80) bytes.push(c);
    else if (c === 0xfffd) lostAt.push(bytes.length); // a byte lost in the first reading
    else {
      const b = table.get(c);
      if (b === undefined) return undefined;
      if (c === 0x20ac) euros.push(bytes.length);
      if (b > 0xff) bytes.push(b >> 8);
      bytes.push(b & 0xff);
      wide = true;
    }
  }
  if (!wide) return undefined;
  let repaired = utf8Lenient(bytes);
  // Each `€` (from the last, so that the earlier ones' offsets hold) read the other way when that reads better.
  for (let k = euros.length - 1; k >= 0; k--) {
    const other = [...bytes.slice(0, euros[k]), 0xa2, 0xe3, ...bytes.slice(euros[k] + 1)];
    const read = utf8Lenient(other);
    const fewer = replacements(read) - replacements(repaired);
    // (A tie, `€€` then a lost byte: a character ending in A2, then `。` (E3 80 82) whose last byte was lost — `搜索。` at
    // the line's end, `修订。)` before a bracket — where 0x80 then 0x80 make `紀` (`讀`) and a lone byte. The first € is A2 E3 there.)
    const stop = fewer === 0 && k + 1 < euros.length && euros[k + 1] === euros[k] + 1 && lostAt.includes(euros[k + 1] + 1);
    if (fewer < 0 || (fewer === 0 && (stop || chineseScore(read) > chineseScore(repaired)))) {
      bytes.splice(euros[k], 1, 0xa2, 0xe3);
      repaired = read;
    }
  }
  if (replacements(repaired) > lostAt.length || repaired === line) return undefined;
  // A real line of a character or two may make UTF-8 by chance (`(一`, D2 BB, reads back as `(һ`): a short
  // one is taken only when it reads as more plausible Chinese.
  let wideChars = 0;
  for (let i = 0; i < repaired.length; i++) if (repaired.charCodeAt(i) >= 0x80) wideChars++;
  // Nor is a longer one read back with no Chinese at all that reads as less plausible Chinese than it does
  // (`1.?职业税;`, D6 B0 D2 B5 CB B0: `ְҵ˰`, Hebrew, Cyrillic, a modifier letter); a Russian line read back is taken.
  const better = chineseScore(repaired) - chineseScore(line);
  // A line of ASCII and middle dots read back (`·825·`, a printed page's number, shown `路825路`: `·` is C2 B7, GBK's `路`) is
  // taken too: no chance reading of a real line, which would be digits and 路 alone.
  // So is a line of a table's frame in box-drawing characters (`┌───┐ ┌───┐`, `│ │ │ │`: a form annexed to a convention, its
  // boxes drawn so; U+2500–U+257F are E2 94/95 xx, read as GBK `鈹€…`), which no real line's bytes make.
  if (DOTTED_LINE.test(repaired) || BOX_LINE.test(repaired)) return repaired;
  if (better < 0 && !HAN.test(repaired)) return undefined;
  return wideChars >= 3 || better > 0 ? repaired : undefined;
}

/** A line of ASCII and middle dots (`·`), one dot at least. */
const DOTTED_LINE = /^[\x00-\x7f\u00b7]*\u00b7[\x00-\x7f\u00b7]*$/;
/** A line of ASCII and box-drawing characters, one at least (and a character whose byte the first reading lost, U+FFFD). */
const BOX_LINE = /^[\x00-\x7f\u2500-\u257f\ufffd]*[\u2500-\u257f][\x00-\x7f\u2500-\u257f\ufffd]*$/;

/** A Chinese character (the unified ideographs and extension A). */
const HAN = /[\u3400-\u9fff]/;

function utf8Lenient(bytes: number[]): string {
  return new TextDecoder('utf-8').decode(Uint8Array.from(bytes));
}

function replacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

let GBK_BYTES: Map<number, number> | undefined;

/** Each character GBK gives a code beyond ASCII, by that code (`lead << 8 | trail`; the one byte 0x80 is `€`), read once from the decoder itself. */
function gbkBytes(): ReadonlyMap<number, number> {
  if (GBK_BYTES) return GBK_BYTES;
  const pairs: number[] = [];
  const bytes: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pairs.push((lead << 8) | trail);
      bytes.push(lead, trail, 0x0a);
    }
  }
  GBK_BYTES = new Map([[0x20ac, 0x80]]);
  // GB18030 and the older GBK (Windows' code page 936, as editors read it) give a few codes different
  // characters (GBK private-use ones where GB18030-2022 has the real character): both are read back.
  for (const encoding of ['gb18030', 'gbk']) {
    const chars = new TextDecoder(encoding).decode(Uint8Array.from(bytes)).split('\n');
    for (let i = 0; i < pairs.length; i++) {
      const ch = chars[i];
      if (ch.length === 1 && ch !== '\ufffd' && !GBK_BYTES.has(ch.charCodeAt(0))) GBK_BYTES.set(ch.charCodeAt(0), pairs[i]);
    }
  }
  return GBK_BYTES;
}

// (A byte order mark's bytes read back as U+FEFF, as written: `ï»¿` over a text saved with one is its mark, not nothing.)
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** `bytes` decoded as UTF-8: one character, or undefined when they are no UTF-8 (an overlong form, a surrogate). */
function utf8(bytes: number[]): string | undefined {
  try {
    return STRICT_UTF8.decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
}


/** CJK characters in `text` (the first `most` of them), how many of them are frequent ones, and where the first is. */
function chineseShare(text: string, most = Infinity): { cjk: number; common: number; start: number } {
  const frequent = frequentCodes();
  let cjk = 0;
  let common = 0;
  let start = -1;
  for (let i = 0; i < text.length && cjk < most; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf))) continue;
    if (start < 0) start = i;
    cjk++;
    common += frequent[c];
  }
  return { cjk, common, start };
}

let FREQUENT_CODES: Uint8Array | undefined;

/**
 * 1 for each code unit that is a frequent character (COMMON) read as simplified (a traditional one
 * folds to it, as foldScript reads it, offsets kept), else 0: one lookup a character, no folded copy
 * of the text (treaty-check asks it of every file: folding and a set lookup each cost 1.5 s over
 * LawRefBook/Laws).
 */
function frequentCodes(): Uint8Array {
  if (FREQUENT_CODES) return FREQUENT_CODES;
  FREQUENT_CODES = new Uint8Array(0x10000);
  for (let c = 0x3400; c <= 0x9fff; c++) if (COMMON.has(String.fromCharCode(foldCode(c)))) FREQUENT_CODES[c] = 1;
  return FREQUENT_CODES;
}
