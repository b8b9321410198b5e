// A meeting's masthead over a declaration's title, as the WTO's Doha Declaration on TRIPS (2001) is printed
// (test/fixtures/multilingual/wto_doha_trips_2001_para1-5): the organization, the document's symbol and date, the conference, its
// session and its dates and place, then the title. In Chinese the lines to the last that says a date and a place are no part
// of the title; in another language a masthead in capitals naming no kind gives way to the line in capitals after it that
// names one. Cases are data: a text and its title and kind, by reading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkspaceIndex } from '../../server/src/index/workspace';

const ZH_POINTS = '1. 我们认识到公共卫生问题的严重性。\n2. 我们强调需要采取行动。\n';
const EN_POINTS = '\n1. We recognize the gravity of the public health problems.\n\n2. We stress the need for action.\n';

const CASES: [string, string, string, string | undefined, string | undefined][] = [
  ['Chinese: the conference and its dates and place over the title', 'd.zh.md', `世界贸易组织 WT/MIN(01)/DEC/2\n第四届部长级会议\n2001年11月9日至14日,多哈\n关于《TRIPS协定》与公共卫生的宣言\n2001年11月14日通过\n${ZH_POINTS}`, '关于《TRIPS协定》与公共卫生的宣言', '宣言'],
  ['Chinese: a title over two lines, the second with years and no day, stays whole', 'd.zh.md', `中华人民共和国政府和俄罗斯联邦政府\n2001年至2005年贸易协定\n${ZH_POINTS}`, '中华人民共和国政府和俄罗斯联邦政府2001年至2005年贸易协定', '协定'],
  ['English: the masthead in capitals and its lines, then the title in capitals naming a kind', 'd.en.md', `WORLD TRADE ORGANIZATION\nWT/MIN(01)/DEC/W/2\n14 November 2001\n(01-5770)\nMINISTERIAL CONFERENCE\nFourth Session\nDoha, 9 - 14 November 2001\n\nDECLARATION ON THE TRIPS AGREEMENT AND PUBLIC HEALTH\n${EN_POINTS}`, 'DECLARATION ON THE TRIPS AGREEMENT AND PUBLIC HEALTH', '宣言'],
  ['English: a line in capitals after the preamble has begun is no title', 'd.en.md', `WORLD TRADE ORGANIZATION\n\nThe Ministers,\n\nDECLARATION ON PUBLIC HEALTH\n${EN_POINTS}`, 'WORLD TRADE ORGANIZATION', undefined],
];

for (const [name, file, text, title, kind] of CASES) {
  test(`masthead title: ${name}`, () => {
    const index = new WorkspaceIndex();
    index.set(`file:///ws/${file}`, text, 1, 'markdown');
    const t = index.model(index.get(`file:///ws/${file}`)!);
    assert.deepEqual([t.title?.text, t.kind], [title, kind]);
  });
}
