// vscode-markdown-languageservice set up as a peer to measure against (markdown-it parsing, no workspace):
// the baseline of the outline goals (bench.ts, instructions.ts).
import MarkdownIt from 'markdown-it';
import * as md from 'vscode-markdown-languageservice';

export function markdownService(): md.IMdLanguageService {
  const it = new MarkdownIt({ html: true });
  const parser: md.IMdParser = {
    slugifier: md.githubSlugifier,
    tokenize: async (doc) => it.parse(doc.getText(), {}),
  };
  const workspace: md.IWorkspace = {
    workspaceFolders: [],
    onDidChangeMarkdownDocument: () => ({ dispose() {} }),
    onDidCreateMarkdownDocument: () => ({ dispose() {} }),
    onDidDeleteMarkdownDocument: () => ({ dispose() {} }),
    getAllMarkdownDocuments: async () => [],
    hasMarkdownDocument: () => false,
    openMarkdownDocument: async () => undefined,
    stat: async () => undefined,
    readDirectory: async () => [],
  };
  const logger: md.ILogger = { level: md.LogLevel.Off, log() {} };
  return md.createLanguageService({ workspace, parser, logger });
}
