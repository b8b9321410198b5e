// Tests for snippets/treaty.code-snippets (bundled into the server, which offers them in treaties).
//
// - every body is valid VS Code snippet syntax (a strict parser below: tabstops, nested
//   placeholders, choices, variables, escapes; transforms and stray `$` / `}` are rejected);
// - prefixes: at least one CJK and one ASCII prefix each, no prefix used twice;
// - every clause family of docs/clause-families.md has a snippet;
// - every whole-document template, expanded with its defaults by the server's own
//   `expandSnippet` (what completion shows before insertion), reads as a plausible treaty
//   in full-width punctuation.
import { test } from 'node:test';
import { contextOf } from '../../server/src/features/context';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InsertTextFormat } from 'vscode-languageserver-types';
import { buildTreaty } from '../../server/src/model/treaty';
import { completion, readSnippets } from '../../server/src/features/completion';
import { expandSnippet } from '../../server/src/features/completionSnippets';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { diagnostics } from '../../server/src/features/diagnostics';

const ROOT = path.resolve(__dirname, '../../..');
const FILE = path.join(ROOT, 'snippets/treaty.code-snippets');

interface Snippet {
  scope?: string;
  prefix: string | string[];
  description?: string;
  body: string | string[];
  isFileTemplate?: boolean;
}

function loadSnippets(): Record<string, Snippet> {
  return JSON.parse(fs.readFileSync(FILE, 'utf8')) as Record<string, Snippet>;
}
function bodyOf(s: Snippet): string {
  return Array.isArray(s.body) ? s.body.join('\n') : s.body;
}
function prefixesOf(s: Snippet): string[] {
  return Array.isArray(s.prefix) ? s.prefix : [s.prefix];
}

// ---------------------------------------------------------------------------------------
// A strict parser for the VS Code snippet grammar
//
//   any         ::= tabstop | placeholder | choice | variable | text
//   tabstop     ::= '$' int | '${' int '}'
//   placeholder ::= '${' int ':' any* '}'
//   choice      ::= '${' int '|' text (',' text)* '|}'
//   variable    ::= '$' var | '${' var '}' | '${' var ':' any* '}'
//   escapes     ::= '\$' '\}' '\\' (and '\,' '\|' inside choices)
//
// VS Code is lenient (an unparsable `$` becomes text); here it is an error, as are
// transforms (`${1/a/b/}`), unknown variables and an unescaped `}` outside a placeholder.

export type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number }
  | { kind: 'placeholder'; index: number; children: SnippetNode[] }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; children?: SnippetNode[] };

const KNOWN_VARIABLES = new Set([
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER',
  'TM_FILENAME', 'TM_FILENAME_BASE', 'TM_DIRECTORY', 'TM_FILEPATH', 'RELATIVE_FILEPATH',
  'CLIPBOARD', 'WORKSPACE_NAME', 'WORKSPACE_FOLDER', 'CURSOR_INDEX', 'CURSOR_NUMBER',
  'CURRENT_YEAR', 'CURRENT_YEAR_SHORT', 'CURRENT_MONTH', 'CURRENT_MONTH_NAME', 'CURRENT_MONTH_NAME_SHORT',
  'CURRENT_DATE', 'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT', 'CURRENT_HOUR', 'CURRENT_MINUTE',
  'CURRENT_SECOND', 'CURRENT_SECONDS_UNIX', 'CURRENT_TIMEZONE_OFFSET', 'RANDOM', 'RANDOM_HEX', 'UUID',
  'BLOCK_COMMENT_START', 'BLOCK_COMMENT_END', 'LINE_COMMENT',
]);

export class SnippetSyntaxError extends Error {}

export function parseSnippet(src: string): SnippetNode[] {
  let i = 0;
  const fail = (msg: string): never => {
    throw new SnippetSyntaxError(`${msg} at ${i}: …${src.slice(Math.max(0, i - 15), i)}⟨here⟩${src.slice(i, i + 15)}…`);
  };
  const int = (): number | undefined => {
    const m = /^[0-9]+/.exec(src.slice(i));
    if (!m) return undefined;
    i += m[0].length;
    return Number(m[0]);
  };
  const varName = (): string | undefined => {
    const m = /^[_A-Za-z][_A-Za-z0-9]*/.exec(src.slice(i));
    if (!m) return undefined;
    i += m[0].length;
    return m[0];
  };
  const checkVar = (name: string) => {
    if (!KNOWN_VARIABLES.has(name)) fail(`unknown variable $${name}`);
  };
  // a sequence of nodes up to (not including) an unescaped `}` when nested, or the end
  const seq = (nested: boolean): SnippetNode[] => {
    const out: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push({ kind: 'text', value: text });
      text = '';
    };
    while (i < src.length) {
      const c = src[i];
      if (c === '\\') {
        const n = src[i + 1];
        if (n === '$' || n === '}' || n === '\\') {
          text += n;
          i += 2;
        } else {
          text += c; // VS Code keeps a backslash before anything else
          i++;
        }
        continue;
      }
      if (c === '}') {
        if (nested) break;
        fail('unescaped } outside a placeholder');
      }
      if (c !== '$') {
        text += c;
        i++;
        continue;
      }
      flush();
      i++; // $
      if (src[i] !== '{') {
        const n = int();
        if (n !== undefined) {
          out.push({ kind: 'tabstop', index: n });
          continue;
        }
        const v = varName();
        if (v !== undefined) {
          checkVar(v);
          out.push({ kind: 'variable', name: v });
          continue;
        }
        i--;
        fail('unescaped $');
      }
      i++; // {
      const n = int();
      if (n !== undefined) {
        const c2 = src[i];
        if (c2 === '}') {
          i++;
          out.push({ kind: 'tabstop', index: n });
        } else if (c2 === ':') {
          i++;
          const children = seq(true);
          if (src[i] !== '}') fail(`unclosed placeholder \${${n}:`);
          i++;
          out.push({ kind: 'placeholder', index: n, children });
        } else if (c2 === '|') {
          i++;
          const options: string[] = [];
          let opt = '';
          for (;;) {
            if (i >= src.length) fail('unclosed choice');
            const d = src[i];
            if (d === '\\' && ',|\\$}'.includes(src[i + 1] ?? '')) {
              opt += src[i + 1];
              i += 2;
            } else if (d === ',') {
              options.push(opt);
              opt = '';
              i++;
            } else if (d === '|') {
              if (src[i + 1] !== '}') fail('| in a choice must be escaped or end it with |}');
              options.push(opt);
              i += 2;
              break;
            } else {
              opt += d;
              i++;
            }
          }
          out.push({ kind: 'choice', index: n, options });
        } else if (c2 === '/') {
          fail('transforms are not allowed');
        } else {
          fail(`bad tabstop \${${n}`);
        }
        continue;
      }
      const v = varName();
      if (v === undefined) fail('${ must be followed by a number or a variable name');
      checkVar(v!);
      if (src[i] === '}') {
        i++;
        out.push({ kind: 'variable', name: v! });
      } else if (src[i] === ':') {
        i++;
        const children = seq(true);
        if (src[i] !== '}') fail(`unclosed variable \${${v}:`);
        i++;
        out.push({ kind: 'variable', name: v!, children });
      } else if (src[i] === '/') {
        fail('transforms are not allowed');
      } else {
        fail(`bad variable \${${v}`);
      }
    }
    flush();
    return out;
  };
  const nodes = seq(false);
  if (i < src.length) fail('trailing input');
  return nodes;
}

/** Structural checks beyond syntax; returns a list of problems. */
export function checkSnippet(nodes: SnippetNode[]): string[] {
  const problems: string[] = [];
  const defaults = new Map<number, string>();
  const source = (ns: SnippetNode[]): string =>
    ns.map((n) => {
      switch (n.kind) {
        case 'text': return n.value;
        case 'tabstop': return `$${n.index}`;
        case 'placeholder': return `\${${n.index}:${source(n.children)}}`;
        case 'choice': return `\${${n.index}|${n.options.join(',')}|}`;
        case 'variable': return n.children ? `\${${n.name}:${source(n.children)}}` : `$${n.name}`;
      }
    }).join('');
  const walk = (ns: SnippetNode[], enclosing: number[]) => {
    for (const n of ns) {
      if (n.kind === 'placeholder' || n.kind === 'choice') {
        if (enclosing.includes(n.index)) problems.push(`placeholder $${n.index} nested inside itself`);
        const d = n.kind === 'choice' ? `choice:${n.options.join('|')}` : source(n.children);
        const prev = defaults.get(n.index);
        if (prev !== undefined && prev !== d) problems.push(`$${n.index} has two different defaults: ${prev} / ${d}`);
        defaults.set(n.index, d);
        if (n.kind === 'choice') {
          if (n.options.length < 2) problems.push(`choice $${n.index} has fewer than two options`);
          if (n.options.some((o) => o.trim() === '')) problems.push(`choice $${n.index} has an empty option`);
          if (new Set(n.options).size !== n.options.length) problems.push(`choice $${n.index} repeats an option`);
        } else walk(n.children, [...enclosing, n.index]);
      } else if (n.kind === 'variable' && n.children) walk(n.children, enclosing);
    }
  };
  walk(nodes, []);
  return problems;
}

/** Fixed values for variables, so that expansion is deterministic. */
const VARIABLE_VALUES: Record<string, string> = { CURRENT_YEAR: '2024', CURRENT_MONTH: '06', CURRENT_DATE: '15' };

/**
 * The text a snippet inserts when every placeholder keeps its default and every choice its
 * first option, with the variables fixed: the server's expansion, the one completion shows.
 */
function expandTemplate(body: string, variables: Record<string, string> = VARIABLE_VALUES): string {
  return expandSnippet(body, variables);
}

// ---------------------------------------------------------------------------------------
// Chinese numerals (small, for article numbers in the templates)

function chineseNumber(s: string): number {
  const digits: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (/^[0-9]+$/.test(s)) return Number(s);
  let total = 0;
  let cur = 0;
  for (const ch of s) {
    if (ch in digits) cur = digits[ch];
    else if (ch === '十') { total += (cur || 1) * 10; cur = 0; }
    else if (ch === '百') { total += cur * 100; cur = 0; }
    else return NaN;
  }
  return total + cur;
}

// ---------------------------------------------------------------------------------------
// The parser on its own

test('snippet parser accepts the VS Code grammar', () => {
  assert.deepEqual(parseSnippet('a$1b'), [{ kind: 'text', value: 'a' }, { kind: 'tabstop', index: 1 }, { kind: 'text', value: 'b' }]);
  assert.deepEqual(parseSnippet('${1}'), [{ kind: 'tabstop', index: 1 }]);
  assert.deepEqual(parseSnippet('${1:x${2:y}z}'), [
    { kind: 'placeholder', index: 1, children: [{ kind: 'text', value: 'x' }, { kind: 'placeholder', index: 2, children: [{ kind: 'text', value: 'y' }] }, { kind: 'text', value: 'z' }] },
  ]);
  assert.deepEqual(parseSnippet('${1|本协议,本协定|}'), [{ kind: 'choice', index: 1, options: ['本协议', '本协定'] }]);
  assert.deepEqual(parseSnippet('${1|a\\,b,c|}'), [{ kind: 'choice', index: 1, options: ['a,b', 'c'] }]);
  assert.deepEqual(parseSnippet('$TM_FILENAME ${CURRENT_YEAR:2024}'), [
    { kind: 'variable', name: 'TM_FILENAME' }, { kind: 'text', value: ' ' },
    { kind: 'variable', name: 'CURRENT_YEAR', children: [{ kind: 'text', value: '2024' }] },
  ]);
  assert.deepEqual(parseSnippet('\\$1 \\} \\\\'), [{ kind: 'text', value: '$1 } \\' }]);
  assert.deepEqual(parseSnippet('${2:$CURRENT_YEAR}年'), [
    { kind: 'placeholder', index: 2, children: [{ kind: 'variable', name: 'CURRENT_YEAR' }] }, { kind: 'text', value: '年' },
  ]);
});

test('snippet parser rejects malformed bodies', () => {
  for (const bad of ['${1:abc', '${1|a,b}', 'a } b', 'costs $ 5', '${1/a/b/}', '${TM_FILENAME/a/b/}', '$NOT_A_VARIABLE', '${1x}', '${:a}', '${1|a,b|']) {
    assert.throws(() => parseSnippet(bad), SnippetSyntaxError, bad);
  }
  assert.deepEqual(checkSnippet(parseSnippet('${1:a} ${1:b}')), ['$1 has two different defaults: a / b']);
  assert.deepEqual(checkSnippet(parseSnippet('${1:a} $1 ${1}')), []);
  assert.deepEqual(checkSnippet(parseSnippet('${1|a|}')), ['choice $1 has fewer than two options']);
  assert.deepEqual(checkSnippet(parseSnippet('${1|a,,b|}')), ['choice $1 has an empty option']);
  assert.deepEqual(checkSnippet(parseSnippet('${1:a${1:b}}')).length, 2);
});

test('expandSnippet uses defaults, first choices, variables, escapes and mirrors', () => {
  const cases: Array<[body: string, expanded: string]> = [
    ['本$1于${2:$CURRENT_YEAR}年在${3|北京,莫斯科|}签署，本${1|协定,协议|}$0', '本协定于2024年在北京签署，本协定'],
    ['${1:a${2:b}}-$2', 'ab-b'],
    ['${1:甲}与${1}、$1', '甲与甲、甲'],
    ['${1|a\\,b,c|}', 'a,b'],
    ['\\$1 \\} \\\\ $ 5', '$1 } \\ $ 5'],
    ['${CURRENT_MONTH:1}月$CURRENT_DATE日，${TM_FILENAME:无名}', '06月15日，无名'],
    ['${0:末}', '末'],
  ];
  assert.deepEqual(cases.map(([body]) => expandTemplate(body)), cases.map(([, expanded]) => expanded));
});

// ---------------------------------------------------------------------------------------
// The snippets file

test('the snippets file parses, and the server alone offers it', () => {
  const snippets = loadSnippets();
  assert.ok(Object.keys(snippets).length >= 25);
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  // Not contributed to VS Code: contributed for markdown they would show in every markdown file,
  // and for `treaty` each would show twice. The server offers them, fitted to the document, in
  // every treaty (`*.treaty.md` and markdown treaties), in any editor: see
  // server/src/features/completionSnippets.ts.
  assert.equal(pkg.contributes.snippets, undefined);
});

test('every snippet body is valid snippet syntax', () => {
  for (const [name, s] of Object.entries(loadSnippets())) {
    let nodes: SnippetNode[] = [];
    assert.doesNotThrow(() => { nodes = parseSnippet(bodyOf(s)); }, `${name}`);
    assert.deepEqual(checkSnippet(nodes), [], name);
    assert.ok(nodes.some((n) => n.kind !== 'text'), `${name} has at least one tab stop`);
  }
});

test('every snippet has a CJK and an ASCII prefix, a description and a scope', () => {
  const seen = new Map<string, string>();
  for (const [name, s] of Object.entries(loadSnippets())) {
    const prefixes = prefixesOf(s);
    assert.ok(prefixes.some((p) => /^[\u4e00-\u9fff]+$/.test(p)), `${name}: a CJK prefix`);
    assert.ok(prefixes.some((p) => /^[a-z][a-z0-9]*$/.test(p)), `${name}: a pinyin prefix (lower case, no separators)`);
    assert.ok(prefixes.filter((p) => /^[a-z]/.test(p)).length >= 2, `${name}: pinyin and English prefixes`);
    for (const p of prefixes) {
      assert.match(p, /^([\u4e00-\u9fff]+|[a-z][a-z0-9-]*)$/, `${name}: prefix ${p}`);
      assert.ok(!seen.has(p), `prefix ${p} used by both ${seen.get(p)} and ${name}`);
      seen.set(p, name);
    }
    assert.ok(s.description && s.description.length > 5, `${name}: description`);
    assert.ok(/[\u4e00-\u9fff]/.test(s.description) && /[A-Za-z]/.test(s.description), `${name}: description in Chinese and English`);
    if (FILE.endsWith('.code-snippets')) assert.deepEqual(s.scope?.split(','), ['treaty', 'markdown'], `${name}: scope`);
  }
});

// Clause families from docs/clause-families.md plus amendment,
// termination, interpretation and definitions; each maps to a phrase its snippet must contain.
const FAMILIES: Array<[family: string, snippetPrefix: string, mustContain: RegExp]> = [
  ['preamble basis', 'preamble', /根据.*《.*》.*为了.*达成协议如下：/],
  ['defined parties', 'defined-parties', /（以下简称“双方”）/],
  ['purpose', 'purpose', /致力于/],
  ['fields of cooperation', 'cooperation-fields', /将在以下方面开展合作：\n\n（一）.*\n\n（二）/],
  ['contact mechanisms', 'contact-mechanisms', /双方确定建立以下联系形式和方法：/],
  ['costs', 'costs', /经费，除国际旅行费外，由接待方负责支付。/],
  ['information exchange', 'information-exchange', /交换以下信息：\n\n（一）/],
  ['confidentiality', 'confidentiality', /未经提供方书面同意，不得公开或提供给第三方。/],
  ['use of force', 'use-of-force', /不得对其使用武器.*\n\n.*应当事先清楚地发出准备使用武器的警告及警告性射击。/],
  ['protocols', 'protocols', /议定书进行补充.*议定书构成本协议不可分割的一部分。/],
  ['other treaties', 'other-treaties', /作为其他国际条约参加国的权利和义务/],
  ['disputes', 'disputes', /在解释和执行本协议产生分歧时，将通过协商和会谈的方式解决。/],
  ['entry into force (signature)', 'entry-into-force-signature', /自签字之日起生效。/],
  ['entry into force (ratification)', 'entry-into-force-ratification', /需经批准，并自互换批准书之日起生效。/],
  ['duration and renewal', 'duration', /有效期为五年。如果在本协议有效期满六个月前任何一方均未以书面形式通知另一方要求终止本协议，则本协议将自动延长五年，并依此法顺延。/],
  ['indefinite term, withdrawal', 'indefinite-term', /无限期有效。[\s\S]*退出/],
  ['accession', 'accession', /开放。对新加入的国家，本条约自保存机关收到有关加入书之日起第三十天对其生效。/],
  ['depositary', 'depositary', /保存机关为.*日内由保存机关将核正无误的.*送交给缔约各方。/],
  ['registration', 'registration', /需根据《联合国宪章》第一百零二条规定在联合国秘书处登记。/],
  ['signing and languages', 'signing', /于\d{4}年\d{1,2}月\d{1,2}日在.+签署，一式两份，每份均用中文和俄文写成，两种文本同等作准。/],
  ['signature block', 'signature-block', /^中华人民共和国 {2}\n代表\n\n（签字）\n\n哈萨克斯坦共和国 {2}\n代表\n\n（签字）/],
  ['amendment', 'amendment', /可以用议定书的形式对本协议进行修改和补充/],
  ['termination', 'termination', /书面通知另一方终止本协议/],
  ['interpretation', 'interpretation', /解释发生分歧，以英文文本为准。/],
  ['definitions', 'definitions', /下列用语的含义是：\n\n（一）“用语”是指/],
  ['entry into force (notification)', 'entry-into-force-notification', /国内法律程序之日起生效。/],
];

test('every clause family has a snippet worded after the seeds', () => {
  const snippets = Object.values(loadSnippets());
  for (const [family, prefix, mustContain] of FAMILIES) {
    const s = snippets.find((x) => prefixesOf(x).includes(prefix));
    assert.ok(s, `a snippet for ${family} (prefix ${prefix})`);
    const text = expandTemplate(bodyOf(s));
    assert.match(text, mustContain, `${family}:\n${text}`);
    // article snippets start with a heading line
    if (/^## /.test(text)) assert.match(text, /^## 第N条\n\n/, family);
  }
});

test('clause snippets use full-width punctuation', () => {
  for (const [name, s] of Object.entries(loadSnippets())) {
    const text = expandTemplate(bodyOf(s));
    for (const line of text.split('\n')) {
      assert.doesNotMatch(line.replace(/^#+ /, ''), /[,;:()!?"]/, `${name}: ${line}`);
    }
  }
});

// ---------------------------------------------------------------------------------------
// Whole-document templates

const TEMPLATES: Record<string, { kind: string; parties: number }> = {
  'template-agreement': { kind: '协定', parties: 2 },
  'template-multilateral': { kind: '条约', parties: 3 },
  'template-protocol': { kind: '议定书', parties: 2 },
  'template-joint-statement': { kind: '联合声明', parties: 2 },
};

function template(prefix: string): string {
  const s = Object.values(loadSnippets()).find((x) => prefixesOf(x).includes(prefix));
  assert.ok(s, `template ${prefix}`);
  assert.equal(s.isFileTemplate, true, `${prefix} is offered for new files`);
  return expandTemplate(bodyOf(s));
}

test('templates are plausible treaties', () => {
  for (const [prefix, { kind }] of Object.entries(TEMPLATES)) {
    const text = template(prefix);
    const lines = text.split('\n');
    assert.match(lines[0], new RegExp(`^# \\S.*${kind}$`), `${prefix}: title line`);
    assert.ok(!/\n\n\n/.test(text), `${prefix}: no double blank lines`);
    assert.match(text, /（以下简称“(双方|缔约双方)”）|，以下简称“缔约各方”，/, `${prefix}: defines the parties`);
    assert.match(text, /(兹达成协议如下|声明如下)：/, `${prefix}: enacting formula`);
    if (kind === '联合声明') {
      // joint statements have numbered paragraphs, no articles, and end with date and place
      const paras = lines.filter((l) => /^[一二三四五六七八九十]+、/.test(l)).map((l) => chineseNumber(l.split('、')[0]));
      assert.deepEqual(paras, paras.map((_, i) => i + 1), `${prefix}: paragraphs 一、二、…`);
      assert.ok(paras.length >= 3);
      assert.doesNotMatch(text, /^#+ 第.+条$/m);
      assert.match(text.trimEnd().split('\n').pop()!, /^\d{4}年\d{1,2}月\d{1,2}日于\S+$/, `${prefix}: date and place`);
      continue;
    }
    const articles = lines.map((l) => /^#{1,6} 第(\S+)条$/.exec(l)).filter((m): m is RegExpExecArray => m !== null).map((m) => chineseNumber(m[1]));
    assert.ok(articles.length >= 3, `${prefix}: articles`);
    assert.deepEqual(articles, articles.map((_, i) => i + 1), `${prefix}: articles numbered 第一条, 第二条, … without gaps`);
    const signing = lines.find((l) => /^本.+于.+(签署|签订).*作准。$/.test(l));
    assert.ok(signing, `${prefix}: signing clause`);
    const self = `本${kind}`;
    assert.ok(signing.startsWith(self), `${prefix}: the signing clause says ${self}`);
    // the self-reference matches the title's kind throughout
    for (const m of text.matchAll(/本(协议|协定|条约|公约|议定书)/g)) assert.equal(m[0], self, `${prefix}: ${m[0]} in a ${kind}`);
    // languages listed agree with the number of texts
    const lang = /用(.+)写成，(两|三|四)种文本同等作准/.exec(signing);
    assert.ok(lang, signing);
    assert.equal(lang[1].split(/、|和/).length, chineseNumber(lang[2] === '两' ? '二' : lang[2]), signing);
    if (/一式两份/.test(signing)) assert.equal(TEMPLATES[prefix].parties, 2);
    assert.equal((text.match(/（签字）|代表$/gm) ?? []).length >= TEMPLATES[prefix].parties, true, `${prefix}: signature block`);
  }
});

test('the exchange of notes template: the proposing note and the reply, each with its points; closings, signers and dates the notes\' own; no error or warning', () => {
  const text = template('template-exchange-of-notes') + '\n';
  assert.match(text.split('\n')[0], /^# 中华人民共和国政府和.+政府关于.+的换文$/);
  for (const line of text.split('\n')) assert.doesNotMatch(line.replace(/^#{1,6} /, ''), /[,.;:()!?"'\[\]]/, `ASCII punctuation in ${line}`);
  const t = buildTreaty(text);
  assert.deepEqual([t.kind, t.selfRef, t.isTreaty, t.tree.problems], ['换文', '本换文', true, []]);
  assert.deepEqual(t.notes.map((n) => [n.name, n.points.map((p) => `${p.name}${p.paragraphs.length}`)]), [['（一）中方去文', ['一、1', '二、1']], ['（二）……方复照', ['一、1', '二、1']]]);
  const index = new WorkspaceIndex();
  const found = diagnostics(contextOf(index, index.set('file:///new/换文.md', text, 1, 'markdown')));
  assert.deepEqual(found.filter((d) => d.severity === 1 || d.severity === 2).map((d) => `${d.code} ${d.message}`), []);
});

test('templates use full-width punctuation in Chinese text', () => {
  for (const prefix of Object.keys(TEMPLATES)) {
    for (const line of template(prefix).split('\n')) {
      const body = line.replace(/^#{1,6} /, '');
      assert.doesNotMatch(body, /[,.;:()!?"'\[\]]/, `${prefix}: ASCII punctuation in ${line}`);
      assert.doesNotMatch(body, /N(?![A-Za-z])/, `${prefix}: unfilled placeholder N in ${line}`);
    }
  }
});

test('templates parse with the structural parser into the expected outline', () => {
  for (const [prefix, { kind, parties }] of Object.entries(TEMPLATES)) {
    const treaty = buildTreaty(template(prefix) + '\n');
    assert.equal(treaty.kind, kind, `${prefix}: kind of instrument`);
    assert.equal(treaty.selfRef, kind === '联合声明' ? '本声明' : `本${kind}`, prefix);
    assert.equal(treaty.isTreaty, true, `${prefix} reads as a treaty`);
    assert.deepEqual(treaty.tree.problems, [], `${prefix}: no problems`);
    const numbers = treaty.articles.map((a) => a.num);
    assert.ok(numbers.length >= 3, `${prefix}: units`);
    assert.deepEqual(numbers, numbers.map((_, i) => i + 1), `${prefix}: numbered 1..n`);
    assert.equal(treaty.tree.unitStyle, kind === '联合声明' ? 'paragraph' : 'article', prefix);
    assert.ok(treaty.signing, `${prefix}: signing clause found`);
    assert.ok(treaty.signing.date, `${prefix}: signing date`);
    if (kind !== '联合声明') {
      assert.equal(treaty.signing.selfRef, `本${kind}`, `${prefix}: 本${kind}于…`);
      assert.equal(treaty.signing.languages.length, treaty.signing.authentic, `${prefix}: languages agree with the authentic texts`);
      assert.ok(treaty.signatures, `${prefix}: signature block found`);
      const signatories = treaty.text.slice(treaty.signatures.start, treaty.signatures.end).match(/代表$/gm) ?? [];
      assert.equal(signatories.length, parties, `${prefix}: one signatory per party`);
    }
    assert.ok(treaty.definitions.some((d) => /双方|各方/.test(d.term)), `${prefix}: defines the parties`);
  }
});

// ---------------------------------------------------------------------------------------
// What the server offers: the same snippets fitted to the document, and clauses filled from it

test('snippets and clauses offered by the server are valid snippet syntax', () => {
  const snippets = readSnippets(loadSnippets());
  assert.equal(snippets.length, Object.keys(loadSnippets()).length);
  const dir = path.join(ROOT, 'test/fixtures/seeds');
  const docs = fs.readdirSync(dir).map((n) => fs.readFileSync(path.join(dir, n), 'utf8'));
  docs.push('# 甲国和乙国关于合作的协定\n\n甲国和乙国（以下简称“双方”）达成协议如下：\n\n### 第 1 条\n\n双方合作。\n', '');
  let checked = 0;
  for (const text of docs) {
    const index = new WorkspaceIndex();
    const uri = 'file:///ws/doc.treaty.md';
    index.set(uri, text + '\n\n', 1, 'treaty');
    const lines = (text + '\n\n').split('\n').length;
    const { items } = completion(contextOf(index, index.get(uri)!), { line: lines - 1, character: 0 }, { snippets });
    for (const item of items) {
      if (item.insertTextFormat !== InsertTextFormat.Snippet) continue;
      const body = (item.textEdit as { newText: string }).newText;
      let nodes: SnippetNode[] = [];
      assert.doesNotThrow(() => { nodes = parseSnippet(body); }, `${item.label}: ${body}`);
      assert.deepEqual(checkSnippet(nodes), [], `${item.label}: ${body}`);
      assert.doesNotMatch(expandTemplate(body), /^(#+ )?第N条/m, `${item.label}: the heading's number is filled in`);
      checked++;
    }
  }
  assert.ok(checked > 100, `${checked} bodies checked`);
});
