// Issue #10, part 3: the extension feels native — editor defaults for treaty
// files, commands from the palette that ask the server, and the status bar item.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { DRAFTS, EXTENSION_ID, open, restore, waitFor, waitForOutline } from './helpers';

async function statusText(): Promise<string | undefined> {
  const ext = vscode.extensions.getExtension<{ statusText(): string | undefined }>(EXTENSION_ID);
  assert.ok(ext, 'the extension is installed');
  const api = ext.isActive ? ext.exports : await ext.activate();
  return api.statusText();
}

describe('issue #10: native in VS Code', () => {
  it('treaty files: full-width punctuation is not boxed, lines wrap, suggestions come as you type', async () => {
    const { document: doc } = await open(DRAFTS.memorandum);
    assert.strictEqual(doc.languageId, 'treaty');
    const editor = vscode.workspace.getConfiguration('editor', doc);
    assert.strictEqual(editor.get('unicodeHighlight.ambiguousCharacters'), false);
    assert.strictEqual(editor.get('wordWrap'), 'on');
    assert.strictEqual(editor.get<Record<string, string>>('quickSuggestions')?.other, 'on');
  });

  it('the server speaks the display language: English, or Chinese for zh*', async function () {
    this.timeout(30_000);
    const { document: doc } = await open(DRAFTS.protocol); // cites 本议定书第八条; it has six articles
    const d = await waitFor('ref.no-such-article', async () => vscode.languages.getDiagnostics(doc.uri).find((x) => x.code === 'ref.no-such-article'));
    const chinese = vscode.env.language.toLowerCase().startsWith('zh');
    assert.strictEqual(d.message, chinese ? '本议定书没有第八条（共6条）' : '本议定书 has no 第八条 (it has 6 articles)');
  });

  it('the status bar names the kind, the articles and the problems of the active treaty', async function () {
    this.timeout(30_000);
    const { document: doc } = await open(DRAFTS.memorandum);
    await waitForOutline(doc.uri);
    const text = await waitFor('the status bar item', async () => statusText());
    // 谅解备忘录 · 4 条 · 无问题 (Chinese display language) or 谅解备忘录 · 4 articles · … (English).
    assert.match(text, /谅解备忘录 · 4 (条|articles) · /);
    const problems = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'treaty' && d.severity !== vscode.DiagnosticSeverity.Hint).length;
    assert.match(text, problems === 0 ? /(无问题|no problems)$/ : new RegExp(`${problems} (处问题|problems?)$`));
  });

  it('Treaty: Insert Article Here puts 第二条 after 第一条 and moves the rest with their references', async function () {
    this.timeout(30_000);
    const editor = await open(DRAFTS.memorandum);
    const doc = editor.document;
    const original = doc.getText();
    await waitForOutline(doc.uri);
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('各方在本备忘录第二条所列领域'));
    editor.selection = new vscode.Selection(line, 2, line, 2);
    try {
      await vscode.commands.executeCommand('treaty.insertArticle');
      const text = doc.getText();
      assert.match(text, /第一条\n\n各方在本备忘录第三条所列领域开展合作。\n\n第二条\n\n\n第三条\n\n各方在以下方面开展合作/);
      assert.match(text, /审议本备忘录第三条的执行情况。\n\n第五条\n/);
      // The cursor waits on the new article's empty line, and the status bar counts it.
      assert.strictEqual(doc.lineAt(editor.selection.active.line).text, '');
      assert.strictEqual(doc.lineAt(editor.selection.active.line - 1).text, '第二条');
      const text5 = await waitFor('5 articles in the status bar', async () => ((await statusText())?.match(/ 5 (条|articles) /) ? await statusText() : undefined));
      assert.ok(text5);
    } finally {
      await restore(doc, original);
    }
  });

  it('Treaty: Renumber Articles closes a gap and updates references', async function () {
    this.timeout(30_000);
    const editor = await open(DRAFTS.memorandum);
    const doc = editor.document;
    const original = doc.getText();
    await waitForOutline(doc.uri);
    try {
      // Make a gap: 第四条 → 第九条 (no reference names 第四条: renumbering never gives a
      // dangling reference a target, so a gap made under a cited article is refused).
      const line = doc.getText().split('\n').indexOf('第四条');
      await editor.edit((b) => b.replace(new vscode.Range(line, 1, line, 2), '九'));
      await waitFor('the numbering.gap diagnostic', async () => vscode.languages.getDiagnostics(doc.uri).some((d) => d.code === 'numbering.gap') || undefined);
      await vscode.commands.executeCommand('treaty.renumberArticles');
      await waitFor('the renumbered heading', async () => doc.lineAt(line).text === '第四条' || undefined);
      assert.strictEqual(doc.lineAt(line).text, '第四条');
    } finally {
      await restore(doc, original);
    }
  });
});
