// Features that land after the outline: go to definition and hover on article
// references (issue #4), completion of the next article and clause snippets, and
// reference diagnostics (issue #5). They run on every e2e run; until a feature
// lands its test fails, which says what is missing rather than hiding it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEEDS, DRAFTS, codeOf, open, positionOf, lineMatching, waitFor, waitForOutline, withUntitled } from './helpers';

const REF = '本协议第十二条'; // seed 000, article 9: “…按照本协议第十二条执行。”
const ARTICLE_12 = /^#+\s*第\s*十\s*二\s*条\s*$/;

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

function label(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

describe('issue #4: references to articles', () => {
  it(`F12 on ${REF} in seed 000 goes to the heading of 第十二条`, async function () {
    this.timeout(30_000);
    const { document: doc } = await open(SEEDS.border_kz);
    await waitForOutline(doc.uri);
    const at = positionOf(doc, REF, 4); // on 十
    const target = lineMatching(doc, ARTICLE_12);
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider', doc.uri, at);
    const lines = (locations ?? []).map((l) =>
      'targetUri' in l ? { uri: l.targetUri, line: (l.targetSelectionRange ?? l.targetRange).start.line } : { uri: l.uri, line: l.range.start.line });
    assert.ok(lines.some((l) => l.uri.toString() === doc.uri.toString() && l.line === target),
      `a definition at line ${target + 1}; got ${JSON.stringify(lines.map((l) => `${l.uri.path}:${l.line + 1}`))}`);
  });

  it(`hover on ${REF} shows the text of article 12`, async function () {
    this.timeout(30_000);
    const { document: doc } = await open(SEEDS.border_kz);
    await waitForOutline(doc.uri);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, REF, 4));
    const text = hoverText(hovers ?? []);
    assert.match(text.replace(/\s+/g, ''), /本协议自签字之日起生效/, `hover text: ${JSON.stringify(text.slice(0, 300))}`);
  });
});

describe('issue #5: completion and diagnostics', () => {
  it('completion on an empty line after the last article offers 第十三条', async function () {
    this.timeout(30_000);
    const { document: doc } = await open(SEEDS.border_kz);
    await waitForOutline(doc.uri);
    // The blank line right after article 12's text.
    const line = lineMatching(doc, /^本协议自签字之日起生效/) + 1;
    assert.strictEqual(doc.lineAt(line).text.trim(), '', `line ${line + 1} is empty`);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, 0));
    // Leave out VS Code's word-based suggestions (kind Text): 第十三条 is a word of seeds 002 and 004, open by now.
    const labels = (list?.items ?? []).filter((i) => i.kind !== vscode.CompletionItemKind.Text).map(label);
    assert.ok(labels.some((l) => l.replace(/\s+/g, '').includes('第十三条')), `labels: ${JSON.stringify(labels.slice(0, 40))}`);
  });

  it('clause snippets (生效 / shengxiao) are offered on an empty line', async function () {
    this.timeout(30_000);
    const { document: doc } = await open(SEEDS.border_kz);
    await waitForOutline(doc.uri);
    const line = lineMatching(doc, /^本协议自签字之日起生效/) + 1;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, 0));
    const snippets = (list?.items ?? []).filter((i) => i.kind === vscode.CompletionItemKind.Snippet);
    const names = snippets.map((i) => `${label(i)} ${typeof i.filterText === 'string' ? i.filterText : ''}`);
    assert.ok(names.some((n) => /生效|shengxiao/.test(n)), `snippets: ${JSON.stringify(names.slice(0, 40))}`);
  });

  it('a reference to a missing article has diagnostic ref.no-such-article', async function () {
    this.timeout(30_000);
    const { document: doc } = await open(DRAFTS.protocol);
    const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);
    const found = await waitFor('diagnostic ref.no-such-article', async () =>
      vscode.languages.getDiagnostics(doc.uri).find((d) => codeOf(d) === 'ref.no-such-article'), 15_000)
      .catch((e) => {
        const got = vscode.languages.getDiagnostics(doc.uri).map((d) => `${codeOf(d)}: ${d.message}`);
        throw new Error(`${e.message}; diagnostics: ${JSON.stringify(got)}`);
      });
    assert.strictEqual(doc.getText(found.range).replace(/\s+/g, '').includes('第八条'), true,
      `the diagnostic covers 第八条, got ${JSON.stringify(doc.getText(found.range))}`);
  });
});

describe('issue #4: across the workspace', () => {
  it('F12 on a citation by full title in a draft opens the seed that holds the treaty', async function () {
    this.timeout(30_000);
    const { document: doc } = await open(DRAFTS.agreement);
    await waitForOutline(doc.uri);
    const at = positionOf(doc, '《中华人民共和国和哈萨克斯坦共和国睦邻友好合作条约》', 3);
    const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, at);
    const uris = (locations ?? []).map((l) => ('targetUri' in l ? l.targetUri : l.uri).path);
    assert.ok(uris.some((u) => u.endsWith(SEEDS.friendship_kz)), `targets: ${JSON.stringify(uris)}`);
  });

  it('references to article 10 of the SCO treaty include the memorandum that cites it', async function () {
    this.timeout(30_000);
    const { document: doc } = await open(SEEDS.sco);
    await waitForOutline(doc.uri);
    const at = new vscode.Position(lineMatching(doc, /^第十条$/), 1);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, at);
    const files = (refs ?? []).map((r) => r.uri.path);
    assert.ok(files.some((f) => f.endsWith(DRAFTS.memorandum)), `references: ${JSON.stringify(files)}`);
  });

  it('rename of an article updates its heading and the references to it', async function () {
    this.timeout(30_000);
    const { document: doc } = await open(DRAFTS.memorandum);
    await waitForOutline(doc.uri);
    const at = new vscode.Position(lineMatching(doc, /^第二条$/), 1);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, at, '第五条');
    const edits = edit?.get(doc.uri) ?? [];
    // The heading and the two references 本备忘录第二条.
    assert.strictEqual(edits.length, 3, JSON.stringify(edits.map((e) => `${e.range.start.line + 1}: ${e.newText}`)));
    assert.ok(edits.every((e) => e.newText === '五'));
  });

  it('rename of a defined term rewrites its definition and every use', async function () {
    this.timeout(30_000);
    const text = '# 测试协定\n\n中华人民共和国政府和蒙古国政府（以下简称“双方”）达成协议如下：\n\n## 第一条\n\n双方同意开展合作。\n\n## 第二条\n\n本协定自签字之日起生效，双方各执一份。\n';
    await withUntitled('treaty', text, async (doc) => {
      await waitForOutline(doc.uri);
      const at = new vscode.Position(lineMatching(doc, /^双方同意/), 1);
      const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, at, '缔约双方');
      const edits = (edit?.get(doc.uri) ?? []).map((e) => `${e.range.start.line}:${e.range.start.character} ${doc.getText(e.range)}→${e.newText}`);
      assert.deepStrictEqual(edits, ['2:21 双方→缔约双方', '6:0 双方→缔约双方', '10:12 双方→缔约双方']);
    });
  });

  it('a wrong self-reference in a signing clause has a quick fix', async function () {
    this.timeout(30_000);
    const text = '# 测试协定\n\n## 第一条\n\n本协定自签字之日起生效。\n\n本协议于2020年1月1日在北京签署，一式两份，每份均用中文和俄文写成，两种文本同等作准。\n';
    await withUntitled('treaty', text, async (doc) => {
      const diag = await waitFor('diagnostic signing.self-reference', async () =>
        vscode.languages.getDiagnostics(doc.uri).find((d) => codeOf(d) === 'signing.self-reference'), 15_000);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range);
      const fix = (actions ?? []).find((a) => a.title.includes('本协定'));
      assert.ok(fix?.edit, `actions: ${JSON.stringify((actions ?? []).map((a) => a.title))}`);
    });
  });

  it('fix all, asked for by kind as on save (source.fixAll), makes every safe fix in one edit', async function () {
    this.timeout(30_000);
    const text = '# 测试协定\n\n## 第一条\n\n甲,乙。\n\n本协议于2020年1月1日在北京签署，一式两份，每份均用中文和俄文写成，两种文本同等作准。\n';
    await withUntitled('treaty', text, async (doc) => {
      await waitFor('diagnostic signing.self-reference', async () => vscode.languages.getDiagnostics(doc.uri).find((d) => codeOf(d) === 'signing.self-reference'), 15_000);
      const whole = new vscode.Range(0, 0, doc.lineCount, 0);
      const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, whole, 'source.fixAll')) ?? [];
      assert.deepStrictEqual(actions.map((a) => a.kind?.value), ['source.fixAll.treaty']);
      assert.match(actions[0].title, /^(修正本文件全部可安全修正的问题（2 处）|Fix all safely fixable problems in this file \(2\))$/);
      assert.ok(await vscode.workspace.applyEdit(actions[0].edit!));
      assert.strictEqual(doc.getText(), text.replace('甲,乙', '甲，乙').replace('本协议于', '本协定于'));
    });
  });

  it('Chinese pasted garbled from a page read as Windows-1252 is repaired by the quick fix, with no “Reopen with Encoding”', async function () {
    this.timeout(30_000);
    const original = '# 中华人民共和国和甲国引渡条约\n\n## 第一条　引渡义务\n\n任何一方有义务根据本条约的规定，应另一方请求，向另一方引渡在其境内发现的被另一方通缉的人员。\n';
    // The UTF-8 bytes as Windows-1252 shows them (bytes 0x80–0x9F its signs, the five it leaves undefined the C1 controls).
    const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
    const garbled = [...Buffer.from(original, 'utf8')].map((b) => (b >= 0x80 && b < 0xa0 ? high[b - 0x80] : String.fromCharCode(b))).join('');
    await withUntitled('markdown', garbled, async (doc) => {
      const diag = await waitFor('diagnostic encoding.wrong', async () => vscode.languages.getDiagnostics(doc.uri).find((d) => codeOf(d) === 'encoding.wrong'), 15_000);
      const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range)) ?? [];
      const titles = actions.map((a) => a.title);
      const repair = actions.find((a) => a.edit && /还原乱码|Repair the garbled text/.test(a.title));
      assert.ok(repair?.edit, `actions: ${JSON.stringify(titles)}`);
      assert.ok(!titles.some((t) => /Reopen with Encoding|通过编码重新打开/.test(t)), `actions: ${JSON.stringify(titles)}`);
      assert.ok(await vscode.workspace.applyEdit(repair.edit));
      assert.strictEqual(doc.getText(), original);
    });
  });
});
