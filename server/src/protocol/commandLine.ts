// The server's command line: which transport to speak LSP on, or a short usage
// text (`--help`, `--version`, or no transport at all) instead of the stack trace
// vscode-languageserver throws when it finds none.

/** The server's version, as in package.json (a unit test keeps them in step). */
export const SERVER_VERSION = '0.1.0';

const USAGE = `treaty-language-server ${SERVER_VERSION} — the Treaty Drafting language server (LSP)

Usage: node server.js <transport>

Transports (one is required):
  --stdio          speak LSP on stdin/stdout (Neovim, Helix, Emacs …)
  --node-ipc       Node IPC, when started by vscode-languageclient
  --socket=N       connect to TCP port N on 127.0.0.1 (also --socket N)
  --pipe=NAME      connect to a named pipe or Unix socket (also --pipe NAME)

Other options:
  --help           print this text
  --version        print the version
`;

/** What to do instead of serving: print `text` to stdout (code 0) or stderr, and exit with `code`. */
export interface CommandLineExit {
  code: number;
  text: string;
}

/**
 * `undefined` when the arguments (process.argv without node and the script) name a
 * transport vscode-languageserver understands; otherwise the text to print and the
 * exit code: 0 for --help / --version, 2 when no transport is given or it is incomplete.
 * `--help` and `--version` win over a transport, as in most programs.
 */
export function checkCommandLine(args: readonly string[]): CommandLineExit | undefined {
  if (args.includes('--help') || args.includes('-h')) return { code: 0, text: USAGE };
  if (args.includes('--version') || args.includes('-v')) return { code: 0, text: `${SERVER_VERSION}\n` };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--stdio' || a === '--node-ipc') return undefined;
    const [name, value] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, args[i + 1]];
    if (name === '--socket') {
      return /^\d+$/.test(value ?? '') && Number(value) > 0 && Number(value) < 65536 ? undefined : { code: 2, text: `--socket needs a port number (1–65535), e.g. --socket=6009\n\n${USAGE}` };
    }
    if (name === '--pipe') return value ? undefined : { code: 2, text: `--pipe needs a pipe name\n\n${USAGE}` };
  }
  return { code: 2, text: `no transport given: pass --stdio, --node-ipc, --socket=N or --pipe=NAME\n\n${USAGE}` };
}
