// Issue #17: the print preview beside the editor and the export command, in the real editor.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { SEEDS, chinese, open, waitFor, waitForOutline } from './helpers';

describe('issue #17: preview and export', () => {
  beforeEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('Treaty: Show Preview opens the print preview beside the editor, titled with the file', async function () {
    this.timeout(60_000);
    const editor = await open(SEEDS.border_kz);
    await waitForOutline(editor.document.uri);
    await vscode.commands.executeCommand('treaty.showPreview');
    const title = `${chinese() ? '预览：' : 'Preview: '}中哈边防合作协议.md`;
    const webviews = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('treaty.preview'));
    const tab = await waitFor(`a webview tab “${title}”`, async () => webviews().find((t) => t.label === title), 20_000)
      .catch((e) => assert.fail(`${e.message}; webviews: ${JSON.stringify(webviews().map((t) => t.label))}`));
    try {
      assert.strictEqual(webviews().length, 1);
      assert.notStrictEqual(tab.group.viewColumn, editor.viewColumn, 'beside the editor');
      assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString(), 'the editor keeps the focus');
    } finally {
      await vscode.window.tabGroups.close(tab);
    }
  });

  it('Treaty: Export writes Akoma Ntoso and Word files beside the treaty (the format as the argument)', async function () {
    this.timeout(60_000);
    const editor = await open(SEEDS.border_kz);
    await waitForOutline(editor.document.uri);
    const dir = path.dirname(editor.document.uri.fsPath);
    const written: string[] = [];
    try {
      const akn = await vscode.commands.executeCommand<{ files: string[] }>('treaty.export', 'akn');
      written.push(...(akn?.files ?? []));
      assert.deepStrictEqual(akn?.files, [path.join(dir, '中哈边防合作协议.akn.xml')]);
      const xml = fs.readFileSync(akn.files[0], 'utf8');
      assert.match(xml, /<akomaNtoso[\s>]/);
      assert.match(xml, /<article eId="art_12"/);
      // One copy per party (the alternat), each named after its party, the order as written.
      const docx = await vscode.commands.executeCommand<{ files: string[] }>('treaty.export', 'docx');
      written.push(...(docx?.files ?? []));
      assert.deepStrictEqual(docx?.files, [
        path.join(dir, '中哈边防合作协议.中华人民共和国国防部.docx'),
        path.join(dir, '中哈边防合作协议.哈萨克斯坦共和国民族安全委员会.docx'),
      ]);
      for (const f of docx.files) assert.strictEqual(fs.readFileSync(f).subarray(0, 2).toString(), 'PK', `${f} is a zip (.docx)`);
    } finally {
      for (const f of written) fs.rmSync(f, { force: true });
    }
  });
});
