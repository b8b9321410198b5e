// Features that land after the outline: go to definition and hover on article
// references (issue #4), completion of the next article and clause snippets, and
// reference diagnostics (issue #5). They run on every e2e run; until a feature
// lands its test fails, which says what is missing rather than hiding it.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEEDS, DRAFTS, open, positionOf, lineMatching, waitFor, waitForOutline } from './helpers';

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
