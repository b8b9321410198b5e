// The files treaty-check reads in a folder (its default extensions; hidden folders and node_modules left out), in
// name order: what the speed runs give markdown-it beside it (checkSpeed.ts, instructions.ts).
import * as fs from 'fs';
import * as path from 'path';

export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(md|markdown|txt|treaty)$/i.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}
