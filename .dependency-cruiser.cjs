// The house's layers, enforced: syntax ← model ← index ← features ← server.
// `npm test` runs `depcruise` with these rules (test/unit/layers.test.ts); a violation fails it.
const LAYERS = ['syntax', 'model', 'index', 'features'];
const above = (layer) => LAYERS.slice(LAYERS.indexOf(layer) + 1);
const NODE_IO = '^(fs|fs/promises|child_process|net|http|https|worker_threads|os|process)$';

module.exports = {
  forbidden: [
    ...LAYERS.map((layer) => ({
      name: `${layer}-points-down`,
      comment: `server/src/${layer} may import only the layers below it`,
      severity: 'error',
      from: { path: `^server/src/${layer}/` },
      to: { path: `^server/src/(${[...above(layer), 'protocol', 'server', 'cli'].join('|')})(/|\\.ts$)` },
    })),
    {
      name: 'core-does-no-io',
      comment: 'syntax, model, index and features never touch the file system, processes or the network',
      severity: 'error',
      from: { path: `^server/src/(${LAYERS.join('|')})/` },
      to: { dependencyTypes: ['core'], path: NODE_IO },
    },
    {
      name: 'core-has-no-connection',
      comment: 'only server.ts and protocol/ talk to the LSP connection',
      severity: 'error',
      from: { path: `^server/src/(${LAYERS.join('|')})/` },
      to: { path: '(^|node_modules/)(vscode-languageserver|vscode-jsonrpc|vscode-languageserver-protocol)(/|$)' },
    },
    {
      name: 'client-knows-no-treaty',
      comment: 'the client starts the server; it never imports the server',
      severity: 'error',
      from: { path: '^client/src/' },
      to: { path: '^server/' },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      from: { path: '^(server|client)/src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^|/)(out|node_modules)/' },
  },
};
