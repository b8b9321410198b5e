// Issue #16: comparing two versions and generating the amending instrument, in the real editor.
// The sample workspace holds two versions of one judicial interpretation (versions/, from
// test/fixtures/amendments/shangshi-2018.md and -2023.md): the 2023 decision changed 第二条第一项
// (the civil procedure law's new article number) and 第八条第一款 (how foreign law is ascertained),
// by reading the two texts (as test/unit/versions-real.test.ts writes them).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { VERSIONS, open, waitFor, workspaceFile } from './helpers';

interface ChangedUnit {
  type: string;
  old?: { name: string; line: number };
  new?: { name: string; line: number };
}

describe('issue #16: versions and amendments', () => {
  beforeEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('Treaty: Compare with File opens the diff editor over the two versions and goes through the changed articles', async function () {
    this.timeout(60_000);
    const later = await open(VERSIONS.later);
    const earlier = workspaceFile(VERSIONS.earlier);
    try {
      // The file as the command's argument, in place of the open dialog.
      const changes = await vscode.commands.executeCommand<ChangedUnit[]>('treaty.compareFiles', earlier);
      // The window's tabs reach the extension host a moment after the command.
      const active = () => vscode.window.tabGroups.activeTabGroup.activeTab;
      const tab = await waitFor('a diff editor', async () => (active()?.input instanceof vscode.TabInputTextDiff ? active() : undefined), 10_000)
        .catch((e) => assert.fail(`${e.message}; the tabs: ${JSON.stringify(vscode.window.tabGroups.all.map((g) => g.tabs.map((t) => `${g.viewColumn}${t.isActive ? '*' : ''} ${t.label} ${t.input?.constructor.name}`)))}; changes: ${JSON.stringify(changes)}`));
      const input = tab.input as vscode.TabInputTextDiff;
      assert.deepStrictEqual([input.original.toString(), input.modified.toString()], [earlier.toString(), later.document.uri.toString()]);
      assert.strictEqual(tab.label, '国际商事法庭规定（2018）.md ↔ 国际商事法庭规定（2023）.md');
      assert.deepStrictEqual((changes ?? []).map((c) => `${c.type}:${c.old?.name}→${c.new?.name}`), ['modified:第二条→第二条', 'modified:第八条→第八条']);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen'); // the list of changed articles
    }
  });

  it('Treaty: Generate Amendment opens a new document with the amending clauses', async function () {
    this.timeout(60_000);
    await open(VERSIONS.later);
    await vscode.commands.executeCommand('treaty.generateAmendment', workspaceFile(VERSIONS.earlier), 'decision');
    const doc = vscode.window.activeTextEditor?.document;
    try {
      assert.ok(doc?.isUntitled, `an untitled document, got ${doc?.uri.toString()}`);
      assert.strictEqual(doc.languageId, 'treaty');
      const text = doc.getText();
      const clauses = [
        '将第二条第一项修改为：“（一）当事人依照民事诉讼法第二百七十七条的规定协议选择最高人民法院管辖且标的额为人民币3亿元以上的第一审国际商事案件；”',
        '将第八条第一款修改为：“国际商事法庭审理案件应当适用域外法律时，可以通过下列途径查明：',
      ];
      const at = clauses.map((c) => text.indexOf(c));
      assert.ok(at.every((i) => i >= 0) && at[0] < at[1], `the two clauses in order in:\n${text}`);
    } finally {
      if (doc?.isUntitled) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
