// The preview webview's page, apart from VS Code's API so that a unit test can read it: a
// strict content security policy (nothing loads from outside; styles and the one script
// carry a nonce), the server's style sheet and HTML, and the script that scrolls to an article.
import { PreviewResult } from './protocol';

/** The webview's page: a strict content security policy, the server's style sheet and HTML, and one script of ours. */
export function page(answer: PreviewResult | null, nonce: string, notTreaty: string): string {
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src 'none'; font-src 'none'; connect-src 'none'; form-action 'none'`;
  const body = answer ? answer.html : `<p>${notTreaty.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)}</p>`;
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<style nonce="${nonce}">${answer?.css ?? ''}</style>
</head>
<body>
<main>
${body}</main>
<script nonce="${nonce}">
window.addEventListener('message', (e) => {
  const id = e.data && e.data.scrollTo;
  if (typeof id !== 'string') return;
  const el = document.getElementById(id);
  if (!el) return;
  for (const c of document.querySelectorAll('.current')) c.classList.remove('current');
  el.classList.add('current');
  el.scrollIntoView({ block: 'start', behavior: 'smooth' });
});
</script>
</body>
</html>`;
}
