// The parser's readings that session 57 (s57parse) put a cheaper test in front of: what the rule reads stays as it was, shown
// on a fixture string with what a careful reader reads in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textContext } from '../../server/src/features/context';

const read = (source: string) => textContext(source).treaty;

// A wiki's licence note after a communique's text (test/fixtures/real/communique_roc_mk_diplomatic_1999_wikisource_hant.md),
// the law it quotes named with an article of it before the colon (`澳門《第43/99/M號法令》第六條:`): the line closes with `條:`,
// not `》:` — the quoted list under it is the page's furniture still, no article of the communique.
const COMMUNIQUE = '中華民國與馬其頓共和國建立外交關係聯合公報\n' +
  '中華民國政府與馬其頓共和國政府為加強兩國間之友好合作關係,爰經決定自一九九九年一月二十七日起建立全面外交關係。\n' +
  '本聯合公報以中文、馬其頓文、英文繕裝,三種文字正本同一作準,惟遇解釋上有歧異時,應以英文本為準。\n' +
  '中華民國八十八年一月二十七日即公曆一九九九年一月二十七日訂於台北。\n中華民國政府代表 |\n馬其頓共和國政府代表 |\n' +
  'INTRO\n- 第九條(著作權標的之限制)\n- 下列各款不得為著作權之標的:\n- 一、憲法、法律、命令或公文。\n';

test('parse 57: a note quoting a law under its name and article (《…》第六條: / - 第九條…) holds no unit, 條 or 条 before the colon', () => {
  for (const intro of ['澳門《第43/99/M號法令》第六條:', '澳门《第43/99/M号法令》第六条：', '中華民國《著作權法》:']) {
    assert.deepEqual(read(COMMUNIQUE.replace('INTRO', intro)).articles.map((a) => a.name), [], intro);
  }
  // A lead ending with another word before its colon is the text's, its list's label an article (`下列各款:` / `- 第九條…`).
  assert.deepEqual(read(COMMUNIQUE.replace('INTRO', '下列各款:')).articles.map((a) => a.name), ['第九条']);
});
