// What completion writes into a text in traditional characters is written in them (session 40's review: a clause or
// a snippet inserted into agreement_mo_nl_investment_2008_hant.md read 本協定自签字之日起生效, 以下简称“双方”). The
// traditional snippets and clause words are converted once at development time (scripts/gen-traditional.mjs, OpenCC's
// phrase-level conversion, every line read) and checked in; the server picks them by the text's script. Expected
// answers written by reading completionClauses.ts, completionFit.ts and the fixtures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { completion, readSnippets } from '../../server/src/features/completion';
import { CLAUSES_TRADITIONAL } from '../../server/src/features/clausesTraditional';
import { textContext } from '../../server/src/features/context';
import { writesTraditional } from '../../server/src/features/unitWords';
import { foldScript } from '../../server/src/syntax/script';

const ROOT = path.join(__dirname, '..', '..', '..');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets', f), 'utf8')) as Record<string, { prefix: string[]; body: string | string[]; description: string; scope: string; isFileTemplate?: boolean }>;
const SIMPLIFIED = read('treaty.code-snippets');
const TRADITIONAL = read('treaty.traditional.code-snippets');

test('the traditional snippets are the simplified ones: same entries, fields, lines and placeholders; each line read as simplified is the simplified line', () => {
  assert.deepEqual(Object.keys(TRADITIONAL), Object.keys(SIMPLIFIED));
  const placeholders = (s: string) => s.match(/\$\{?\d+[:|}]?|\$[A-Z_]+|\|\}|[{}]/g) ?? [];
  for (const [name, s] of Object.entries(SIMPLIFIED)) {
    const t = TRADITIONAL[name];
    assert.equal(t.description, s.description, name);
    assert.equal(t.scope, s.scope, name);
    assert.equal(t.isFileTemplate, s.isFileTemplate, name);
    // Every simplified prefix kept (an IME may type either script), the added ones traditional forms of them.
    assert.deepEqual(t.prefix.slice(0, s.prefix.length), s.prefix, name);
    for (const p of t.prefix.slice(s.prefix.length)) assert.ok(s.prefix.includes(foldScript(p)), `${name}: ${p}`);
    const sb = ([] as string[]).concat(s.body);
    const tb = ([] as string[]).concat(t.body);
    assert.equal(tb.length, sb.length, name);
    tb.forEach((line, i) => {
      assert.deepEqual(placeholders(line), placeholders(sb[i]), `${name} line ${i}`);
      assert.equal(foldScript(line), sb[i], `${name} line ${i}`);
    });
  }
});

test('every word of a clause has its traditional form, which read as simplified is the word', () => {
  const entries = Object.entries(CLAUSES_TRADITIONAL);
  assert.ok(entries.length > 30);
  for (const [s, t] of entries) assert.equal(foldScript(t), s);
  // The preposition 于 of a date is 於 (no character table tells: 于 is also a traditional character).
  assert.equal(CLAUSES_TRADITIONAL['于${1:'], '於${1:');
});

const HANT = `# 中華人民共和國政府和哈薩克斯坦共和國政府關於邊境合作的協定

中華人民共和國政府和哈薩克斯坦共和國政府達成協議如下：

## 第一條

雙方開展合作。

`;
const HANS = foldScript(HANT);

const snippets = readSnippets(SIMPLIFIED);
const traditionalSnippets = readSnippets(TRADITIONAL);

function inserted(text: string, typed: string): Map<string, string> {
  const doc = text + typed;
  const lines = doc.split('\n');
  const list = completion(textContext(doc), { line: lines.length - 1, character: typed.length }, { snippets, traditionalSnippets, now: new Date(2024, 5, 15) });
  return new Map(list.items.map((i: CompletionItem) => [String(i.label), (i.textEdit as TextEdit).newText]));
}

test('clauses, signatures and snippets in a text in traditional characters are written in them; in a simplified text as before', () => {
  assert.equal(writesTraditional(textContext(HANT).treaty), true);
  assert.equal(writesTraditional(textContext(HANS).treaty), false);
  const t = inserted(HANT, '生效');
  assert.equal(t.get('生效条款'), '## 第${1:二}條\n\n本協定${2|自簽字之日起生效,需經批准，並自互換批准書之日起生效,自雙方通過外交途徑相互通知已完成使本協定生效所需的各自國內法律程序之日起生效|}。\n$0');
  assert.equal(t.get('修改条款'), '## 第${1:二}條\n\n經雙方${2|同意,協商一致|}，可以用議定書的形式對本協定進行修改和補充，議定書構成本協定不可分割的一部分。\n$0');
  // The parties as the title writes them (the model reads them folded), split into state and organ as read in simplified.
  assert.equal(t.get('签字栏'), '中華人民共和國  \n政府代表\n\n${1:（簽字）}\n\n哈薩克斯坦共和國  \n政府代表\n\n${2:（簽字）}\n$0');
  assert.equal(inserted(HANT, '以下').get('以下简称'), '${1:中華人民共和國}和${2:……}（以下簡稱“${3|雙方,締約雙方,締約各方|}”）$0');
  const s = inserted(HANS, '生效');
  assert.equal(s.get('生效条款'), '## 第${1:二}条\n\n本协定${2|自签字之日起生效,需经批准，并自互换批准书之日起生效,自双方通过外交途径相互通知已完成使本协定生效所需的各自国内法律程序之日起生效|}。\n$0');
  assert.equal(s.get('签字栏'), '中华人民共和国  \n政府代表\n\n${1:（签字）}\n\n哈萨克斯坦共和国  \n政府代表\n\n${2:（签字）}\n$0');
  assert.equal(inserted(HANS, '以下').get('以下简称'), '${1:中华人民共和国}和${2:……}（以下简称“${3|双方,缔约双方,缔约各方|}”）$0');
});
