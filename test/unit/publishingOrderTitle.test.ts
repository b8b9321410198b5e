// A text whose title is only in the order publishing it (test/fixtures/real/agreement_mo_pt_legal_judicial_assistance_2001_bo_hant.md,
// Macao's Official Gazette): `行政長官根據…命令公佈《…協定》。`, the date and the Chief Executive's name, then the agreement's
// preamble and paragraphs, no title line of the agreement's own. The instrument the order names in 《》 is the text's title
// (syntax/parser.ts orderTitle, words.ts publishedName), its range the name inside the marks; a title line of its own wins.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf, textContext } from '../../server/src/features/context';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { diagnostics } from '../../server/src/features/diagnostics';
import { WorkspaceIndex } from '../../server/src/index/workspace';

const NAME = '中華人民共和國澳門特別行政區與葡萄牙共和國法律及司法協助協定';
const ORDER = `行政長官根據澳門特別行政區第3/1999號法律第六條第一款及第五條(二)項的規定,命令公佈《${NAME}》。\n二零零一年二月二日發佈。\n行政長官 何厚鏵\n`;
const BODY =
  '經中華人民共和國中央政府正式授權簽訂本協定的中華人民共和國澳門特別行政區與葡萄牙共和國(以下稱為締約方),現決定簽訂本協定:\n' +
  '一、締約雙方的法律及司法協助所涉及的事宜包括刑事司法文書的送達。\n' +
  '二、締約雙方可將上款所指的協助範圍擴展至其他領域。\n' +
  '三、本協定自締約雙方相互通知已完成各自的法律程序之日起生效。\n';

/** The title's text, the source's words in its range, and the outline's top symbol's name. */
function read(source: string): [string | undefined, string | undefined, string | undefined] {
  const ctx = textContext(source);
  const t = ctx.treaty.title;
  return [t?.text, t ? source.slice(t.start, t.end) : undefined, documentSymbols(ctx)[0]?.name];
}

test('publishing order: the instrument it names in 《》 is the title of a text with no title line of its own', () => {
  assert.deepEqual(read(ORDER + BODY), [NAME, NAME, NAME]);
  // Under the notice's heading, the instrument still, not the notice.
  assert.deepEqual(read('第6/2001號行政長官公告\n' + ORDER + BODY), [NAME, NAME, NAME]);
  assert.equal(textContext(ORDER + BODY).treaty.kind, '协定');
});

test('publishing order: 现公布《…》 and 《…》…现予公布 name the title too', () => {
  const name = '甲省与乙省边界地区治安联防协议';
  const articles = '\n第一条 双方建立边界地区治安联防机制。\n\n第二条 本协议自签署之日起生效。\n';
  assert.deepEqual(read(`现公布《${name}》，自2020年1月1日起施行。\n甲省人民政府\n2019年12月1日\n${articles}`), [name, name, name]);
  assert.deepEqual(read(`《${name}》已经双方协商一致，现予公布，自2020年1月1日起施行。\n${articles}`), [name, name, name]);
});

test('publishing order: a title line of its own is the title, not the order naming it', () => {
  const own = `行政長官根據…的規定,命令公佈《${NAME}》。\n\n${NAME}\n\n${BODY}`;
  const ctx = textContext(own);
  assert.equal(ctx.treaty.title?.text, NAME);
  assert.equal(ctx.treaty.title?.line.start, own.indexOf(`\n${NAME}\n`) + 1);
  // A title of its own over two lines, under a sentence publishing another instrument: not the instrument the sentence names.
  const other = '《甲省人民代表大会常务委员会关于修改〈乙条例〉的决定》已于2023年9月1日通过，现予公布。\n甲省与乙省\n边界地区治安联防协议\n\n第一条 双方建立联防机制。\n\n第二条 本协议自签署之日起生效。\n';
  assert.notEqual(textContext(other).treaty.kind, '决定');
});

test('publishing order: a preamble citing an instrument in 《》, or an order naming no kind of instrument, gives no title', () => {
  const citing = `根據《${NAME}》第三條的規定,締約雙方現決定簽訂本協議:\n一、締約雙方相互通報。\n二、締約雙方定期磋商。\n`;
  assert.equal(textContext(citing).treaty.title, undefined);
  assert.equal(textContext(`行政長官命令公佈《澳門特別行政區區旗及區徽圖案》。\n${BODY}`).treaty.title, undefined);
});

test('publishing order: the index finds the instrument by the name the order gives, so a citation of it is found', () => {
  const citing = `某协定\n\n第一条 双方依照《${NAME}》相互协助。\n\n第二条 本协定自签署之日起生效。\n`;
  const notFound = (withOrder: boolean) => {
    const index = new WorkspaceIndex();
    if (withOrder) index.set('file:///order.md', ORDER + BODY, 1, 'markdown');
    index.set('file:///citing.md', citing, 1, 'markdown');
    return diagnostics(contextOf(index, index.get('file:///citing.md')!)).filter((d) => d.code === 'ref.citation-not-found').length;
  };
  assert.equal(notFound(false), 1);
  assert.equal(notFound(true), 0);
});
