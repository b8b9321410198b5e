// Issue #11: rename at an article heading of a markdown treaty is the server's.
// A new name that is not a number is refused, and no other rename provider (VS
// Code's markdown extension renames headings, and VS Code asks it when ours
// refuses) rewrites the heading. A valid number still renames.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEEDS, open, lineMatching, waitForOutline } from './helpers';

const ARTICLE_12 = /^#+\s*第\s*十\s*二\s*条\s*$/;

describe('issue #11: proposed edits are safe', () => {
  it('rename with “abc” on an article heading of a .md treaty is refused and the heading is unchanged', async function () {
    this.timeout(90_000);
    const { document: doc } = await open(SEEDS.border_kz);
    await waitForOutline(doc.uri, 60_000); // cold start when run alone (--grep)
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
      // The client ends a refused rename with an empty edit (and shows the server's reason), so that
      // VS Code does not ask the next provider; an error, if one comes through, says what is accepted.
      if (error !== undefined) assert.match(String((error as Error).message ?? error), /不是条号.*第二十条、二十 或 20/);
      else assert.ok(edit, `an (empty) edit, not nothing, at character ${character}`);
    }
    assert.strictEqual(doc.lineAt(line).text, before);
  });

  it('rename with “二十” on the same heading renames it in its own spaced style, and only its number', async function () {
    this.timeout(90_000);
    const { document: doc } = await open(SEEDS.border_kz);
    await waitForOutline(doc.uri, 60_000); // cold start when run alone (--grep)
    const line = lineMatching(doc, ARTICLE_12);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, new vscode.Position(line, 0), '二十');
    const here = edit?.get(doc.uri) ?? [];
    const heading = here.find((e) => e.range.start.line === line);
    assert.ok(heading, JSON.stringify(here.map((e) => `${e.range.start.line + 1}: ${e.newText}`)));
    assert.strictEqual(heading.newText, '二 十');
    assert.strictEqual(doc.getText(heading.range).replace(/\s+/g, ''), '十二');
  });
});
