// One configuration for the editor and the command line: `.treatyrc.json` at the workspace
// root (or a `treaty` key in its package.json). Schema: schemas/treatyrc.schema.json.
//   { "severity": { "ref.citation-not-found": "off" },
//     "include": ["treaties/**"], "ignore": ["drafts/old/**"],
//     "markdownDetection": true,
//     "counterparts": [["协定.md", "协定.ru.md"]] }
// Reading the files is the caller's (server.ts, the CLI); this module only reads values.
import { DIAGNOSTIC_CODES, SeveritySettings } from '../features/diagnostics';

export interface TreatyConfig {
  severity: SeveritySettings;
  /** Globs of files to check, relative to the root; empty: every markdown and text file. */
  include: string[];
  /** Globs of files never to check (on top of .gitignore). */
  ignore: string[];
  markdownDetection: boolean;
  /** Groups of files (relative to the root) that are texts of one instrument in different languages. */
  counterparts: string[][];
}

export const CONFIG_FILE = '.treatyrc.json';

export const DEFAULT_CONFIG: TreatyConfig = { severity: {}, include: [], ignore: [], markdownDetection: true, counterparts: [] };

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Reads a parsed configuration value; what is malformed is named in `problems` and left at its default. */
export function readConfig(value: unknown): { config: TreatyConfig; problems: string[] } {
  const problems: string[] = [];
  const config: TreatyConfig = { severity: {}, include: [], ignore: [], markdownDetection: true, counterparts: [] };
  if (value === undefined || value === null) return { config, problems };
  if (typeof value !== 'object' || Array.isArray(value)) return { config, problems: ['the configuration is not an object'] };
  const v = value as Record<string, unknown>;
  for (const key of Object.keys(v)) if (!['$schema', 'severity', 'include', 'ignore', 'markdownDetection', 'counterparts'].includes(key)) problems.push(`unknown key "${key}"`);
  if (v.severity !== undefined) {
    if (typeof v.severity !== 'object' || v.severity === null || Array.isArray(v.severity)) problems.push('"severity" is not an object');
    else {
      for (const [code, level] of Object.entries(v.severity)) {
        if (!(code in DIAGNOSTIC_CODES)) problems.push(`"severity": unknown check "${code}"`);
        else if (typeof level !== 'string' || !SEVERITIES.has(level)) problems.push(`"severity"."${code}": "${String(level)}" is not one of error, warning, information, hint, off`);
        else config.severity[code] = level as SeveritySettings[string];
      }
    }
  }
  for (const key of ['include', 'ignore'] as const) {
    const list = v[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.some((g) => typeof g !== 'string')) problems.push(`"${key}" is not a list of globs`);
    else config[key] = list as string[];
  }
  if (v.markdownDetection !== undefined) {
    if (typeof v.markdownDetection !== 'boolean') problems.push('"markdownDetection" is not true or false');
    else config.markdownDetection = v.markdownDetection;
  }
  if (v.counterparts !== undefined) {
    const groups = v.counterparts;
    if (!Array.isArray(groups) || groups.some((g) => !Array.isArray(g) || g.length < 2 || g.some((f) => typeof f !== 'string'))) problems.push('"counterparts" is not a list of lists of two or more file names');
    else config.counterparts = groups as string[][];
  }
  return { config, problems };
}

/** Editor settings layered on top of the file: a severity set in the editor wins. */
export function layered(file: TreatyConfig, editor: { severity?: SeveritySettings; markdownDetection?: boolean }): TreatyConfig {
  return {
    ...file,
    severity: { ...file.severity, ...(editor.severity ?? {}) },
    markdownDetection: editor.markdownDetection ?? file.markdownDetection,
  };
}
