// Real texts the project misread, as data (session 33): pages converted from a PDF or a word processor that end Chinese
// sentences with a half-width `.` and glue the next article's heading after it, a page opening inside an article, and the
// instruments such pages cite by Latin letters (`GATT 1994 第三条第二款`). Each rule is about how Chinese treaty text is
// pasted, never about one file (the China–New Zealand FTA page of test/fixtures/real/ is where they were seen).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';
import { referencesOf } from '../../server/src/model/references';
import { parseTreaty } from '../../server/src/syntax/parser';
import { reparse } from '../../server/src/syntax/reparse';
import { errorsAndWarnings } from '../support/wholeDiagnostics';

const read = (source: string) => textContext(source).treaty;
const problems = errorsAndWarnings;

// A page opening inside article 2 (its items and last paragraph), the sentence ended by a half-width `.` and a space, article
// 3's heading and caption glued after it ending the line, its paragraph 一、 on the next; chapter 2 and article 4 glued on
// one line with the article's text.
const PAGE =
  '(五)建立有效防范和解决贸易纠纷的机制.\n二、双方寻求与其自由开放的贸易投资目标相一致的更广泛的自由化进程. 第三条 与其他协定的关系\n' +
  '一、本协定不应减损一方根据其缔结的任何其他协定中既存的权利和义务.\n二、若本协定与任何其他协定不一致,双方应当立即进行磋商.\n' +
  '第二章 总定义 第四条 总定义 除另有规定外,就本协定而言: 日是指日历日;\n措施包括任何法律、规章、程序、要求或惯例;\n';

test('unseen converted: an article glued after a half-width full stop, opening a page\'s sequence, its 一、 on the next line', () => {
  const t = read(PAGE);
  assert.deepEqual(t.articles.map((a) => `${a.name}${a.paragraphs.length}`), ['第三条2', '第四条1']);
  assert.deepEqual(t.chapters.map((c) => [c.name, c.caption, t.articles.filter((a) => a.chapter === c).map((a) => a.name)]), [['第二章', '总定义', ['第四条']]]);
  assert.deepEqual(problems(PAGE), []);
});

// Also with `1.` paragraphs, and with a Chinese closing mark before the `.`.
test('unseen converted: the same with paragraphs 1. and a closing mark before the stop', () => {
  const t = read('二、各方应当依照《附件》. 第三条 与其他协定的关系\n1. 本协定不应减损一方的权利和义务.\n2. 双方应当立即进行磋商.\n第四条 定义\n日是指日历日.\n');
  assert.deepEqual(t.articles.map((a) => a.name), ['第三条', '第四条']);
});

// What a `.` also ends: a `1. ` label, a decimal, an abbreviation, the point in `第3.1条`: no sentence end a heading
// is cut after. Nor a 第…条 that ends a line with a reference's words after it, nor one whose next line opens no paragraph.
test('unseen converted: no cut after a `.` that ends no Chinese sentence, nor before a reference\'s words', () => {
  const lines = (glued: string, next = '一、本协定不应减损一方的权利和义务.') => read(`二、双方同意如下:${glued}\n${next}\n二、双方应当立即进行磋商.\n`).articles.map((a) => a.name);
  assert.deepEqual(lines('进程. 第三条 与其他协定的关系'), ['第三条']);
  // (`第3.1条`'s point ends nothing; the `.` after its 条 ends the sentence.)
  assert.deepEqual(lines('依照第3.1条. 第三条 与其他协定的关系'), ['第三条']);
  for (const glued of ['税率为2. 第三条 与其他协定的关系', '见附件A No. 第三条 与其他协定的关系', '进程.第三条 与其他协定的关系', '进程. 第三条 规定的事项', '进程. 第三条 所述的其他协定']) {
    assert.ok(!lines(glued).includes('第三条'), glued);
  }
  assert.ok(!lines('进程. 第三条 与其他协定的关系', '双方应当立即进行磋商.').includes('第三条'));
});

// An instrument named by Latin letters before an article (`GATT 1994 第三条第二款`, broken over two lines as a converter
// breaks it), in a text with an article 3 of its own: another instrument's article, not this text's.
test('unseen converted: GATT 1994 第三条 names GATT\'s article, not the text\'s own', () => {
  const text = '# 甲乙自由贸易协定\n\n第三条 关税\n\n关税不包括:\n(一) 与符合 GATT\n1994 第三条第二款规定的国内税相当的任何收费;\n(二) 符合 GATS 第十四条的措施.\n\n第四条 生效\n\n本协定依照第三条的规定生效.\n';
  const t = read(text);
  const refs = referencesOf(t).filter((r) => r.kind === 'article' && !r.citation).map((r) => text.slice(r.start, r.end));
  assert.deepEqual(refs, ['第三条']);
});

// A collection's page: its heading (naming the collection by a kind, `…各非关税壁垒协定`) and date over the first instrument's
// title numbered in it (`1. 进口许可证手续协议`): the numbered line is the text's title, its number no part of it, and the
// kind is its (本协议 is no mismatch). A title with a numbered paragraph under it that names no kind, or is a sentence, stays.
test('unseen converted: a title numbered 1. under a collection\'s heading is the text\'s title', () => {
  const text = '甲乙两国各经济合作协定\n(1979年4月12日)\n1. 进口许可证手续协议\n序 言\n缔约各方(以下简称“本协议”);\n协议如下:\n第一条 总则\n1. 本协议适用于进口许可证.\n2. 本协议自签字之日起生效.\n';
  const t = read(text);
  assert.deepEqual([t.title?.text, t.kind], ['进口许可证手续协议', '协议']);
  assert.deepEqual(problems(text), []);
  for (const below of ['1. 双方同意建立合作委员会。', '1. 合作委员会']) {
    assert.equal(read(`甲乙两国经济合作协定\n${below}\n第一条 双方合作。\n第二条 本协定自签字之日起生效。\n`).title?.text, '甲乙两国经济合作协定', below);
  }
});

// A writing manual printing a model instrument after its own words on the kind: the model's title after the manual's label
// (`【范例】: …的地点` / `设立代表机构的换文`, or `例:`, `示例：`), the label no part of the title. A line opening with another
// label, or with the label and a sentence, gives no title.
test('unseen converted: a manual\'s model titled after 【范例】: or 例:', () => {
  const body = '(一)我方去文\n乙国驻甲国大使馆:\n甲国外交部向乙国驻甲国大使馆致意,并谨通知如下:双方同意互设代表机构。\n顺致崇高的敬意。\n甲国外交部\n一九七九年八月二十九日于北京\n';
  const manual = (label: string) => read(`换文一般由三部分组成:\n(一)上款 写收文机构名称。\n(二)正文 写换文的具体内容。\n${label} 甲乙两国政府关于在航线上的地点\n设立代表机构的换文\n${body}`);
  for (const label of ['【范例】:', '【范例】', '例:', '示例：', '【例文二】：']) assert.deepEqual([manual(label).title?.text, manual(label).kind], ['甲乙两国政府关于在航线上的地点设立代表机构的换文', '换文'], label);
  assert.equal(read(`【范例】: 甲乙两国政府关于设立代表机构的换文\n${body}`).title?.text, '甲乙两国政府关于设立代表机构的换文');
  assert.equal(manual('【注意】:').title, undefined);
  assert.equal(read(`换文一般由三部分组成:\n例: 双方同意互设代表机构的换文。\n${body}`).title, undefined);
});

// A writing site printing a model text under its own heading (`会谈纪要范文`, "sample minutes": the 2008 cross-strait minutes on
// test/fixtures/real/minutes_cross_strait_charter_flights_2008_sample.md): a kind and the site's word for a model name no
// instrument, so no title, but say the kind. A minutes' own title naming its subject before the kind stays the title.
test('unseen converted: a site\'s heading over a model text (会谈纪要范文) is no title, and gives the kind', () => {
  const points = '  双方就开通两岸客运包机等事宜,经平等协商,形成会谈纪要如下:\n\n  一、承运人。双方同意各自指定包机承运人。\n\n  二、搭载对象。双方同意凡持有效证件的旅客均可搭乘。在本纪要签署后,双方即可派出员工。\n';
  const sample = (heading: string) => read(`您的当前位置:首页正文\n\n${heading}\n\n2021-07-08 来源:榕意旅游网\n\n${points}`);
  for (const heading of ['会谈纪要范文', '会谈纪要 范文', '会谈纪要模板', '會談紀要範文']) assert.deepEqual([sample(heading).title?.text, sample(heading).kind], [undefined, '会谈纪要'], heading);
  assert.deepEqual([sample('会议纪要范本').title?.text, sample('会议纪要范本').kind], [undefined, '会议纪要']);
  // The minutes' own title: its subject, then the kind.
  const own = sample('海峡两岸包机会谈纪要');
  assert.deepEqual([own.title?.text, own.kind], ['海峡两岸包机会谈纪要', '会谈纪要']);
});

// A page continuing the one before (`[接上页] `, `【接上页】`) glues its first article after the mark and the next after a
// sentence end: both read, from whatever number the page opens at. A 第…条 after the mark with no next one after it stays text.
test('unseen converted: `[接上页] 第十二条 …。 第十三条 …` opens a page\'s sequence', () => {
  for (const mark of ['[接上页]', '【接上页】', '(接上页)']) {
    const t = read(`|\n${mark} 第十二条 双方将适时调整检疫性有害生物名单。 第十三条 双方将对本议定书的实施效果进行评估。 本议定书自双方签署之日起生效。\n`);
    assert.deepEqual(t.articles.map((a) => a.name), ['第十二条', '第十三条'], mark);
  }
  assert.deepEqual(read('[接上页] 第十二条 规定的名单由双方调整。\n').articles.map((a) => a.name), []);
});

// The languages of the signing clause counted after them (`以中文、西班牙文和英文三种文字写成`), as `用…写成` and `以…文写成` are read.
test('unseen converted: languages counted after them in the signing clause (三种文字写成)', () => {
  const t = read('# 甲乙议定书\n\n第一条 双方合作。\n\n第二条 本议定书自签字之日起生效。\n\n本议定书于二○○五年一月二十四日在墨西哥城签署,以中文、西班牙文和英文三种文字写成,一式两份,三种文本同等有效。\n');
  assert.deepEqual([t.signing?.languages, t.signing?.copies, t.signing?.place], [['中文', '西班牙文', '英文'], 2, '墨西哥城']);
  assert.deepEqual(read('# 甲乙协定\n\n第一条 双方合作。\n\n本协定于二○○五年一月二十四日在北京签订,一式两份,每份都以中文和俄文两种文字写成。\n').signing?.languages, ['中文', '俄文']);
});

// A memorandum of points `一、 二、` citing its own point by 条 after 上述 (`上述第二条中两个水文站`): that point. A bare `第二条` there,
// or another instrument's (`上述协定第二条`), names none of its points.
test('unseen converted: `上述第二条` in a text of points names its point 二', () => {
  const text = (cite: string) => `关于提供汛期水文资料的谅解备忘录\n各方达成协议如下:\n一、中方向其他成员国提供汛期水文资料。\n二、提供资料的水文站是允景洪、曼安两个水文站。\n三、中方同意每日两次提供${cite}中两个水文站的水位资料。\n四、本谅解备忘录自签字之日起生效。\n`;
  const targets = (cite: string) => {
    const t = read(text(cite));
    return referencesOf(t).filter((r) => r.kind === 'article' && !r.citation).map((r) => `${text(cite).slice(r.start, r.end)}→${r.kind === 'article' ? r.target.num : ''}`);
  };
  assert.deepEqual(targets('上述第二条'), ['上述第二条→2']);
  assert.deepEqual(targets('前述 第二条'), ['前述 第二条→2']);
  assert.deepEqual(targets('第二条'), []);
  assert.deepEqual(targets('上述协定第二条'), []);
});

// The heading cut out for the paragraph that opens the next line: an edit of that line re-reads the heading's line too (a
// re-parse gives what a parse gives), whether the edit takes the paragraph's label away or not.
test('unseen converted: an edit of the line after a heading cut for its 一、 re-parses as a parse does', () => {
  const text = '二、双方寻求更广泛的自由化进程. 第三条 与其他协定的关系\n一、本协定不应减损一方的权利和义务.\n二、双方应当立即进行磋商.\n第四条 定义\n日是指日历日.\n第五条 生效\n本协定自签字之日起生效.\n';
  for (const [find, by] of [['一、本', 'x本'], ['应当', '须'], ['本协定不应', '该协定不应']]) {
    const at = text.indexOf(find);
    const tree = reparse(parseTreaty(text), [{ start: at, end: at + find.length, text: by }]);
    assert.deepStrictEqual(tree, parseTreaty(tree.text), find);
  }
});
