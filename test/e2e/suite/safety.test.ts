// Issue #11: rename at an article heading of a markdown treaty is the server's.
// A new name that is not a number is refused with what is accepted, and no other
// rename provider (VS Code's markdown extension renames headings) rewrites the heading.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEEDS, open, lineMatching, waitForOutline } from './helpers';

const ARTICLE_12 = /^#+\s*第\s*十\s*二\s*条\s*$/;

describe('issue #11: proposed edits are safe', () => {
  it('rename with “abc” on an article heading of a .md treaty is refused and the heading is unchanged', async function () {
    this.timeout(30_000);
    const { document: doc } = await open(SEEDS.border_kz);
    await waitForOutline(doc.uri);
    const line = lineMatching(doc, ARTICLE_12);
    const before = doc.lineAt(line).text;
    // On the `##`, and on the number.
    for (const character of [0, before.indexOf('十')]) {
      let edit: vscode.WorkspaceEdit | undefined;
      let error: unknown;
      try {
        edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, new vscode.Position(line, character), 'abc');
      } catch (e) {
        error = e;
      }
      const edits = edit?.entries().flatMap(([uri, list]) => list.map((e) => `${uri.path.split('/').pop()}:${e.range.start.line + 1}: ${JSON.stringify(e.newText)}`)) ?? [];
      if (edit && edit.size > 0) {
        // Applied as VS Code would, to see what it does to the heading; then undone.
        await vscode.workspace.applyEdit(edit);
        const after = doc.lineAt(line).text;
        await vscode.commands.executeCommand('workbench.action.files.revert');
        assert.strictEqual(after, before, `a provider rewrote the heading: ${JSON.stringify(edits)}`);
      }
      assert.deepStrictEqual(edits, [], `no edit at character ${character}`);
      assert.match(String((error as Error | undefined)?.message ?? error), /不是条号.*第二十条、二十 或 20/, `refused with what is accepted (character ${character})`);
    }
    assert.strictEqual(doc.lineAt(line).text, before);
  });
});
