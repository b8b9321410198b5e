// The thin client: starts the treaty language server and tells it which
// documents to serve. No treaty logic lives here.
import * as path from 'path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
  DocumentSelector,
  Location as LspLocation,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** `treaty` documents always; markdown and plain text too when detection is on (the server decides per document). */
export function documentSelector(markdownDetection: boolean): DocumentSelector {
  const selector: DocumentSelector = [{ language: 'treaty' }];
  if (markdownDetection) {
    selector.push({ language: 'markdown' }, { language: 'plaintext' });
  }
  return selector;
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const markdownDetection = vscode.workspace.getConfiguration('treaty').get<boolean>('markdownDetection', true);
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(markdownDetection),
    // File events: the server registers its own watchers (workspace/didChangeWatchedFiles), as it does in any editor.
    synchronize: { configurationSection: 'treaty' },
    initializationOptions: { markdownDetection },
  };
  client = new LanguageClient('treaty', 'Treaty Drafting', serverOptions, clientOptions);
  await client.start();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // The "cited N times" code lens: show the references in VS Code's peek view.
  context.subscriptions.push(
    // The lens passes the locations it counted, so the peek lists exactly those (not other providers' too).
    vscode.commands.registerCommand('treaty.showReferences', async (uri: string, position: { line: number; character: number }, counted?: LspLocation[]) => {
      const target = vscode.Uri.parse(uri);
      const at = new vscode.Position(position.line, position.character);
      const locations = counted && client
        ? counted.map((l) => client!.protocol2CodeConverter.asLocation(l))
        : await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', target, at);
      await vscode.commands.executeCommand('editor.action.showReferences', target, at, locations ?? []);
    }),
  );
  await startClient(context);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('treaty.markdownDetection')) {
        await client?.stop();
        await startClient(context);
      }
    }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
