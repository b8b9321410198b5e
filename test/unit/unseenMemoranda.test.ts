// Memoranda and framework agreements the corpus had few of, read for the first time (test/fixtures/real: the last page
// of the 2005 Australia–China memorandum on a leadership programme, the Guangdong–Macao and the Greater Bay Area
// framework agreements): each rule they needed, with a fixture string and what a careful reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTreaty } from '../../server/src/model/treaty';

/** The last page of a memorandum numbered by points `13.` `14.` …, each under its caption on a line of its own. */
const MEMORANDUM = [
  '(c)双方的代表将在需要的时候参与本项目的联合监测考察活动。',
  '正式联系',
  '13.为了对本备忘录引起的问题进行正式联系,甲国驻中国大使馆将作为甲方的代表。',
  '修正',
  '14.本备忘录经协调机构之间的换文,可随时修改。',
  '附件状况',
  '15.附件1至附件3是备忘录的必要组成部分。',
  '本备忘录于2005年3月15日在北京签署,中英文字两种文本,一式两份,两种文本具有同等效力。',
  '甲国政府代表 中华人民共和国政府代表',
  '(签 字) (签 字)',
  '附件1:',
  '甲项目',
  '第一部分 背景分析',
  '中国在经过了20多年的改革之后,经济发展已经取得了巨大成绩。',
  '',
].join('\n');

test('memoranda: a caption on its own line over a point (`修正` / `14.…`) is the next point\'s, not a paragraph of the point before it', () => {
  const t = buildTreaty(MEMORANDUM);
  assert.deepEqual(t.articles.map((a) => [a.name, a.paragraphs.length]), [['13.', 1], ['14.', 1], ['15.', 1]]);
  // A short line over a point not numbered on (the points numbered again, a list's) is no caption: the point's own paragraph stays.
  const again = buildTreaty('测试备忘录\n\n一、双方同意合作。\n二、双方鼓励交流。\n其他事项\n一、本备忘录自签字之日起生效。\n');
  assert.equal(again.articles[1].paragraphs.length, 2);
});

test('memoranda: a line opening with 附件 over the point numbered on (`附件状况` / `15.附件1至附件3是…`) is a caption, no annex: the points and the signing clause after it are the text\'s', () => {
  const t = buildTreaty(MEMORANDUM);
  assert.equal(t.articles.at(-1)?.name, '15.');
  assert.deepEqual([t.signing?.date?.year, t.signing?.place, t.signing?.copies], [2005, '北京', 2]);
  // An annex after the signing clause, numbering its points from 1, is one still.
  const annexed = buildTreaty('测试备忘录\n\n一、双方同意合作。\n二、本备忘录于2005年3月15日在北京签署。\n附件:\n一、甲项目。\n二、乙项目。\n');
  assert.deepEqual(annexed.articles.map((a) => a.name), ['一、', '二、']);
  // So is an annex whose own list opens at a heading (`附：` / `## 一、…` / `二、…`, a court's arrangement's list of bodies): its
  // `二、` numbers no point of the text on, and no duplicate is reported.
  const listed = buildTreaty('# 测试安排\n\n一、双方同意合作。\n\n二、本安排自公布之日起施行。\n\n附：\n\n名单\n\n## 一、甲类机构\n\n甲机构\n\n二、乙类机构\n\n乙机构\n');
  assert.deepEqual(listed.articles.map((a) => a.name), ['一、', '二、']);
});

test('memoranda: languages abbreviated together (`中英文`, `中英文字两种文本`) are each a language, with or without a verb of writing', () => {
  const signed = (clause: string) => buildTreaty(`测试协定\n\n第一条 双方合作。\n\n第二条 本协定自签字之日起生效。\n\n${clause}\n`).signing?.languages;
  assert.deepEqual(signed('本协定于2005年3月15日在北京签订，一式两份，每份均用中英文写成，两种文本同等作准。'), ['中文', '英文']);
  assert.deepEqual(signed('本协定于2005年3月15日在北京签订，中俄文字两种文本，一式两份。'), ['中文', '俄文']);
  assert.deepEqual(buildTreaty(MEMORANDUM).signing?.languages, ['中文', '英文']);
  // A language's name whose characters are not each a language's stays whole (`西班牙文`, `越南文`).
  assert.deepEqual(signed('本协定于2005年3月15日在北京签订，一式两份，用西班牙文和越南文写成。'), ['西班牙文', '越南文']);
});

test('framework agreements: the parties\' names side by side on a line above the title (a letterhead) are no first line of it', () => {
  const text = '國家發展和改革委員會 廣東省人民政府 香港特別行政區政府 澳門特別行政區政府\n深化粵港澳合作 推進大灣區建設框架協議\n為深化粵港澳合作,四方經協商一致,制定本協議。\n一、總則\n二、合作重點領域。\n';
  assert.deepEqual(((t) => [t.title?.text, t.kind])(buildTreaty(text)), ['深化粵港澳合作推進大灣區建設框架協議', '协议']);
  // A title broken after a party's name goes on over the next line.
  assert.equal(buildTreaty('中华人民共和国政府\n和俄罗斯联邦政府关于合作的协定\n\n第一条 双方合作。\n').title?.text, '中华人民共和国政府和俄罗斯联邦政府关于合作的协定');
});
