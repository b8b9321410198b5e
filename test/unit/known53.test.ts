// New texts and known failures of the real corpus (test/fixtures/real, known-failures.json, docs/variants.md) read by rules in
// session 53 (s53unseen). Each rule is about how Chinese treaty text is written or copied, shown on a fixture string with what a
// careful reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { documentSymbols } from '../../server/src/features/documentSymbols';

const read = (source: string) => textContext(source).treaty;

// The Kuala Lumpur Declaration on the Establishment of the ASEAN Charter (2005) on a blog's page (test/fixtures/real/
// declaration_asean_charter_kl_2005_panyh.md): its heading line gives the date and the place after the title, as ASEAN heads
// its documents.
const KL = '关于建立东盟宪章的吉隆坡宣言,2005 年 12 月 12 日,吉隆坡\n\n我们,文莱达鲁萨兰国、柬埔寨王国…的国家元首/政府首脑,东盟成员国,在吉隆坡举行的第 11 届东盟峰会上;\n\n\n意识到 东盟的统一性和多样性以及将其人民联系在一起的现有历史、地理和文化纽带;\n\n\n深信 东盟宪章有必要作为未来几年东盟的坚实基础;\n\n\n特此声明\n';

test('known 53: the date and the place of signing after a title, each after a comma, are no part of it', () => {
  const t = read(KL);
  assert.deepEqual([t.title?.text, t.kind, t.selfRef], ['关于建立东盟宪章的吉隆坡宣言', '宣言', '本宣言']);
  // Full-width commas and a date in Chinese numerals, no place after it.
  assert.equal(read(KL.replace('宣言,2005 年 12 月 12 日,吉隆坡', '宣言，二〇〇五年十二月十二日')).title?.text, '关于建立东盟宪章的吉隆坡宣言');
  // A year alone after the comma is no date of signing: the line is the title as it stands (it names no kind at its end).
  assert.notEqual(read(KL.replace('宣言,2005 年 12 月 12 日,吉隆坡', '宣言,2005 年')).title?.text, '关于建立东盟宪章的吉隆坡宣言');
});

// The UN Millennium Declaration (General Assembly resolution 55/2) on a mirror of the University of Minnesota's human rights
// library (test/fixtures/real/declaration_un_millennium_2000_hrlibrary_mirror_hant.md): the library's header line runs the
// title into the session and the resolution's number, and the resolution prints the declaration it adopts under its words.
const MILLENNIUM = 'University of Minnesota\n\n \n\n聯合國千年宣言 , 第五十五屆會議, 議程項目60(b), 大會決議, [ 未經發交主要委員會而通過(A/55/L.2 )],55/2.\n\n \n\nhttp://hrlibrary.law.umn.edu/instree/millennium.html\n\n \n\n大會\n\n \n\n通過以下宣言:\n\n \n\n聯合國千年宣言\n\n \n\n一 . 價 值 和原則\n\n \n\n1. 我們各國元首和政府首腦,在新的千年開始之際,聚集于聯合國紐約總部,重申我們對聯合國的信心。\n\n \n\n2. 我們認識到,除了我們對各自社會分別要承擔的責任外,我們還有集體責任。\n';

test('known 53: the line under a UN body\'s words adopting an instrument below them (大會 / 通過以下宣言:) is its title', () => {
  const t = read(MILLENNIUM);
  assert.deepEqual([t.title?.text, t.kind, t.isTreaty], ['聯合國千年宣言', '宣言', true]);
  assert.deepEqual(t.articles.map((a) => a.name), ['1.', '2.']);
  // The line below naming another kind than the words do is no title they announce.
  assert.equal(read(MILLENNIUM.replace('\n聯合國千年宣言\n', '\n聯合國千年公約\n')).title, undefined);
  // Nor is a sentence saying what a body adopted (`通過以下宣言:` is a line of its own).
  assert.equal(read(MILLENNIUM.replace('通過以下宣言:', '大會於二〇〇〇年九月八日通過以下宣言:')).title, undefined);
});

// The China–Africa forum's Addis Ababa action plan (test/fixtures/real/plan_focac_addis_ababa_2003_gymcjnpx_pinyin_hant.md,
// session 52's decimal sections): a drafter inserts a section before 2、, its paragraphs not numbered yet, and the next keeps its
// old decimals under its new number (`3、` / `2.1 …`), as the versions round trip writes it.
test('known 53: sections 1、 2、 … in order, two of them over decimals, are the text\'s points whatever the decimals\' numbers', () => {
  const plan = '亞的斯亞貝巴行動計劃\n\n    1、序言\n\n    1.1 我們,來自中國和非洲44個國家的外長,共同舉行中非合作論壇第2屆部長級會議。\n\n    1.2 我們深信,本行動計劃有利於落實《中非合作論壇北京宣言》。\n\n    2、能力建設\n\n    雙方同意加強能力建設合作。\n\n    3、政治事務及和平與安全\n\n    2.1 高層交往和政治對話\n\n    2.1.1 注意到雙方高層領導人互訪頻繁。\n';
  const t = read(plan);
  assert.deepEqual(t.articles.map((a) => a.name), ['1、', '2、', '3、']);
  assert.equal(t.articles[0].paragraphs.length, 2);
  // One section over decimals is no evidence: the numbered lines stay a list.
  assert.deepEqual(read(plan.replace('    2.1 高層交往和政治對話\n\n    2.1.1 注意到', '    注意到')).articles, []);
  // Sections out of order are none either.
  assert.deepEqual(read(plan.replace('    3、政治事務', '    4、政治事務')).articles, []);
});

// The Greater Bay Area framework agreement as a PDF gives it (test/fixtures/real/agreement_gba_framework_2017_pdf_hant.md): its
// lone point's caption with the first sub-point glued on after a space, `一、總則 (一)合作宗旨。…`.
test('known 53: a point\'s first words before its first sub-point glued on after white space are its summary, the outline\'s detail', () => {
  const gba = '深化粵港澳合作 推進大灣區建設框架協議\n\n為充分發揮粵港澳地區的綜合優勢,深化粵港澳合作,制定本協議。\n\n一、總則 (一)合作宗旨。全面準確貫徹「一國兩制」方針。\n(二)合作目標。強化廣東作為全國改革開放先行區。\n';
  const [point] = read(gba).articles;
  assert.equal(point.summary, '總則');
  const symbols = documentSymbols(textContext(gba))[0].children ?? [];
  assert.deepEqual(symbols.filter((s) => s.name === '一、').map((s) => s.detail), ['總則']);
  // A sub-point glued with no white space before it is the sentence's own (a lead running into its list): the words to the stop.
  assert.equal(read(gba.replace('總則 (一)合作宗旨', '雙方同意(一)合作宗旨')).articles[0]?.summary, '雙方同意(一)合作宗旨');
});

// The Kuala Lumpur Declaration's points (test/fixtures/real/declaration_asean_charter_kl_2005_panyh.md): each opens with an
// ordinal and a comma, under the words declaring them (`特此声明`).
test('known 53: lines opening 第一, 第二, … in order under the words declaring them (特此声明) are the text\'s points', () => {
  const points = `${KL}\n\n第一,我们致力于建立东盟宪章。\n\n \n\n\n第二,《东盟宪章》将作为东盟的法律和制度框架,支持实现其目标和目的。\n\n\n第`;
  const t = read(points);
  assert.deepEqual(t.articles.map((a) => [a.name, a.paragraphs.length]), [['第一', 1], ['第二', 1]]);
  // Its text opens after the comma.
  assert.ok(t.articles[1].summary.startsWith('《东盟宪章》将作为东盟的法律和制度框架'), t.articles[1].summary);
  // Full-width commas, 兹声明如下： over them.
  assert.deepEqual(read(points.replace('特此声明', '兹声明如下：').replace(/第(一|二),/g, '第$1，')).articles.map((a) => a.name), ['第一', '第二']);
  // With no such words over them (an enumeration in a speech's or a letter's paragraphs), out of order, or one alone: text.
  assert.deepEqual(read(points.replace('特此声明', '我们认为')).articles, []);
  assert.deepEqual(read(points.replace('第二,', '第三,')).articles, []);
  assert.deepEqual(read(points.replace('第二,', '另外,')).articles, []);
});

// The Hague Service Convention's last page with its forms (test/fixtures/real/convention_hcch_service_1965_fsou_forms_p3.md) as a
// copy wrapped at 14 columns gives it (test/unit/pasted.test.ts's wrap property): the dated line under the testimonium broken
// inside the place.
test('known 53: the dated line under a testimonium is the clause\'s over the lines a copy\'s width broke it into', () => {
  const page = '第三十一条\n荷兰外交部应将下述事项通知第二十六条所指的国家\n(一)第二十六条所指的签署和批准;\n(二)第三十条第三款所指的退出通知。\n下列签署人经正式授权,签署本公约,以昭信守。\n1965年11月15日订于海牙,用英文和法文写成,两种文本同一作准。正本一份,存于荷兰政府档案库。\n附件:\n(表 格)\n';
  const whole = read(page).signing;
  assert.deepEqual([whole?.place, whole?.copies, whole?.languages], ['海牙', 1, ['英文', '法文']]);
  const wrapped = read(page.replace('1965年11月15日订于海牙,用英文和法文写成,两种文本同一作准。正本一份,存于荷兰政府档案库。', '1965年11月15日订于海\n牙,用英文和法文写成,两种\n文本同一作准。正本一份,存于荷兰\n政府档案库。')).signing;
  assert.deepEqual([wrapped?.place, wrapped?.copies, wrapped?.languages], ['海牙', 1, ['英文', '法文']]);
  // A line under a date-place line holding no clause's comma goes on with its place as before (`…订于维` / `也纳。`).
  assert.equal(read(page.replace('1965年11月15日订于海牙,用英文和法文写成,两种文本同一作准。正本一份,存于荷兰政府档案库。', '1965年11月15日订于海\n牙。')).signing?.place, '海牙');
});

// The SCO's Development Strategy until 2025 on a translation site (test/fixtures/real/strategy_sco_2025_tjxz_bilingual.md): the
// site's heading over the decision's line, the English title over the Chinese one, English and Chinese paragraphs in turn.
test('known 53: an organisation\'s development strategy (发展战略) is a kind, as a plan of action is', () => {
  const strategy = '中英双语 | 上海合作组织至2025年发展战略\n\n2015年7月10日,上海合作组织成员国元首理事会批准了第1号决议原文如下:\n\nDEVELOPMENT STRATEGY OF THE SHANGHAI COOPERATION ORGANIZATION UNTIL 2025\n\n上海合作组织至2025年发展战略\n\nThe Shanghai Cooperation Organization (hereinafter referred to as the SCO or the Organization) has established itself as one of the most influential partners.\n\n上海合作组织(以下简称上合组织或本组织)是现代国际关系体系中具有影响力的参与者,有雄厚的条约法律基础。\n\nCurrently, the SCO is set to reach a qualitatively new level.\n\n现已具备条件将上合组织提升至崭新水平,提高其在政治、安全、经济领域合作效率。\n';
  const t = read(strategy);
  assert.deepEqual([t.title?.text, t.kind, t.selfRef, t.isTreaty], ['上海合作组织至2025年发展战略', '发展战略', '本战略', true]);
  // In traditional script too.
  assert.equal(read('上海合作組織至2025年發展戰略\n\n上海合作組織(以下簡稱上合組織)是現代國際關係體系中具有影響力的參與者。\n\n現已具備條件將上合組織提升至嶄新水平。\n').kind, '发展战略');
});
