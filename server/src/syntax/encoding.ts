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
import { foldScript } from './script';

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
    // Not UTF-8: a legacy Chinese encoding.
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
export function chineseScore(text: string): number {
  let score = 0;
  for (const ch of foldScript(text)) {
    const c = ch.codePointAt(0)!;
    if (COMMON.has(ch)) score += 1;
    else if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff) || c >= 0xf0000) score -= 4;
    else if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c >= 0x20000) score -= 1;
    else if (c >= 0x4e00 && c <= 0x9fff) score -= 0.5;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x2500 && c <= 0x257f)) score -= 1;
  }
  return score;
}

/** What an editor's text shows when the editor read the file in the wrong encoding. */
export interface Misdecoding {
  /** `replacement`: U+FFFD where bytes were not UTF-8 (a GB18030/Big5 file read as UTF-8); `mojibake`: CJK characters that are no Chinese (a UTF-8 file read as GBK/Big5). */
  kind: 'replacement' | 'mojibake';
  /** The replacement characters, or the CJK characters, counted. */
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
  const head = text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text;
  const replacements = head.match(REPLACEMENTS)?.join('').length ?? 0;
  if (replacements >= MIN_REPLACEMENTS && replacements / (head.length - (head.match(/\s/g)?.length ?? 0)) >= MIN_REPLACEMENT_SHARE) {
    return { kind: 'replacement', count: head === text ? replacements : text.match(REPLACEMENTS)!.join('').length, start: head.indexOf('\ufffd') };
  }
  const h = chineseShare(head);
  if (h.cjk >= MIN_CJK && h.common / h.cjk < MAX_COMMON_SHARE) return { kind: 'mojibake', count: head === text ? h.cjk : chineseShare(text).cjk, start: h.start };
  return undefined;
}

/** CJK characters in `text`, how many of them are frequent ones, and where the first is. */
function chineseShare(text: string): { cjk: number; common: number; start: number } {
  let cjk = 0;
  let common = 0;
  let start = -1;
  // Folding keeps offsets: a traditional text is scored as its simplified reading.
  const folded = foldScript(text);
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (!((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf))) continue;
    if (start < 0) start = i;
    cjk++;
    if (COMMON.has(folded[i])) common++;
  }
  return { cjk, common, start };
}
