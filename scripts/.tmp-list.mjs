import { instrument } from './mutants.mjs';
import * as fs from 'node:fs';
const src = 'server/src/model/references.ts';
const { mutants } = await instrument(src, fs.readFileSync(src, 'utf8'), true);
const [a, b] = process.argv.slice(2).map(Number);
for (const [i, m] of mutants.entries()) if (i >= a && i < b) console.log(i, m.location.start.line + 1, m.mutatorName, (m.replacement ?? '').slice(0, 80));
