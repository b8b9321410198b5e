// The formatted preview: a webview beside the editor (like markdown's preview) that shows the
// treaty as it will print, from the HTML the server computes (`treaty/preview`, the layout the
// .docx is written from). It follows the document as it changes (debounced) and the cursor
// article by article. The webview runs no script but our own (a nonce), loads nothing from
// outside, and its HTML's document text is escaped by the server.
import * as vscode from 'vscode';
import { PreviewResult } from './protocol';
import { page } from './previewPage';

export type RequestPreview = (uri: string) => Promise<PreviewResult | null>;

export class TreatyPreview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private anchors: PreviewResult['anchors'] = [];
  private timer: NodeJS.Timeout | undefined;
  private current: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly request: RequestPreview) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && e.document === this.document) this.refresh(300);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (this.panel && e.textEditor.document === this.document) this.follow(e.selections[0].active.line);
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && editor && editor.document !== this.document && (editor.document.languageId === 'treaty' || editor.document.languageId === 'markdown')) {
          this.document = editor.document;
          this.refresh(0);
        }
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d === this.document) this.panel?.dispose();
      }),
    );
  }

  show(editor: vscode.TextEditor): void {
    this.document = editor.document;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('treaty.preview', vscode.l10n.t('Print Preview'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        enableCommandUris: false,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.current = undefined;
      });
    } else this.panel.reveal(vscode.ViewColumn.Beside, true);
    this.refresh(0);
  }

  private refresh(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const doc = this.document;
    const panel = this.panel;
    if (!doc || !panel) return;
    let answer: PreviewResult | null = null;
    try {
      answer = await this.request(doc.uri.toString());
    } catch {
      answer = null;
    }
    if (panel !== this.panel || doc !== this.document) return;
    panel.title = vscode.l10n.t('Preview: {0}', doc.uri.path.split('/').pop() ?? '');
    this.anchors = answer?.anchors ?? [];
    const nonce = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
    panel.webview.html = page(answer, nonce, vscode.l10n.t('This file is not a treaty.'));
    this.current = undefined;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    if (editor) this.follow(editor.selection.active.line);
  }

  /** Scrolls the preview to the article under the cursor (the last one starting at or before its line). */
  private follow(line: number): void {
    let id: string | undefined;
    for (const a of this.anchors) {
      if (a.line > line) break;
      id = a.id;
    }
    if (!id || id === this.current) return;
    this.current = id;
    void this.panel?.webview.postMessage({ scrollTo: id });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
