// Session 64's unseen real texts (bilateral and historical): the readings their first reads lacked, as data — the text as a
// drafter pastes it and the answer a reader gives. Each rule is about how Chinese treaty text is written or copied.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { definition } from '../../server/src/features/definition';
import { normalizeTitle } from '../../server/src/model/treaty';
import { inWorkspace, at } from '../support/review';
import { textContext } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';

const NAURU = '中华人民共和国政府和瑙鲁共和国政府关于互免持特定类别护照人员签证的协定';
const AGREEMENT = `# ${NAURU}\n\n中华人民共和国政府和瑙鲁共和国政府（以下简称“双方”），达成协议如下：\n\n第一条 持有效外交护照的公民免办签证。\n\n第二条 本协定自签字之日起生效。\n`;
// A news page converted by a tool that left toneless pinyin after some characters of the name it cites.
const CITING = '# 中华人民共和国政府和瑙鲁共和国政府关于执行签证协定的换文\n\n根据《中(zhong)华人民共和国政府和瑙鲁共和国政府关于互免(mian)持特(te)定(ding)类别护照人员签(qian)证的协(xie)定(ding)》第二条，双方同意如下：\n\n一、双方交换护照样本。\n\n二、本换文自签字之日起生效。\n';

test('unseen 64A: a citation whose name carries a converter\'s toneless pinyin reaches the workspace\'s copy', () => {
  const ws = inWorkspace({ 'b.md': CITING, 'a.md': AGREEMENT });
  const targets = definition(ws('b.md'), at(CITING, '》第二条', 2)).map((l) => `${l.targetUri.replace('file:///ws/', '')} ${l.targetSelectionRange.start.line}`);
  assert.deepEqual(targets, ['a.md 6']);
});

// One bracketed word after a character is the drafter's (a syllable's letters, as an item's `(a)` or a numeral's `(ii)`
// are not): the key keeps it; two or more glosses are a converter's.
test('unseen 64A: one bracketed small-letter word is kept in a title\'s key, a converter\'s glosses are not', () => {
  assert.equal(normalizeTitle('甲国和乙国关于合作的协定(bian)'), '甲国和乙国关于合作的协定（bian）');
  assert.equal(normalizeTitle('甲国和乙国关于合(he)作的协(xie)定'), '甲国和乙国关于合作的协定');
  assert.equal(normalizeTitle('甲国和乙国关于合作(ii)的协定(iv)'), '甲国和乙国关于合作（ii）的协定（iv）');
});

const read = (source: string) => textContext(source).treaty;

// A ministry's letter filing an agreement with the State Council (`…的备案函`), naming it in 《》 (here otherwise than its title
// does), then `附件:如文。`: the attachment is the instrument the letter speaks of, and the next title line is its title.
const FILING = '关于中甲互免签证协定的备案函\n\n国务院:\n\n一九九七年四月二日,《中华人民共和国政府和甲国政府关于互免双方持外交护照者签证的协定》已在北京签署。现将该协定副本呈上,请予备案。\n\n附件:如文。\n\n中华人民共和国政府和甲国政府关于互免持外交护照者签证的协定\n\n中华人民共和国政府和甲国政府议定如下:\n\n第 一 条\n\n持外交护照的公民免办签证。\n\n第 二 条\n\n本协定第一条所述公民应遵守对方法律。\n';
test('unseen 64A: the title line under a filing letter\'s `附件:如文。` is the attached instrument\'s title', () => {
  const t = read(FILING);
  assert.equal(t.title?.text, '中华人民共和国政府和甲国政府关于互免持外交护照者签证的协定');
  assert.deepEqual(t.articles.map((a) => a.name), ['第一条', '第二条']);
});
// An attachment line naming no instrument nor pointing to the text (`附件:护照样本`) makes no title of the line after it.
test('unseen 64A: `附件:` naming something else takes no title below it', () => {
  const t = read(FILING.replace('附件:如文。', '附件:护照样本。'));
  assert.notEqual(t.title?.text, '中华人民共和国政府和甲国政府关于互免持外交护照者签证的协定');
});

// Macao's Official Gazette sets an agreement's title stacked, its parties one a line, blank lines between, under the Chief
// Executive's order publishing it by its name in 《》 with the joining word: the stacked lines are the title, and the order's
// citations name this text.
const GAZETTE = '第29/2004號行政長官公告\n\n公佈《中華人民共和國澳門特別行政區與甲國互免簽證的協定》\n\n行政長官根據第3/1999號法律第六條第一款的規定,命令公佈《中華人民共和國澳門特別行政區與甲國互免簽證的協定》。\n\n二零零四年八月十一日發佈。\n\n行政長官 何厚鏵\n\n———\n\n    中華人民共和國\n\n    澳門特別行政區\n\n    甲國\n\n    互免簽證的協定\n\n    中華人民共和國澳門特別行政區和甲國(以下簡稱“締約雙方”),達成以下協議:\n\n    第一條\n\n    持有效護照者可免辦簽證。\n\n    第二條\n\n    本協定第一條所述人員應遵守對方法律。\n';
test('unseen 64A: a title stacked over lines under the order publishing it is the title, and the order\'s citation names it', () => {
  const t = read(GAZETTE);
  assert.equal(t.title?.text, '中華人民共和國澳門特別行政區甲國互免簽證的協定');
  assert.equal(t.kind, '协定');
  const ws = inWorkspace({ 'g.md': GAZETTE });
  const cited = GAZETTE.indexOf('命令公佈《') + 6;
  assert.deepEqual(definition(ws('g.md'), cited).map((l) => l.targetUri.replace('file:///ws/', '')), ['g.md']);
});
// Stacked lines that spell another name than the order's are no title of the order's instrument.
test('unseen 64A: stacked lines naming another instrument are not the published one\'s title', () => {
  const t = read(GAZETTE.replace('    甲國\n', '    乙國\n'));
  assert.notEqual(t.title?.text, '中華人民共和國澳門特別行政區乙國互免簽證的協定');
});

// The Chief Executive's signature line right over the agreement's first sentence, no blank line between (the Gazette's page
// for the Samoa agreement): the notice's, no words of the parties a short name is given to.
test('unseen 64A: an act\'s signer line (`行政長官 何厚鏵`) is no part of the sentence under it', () => {
  const t = read('二零零一年七月十九日發佈。\n行政長官 何厚鏵\n中華人民共和國澳門特別行政區政府和甲國政府 (以下簡稱“締約雙方”),為了發展友好關係,議定如下:\n第一條 持有效護照者免辦簽證。\n第二條 本協定自簽字之日起生效。\n');
  assert.deepEqual(t.definitions.map((d) => [d.term, d.meaning]), [['締約雙方', '中華人民共和國澳門特別行政區政府和甲國政府']]);
});

// A page cut by the store inside a bulleted list (Wikisource's mobile view sets inline items as list entries: `- (一)噶倫堡、` /
// `- (二)西里古里、` / `- `): the last entry's mark alone is no line of text, the text is cut in its last article, and its final
// clauses (entry into force, signing) may be on the part not copied — no warning that they are missing.
const BULLETS = '甲國和乙國關於邊境貿易的協定\n\n甲國政府和乙國政府議定下列各條:\n\n第一條 締約雙方同意互設商務代理處。\n\n第二條 締約雙方同意在下列地點進行貿易:\n- (一)甲地、\n- (二)乙地、\n- ';
test('unseen 64A: a text cut after an empty list entry (`- `) is cut short: no missing final clauses reported', () => {
  const codes = diagnostics(textContext(BULLETS)).map((d) => String(d.code)).filter((c) => c.startsWith('final.'));
  assert.deepEqual(codes, []);
  // (The same text ending on a whole sentence is not cut: its missing clauses are reported.)
  const whole = diagnostics(textContext(BULLETS.replace(/\n- $/, '\n- (三)丙地。\n'))).map((d) => String(d.code)).filter((c) => c.startsWith('final.'));
  assert.ok(whole.includes('final.no-signing-clause'), JSON.stringify(whole));
});
