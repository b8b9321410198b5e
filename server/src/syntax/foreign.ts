// The other languages of a treaty's equally authentic texts: Russian, English, French,
// Kazakh and Kyrgyz (Cyrillic). Which language a text is in, and the words its structure is
// read by (article and chapter headings, kinds of instrument, signing clauses, languages,
// months, numbers of copies). Domain words only: syntax/words.ts exports them with the
// Chinese ones; the grammar that uses them is in foreignLines.ts and model/foreign*.ts.

/** The languages a treaty text is read in. `zh` is the default and the grammar's own. */
export type Language = 'zh' | 'ru' | 'en' | 'fr' | 'kk' | 'ky';

/** Letters only Kazakh writes among the Cyrillic languages read here. */
const KAZAKH = new Set('әғқұһіӘҒҚҰҺІ'.split('').map((c) => c.charCodeAt(0)));
/** Letters Kyrgyz (and Kazakh) write and Russian does not. */
const KYRGYZ = new Set('ңөүҢӨҮ'.split('').map((c) => c.charCodeAt(0)));

/** A Chinese article or chapter number: `第一条`, `第 2 條`, `第三章`, `第一款`. */
const CHINESE_HEADING = /第[ \t\u3000]{0,3}[0-9０-９一二三四五六七八九十百千零〇两]{1,12}[ \t\u3000]{0,3}[条條章款编編节節]/;

/** Chinese characters beyond which a text is Chinese whatever else it holds (a translation after an original). */
export const CJK_ENOUGH = 200;

/** Latin and Cyrillic letters under which a text is too short to be anything but Chinese here (a name, a link). */
export const FEW_LETTERS = 20;

/**
 * The language of a text, from its script and, for Latin and Cyrillic, its letters and
 * words: Chinese when it holds a fair amount of Chinese (200 characters, or a quarter of
 * its letters) or numbers an article or chapter in Chinese, so a Chinese text quoting an
 * original is still Chinese; else Kazakh or
 * Kyrgyz by their own letters (one in 25 Cyrillic letters at least), Russian, or French or English by their commonest words.
 * Linear, and it stops early on Chinese text.
 */
export function languageOf(text: string): Language {
  let cjk = 0;
  let cyrillic = 0;
  let latin = 0;
  let kazakh = 0;
  let kyrgyz = 0;
  const n = text.length;
  /** The text outside code blocks, when it has one (built only then): what a Chinese heading is looked for in. */
  let outside: string | undefined;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // A code block (a quotation of other text, in any language: syntax/lines.ts) says nothing of the text's.
    if ((i === 0 || c === 0x0a) && (c === 0x60 || c === 0x7e || c === 0x20 || c === 0x0a)) {
      const from = c === 0x0a ? i + 1 : i;
      const after = afterCodeBlock(text, from);
      if (after > from) {
        outside = (outside ?? '') + text.slice(kept, from);
        kept = after;
        i = after - 1;
        continue;
      }
    }
    if (c < 0x41) continue;
    if (c >= 0x3400 && c <= 0x9fff) {
      if (++cjk >= CJK_ENOUGH) return 'zh';
    } else if (c >= 0x400 && c <= 0x4ff) {
      cyrillic++;
      if (KAZAKH.has(c)) kazakh++;
      else if (KYRGYZ.has(c)) kyrgyz++;
    } else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  const letters = cyrillic + latin;
  // A Chinese heading (`第一条`, `第二章`) makes a short text Chinese whatever its links and names.
  // (Nor does a heading a code block quotes: `第一条` of another treaty quoted in an English text.)
  if (letters < FEW_LETTERS || cjk * 4 >= letters || (cjk > 0 && CHINESE_HEADING.test(outside === undefined ? text : outside + text.slice(kept)))) return 'zh';
  // Kazakh or Kyrgyz by their own letters when they are frequent (a few in every hundred: `і`, `қ`,
  // `ә`, `ө`, `ү` are common there), not by a few place names in a Russian text (`«Қорғас»`).
  if (cyrillic >= latin) return kazakh >= 3 && kazakh * 25 >= cyrillic ? 'kk' : kyrgyz >= 3 && kyrgyz * 25 >= cyrillic ? 'ky' : 'ru';
  return frenchScore(text) > 0 ? 'fr' : 'en';
}

/**
 * Where the code block opening on the line at `at` ends (after its closing fence's line), or `at` when no block opens
 * there or its fence is never closed (the fence line alone is no text then: syntax/lines.ts settleFences).
 */
function afterCodeBlock(text: string, at: number): number {
  let s = at;
  while (s < text.length && s - at < 3 && text.charCodeAt(s) === 0x20) s++;
  const c = text.charCodeAt(s);
  if (c !== 0x60 && c !== 0x7e) return at;
  let k = s;
  while (text.charCodeAt(k) === c) k++;
  const length = k - s;
  if (length < 3) return at;
  let eol = text.indexOf('\n', k);
  if (eol < 0) return at;
  if (c === 0x60 && text.slice(k, eol).includes('`')) return at;
  // The closing fence: a line of `length` or more of the same character, nothing after it but white space.
  for (let line = eol + 1; line < text.length; line = eol + 1) {
    eol = text.indexOf('\n', line);
    if (eol < 0) eol = text.length;
    let p = line;
    while (p < eol && p - line < 3 && text.charCodeAt(p) === 0x20) p++;
    let q = p;
    while (q < eol && text.charCodeAt(q) === c) q++;
    if (q - p >= length && text.slice(q, eol).trim() === '') return eol;
  }
  return at;
}

/** French words minus English words in the first 20 000 characters. */
function frenchScore(text: string): number {
  const head = text.slice(0, 20_000);
  const fr = head.match(/(?<![\p{L}\p{N}_])(?:le|la|les|des|du|et|est|sont|présent|premier)(?![\p{L}\p{N}_])|[éèêàç]/giu)?.length ?? 0;
  const en = head.match(/(?<![\p{L}\p{N}_])(?:the|and|of|shall|is|are|this)(?![\p{L}\p{N}_])/giu)?.length ?? 0;
  return fr - en;
}

/**
 * Words that head an article, by language (matched case-insensitively at a line start):
 * `Article 1`, `ARTICLE I`, `Article premier`, `Статья 1`, `Бап 1` (Kazakh), `Берене 1` (Kyrgyz).
 * Kazakh and Kyrgyz also write the number first: `1-бап`, `1-берене`.
 */
export const ARTICLE_WORDS = ['article', 'artículo', 'статья', 'бап', 'берене', 'sec\\.'];
export const ARTICLE_AFTER_NUMBER = ['бап', 'берене'];

/** Words for `1` written out after an article word: `Article premier`, `Статья первая`. */
export const FIRST_WORDS = ['premier', 'première', '1er', 'первая'];
/**
 * A line opening with a capitalised article (`The Government of …`, `Le Gouvernement …`) opens a
 * sentence, the preamble's, not the next line of a title — unless the title's line before breaks off
 * at one of `TITLE_JOINS` (`Agreement between` / `The Government of …`).
 */
/** A book's or a gazette's label above an instrument it prints (`Annexure 1`, `Приложение 2`): no part of the title. */
export const ANNEX_LABEL_WORDS = ['annexure', 'annex', 'annexe', 'appendix', 'приложение', 'қосымша'];
export const SENTENCE_ARTICLES = ['The', 'A', 'An', 'Le', 'La', 'Les'];
export const TITLE_JOINS = ['of', 'and', 'between', 'on', 'for', 'to', 'the', 'concerning', 'regarding', 'relating', 'with', 'in', 'de', 'du', 'des', 'et', 'entre', 'sur', 'relatif', 'relative', 'concernant'];
/** A title opening with the kind it names, of two words at most (`Joint Communique of …`, `Agreement between …`). */
export const TITLE_OPENS_KIND = /^(?:\p{L}+\s+)?(?:communiqu[eé]|statement|declaration|agreement|treaty|convention|protocol|memorandum|charter|accord|traité|соглашение|договор|коммюнике|заявление)(?!\p{L})/iu;

/**
 * Chapter-like headings, each with the Chinese unit whose rank it takes (部分 > 编 > 章 > 节):
 * `Part I`, `Chapter I`, `Section 2`, `Глава I`, `Раздел II`, `Titre I`, `Тарау`, `Бөлім`, `Бөлүм`.
 */
export const CHAPTER_WORDS: Record<string, string> = {
  part: '部分', partie: '部分', часть: '部分',
  title: '编', titre: '编', раздел: '编', бөлім: '编', бөлүм: '编',
  chapter: '章', chapitre: '章', глава: '章', тарау: '章',
  section: '节',
};

/** Kinds of instrument named in a foreign title, as the Chinese kinds they are (`Agreement` → 协定). */
export const FOREIGN_KINDS: readonly [RegExp, string][] = [
  [/(?<!\p{L})joint\s+(?:statement|declaration)(?!\p{L})|совместное\s+заявление|совместная\s+декларация|déclaration\s+commune/iu, '联合声明'],
  [/(?<!\p{L})joint\s+communiqu[eé]|совместное\s+коммюнике|communiqué\s+conjoint/iu, '联合公报'],
  [/(?<!\p{L})memorandum(?!\p{L})|меморандум|mémorandum/iu, '谅解备忘录'],
  [/(?<!\p{L})protocol(?!\p{L})|протокол|protocole/iu, '议定书'],
  [/(?<!\p{L})charter(?!\p{L})|устав|харти[яиюе]|charte(?!\p{L})|жарғы/iu, '宪章'],
  [/(?<!\p{L})convention(?!\p{L})|конвенци/iu, '公约'],
  [/(?<!\p{L})treaty(?!\p{L})|договор|traité|келісім-шарт|келишим/iu, '条约'],
  // `ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ … О РОССИЙСКО-КИТАЙСКОЙ ГОСУДАРСТВЕННОЙ ГРАНИЦЕ НА ЕЕ ВОСТОЧНОЙ ЧАСТИ` (2004): 补充协定, as its
  // Chinese text calls itself; in any case (`о ратификации Дополнительного Соглашения между Республикой Казахстан и …`, 1998).
  [/(?<!\p{L})supplementary\s+agreement(?!\p{L})|дополнительн(?:ое|ого|ому|ым|ом)\s+соглашени|accord\s+complémentaire/iu, '补充协定'],
  [/(?<!\p{L})agreement(?!\p{L})|соглашени|accord(?!\p{L})|келісім/iu, '协定'],
  [/(?<!\p{L})declaration(?!\p{L})|деклараци|déclaration/iu, '宣言'],
  [/(?<!\p{L})resolution(?!\p{L})|резолюци|résolution/iu, '决议'],
  // `Proclamation Defining Terms for Japanese Surrender`, `TEXT OF THREE POWER PROCLAMATION TO JAPAN`: 《波茨坦公告》.
  [/(?<!\p{L})proclamation(?!\p{L})|прокламаци/iu, '公告'],
  [/(?<!\p{L})statement(?!\p{L})|заявлени/iu, '声明'],
  [/(?<!\p{L})communiqu[eé](?!\p{L})|коммюнике/iu, '公报'],
  // A law's English title as the NPC's and the State Council's translations print it (`Foreign Investment Law of the People's
  // Republic of China`): 法, its self-word `this Law`. Another kind earlier in a title is its kind (`Convention on the Law of
  // the Sea`: foreignKind takes the first). A `law` another noun follows is that noun's word, no kind (`Law Enforcement
  // Cooperation Agreement` is an 协定): the kind is `law` at the title's end or before `of`, `on`, a bracket.
  [/(?<!\p{L})law(?!\p{L})(?![\s\u00a0]+(?!(?:of|on|for|concerning|governing|relating|regarding|to)(?!\p{L}))\p{L})|закон(?!\p{L})/iu, '法'],
];

/**
 * The words after a Chinese law's English title naming its state, as the NPC's translations write them (`Foreign Investment Law
 * of the People's Republic of China`): a citation without them (`《Foreign Investment Law》`) names that law, as `《外商投资法》`
 * names 中华人民共和国外商投资法 (features/resolve.ts `homeLawTarget`).
 */
export const HOME_STATE_EN = "of the People's Republic of China";

/** Words a foreign text calls itself by, per Chinese kind (`this Agreement`, `настоящее Соглашение`). */
export const SELF_WORDS: Record<string, RegExp> = {
  en: /(?<!\p{L})(?:this|the\s+present)\s+(Agreement|Treaty|Convention|Charter|Protocol|Declaration|Resolution|Memorandum|Statement|Communiqu[eé]|Law)(?!\p{L})/giu,
  fr: /(?<!\p{L})(?:le\s+présent|la\s+présente|cet|cette)\s+(Accord|Traité|Convention|Charte|Protocole|Déclaration|Résolution|Mémorandum)(?!\p{L})/giu,
  // The kinds in every case of the singular: `настоящее Соглашение`, `настоящей Декларацией`, `настоящим Протоколом`.
  ru: /(?<!\p{L})настоящ(?:ее|его|ему|им|ем|ий|ая|ей|ую|ой)\s+(Соглашени(?:е|я|ю|ем|и)|(?:Договор|Устав|Протокол|Меморандум)(?:а|у|ом|е)?|(?:Конвенци|Харти|Деклараци)(?:я|и|ю|ей|ею))(?!\p{L})/giu,
};

/**
 * A signing clause opens with these: `Done at Beijing`, `Совершено в г. Пекине`, `Fait à Paris`,
 * `Жасалды`, `Түзүлдү`, an act's `Approved August 10, 1964`, a testimonium (`IN WITNESS WHEREOF`, the UN
 * Charter's `IN FAITH WHEREOF`).
 */
export const FOREIGN_SIGNING_OPENS = /^(?:\*\*)?(?:(?:Done|DONE)\s+(?:at|in|AT|IN)\b|In\s+(?:witness|faith)\s+whereof\b|IN\s+(?:WITNESS|FAITH)\s+WHEREOF\b|Совершено\s|СОВЕРШЕНО\s|(?:Fait|FAIT)\s+[àÀ]\s|Жасалды|Түзүлдү|Подписано\s|Approved\s+(?=[A-Z][a-z]+\s+\d))/;
/**
 * A sentence saying the texts are equally authentic, anywhere in it: a signing clause's words
 * (`…in the Chinese and English languages, both texts being equally authentic`), or a final article's
 * (`The present Charter, of which the Chinese, French, Russian, English, and Spanish texts are equally
 * authentic, shall remain deposited …`) when a clause opening with `FOREIGN_SIGNING_OPENS` follows it.
 */
export const FOREIGN_AUTHENTIC = /equally\s+authentic|одинаковую\s+силу|font\s+également\s+foi|бірдей\s+күші|бирдей\s+күчкө/;
/** A signing clause: it opens with `FOREIGN_SIGNING_OPENS`, or says the texts are equally authentic (`FOREIGN_AUTHENTIC`). */
/**
 * Words of a clause naming the text that prevails in case of divergence, in any of the languages read (`shall prevail`, `以英文本为准`,
 * `имеет преимущественную силу`, `используется текст`, `prévaudra`, `l’emporte`): a signing clause holding them names one, read or not
 * (features/divergence.ts: a prevailing text named in one text only is reported where the other's clause has none of them).
 */
export const PREVAILING_WORDS = /(?<!\p{L})prevail|shall\s+govern|为准|為準|преимущественн\p{L}*\s+сил|определяющим|за\s+основу|используется\s+текст|применяется\s+текст|prévau|l['’]emporte/iu;
export const FOREIGN_SIGNING = new RegExp(`${FOREIGN_SIGNING_OPENS.source}|${FOREIGN_AUTHENTIC.source}`);

/** English and French month names, and Russian ones in the genitive (`8 декабря 1991 года`). */
export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  janvier: 1, février: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12,
  января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8, сентября: 9, октября: 10, ноября: 11, декабря: 12,
  қаңтар: 1, ақпан: 2, наурыз: 3, сәуір: 4, мамыр: 5, маусым: 6, шілде: 7, тамыз: 8, қыркүйек: 9, қазан: 10, қараша: 11, желтоқсан: 12,
};

/** The day of a month as an English ordinal in words (`this twenty-third day of November 1972`, UN and UNESCO texts): `first` … `thirty-first`, hyphenated or not. */
export const EN_DAY_ORDINALS: Record<string, number> = (() => {
  const ones = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
  const teens = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
  const out: Record<string, number> = { twentieth: 20, thirtieth: 30 };
  ones.forEach((w, i) => {
    out[w] = i + 1;
    out[`twenty-${w}`] = out[`twenty ${w}`] = 21 + i;
  });
  teens.forEach((w, i) => (out[w] = 10 + i));
  out['thirty-first'] = out['thirty first'] = 31;
  return out;
})();

/** Numbers of copies: `in duplicate`, `in two copies`, `в двух экземплярах`, `en double exemplaire`. */
export const COPIES_WORDS: Record<string, number> = {
  duplicate: 2, triplicate: 3, quadruplicate: 4, quintuplicate: 5, double: 2, triple: 3,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  одном: 1, двух: 2, трех: 3, трёх: 3, четырех: 4, четырёх: 4, пяти: 5, шести: 6,
  deux: 2, trois: 3, quatre: 4, cinq: 5,
  both: 2, оба: 2, три: 3, все: 0, all: 0,
};

/**
 * Languages as treaties name them, by code: `Chinese`, `китайском`, `chinoise`, `қытай`.
 * Matched on a word's stem, lower-cased.
 */
export const LANGUAGE_NAMES: readonly [RegExp, string][] = [
  // 漢文 and 華文 the Qing's and the Republic's words (`繕立漢文四分`, `繕為華英文各二份`: 華文 and 英文).
  [/^(?:chinese|китай|chinois|қытай|кытай|中文|汉语|漢語|汉文|漢文|华文|華文)/, 'zh'],
  [/^(?:russian|русск|russe|орыс|орус|俄文|俄语)/, 'ru'],
  [/^(?:english|английск|anglais|ағылшын|англис|英文|英语)/, 'en'],
  [/^(?:french|французск|français|française|француз|法文|法语)/, 'fr'],
  [/^(?:kazakh|казахск|kazakh|қазақ|казак|哈萨克文|哈萨克语|哈文)/, 'kk'],
  [/^(?:kyrgyz|kirghiz|киргизск|кыргыз|kirghize|қырғыз|吉尔吉斯文|吉尔吉斯语|吉文)/, 'ky'],
  [/^(?:spanish|испанск|espagnol|西班牙文|西班牙语|西文)/, 'es'],
  [/^(?:arabic|арабск|arabe|阿拉伯文|阿拉伯语)/, 'ar'],
  [/^(?:belarusian|белорусск|biélorusse|白俄罗斯文|白俄罗斯语|白俄文)/, 'be'],
  [/^(?:ukrainian|украинск|ukrainien|乌克兰文|乌克兰语)/, 'uk'],
  [/^(?:uzbek|узбекск|ouzbek|乌兹别克文|乌兹别克语|乌文)/, 'uz'],
  [/^(?:tajik|таджикск|tadjik|塔吉克文|塔吉克语|塔文)/, 'tg'],
  [/^(?:turkmen|туркменск|turkmène|土库曼文|土库曼语|土文)/, 'tk'],
  [/^(?:mongolian|монгольск|mongol|蒙古文|蒙古语|蒙文)/, 'mn'],
  [/^(?:korean|корейск|coréen|朝鲜文|朝鲜语|朝文|韩文|韩国语|韩语)/, 'ko'],
  [/^(?:japanese|японск|japonais|日文|日语|日本语)/, 'ja'],
  [/^(?:vietnamese|вьетнамск|vietnamien|越南文|越南语|越文)/, 'vi'],
  [/^(?:lao\b|laotian|лаосск|laotien|老挝文|老挝语|寮文)/, 'lo'],
  [/^(?:thai\b|тайск|thaï|泰文|泰语|泰国语)/, 'th'],
  [/^(?:burmese|myanmar|бирманск|мьянманск|birman|缅甸文|缅甸语|缅文)/, 'my'],
  [/^(?:khmer|кхмерск|柬埔寨文|柬埔寨语|柬文|高棉文|高棉语)/, 'km'],
  [/^(?:german|немецк|allemand|德文|德语)/, 'de'],
  [/^(?:portuguese|португальск|portugais|葡萄牙文|葡萄牙语|葡文)/, 'pt'],
  [/^(?:turkish|турецк|turc|土耳其文|土耳其语)/, 'tr'],
  [/^(?:persian|farsi|персидск|фарси|persan|波斯文|波斯语)/, 'fa'],
  [/^(?:dari|дари|达里文|达里语)/, 'prs'],
  [/^(?:hindi|хинди|印地文|印地语)/, 'hi'],
  [/^(?:indonesian|индонезийск|indonésien|印度尼西亚文|印度尼西亚语|印尼文|印尼语)/, 'id'],
  [/^(?:malay|малайск|malais|马来文|马来语|马来西亚文|马来西亚语)/, 'ms'],
  [/^(?:azerbaijani|азербайджанск|azerbaïdjanais|阿塞拜疆文|阿塞拜疆语)/, 'az'],
  [/^(?:georgian|грузинск|géorgien|格鲁吉亚文|格鲁吉亚语)/, 'ka'],
  [/^(?:armenian|армянск|arménien|亚美尼亚文|亚美尼亚语)/, 'hy'],
  [/^(?:pashto|pushto|пушту|pachto|普什图文|普什图语)/, 'ps'],
  [/^(?:urdu|урду|ourdou|乌尔都文|乌尔都语)/, 'ur'],
  [/^(?:nepali|непальск|népalais|尼泊尔文|尼泊尔语)/, 'ne'],
  [/^(?:sinhala|sinhalese|сингальск|cingalais|僧伽罗文|僧伽罗语)/, 'si'],
  [/^(?:tamil|тамильск|泰米尔文|泰米尔语)/, 'ta'],
  [/^(?:bengali|bangla|бенгальск|孟加拉文|孟加拉语)/, 'bn'],
  [/^(?:hebrew|иврит|hébreu|希伯来文|希伯来语)/, 'he'],
  [/^(?:italian|итальянск|italien|意大利文|意大利语)/, 'it'],
  [/^(?:dutch|нидерландск|голландск|néerlandais|荷兰文|荷兰语)/, 'nl'],
  // (The 1950s wrote 波文 and 捷文 for the Polish and Czech texts: `每份均以中文、波文和俄文书就`.)
  [/^(?:polish|польск|polonais|波兰文|波兰语|波文)/, 'pl'],
  [/^(?:czech|чешск|tchèque|捷克文|捷克语|捷文)/, 'cs'],
];

/**
 * A party's state as a text in another language names it, and that state's language (the alternat puts each party's language
 * first in its copy): `the Government of the People's Republic of China` → zh, `Правительство Российской Федерации` → ru,
 * `the United Kingdom of Great Britain and Northern Ireland` → en, `la République française` → fr. The first state named wins
 * (`the Macao Special Administrative Region of the People's Republic of China` → zh).
 */
const STATE_LANGUAGES: readonly [RegExp, string][] = [
  [/china|chine(?!s)|китай|қытай|кытай/iu, 'zh'],
  [/russia|russie|росси|ресей|орусия|soviet|soviétiques|советских/iu, 'ru'],
  [/kazakhstan|казахстан|қазақстан/iu, 'kk'],
  [/kyrgyz|kirghiz|киргиз|кыргыз/iu, 'ky'],
  [/united\s+kingdom|great\s+britain|великобритан|соединенного\s+королевства|royaume-uni/iu, 'en'],
  [/united\s+states|соединенных\s+штатов|états-unis/iu, 'en'],
  [/australia|австрали|australie/iu, 'en'],
  [/french\s+republic|république\s+française|франц/iu, 'fr'],
  [/belarus|беларус|biélorussie/iu, 'be'],
  [/mongolia|монгол|mongolie/iu, 'mn'],
  [/japan|япони|japon/iu, 'ja'],
];
/** The conjunction joining two parties or two languages, by language: `A and B`, `A и B`, `A et B`. */
export const CONJUNCTIONS: Readonly<Record<string, string>> = { en: 'and', ru: 'и', fr: 'et' };

export function stateLanguage(name: string): string | undefined {
  let best: [number, string] | undefined;
  for (const [re, code] of STATE_LANGUAGES) {
    const m = re.exec(name);
    if (m && (!best || m.index < best[0])) best = [m.index, code];
  }
  return best?.[1];
}

/** The code of a language named by a word (`Chinese`, `китайском`), if known. */
export function languageCode(word: string): string | undefined {
  const w = word.toLowerCase();
  for (const [re, code] of LANGUAGE_NAMES) if (re.test(w)) return code;
  return undefined;
}

/**
 * What introduces a short name in a text in another language, up to the name: `hereinafter
 * referred to as`, `hereinafter`, `далее —`, `далее именуемые`, `в дальнейшем именуемое`,
 * `ci-après dénommées`, `ci-après`; or, right after a bracket, an article before a quoted name
 * (`(the "Contracting Parties")`, `(les « Parties »)`: group 1, the bracket must close after the names).
 */
export const DEFINITION_INTRO = /(?<![\p{L}])(?:(?:hereinafter|далее|в\s+дальнейшем|ci-après)(?:\s+(?:(?:jointly|collectively|together|individually|separately)\s+)?(?:referred\s+to\s+as|called|known\s+as|именуем\p{L}{0,4}|по\s+тексту|dénommée?s?|désignée?s?\s+(?:comme|sous\s+le\s+nom\s+de)|appelée?s?))?[ \t\u00a0]*(?:[—–-][ \t\u00a0]*)?|(?<=\([ \t\u00a0]*)(the|les?|la)[ \t\u00a0]+(?=[«"“„‘]))/giu;
/**
 * A term defined by what it means, after its quoted name: `"Party" means`, `the term "treaty" shall
 * mean`, `«Сторона» означает`, `термин «договор» обозначает`, `« Partie » s'entend de`, `désigne`.
 * The meaning is the rest of the clause (model/foreignDefinitions.ts).
 */
export const DEFINITION_VERB = /^[ \t\u00a0]*,?[ \t\u00a0]*(?:means|shall\s+mean|refers\s+to|означа(?:ет|ют)|обознача(?:ет|ют)|désignen?t?|signifien?t?|s['’]entend(?:ent)?(?:\s+(?:de|du|des))?)(?![\p{L}])(?:(?<=s['’]entend(?:ent)?)\s+d['’])?[ \t\u00a0]*:?[ \t\u00a0]*/iu;
/** An article before a defined name, not part of it: `the Parties`, `les Parties`, `l'Accord`. */
export const DEFINITION_ARTICLE = /^(?:(?:the|a|an|les?|la)\s+|l['’]\s*)/i;
/** Joins two names defined together: `"the Parties" or "the Contracting Parties"`, `«Стороны» и «Сторона»`. */
export const DEFINITION_JOIN = /^\s*(?:,|or|and|или|и|ou|et)\s*(?:(?:each|individually|separately|respectively|каждая|соответственно)\s+(?:as\s+)?)?/iu;

/** Roman numerals as articles and chapters are numbered: `I` … `MMM`. Undefined unless well formed. */
export function parseRoman(raw: string): number | undefined {
  const s = raw.toUpperCase();
  if (!/^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(s) || s === '') return undefined;
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i]];
    const b = i + 1 < s.length ? v[s[i + 1]] : 0;
    n += a < b ? -a : a;
  }
  return n;
}

/** `n` in Roman numerals (`IV`, `XII`), upper case; undefined outside 1 … 3999. */
export function formatRoman(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 3999) return undefined;
  const steps: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, r] of steps) while (n >= v) {
    out += r;
    n -= v;
  }
  return out;
}

/** Cyrillic letters that number items `а)`, `б)` in order (ё, й, ъ, ы, ь are skipped). */
export const CYRILLIC_ITEMS = 'абвгдежзиклмнопрстуфхцчшщэюя';

/** The word before a title's parties (`Agreement between …`, `Соглашение между …`, `Accord entre …`). */
export const BETWEEN = /(?<!\p{L})(?:between|между|entre)(?!\p{L})/iu;

/**
 * The words of a law's or a decree's title that name the instrument it ratifies (`Закон Республики Казахстан о ратификации
 * Дополнительного Соглашения между …`, a database's heading over the agreement's text; `Law … on the ratification of the
 * Agreement …`): the text under such a heading is the instrument's, its kind the one named after these words.
 */
const RATIFYING = /(?<!\p{L})(?:о\s+ратификации|on\s+the\s+ratification\s+of|portant\s+ratification\s+d)(?!\p{L})/iu;

/**
 * The kind of instrument a foreign title names first (`Protocol to the Agreement …` → 议定书), as a Chinese kind; after the
 * words naming an instrument ratified, the kind of that instrument (RATIFYING: not 法 for `Закон … о ратификации Соглашения`).
 */
export function foreignKind(title: string): string | undefined {
  const ratified = RATIFYING.exec(title);
  const from = ratified ? ratified.index + ratified[0].length : 0;
  let best: string | undefined;
  let at = Infinity;
  for (const [re, kind] of FOREIGN_KINDS) {
    const m = re.exec(from ? title.slice(from) : title);
    if (m && m.index < at) {
      at = m.index;
      best = kind;
    }
  }
  return best;
}
