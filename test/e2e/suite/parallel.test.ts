// Issue #15: the equally authentic texts of one instrument, side by side in the real editor.
// The sample workspace holds the Belovezha agreement (1991) in Chinese and in Russian as
// parallel/独立国家联合体协定.zh.md and .ru.md, paired by their names. Its articles are one
// paragraph each, on lines that differ between the texts (by reading the two files):
// 第N條 on line 5 + 2N of the Chinese text, Статья N on line 3 + 2N of the Russian one; the
// signing clauses on lines 35 (於明斯克市完成簽署…) and 33 (Совершено в городе Минске…).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { PARALLEL, chinese, codeOf, open, restore, waitFor, workspaceFile } from './helpers';

const zhLine = (n: number) => 5 + 2 * n;
const ruLine = (n: number) => 3 + 2 * n;

const editorOf = (relative: string) => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === workspaceFile(relative).toString());

/** The align.* diagnostics of a document as `line:code:message` (lines 1-based). */
const divergences = (uri: vscode.Uri) =>
  vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d).startsWith('align.')).map((d) => `${d.range.start.line + 1}:${codeOf(d)}:${d.message}`);

describe('issue #15: parallel texts', () => {
  beforeEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('a code lens on each article names its counterpart in the Russian text; running one opens that article beside', async function () {
    this.timeout(60_000);
    const zh = await open(PARALLEL.zh);
    const lenses = await waitFor('the counterpart lenses', async () => {
      const all = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', zh.document.uri);
      const mine = (all ?? []).filter((l) => l.command?.command === 'treaty.revealCounterpart');
      return mine.length ? mine : undefined;
    }, 30_000);
    const name = chinese() ? '俄文本对应条款：' : 'Russian text: ';
    assert.deepStrictEqual(
      lenses.map((l) => `${l.range.start.line + 1} ${l.command!.title}`),
      Array.from({ length: 14 }, (_, i) => `${zhLine(i + 1)} ${name}Статья ${i + 1}`),
    );
    const fifth = lenses[4].command!;
    await vscode.commands.executeCommand(fifth.command, ...(fifth.arguments ?? []));
    const ru = await waitFor('the Russian text open', async () => editorOf(PARALLEL.ru));
    assert.notStrictEqual(ru.viewColumn, zh.viewColumn, 'beside the Chinese text, not in its place');
    assert.strictEqual(ru.selection.active.line + 1, ruLine(5), 'at Статья 5');
  });

  it('Treaty: Open Counterpart opens the Russian text beside at the same article and follows the cursor article by article', async function () {
    this.timeout(60_000);
    const zh = await open(PARALLEL.zh);
    zh.selection = new vscode.Selection(zhLine(2) - 1, 12, zhLine(2) - 1, 12); // inside 第二條
    await vscode.commands.executeCommand('treaty.openCounterpart');
    try {
      const ru = await waitFor('the Russian text beside', async () => editorOf(PARALLEL.ru));
      assert.notStrictEqual(ru.viewColumn, zh.viewColumn);
      assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), zh.document.uri.toString(), 'the focus stays in the Chinese text');
      assert.strictEqual(ru.selection.active.line + 1, ruLine(2), 'at Статья 2');
      // The cursor moves on to 第十二條, then to the signing clause: the Russian text follows.
      zh.selection = new vscode.Selection(zhLine(12) - 1, 20, zhLine(12) - 1, 20);
      await waitFor('Статья 12 in the Russian text', async () => ru.selection.active.line + 1 === ruLine(12) || undefined, 10_000)
        .catch((e) => assert.fail(`${e.message}; the Russian text is at line ${ru.selection.active.line + 1}`));
      zh.selection = new vscode.Selection(34, 3, 34, 3);
      await waitFor('the signing clause in the Russian text', async () => ru.selection.active.line + 1 === 33 || undefined, 10_000)
        .catch((e) => assert.fail(`${e.message}; the Russian text is at line ${ru.selection.active.line + 1}`));
    } finally {
      await vscode.window.showTextDocument(zh.document);
      await vscode.commands.executeCommand('treaty.openCounterpart'); // the same command again turns the parallel view off
    }
  });

  it('a divergence appears on both sides when the Russian text is edited to differ (в трех → в двух экземплярах)', async function () {
    this.timeout(60_000);
    const zh = await open(PARALLEL.zh);
    const ruEditor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(PARALLEL.ru)), vscode.ViewColumn.Beside);
    const ru = ruEditor.document;
    const original = ru.getText();
    const at = original.indexOf('в трех экземплярах');
    assert.ok(at > 0);
    // Typed, not saved (a workspace edit would save the file, and the server would see the file change on disk instead).
    assert.ok(await ruEditor.edit((b) => b.replace(new vscode.Range(ru.positionAt(at + 2), ru.positionAt(at + 6)), 'двух')));
    assert.ok(ru.isDirty);
    try {
      const got = await waitFor('align.* diagnostics on both texts', async () => {
        const both = { zh: divergences(zh.document.uri), ru: divergences(ru.uri) };
        return both.zh.length && both.ru.length ? both : undefined;
      }, 20_000);
      assert.deepStrictEqual(got, chinese()
        ? { zh: ['35:align.signing:本文本为3份，俄文本为2份'], ru: ['33:align.signing:本文本为2份，中文本为3份'] }
        : { zh: ['35:align.signing:3 originals in this text, 2 in the Russian text'], ru: ['33:align.signing:2 originals in this text, 3 in the Chinese text'] });
      // Each names the counterpart's place.
      const related = vscode.languages.getDiagnostics(zh.document.uri).find((d) => codeOf(d) === 'align.signing')?.relatedInformation ?? [];
      assert.deepStrictEqual(related.map((r) => `${r.location.uri.toString() === ru.uri.toString()}:${r.location.range.start.line + 1}`), ['true:33']);
    } finally {
      await restore(ru, original);
    }
    await waitFor('no divergence once the texts agree again', async () => (divergences(zh.document.uri).length + divergences(ru.uri).length === 0) || undefined, 20_000);
  });
});
