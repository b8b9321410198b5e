// Tests for syntaxes/treaty.tmLanguage.json (scope text.treaty) and
// syntaxes/treaty.markdown-injection.tmLanguage.json (injected into text.html.markdown).
//
// They are run by the engine VS Code itself runs, vscode-textmate with Oniguruma, over the
// seed treaties and hand-written lines. `text.html.markdown` is a stand-in grammar without
// rules, so the tests check the treaty rules and the injection, not markdown's own grammar.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';
import {
  CHENG_NOUNS, CHENG_VERBS, CITED_KINDS, DIGITS_CN, FEW_CN, INSTRUMENT_WORDS, ITEM_NUMERAL, JOINT_KINDS, NOT_SELF, NUMERAL_CHARS, PARA_NUMERAL, POSITIONAL_CN,
  SELF_WORDS, SHORT_NAMES, SMALL_CN, STATES, SUB_NUMERAL,
} from '../../server/src/syntax/words';

const ROOT = path.resolve(__dirname, '../../..');
const MAIN = path.join(ROOT, 'syntaxes/treaty.tmLanguage.json');
const INJECTION = path.join(ROOT, 'syntaxes/treaty.markdown-injection.tmLanguage.json');
const SEEDS = path.join(ROOT, 'test/fixtures/seeds');

// ---------------------------------------------------------------------------------------
// Grammar types and loading

interface Capture {
  name?: string;
  patterns?: Rule[];
}
interface Rule {
  include?: string;
  name?: string;
  contentName?: string;
  match?: string;
  begin?: string;
  end?: string;
  while?: string;
  captures?: Record<string, Capture>;
  beginCaptures?: Record<string, Capture>;
  endCaptures?: Record<string, Capture>;
  whileCaptures?: Record<string, Capture>;
  patterns?: Rule[];
  comment?: string;
}
interface Grammar {
  scopeName: string;
  name?: string;
  patterns: Rule[];
  repository?: Record<string, Rule>;
  injections?: Record<string, { patterns: Rule[] }>;
  injectionSelector?: string;
}

function load(file: string): Grammar {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Grammar;
}

function seeds(): Map<string, string> {
  const m = new Map<string, string>();
  for (const f of fs.readdirSync(SEEDS).filter((f) => f.endsWith('.md')).sort()) {
    m.set(f.slice(0, 3), fs.readFileSync(path.join(SEEDS, f), 'utf8'));
  }
  return m;
}

/** Every rule object in the grammar (repository, patterns, injections, capture patterns). */
function allRules(g: Grammar): Array<{ where: string; rule: Rule }> {
  const out: Array<{ where: string; rule: Rule }> = [];
  const visit = (rule: Rule, where: string) => {
    out.push({ where, rule });
    (rule.patterns ?? []).forEach((r, i) => visit(r, `${where}.patterns[${i}]`));
    for (const key of ['captures', 'beginCaptures', 'endCaptures', 'whileCaptures'] as const) {
      for (const [n, c] of Object.entries(rule[key] ?? {})) {
        (c.patterns ?? []).forEach((r, i) => visit(r, `${where}.${key}[${n}].patterns[${i}]`));
      }
    }
  };
  g.patterns.forEach((r, i) => visit(r, `patterns[${i}]`));
  for (const [k, r] of Object.entries(g.repository ?? {})) visit(r, `repository.${k}`);
  for (const [sel, inj] of Object.entries(g.injections ?? {})) {
    inj.patterns.forEach((r, i) => visit(r, `injections[${sel}][${i}]`));
  }
  return out;
}

function regexesOf(g: Grammar): Array<{ where: string; src: string }> {
  const out: Array<{ where: string; src: string }> = [];
  for (const { where, rule } of allRules(g)) {
    for (const key of ['match', 'begin', 'end', 'while'] as const) {
      const src = rule[key];
      if (src !== undefined) out.push({ where: `${where}.${key}`, src });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// The grammar's words are the lexicon's (server/src/syntax/words.ts)

/** The characters a class body stands for, ranges expanded and sorted: `0-2一` → `012一`. */
function classSet(body: string): string {
  const out = new Set<string>();
  const cs = [...body.replace(/\\(.)/g, '$1')];
  for (let i = 0; i < cs.length; i++) {
    if (cs[i + 1] === '-' && i + 2 < cs.length) {
      for (let c = cs[i].codePointAt(0)!; c <= cs[i + 2].codePointAt(0)!; c++) out.add(String.fromCodePoint(c));
      i += 2;
    } else out.add(cs[i]);
  }
  return [...out].sort().join('');
}
const sameWords = (a: readonly string[], b: readonly string[]) => [...a].sort().join('|') === [...b].sort().join('|');

/** The lexicon's numeral classes, by name. */
const NUMERAL_CLASSES: Record<string, string> = {
  NUMERAL_CHARS, SUB_NUMERAL, PARA_NUMERAL, ITEM_NUMERAL, SMALL_CN, DIGITS_CN, POSITIONAL_CN, FEW_CN,
};
const CJK_NUMERALS = /[〇零○一二两三四五六七八九十百千万廿卅]/g;

/**
 * What the lexicon says of each list of domain words in a grammar: every character class
 * holding three Chinese numerals or more is one of the lexicon's numeral classes (a paragraph
 * number's before `、` PARA_NUMERAL, the number after 之 SUB_NUMERAL); every
 * alternation of words after 本 is its self-references (with 基本法, 日本 kept out), every
 * other alternation naming a kind of instrument its cited kinds or joint kinds; a class of
 * states' short forms is its short forms. The answer lists what disagrees.
 */
function disagreements(g: Grammar): string[] {
  const out: string[] = [];
  const instrumentWords = new Set(INSTRUMENT_WORDS.map((w) => w.word));
  const numeralSets = new Map(Object.entries(NUMERAL_CLASSES).map(([name, c]) => [classSet(c), name]));
  const shorts = classSet(Object.keys(SHORT_NAMES).join(''));
  const anyShort = new Set(STATES.map((st) => st.short).filter((c): c is string => !!c));
  for (const { where, src } of regexesOf(g)) {
    for (const m of src.matchAll(/\[\^?((?:\\.|[^\]\\])*)\]/g)) {
      const set = classSet(m[1]);
      if ((m[1].match(CJK_NUMERALS) ?? []).length >= 3) {
        const after = src.slice(m.index + m[0].length);
        const wanted = /^\+\)?\(?、/.test(after) ? 'PARA_NUMERAL' : /之(?:\[ \\t　\]\*)?$/.test(src.slice(0, m.index)) ? 'SUB_NUMERAL' : undefined;
        const name = numeralSets.get(set);
        if (!name || (wanted && name !== wanted)) out.push(`${where}: numerals [${m[1]}] are not the lexicon's ${wanted ?? 'classes'}`);
      }
      if (set.length >= 3 && [...set].every((c) => anyShort.has(c)) && set !== shorts) out.push(`${where}: short forms [${m[1]}] are not the lexicon's`);
    }
    for (const m of src.matchAll(/\(\?:([\u3400-\u9fff]+(?:\|[\u3400-\u9fff]+)+)\)/g)) {
      const words = m[1].split('|');
      const before = src.slice(0, m.index);
      if (before.endsWith('本')) {
        if (!sameWords(words, SELF_WORDS)) out.push(`${where}: 本(?:${m[1]}) is not the lexicon's self-references`);
        // `(?:(?<![NOT_SELF])|(?<=[CHENG_VERBS]成)(?<!(?:CHENG_NOUNS)成))本`: 成本 is no self-reference, 完成本协定 is
        // one, 制造成本法 none.
        const guard = /\(\?:\(\?<!\[([^\]]*)\]\)\|\(\?<=\[([^\]]*)\]成\)\(\?<!\(\?:([^)]*)\)成\)\)\(?本$/.exec(before);
        if (!guard || classSet(guard[1]) !== classSet(NOT_SELF) || classSet(guard[2]) !== classSet(CHENG_VERBS) || !sameWords(guard[3].split('|'), CHENG_NOUNS)) {
          out.push(`${where}: 本(?:…) is not guarded by the lexicon's NOT_SELF, CHENG_VERBS and CHENG_NOUNS`);
        }
      } else if (words.some((w) => instrumentWords.has(w)) && !sameWords(words, CITED_KINDS) && !sameWords(words, JOINT_KINDS) && !PHRASES.has(m[1])) {
        out.push(`${where}: (?:${m[1]}) is not a list of the lexicon's`);
      }
    }
  }
  return out;
}

/** Alternations of instrument words that are phrases, not lists of kinds: `达成协议如下`. */
const PHRASES = new Set(['协议|协定']);

test('the grammars\' lists of kinds, self-references, short forms and numerals are the lexicon\'s', () => {
  assert.deepEqual({ main: disagreements(load(MAIN)), injection: disagreements(load(INJECTION)) }, { main: [], injection: [] });
});

test('the agreement check finds a list that is not the lexicon\'s', () => {
  const g = load(MAIN);
  g.repository!['short-title-citation'].match = '中[哈吉俄塔乌]{1,5}(?:建交)?联合(?:声明|公报)';
  g.repository!['self-reference'].match = '本(?:条约|协定)';
  g.repository!['bare-title'].match = '^(.{4,80}(?:条约|协定|章程))$';
  g.repository!['paragraph-number'].begin = '^(([一二三四五六七八九十百]+)(、))';
  g.repository!['chapter-heading'].match = '^(第[0-9０-９〇零一二两三四五六七八九十百千]+章)$';
  g.repository!['article-heading'].match = '^(第[0-9０-９〇零○一二两三四五六七八九十百千万廿卅壹贰貳叁參参肆伍陆陸柒捌玖拾佰仟]+条(?:之[一二三四五六七八九十]+)?)$';
  assert.deepEqual(disagreements(g), [
    'repository.article-heading.match: numerals [一二三四五六七八九十] are not the lexicon\'s SUB_NUMERAL',
    'repository.chapter-heading.match: numerals [0-9０-９〇零一二两三四五六七八九十百千] are not the lexicon\'s classes',
    'repository.bare-title.match: (?:条约|协定|章程) is not a list of the lexicon\'s',
    'repository.paragraph-number.begin: numerals [一二三四五六七八九十百] are not the lexicon\'s PARA_NUMERAL',
    'repository.short-title-citation.match: short forms [哈吉俄塔乌] are not the lexicon\'s',
    'repository.short-title-citation.match: (?:声明|公报) is not a list of the lexicon\'s',
    'repository.self-reference.match: 本(?:条约|协定) is not the lexicon\'s self-references',
    'repository.self-reference.match: 本(?:…) is not guarded by the lexicon\'s NOT_SELF, CHENG_VERBS and CHENG_NOUNS',
  ]);
});

// ---------------------------------------------------------------------------------------
// The real TextMate engine: vscode-textmate with Oniguruma (WebAssembly), as VS Code runs it.
// `text.html.markdown` is a stand-in without rules, so these tests check the treaty rules
// and the injection's selector, not markdown's own grammar.

interface Span {
  scope: string;
  text: string;
  line: number;
  start: number;
  end: number;
}

const MARKDOWN_STANDIN = { scopeName: 'text.html.markdown', patterns: [] as Rule[] };
const engine: { treaty?: vsctm.IGrammar; markdown?: vsctm.IGrammar; onig?: vsctm.IOnigLib } = {};

before(async () => {
  const wasm = fs.readFileSync(path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const onig: vsctm.IOnigLib = {
    createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
    createOnigString: (str) => new oniguruma.OnigString(str),
  };
  const injection = load(INJECTION);
  const files: Record<string, string> = { 'text.treaty': MAIN, [injection.scopeName]: INJECTION };
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve(onig),
    loadGrammar: async (scopeName) => {
      if (scopeName === 'text.html.markdown') return vsctm.parseRawGrammar(JSON.stringify(MARKDOWN_STANDIN), 'markdown.json');
      const file = files[scopeName];
      return file ? vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? [injection.scopeName] : undefined),
  });
  engine.onig = onig;
  engine.treaty = (await registry.loadGrammar('text.treaty')) ?? undefined;
  engine.markdown = (await registry.loadGrammar('text.html.markdown')) ?? undefined;
});

/**
 * Tokenizes with the real engine: `text.treaty` for the main grammar, a markdown document
 * (with the injection) for the injection grammar. Consecutive tokens under the same scope
 * at the same depth of the scope stack form one span, as a rule's match does.
 */
function tokenize(g: Grammar, source: string): Span[] {
  const grammar = g.scopeName === 'text.treaty' ? engine.treaty : engine.markdown;
  assert.ok(grammar, `grammar for ${g.scopeName} loaded`);
  const spans: Span[] = [];
  let stack = vsctm.INITIAL;
  source.split(/\r?\n/).forEach((text, line) => {
    const r = grammar.tokenizeLine(text, stack);
    stack = r.ruleStack;
    const open = new Map<string, Span>();
    for (const token of r.tokens) {
      const end = Math.min(token.endIndex, text.length);
      if (end <= token.startIndex) continue;
      const seen = new Set<string>();
      token.scopes.slice(1).forEach((scope, depth) => {
        const key = `${depth}:${token.scopes.slice(0, depth + 2).join(' ')}`;
        seen.add(key);
        const span = open.get(key);
        if (span && span.end === token.startIndex) {
          span.end = end;
          span.text = text.slice(span.start, end);
        } else {
          const s: Span = { scope, text: text.slice(token.startIndex, end), line, start: token.startIndex, end };
          spans.push(s);
          open.set(key, s);
        }
      });
      for (const key of [...open.keys()]) if (!seen.has(key)) open.delete(key);
    }
  });
  return spans;
}

/** Spans whose scope starts with `prefix` (scope names are dotted: prefix matching as in themes). */
function scoped(spans: Span[], prefix: string): Span[] {
  return spans.filter((s) => s.scope === prefix || s.scope.startsWith(prefix + '.'));
}
function texts(spans: Span[], prefix: string): string[] {
  return scoped(spans, prefix).map((s) => s.text);
}
function assertHas(spans: Span[], prefix: string, text: string) {
  const t = texts(spans, prefix);
  assert.ok(t.includes(text), `expected ${prefix} "${text}", got ${JSON.stringify(t.slice(0, 40))}`);
}
function assertHasNot(spans: Span[], prefix: string, text?: string) {
  const t = texts(spans, prefix);
  if (text === undefined) assert.deepEqual(t, [], `expected no ${prefix}`);
  else assert.ok(!t.includes(text), `unexpected ${prefix} "${text}"`);
}

// Scope names used below (the contract with themes and with anyone styling them)
const ARTICLE_HEADING = 'entity.name.section.article';
const CHAPTER_HEADING = 'entity.name.section.chapter';
const REFERENCE = 'markup.underline.link.reference';
const ARTICLE_REF = 'markup.underline.link.reference.article';
const CITATION = 'string.quoted.other.citation';
const DATE = 'constant.other.date';
const TERM = 'entity.name.type.definition';
const ITEM = 'constant.numeric.item';
const PARAGRAPH = 'constant.numeric.paragraph';

// ---------------------------------------------------------------------------------------
// Static checks

test('grammar files parse and are wired into package.json', () => {
  const main = load(MAIN);
  const inj = load(INJECTION);
  assert.equal(main.scopeName, 'text.treaty');
  assert.ok(main.patterns.some((p) => p.include === 'text.html.markdown'), 'embeds markdown');
  assert.ok(inj.injectionSelector?.startsWith('L:text.html.markdown'));
  for (const x of ['-markup.fenced_code', '-markup.inline.raw']) assert.ok(inj.injectionSelector!.includes(x));
  assert.ok(!JSON.stringify(inj).includes('text.html.markdown"'), 'the injection does not embed markdown');

  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const grammars: Array<{ language?: string; scopeName: string; path: string; injectTo?: string[] }> = pkg.contributes.grammars;
  const mainEntry = grammars.find((g) => g.scopeName === 'text.treaty');
  assert.ok(mainEntry, 'text.treaty contributed');
  assert.equal(mainEntry.language, 'treaty');
  assert.equal(path.resolve(ROOT, mainEntry.path), MAIN);
  const injEntry = grammars.find((g) => g.scopeName === inj.scopeName);
  assert.ok(injEntry, `${inj.scopeName} contributed`);
  assert.deepEqual(injEntry.injectTo, ['text.html.markdown']);
  assert.equal(path.resolve(ROOT, injEntry.path), INJECTION);
});

test('every include resolves and every rule is well-formed', () => {
  for (const g of [load(MAIN), load(INJECTION)]) {
    for (const { where, rule } of allRules(g)) {
      if (rule.include?.startsWith('#')) assert.ok(g.repository?.[rule.include.slice(1)], `${g.scopeName} ${where}: ${rule.include}`);
      if (rule.begin !== undefined) assert.ok(rule.end !== undefined || rule.while !== undefined, `${where}: begin without end`);
      assert.ok(!(rule.match !== undefined && rule.begin !== undefined), `${where}: match and begin`);
    }
  }
});

test('every regex compiles in Oniguruma', () => {
  let n = 0;
  for (const g of [load(MAIN), load(INJECTION)]) {
    for (const { where, src } of regexesOf(g)) {
      n++;
      assert.doesNotThrow(() => engine.onig!.createOnigScanner([src]), `${g.scopeName} ${where}: ${src}`);
    }
  }
  assert.ok(n > 20, `found ${n} regexes`);
});

test('no capture retokenizes with nested patterns', () => {
  // With an L: injection of the same rules, vscode-textmate would retokenize a capture with
  // the injection again, match the same text at the same place and recurse without end.
  // So numbers, range operators and defined terms are capture groups, not nested patterns.
  for (const g of [load(MAIN), load(INJECTION)]) {
    for (const { where, rule } of allRules(g)) {
      for (const key of ['captures', 'beginCaptures', 'endCaptures'] as const) {
        for (const [n, c] of Object.entries(rule[key] ?? {})) assert.equal(c.patterns, undefined, `${g.scopeName} ${where}.${key}[${n}]`);
      }
    }
  }
});

test('injection rules are a subset of the main grammar rules', () => {
  const main = load(MAIN);
  const inj = load(INJECTION);
  for (const [k, rule] of Object.entries(inj.repository ?? {})) {
    if (k === 'heading-number-guard') continue; // the main grammar has real heading rules
    assert.deepEqual(rule, main.repository?.[k], `repository.${k} differs between the grammars`);
  }
});

// ---------------------------------------------------------------------------------------
// Main grammar on hand-written lines

test('article headings: markdown headings of any level, bare lines, bold, list items, spaced numerals', () => {
  const g = load(MAIN);
  const heading = (line: string) => texts(tokenize(g, line), ARTICLE_HEADING);
  assert.deepEqual(heading('## 第 一 条'), ['第 一 条']);
  assert.deepEqual(heading('#### 第 十 一 条'), ['第 十 一 条']);
  assert.deepEqual(heading('### 第十三条'), ['第十三条']);
  assert.deepEqual(heading('## 第十 一条'), ['第十 一条']);
  assert.deepEqual(heading('## 第十二 条'), ['第十二 条']);
  assert.deepEqual(heading('第二十六条'), ['第二十六条']);
  assert.deepEqual(heading('第一百零二条'), ['第一百零二条']);
  assert.deepEqual(heading('第10条之一'), ['第10条之一']);
  assert.deepEqual(heading('## 第 102 条'), ['第 102 条']);
  assert.deepEqual(heading('**第一条**'), ['第一条']);
  assert.deepEqual(heading('- 第三条'), ['第三条']);
  assert.deepEqual(heading('第一条　定义'), ['第一条']);
  assert.deepEqual(texts(tokenize(g, '## 第一条 宗旨和原则'), 'entity.name.section.article-title'), ['宗旨和原则']);
  assert.deepEqual(texts(tokenize(g, '## 第 一 条'), 'punctuation.definition.heading'), ['##']);
  assert.deepEqual(texts(tokenize(g, '## 第 一 条'), 'markup.heading.article'), ['## 第 一 条']);
});

test('articles numbered by chapter with a decimal point: headings and references (第1.1条, 第 2.3 条, 第１．２条)', () => {
  const g = load(MAIN);
  const heading = (line: string) => texts(tokenize(g, line), ARTICLE_HEADING);
  assert.deepEqual(heading('第1.1条 自由贸易区的建立'), ['第1.1条']);
  assert.deepEqual(heading('## 第 17.10 条'), ['第 17.10 条']);
  assert.deepEqual(heading('第１．２条'), ['第１．２条']);
  const refs = (line: string) => texts(tokenize(g, line), ARTICLE_REF);
  assert.deepEqual(refs('依照本协定第2.3条第一款的规定'), ['第2.3条第一款']);
  assert.deepEqual(refs('第2.1条至第2.5条所列'), ['第2.1条至第2.5条']);
  assert.deepEqual(texts(tokenize(load(INJECTION), '依照第8.2条执行'), ARTICLE_REF), ['第8.2条']);
});

test('第…条 in running text is a reference, not a heading', () => {
  const g = load(MAIN);
  for (const line of [
    '第十二条规定的',
    '第十二条规定的程序适用于本协议。',
    '第十二条 规定的义务，由双方承担。',
    '则其生效和终止的方法按照本协议第十二条执行。',
    '  本协议第十二条',
    '#### 本协议第十二条',
  ]) {
    const spans = tokenize(g, line);
    assertHasNot(spans, ARTICLE_HEADING);
    assertHas(spans, ARTICLE_REF, '第十二条');
  }
  assertHas(tokenize(g, '按照本协议第十二条执行'), 'variable.language.self', '本协议');
});

test('references: paragraph, item, range, spaced Arabic, another instrument', () => {
  const g = load(MAIN);
  const refs = (line: string) => texts(tokenize(g, line), ARTICLE_REF);
  assert.deepEqual(refs('依照第十二条第二款的规定'), ['第十二条第二款']);
  assert.deepEqual(refs('见第二条第（三）项。'), ['第二条第（三）项']);
  assert.deepEqual(refs('见第二条第(三)项。'), ['第二条第(三)项']);
  assert.deepEqual(refs('见第二条第三项。'), ['第二条第三项']);
  assert.deepEqual(refs('第三条第二款'), ['第三条第二款']);
  assert.deepEqual(refs('第十条至第十二条所列'), ['第十条至第十二条']);
  assert.deepEqual(texts(tokenize(g, '第十条至第十二条所列'), 'keyword.operator.range'), ['至']);
  assert.deepEqual(refs('本条约第 3 条'), ['第 3 条']);
  assert.deepEqual(refs('第九条、第十条和第十一条'), ['第九条', '第十条', '第十一条']);
  const ext = tokenize(g, '本条约需根据《联合国宪章》第 102 条规定在联合国秘书处登记。');
  assertHas(ext, 'meta.reference.external', '《联合国宪章》第 102 条');
  assertHas(ext, CITATION, '《联合国宪章》');
  assertHas(ext, ARTICLE_REF, '第 102 条');
  assertHas(tokenize(g, '《联合国宪章》第102条'), ARTICLE_REF, '第102条');
  // not references
  for (const line of ['不针对第三国', '提供给第三方', '第 30 天对其生效', '第一次会议', '本条约需经批准']) {
    assertHasNot(tokenize(g, line), REFERENCE);
  }
  assert.deepEqual(texts(tokenize(g, '前款所述；本条所称；前两款、前三款规定'), 'markup.underline.link.reference.relative'), ['前款', '本条', '前两款', '前三款']);
  assert.deepEqual(texts(tokenize(g, '有前两条、前五条情形；依照上款规定；达到以上条件；收取以上款项'), 'markup.underline.link.reference.relative'), ['前两条', '前五条', '上款']);
  assert.deepEqual(texts(tokenize(g, '照次款所定办理；次条所称；此次条约；首次款项'), 'markup.underline.link.reference.relative'), ['次款', '次条']);
  assert.deepEqual(texts(tokenize(g, '依照次两条办理；次三条所列；此次条约'), 'markup.underline.link.reference.relative'), ['次两条', '次三条']);
  assertHas(tokenize(g, '本条约需经批准'), 'variable.language.self', '本条约');
});

test('the lexicon\'s words, highlighted as the model reads them', () => {
  const g = load(MAIN);
  const self = (line: string) => texts(tokenize(g, line), 'variable.language.self');
  assert.deepEqual(self('本法第三条和基本法第一条，本宪章，日本法律，本决议案'), ['本法', '本宪章', '本决议案']);
  // 本 after 成 is 成本 (a cost), but after a verb ending in 成 a self-reference, as the model reads it.
  assert.deepEqual(self('已完成本议定书生效所需的程序，构成本协定的组成部分，重置成本法，成本协定价，制造成本法，机构成本协议价'), ['本议定书', '本协定']);
  assert.deepEqual(texts(tokenize(g, '根据中美联合公报和中哈建交联合公报，并回顾中俄联合新闻公报'), 'string.unquoted.citation.short-title'), ['中美联合公报', '中哈建交联合公报', '中俄联合新闻公报']);
  assert.deepEqual(texts(tokenize(g, '依照第二十一条之2和第廿一条的规定'), ARTICLE_REF), ['第二十一条之2', '第廿一条']);
  assert.deepEqual(texts(tokenize(g, '〇、序言'), PARAGRAPH), ['〇']);
  assert.deepEqual(texts(tokenize(g, '上海合作组织成员国长期睦邻友好合作宣言'), 'entity.name.section.title'), ['上海合作组织成员国长期睦邻友好合作宣言']);
});

test('chapter headings', () => {
  const g = load(MAIN);
  assert.deepEqual(texts(tokenize(g, '第一章　总则'), CHAPTER_HEADING), ['第一章']);
  assert.deepEqual(texts(tokenize(g, '第一章　总则'), 'entity.name.section.chapter-title'), ['总则']);
  assert.deepEqual(texts(tokenize(g, '## 第二编 最后条款'), CHAPTER_HEADING), ['第二编']);
  assert.deepEqual(texts(tokenize(g, '### 第 三 节'), CHAPTER_HEADING), ['第 三 节']);
  assertHasNot(tokenize(g, '第三章规定的程序，适用于本条。'), CHAPTER_HEADING);
});

test('dates', () => {
  const g = load(MAIN);
  const dates = (line: string) => texts(tokenize(g, line), DATE);
  assert.deepEqual(dates('根据1993年10月18日《联合声明》'), ['1993年10月18日']);
  assert.deepEqual(dates('本协议于 2002 年 1 月 17 日在北京签署'), ['2002 年 1 月 17 日']);
  assert.deepEqual(dates('本条约于二〇〇二年十二月二十三日在北京签订。'), ['二〇〇二年十二月二十三日']);
  assert.deepEqual(dates('强调一九九五年二月发表的'), ['一九九五年二月']);
  assert.deepEqual(dates('重申一九九三年至一九九九年签署的'), ['一九九三年', '一九九九年']);
  assert.deepEqual(dates('（新华社阿拉木图7月5日电）'), ['7月5日']);
  assert.deepEqual(dates('有效期 5 年。如果在本协议有效期满 6 个月前'), []);
  assert.deepEqual(dates('本条约有效期为二十年'), []);
  assert.deepEqual(dates('在本条约签署后 15 日内'), []);
  const dp = tokenize(g, '1996年7月5日于阿拉木图');
  assertHas(dp, DATE, '1996年7月5日');
  assertHas(dp, 'entity.name.place', '阿拉木图');
});

test('defined terms', () => {
  const g = load(MAIN);
  const terms = (line: string) => texts(tokenize(g, line), TERM);
  assert.deepEqual(terms('中华人民共和国国防部和哈萨克斯坦共和国民族安全委员会(以下简称“双方”),根据'), ['双方']);
  assert.deepEqual(terms('吉尔吉斯共和国边防总局（以下简称“双方”），根据'), ['双方']);
  assert.deepEqual(terms('(以下简称"双方")'), ['双方']);
  assert.deepEqual(terms('乌兹别克斯坦共和国，以下简称“缔约各方”，'), ['缔约各方']);
  assert.deepEqual(terms('上海合作组织（以下简称“本组织”或“组织”）成员国'), ['本组织', '组织']);
  assert.deepEqual(terms('致力于将中吉国界（以下简称“国界”）建成'), ['国界']);
  assert.deepEqual(terms('（以下简称「协定」）'), ['协定']);
  assert.deepEqual(terms('哈方反对任何制造“两个中国”或“一中一台”的图谋'), []);
  assertHas(tokenize(g, '（以下简称“双方”）'), 'keyword.other.definition', '以下简称');
  assertHas(tokenize(g, '（以下简称“双方”）'), 'meta.definition', '（以下简称“双方”）');
});

test('items, paragraphs, footnotes, tags, signature marks', () => {
  const g = load(MAIN);
  for (const [line, num] of [['1. 交换有助于维护国界地区正常秩序的信息；', '1'], ['2、制止', '2'], ['(一) 交换组织', '一'], ['（三）双方边界代表', '三'], ['（十）培训边防军官。', '十']]) {
    assert.deepEqual(texts(tokenize(g, line), ITEM), [num], line);
  }
  for (const [line, num] of [['一、缔约各方尊重', '一'], ['- 二、缔约各方根据', '二'], ['    十四、双方同意', '十四'], ['- 一、本条约需经缔约各方批准。**', '一']]) {
    assert.deepEqual(texts(tokenize(g, line), PARAGRAPH), [num], line);
  }
  assertHasNot(tokenize(g, '一九九五年二月发表的'), PARAGRAPH);
  assertHasNot(tokenize(g, '1.5 倍'), ITEM);
  assertHas(tokenize(g, '（二）人员、交通工具于1996年4月26日'), DATE, '1996年4月26日'); // inline rules inside items
  const fn = tokenize(g, '<sup>\\*</sup> 2002年1月17日签订于北京并于同日生效。——编者注');
  assertHas(fn, 'comment.line.footnote', '<sup>\\*</sup> 2002年1月17日签订于北京并于同日生效。——编者注');
  assertHas(fn, DATE, '2002年1月17日');
  assertHas(tokenize(g, '# 中华人民共和国国防部 和哈萨克斯坦共和国民族 安全委员会边防合作协议<sup>\\*</sup>'), 'comment.other.footnote-marker', '<sup>\\*</sup>');
  assertHas(tokenize(g, '〖BT/标题〗中华人民共和国和哈萨克斯坦共和国联合声明〖-BT/标题〗'), 'entity.name.section.title', '中华人民共和国和哈萨克斯坦共和国联合声明');
  assertHas(tokenize(g, '〖RQ/日期〗19960706〖-RQ/日期〗'), DATE, '19960706');
  assertHas(tokenize(g, '〖ZQ/总期〗14057〖-ZQ/总期〗'), 'comment.other.tag.people-daily', '〖-ZQ/总期〗');
  assertHas(tokenize(g, '(签 字)'), 'keyword.other.signature', '(签 字)');
  assertHas(tokenize(g, '（签字）'), 'keyword.other.signature', '（签字）');
  assertHas(tokenize(g, 'Handwritten signature in Cyrillic script, reading "И. И. Толмачев".'), 'comment.line.ocr', 'Handwritten signature in Cyrillic script, reading "И. И. Толмачев".');
  assertHas(tokenize(g, '兹达成协议如下：'), 'keyword.other.enacting-formula', '兹达成协议如下');
  assertHas(tokenize(g, '上海合作组织成员国长期睦邻友好合作条约'), 'entity.name.section.title', '上海合作组织成员国长期睦邻友好合作条约');
  assertHasNot(tokenize(g, '本协议'), 'entity.name.section.title');
  assertHasNot(tokenize(g, '一、双方同意尽快缔结边境合作协定'), 'entity.name.section.title');
  assertHas(tokenize(g, '关于修改《中哈边防合作协议》的议定书'), 'entity.name.section.title', '关于修改《中哈边防合作协议》的议定书');
});

// ---------------------------------------------------------------------------------------
// Main grammar on the seed treaties

const HEADINGS: Record<string, number> = { '000': 12, '001': 10, '002': 19, '003': 0, '004': 26 };

test('seeds: every article heading, and nothing else, is a heading', () => {
  const g = load(MAIN);
  for (const [id, text] of seeds()) {
    const spans = tokenize(g, text);
    const headings = scoped(spans, ARTICLE_HEADING);
    assert.equal(headings.length, HEADINGS[id], `${id}: ${JSON.stringify(headings.map((h) => h.text))}`);
    // each on its own line, in order
    const lines = text.split(/\r?\n/);
    for (const h of headings) assert.match(lines[h.line], /^[#\s]*第[\s0-9一二三四五六七八九十百]+条\s*$/, `${id}:${h.line + 1}`);
  }
});

test('seed 000 (half-width punctuation, page break, footnote)', () => {
  const spans = tokenize(load(MAIN), seeds().get('000')!);
  for (const d of ['1993年10月18日', '1996年4月26日', '2002 年 1 月 17 日', '2002年1月17日']) assertHas(spans, DATE, d);
  assertHas(spans, CITATION, '《中华人民共和国和哈萨克斯坦共和国友好关系基础的联合声明》');
  assertHas(spans, CITATION, '《中华人民共和国、哈萨克斯坦共和国、吉尔吉斯共和国、俄罗斯联邦、塔吉克斯坦共和国关于在边境地区加强军事领域信任的协定》');
  assertHas(spans, TERM, '双方');
  assertHas(spans, ARTICLE_REF, '第十二条');
  assertHas(spans, 'comment.line.footnote', '<sup>\\*</sup> 2002年1月17日签订于北京并于同日生效。——编者注');
  assertHas(spans, 'keyword.other.signature', '(签 字)');
  assert.deepEqual(texts(spans, ITEM).slice(0, 7), ['1', '2', '3', '4', '5', '6', '7']);
  assert.equal(scoped(spans, ITEM).length, 7 + 3 + 8);
});

test('seed 001 (items in both bracket widths, Chinese-numeral date, OCR remarks)', () => {
  const spans = tokenize(load(MAIN), seeds().get('001')!);
  assert.equal(scoped(spans, ITEM).length, 10 + 3 + 8);
  assertHas(spans, DATE, '二〇〇八年十二月十六日');
  assertHas(spans, DATE, '2002年6月24日');
  assertHas(spans, TERM, '国界');
  assertHas(spans, CITATION, '《中华人民共和国和吉尔吉斯共和国睦邻友好合作条约》');
  assert.equal(scoped(spans, 'comment.line.ocr').length, 2);
});

test('seed 002 (spaced numerals, year range, ratification)', () => {
  const spans = tokenize(load(MAIN), seeds().get('002')!);
  for (const h of ['第 一 条', '第十 一条', '第十二 条', '第十三条', '第十九条']) assertHas(spans, ARTICLE_HEADING, h);
  for (const d of ['一九九三年', '一九九九年', '一九九五年二月', '二〇〇二年十二月二十三日']) assertHas(spans, DATE, d);
  assertHas(spans, CITATION, '《不扩散核武器条约》');
  assertHas(spans, TERM, '缔约双方');
  assertHas(spans, 'string.unquoted.citation.short-title', '中哈联合声明');
});

test('seed 003 (People\'s Daily tags, paragraphs 一、 … 十四、, date and place)', () => {
  const spans = tokenize(load(MAIN), seeds().get('003')!);
  assertHas(spans, 'entity.name.section.title', '中华人民共和国和哈萨克斯坦共和国联合声明');
  assertHas(spans, DATE, '19960706');
  assert.deepEqual(texts(spans, PARAGRAPH), ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四']);
  assertHas(spans, 'meta.date-place', '1996年7月5日于阿拉木图');
  assertHas(spans, 'entity.name.place', '阿拉木图');
  for (const d of ['1992年1月3日', '1992年2月26日', '1993年10月18日', '1995年9月11日', '1994年4月26日']) assertHas(spans, DATE, d);
  assertHas(spans, 'string.unquoted.citation.short-title', '中哈建交联合公报');
  assertHas(spans, TERM, '双方');
  const body = scoped(spans, 'meta.body.people-daily');
  assert.equal(new Set(body.map((s) => s.line)).size, 24, 'the body spans 〖ZW/正文〗 … 〖-ZW/正文〗');
  assert.equal(texts(spans, 'comment.other.tag.people-daily').length, 16);
});

test('seed 004 (bare article lines, 一、 paragraphs, two aliases, external reference)', () => {
  const spans = tokenize(load(MAIN), seeds().get('004')!);
  assertHas(spans, 'entity.name.section.title', '上海合作组织成员国长期睦邻友好合作条约');
  assert.deepEqual(texts(spans, TERM), ['本组织', '组织', '缔约各方']);
  assertHas(spans, 'meta.reference.external', '《联合国宪章》第 102 条');
  assertHas(spans, DATE, '2002年6月7日');
  assertHas(spans, DATE, '二〇〇七年八月十六日');
  assert.equal(scoped(spans, PARAGRAPH).length, 2 + 3 + 2 + 2 + 2 + 3 + 4 + 2); // articles 4, 8, 11, 13, 16, 19, 23, 25
  assertHasNot(spans, DATE, '15 日');
});

// ---------------------------------------------------------------------------------------
// Markdown injection grammar

test('markdown injection: references, citations, dates and defined terms only', () => {
  const g = load(INJECTION);
  const all = [...seeds().values()].join('\n');
  const spans = tokenize(g, all);
  assertHas(spans, DATE, '1993年10月18日');
  assertHas(spans, DATE, '二〇〇二年十二月二十三日');
  assertHas(spans, CITATION, '《联合国宪章》');
  assertHas(spans, TERM, '缔约各方');
  assertHas(spans, ARTICLE_REF, '第十二条');
  assertHas(spans, ARTICLE_REF, '第 102 条');
  assertHasNot(spans, ARTICLE_HEADING);
  assertHasNot(spans, PARAGRAPH);
  assertHasNot(spans, ITEM);
  assertHasNot(spans, 'comment');
  const prefixes = new Set(spans.map((s) => s.scope.split('.').slice(0, 2).join('.')));
  for (const p of prefixes) {
    assert.ok(['markup.underline', 'string.quoted', 'punctuation.definition', 'meta.definition', 'keyword.other', 'keyword.operator', 'entity.name', 'punctuation.section', 'constant.other', 'variable.language', 'meta.reference'].includes(p), p);
  }
  // a heading's number is not a reference; running text is
  assert.deepEqual(texts(tokenize(g, '## 第 一 条\n第二十六条\n#### 第 四 条 \n**第一条**'), REFERENCE), []);
  assert.deepEqual(texts(tokenize(g, '按照本协议第十二条\n第十二条规定的\n依照本条约第 3 条。'), ARTICLE_REF), ['第十二条', '第十二条', '第 3 条']);
  // nothing in ordinary markdown
  const en = tokenize(g, '# Release notes\n\nFixed 3 bugs on 2024-01-17 (see #12). Article 5, paragraph 2.\n- [x] done\n');
  assert.deepEqual(en, []);
});
