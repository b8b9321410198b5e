// The real-instrument corpus (test/fixtures/real/): Chinese instruments gathered from
// public sources and kept as found, each with an expected reading written by hand in
// <name>.expected.json (see test/fixtures/real/README.md). Every document is loaded into
// ONE workspace, as an editor would have them open, and checked aspect by aspect, one
// test per document and aspect, so a failure names what was misread.
//
// Tests that fail on today's code are listed in test/fixtures/real/known-failures.json
// (test name → one-line reason) and run as `todo`: they are reported, not failed. A
// listed test that passes is printed so the list shrinks; a test not listed must pass.
// `REAL_RECORD_FAILURES=<file> node --test out/test/unit/real.test.js` writes the names
// and first message lines of the tests failing now to <file>, to refresh the list.
import { test } from 'node:test';
import { contextOf, textContext } from '../../server/src/features/context';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { DocumentSymbol, LocationLink } from 'vscode-languageserver-types';
import { Treaty } from '../../server/src/model/treaty';
import { referencesOf } from '../../server/src/model/references';
import { ARTICLE_SYMBOL_KIND, documentSymbols } from '../../server/src/features/documentSymbols';
import { digitLabel } from '../../server/src/features/unitWords';
import { foldingRanges } from '../../server/src/features/foldingRanges';
import { selectionRanges } from '../../server/src/features/selectionRanges';
import { diagnostics } from '../../server/src/features/diagnostics';
import { definition } from '../../server/src/features/definition';
import { hover } from '../../server/src/features/hover';
import { documentLinks } from '../../server/src/features/documentLinks';
import { LineMap } from '../../server/src/syntax/positions';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { ROOT } from '../support/fixture';

const DIR = path.join(ROOT, 'test/fixtures/real');

interface TargetSpec {
  /** Another corpus file; the same document when absent. */
  file?: string;
  article?: string;
  /** 1-based: the N-th paragraph of the article (款, or 项 in the UN convention). */
  paragraph?: number;
  /** 1-based: the N-th item of that paragraph. */
  item?: number;
}

interface ReferenceSpec {
  text: string;
  occurrence: number;
  target: TargetSpec | null;
  /** Refers to an instrument outside the corpus: must not resolve into this document. */
  external?: boolean;
}

interface DiagnosticSpec {
  code: string;
  text: string;
  occurrence: number;
}

interface Expected {
  /** The title read; null: none (a site's heading over the text is no title of it). */
  title?: string | null;
  kind?: string;
  articles?: string[];
  /** Annexes after the signatures whose articles the outline lists under their heading (the model's articles are the instrument's own only): heading → labels. */
  annexArticles?: Record<string, string[]>;
  chapters?: { name: string; caption?: string; articles: string[] }[];
  paragraphs?: Record<string, number>;
  definitions?: Record<string, string>;
  signing?: null | { date?: [number, number, number]; place?: string; copies?: number; languages?: string[] };
  references?: ReferenceSpec[];
  /** Errors and warnings a careful reader agrees with; absent when that cannot be stated. */
  diagnostics?: DiagnosticSpec[];
}

const NAMES = fs.readdirSync(DIR).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();
const uri = (name: string) => `file:///ws/real/${name}`;
const read = (name: string) => fs.readFileSync(path.join(DIR, name), 'utf8');
const expectedOf = (name: string): Expected => JSON.parse(read(name.replace(/\.md$/, '.expected.json')));
const KNOWN: Record<string, string> = JSON.parse(read('known-failures.json'));

let shared: WorkspaceIndex | undefined;
/** All corpus documents in one workspace, built once (models are built lazily, per document). */
function workspace(): WorkspaceIndex {
  if (!shared) {
    shared = new WorkspaceIndex();
    for (const name of NAMES) shared.set(uri(name), read(name), 1, 'markdown');
  }
  return shared;
}
const treatyOf = (name: string): Treaty => workspace().model(workspace().get(uri(name))!);

/** Offset of the n-th (1-based) occurrence of `needle` in `text`, or -1. */
function occurrence(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

const RECORD = process.env.REAL_RECORD_FAILURES;
const recorded: Record<string, string> = {};
const ALL_TESTS = new Set<string>();
/** Known failures that passed in this run: the list must be kept honest (checked by the last test). */
const NOW_PASSING: string[] = [];

/** A test, run as `todo` when it is a known failure on today's code. */
function check(name: string, fn: () => void): void {
  ALL_TESTS.add(name);
  const reason = KNOWN[name];
  if (reason === undefined && !RECORD) {
    test(name, fn);
    return;
  }
  test(name, reason === undefined ? {} : { todo: reason }, () => {
    try {
      fn();
    } catch (e) {
      recorded[name] = String((e as Error).message ?? e).split('\n')[0].slice(0, 160);
      throw e;
    }
    if (reason !== undefined) NOW_PASSING.push(name);
  });
}

function flatten(symbols: DocumentSymbol[], out: DocumentSymbol[] = []): DocumentSymbol[] {
  for (const s of symbols) {
    out.push(s);
    if (s.children) flatten(s.children, out);
  }
  return out;
}

test('real: at least 40 documents, each with its expected reading', () => {
  assert.ok(NAMES.length >= 40, `${NAMES.length} documents`);
  for (const name of NAMES) {
    assert.match(name, /^[a-z]+_[a-z0-9_-]+\.md$/, 'named <kind>_<short-ascii-name>.md');
    assert.ok(fs.existsSync(path.join(DIR, name.replace(/\.md$/, '.expected.json'))), `${name} has an expected file`);
  }
});

test('real: expected references name text that is in the document', () => {
  for (const name of NAMES) {
    const text = read(name);
    for (const r of expectedOf(name).references ?? []) {
      assert.ok(occurrence(text, r.text, r.occurrence) >= 0, `${name}: occurrence ${r.occurrence} of ${r.text}`);
      if (r.target?.file) assert.ok(NAMES.includes(r.target.file), `${name}: ${r.target.file} is a corpus file`);
    }
    for (const d of expectedOf(name).diagnostics ?? []) assert.ok(occurrence(text, d.text, d.occurrence) >= 0, `${name}: ${d.text}`);
  }
});

for (const name of NAMES) {
  const e = expectedOf(name);
  const label = `real ${name}`;

  check(`${label}: reads as a treaty`, () => {
    const t = treatyOf(name);
    assert.ok(t.isTreaty, `not read as a treaty (title ${JSON.stringify(t.title?.text)}, kind ${t.kind}, ${t.articles.length} articles)`);
  });

  if (e.title !== undefined) {
    check(`${label}: title`, () => {
      const title = treatyOf(name).title?.text ?? null;
      assert.equal(title, e.title, `title read as ${JSON.stringify(title)}`);
    });
  }
  if (e.kind !== undefined) {
    check(`${label}: kind`, () => {
      const kind = treatyOf(name).kind;
      assert.equal(kind, e.kind, `kind read as ${JSON.stringify(kind)}`);
    });
  }
  if (e.articles !== undefined) {
    check(`${label}: ${e.articles.length} articles`, () => {
      const t = treatyOf(name);
      const found = t.articles.map((a) => a.name);
      const at = found.findIndex((a, i) => a !== e.articles![i]);
      assert.deepEqual(found, e.articles, `${found.length} articles read; first difference at ${at < 0 ? found.length : at}: ${JSON.stringify(found[at < 0 ? found.length : at])}`);
      // The outline shows the same articles, in the same order (each labelled in digits named as labelled, `第1条`: features/
      // unitWords.ts digitLabel), then those of each annex after the signatures under its heading.
      const symbols = documentSymbols(textContext(t.text));
      const outline = flatten(symbols).filter((s) => s.kind === ARTICLE_SYMBOL_KIND).map((s) => s.name);
      const shown = t.articles.map((a) => digitLabel(t, a) ?? a.name);
      assert.deepEqual(outline, [...shown, ...Object.values(e.annexArticles ?? {}).flat()], `the outline lists ${outline.length} articles`);
      for (const [heading, labels] of Object.entries(e.annexArticles ?? {})) {
        const annex = flatten(symbols).find((s) => s.name === heading);
        assert.deepEqual(annex?.children?.map((s) => s.name), labels, `the outline under ${heading}`);
      }
    });
  }
  if (e.chapters !== undefined) {
    check(`${label}: chapters`, () => {
      const t = treatyOf(name);
      const found = t.chapters.map((c) => ({ name: c.name, caption: c.caption, articles: t.articles.filter((a) => a.chapter === c).map((a) => a.name) }));
      assert.deepEqual(found, e.chapters!.map((c) => ({ name: c.name, caption: c.caption, articles: c.articles })),
        `chapters read: ${found.map((c) => `${c.name} ${c.caption ?? ''} (${c.articles.length})`).join(', ') || 'none'}`);
    });
  }
  if (e.paragraphs !== undefined) {
    check(`${label}: paragraphs`, () => {
      const t = treatyOf(name);
      const found = Object.fromEntries(Object.keys(e.paragraphs!).map((a) => [a, t.articles.find((x) => x.name === a)?.paragraphs.length]));
      assert.deepEqual(found, e.paragraphs, `paragraphs read: ${JSON.stringify(found)}`);
    });
  }
  if (e.definitions !== undefined) {
    check(`${label}: defined terms`, () => {
      const t = treatyOf(name);
      const found = Object.fromEntries(Object.keys(e.definitions!).map((term) => [term, t.definitions.find((d) => d.term === term)?.meaning]));
      assert.deepEqual(found, e.definitions, `terms read: ${JSON.stringify(treatyOf(name).definitions.map((d) => [d.term, d.meaning]))}`);
    });
  }
  if (e.signing !== undefined) {
    check(`${label}: signing clause`, () => {
      const sg = treatyOf(name).signing;
      if (e.signing === null) {
        assert.equal(sg, undefined, 'no signing clause');
        return;
      }
      assert.ok(sg, 'no signing clause read');
      const want = e.signing!;
      const read = `signing read: date ${JSON.stringify([sg.date?.year, sg.date?.month, sg.date?.day])}, place ${sg.place}, copies ${sg.copies}, languages ${JSON.stringify(sg.languages)}`;
      if (want.date) assert.deepEqual([sg.date?.year, sg.date?.month, sg.date?.day], want.date, read);
      if (want.place !== undefined) assert.equal(sg.place, want.place, read);
      if (want.copies !== undefined) assert.equal(sg.copies, want.copies, read);
      if (want.languages !== undefined) assert.deepEqual(sg.languages, want.languages, read);
    });
  }

  for (const r of e.references ?? []) {
    check(`${label}: reference ${r.text} #${r.occurrence}`, () => {
      const index = workspace();
      const snapshot = index.get(uri(name))!;
      const at = occurrence(snapshot.text, r.text, r.occurrence);
      assert.ok(at >= 0, 'the reference is in the text');
      const links = definition(contextOf(index, snapshot), at + r.text.length - 1);
      if (r.external) {
        assert.ok(!links.some((l) => l.targetUri === snapshot.uri), `resolves into this document: ${JSON.stringify(links.map((l) => l.targetSelectionRange.start))}`);
        return;
      }
      if (!r.target) {
        assert.deepEqual(links, [], 'resolves, but the target is not in the corpus');
        return;
      }
      assert.equal(links.length, 1, links.length ? `${links.length} targets` : 'not resolved');
      assertLandsOn(links[0], r.target.file ?? name, r.target);
    });
  }

  if (e.diagnostics !== undefined) {
    check(`${label}: no false errors or warnings`, () => {
      const index = workspace();
      const snapshot = index.get(uri(name))!;
      const map = new LineMap(index.model(snapshot).tree.lines);
      const text = snapshot.text;
      // An expected diagnostic matches a raised one of the same code whose range overlaps its text.
      const wanted = e.diagnostics!.map((d) => {
        const start = occurrence(text, d.text, d.occurrence);
        return { ...d, start, end: start + d.text.length, seen: false };
      });
      const unexpected: string[] = [];
      for (const d of diagnostics(contextOf(index, snapshot))) {
        if (d.severity !== 1 && d.severity !== 2) continue;
        const start = map.offsetAt(d.range.start);
        const end = Math.max(map.offsetAt(d.range.end), start + 1);
        const w = wanted.find((x) => x.code === d.code && x.start < end && start < x.end);
        if (w) w.seen = true;
        else unexpected.push(`${d.range.start.line + 1}: ${d.code} ${text.slice(start, end)}: ${d.message}`);
      }
      assert.deepEqual(unexpected, [], `${unexpected.length} raised on correct text, first ${unexpected[0]}`);
      const missing = wanted.filter((w) => !w.seen).map((w) => `${w.code} ${w.text} #${w.occurrence}`);
      assert.deepEqual(missing, [], `expected, not raised: ${missing.join(', ')}`);
    });
  }

  check(`${label}: every feature answers without throwing`, () => {
    const index = workspace();
    const snapshot = index.get(uri(name))!;
    const t = index.model(snapshot);
    assert.ok(documentSymbols(textContext(t.text)).length >= 1);
    foldingRanges(textContext(t.text));
    documentLinks(contextOf(index, snapshot));
    const refs = referencesOf(t);
    selectionRanges(textContext(t.text), refs.map((r) => r.start));
    for (const r of refs) {
      definition(contextOf(index, snapshot), r.start);
      hover(contextOf(index, snapshot), r.start);
    }
  });
}

/** The link lands inside the expected article (paragraph, item) of the expected file. */
function assertLandsOn(link: LocationLink, file: string, target: TargetSpec): void {
  assert.equal(link.targetUri, uri(file), `resolves into ${link.targetUri.replace(/^.*\//, '')}`);
  if (!target.article) return;
  const t = treatyOf(file);
  const offset = new LineMap(t.tree.lines).offsetAt(link.targetSelectionRange.start);
  const article = t.articles.find((a) => a.name === target.article);
  assert.ok(article, `${target.article} is not read as an article of ${file}`);
  let span: { start: number; end: number } = article;
  if (target.paragraph !== undefined) {
    const p = article.paragraphs[target.paragraph - 1];
    assert.ok(p, `paragraph ${target.paragraph} of ${target.article}`);
    span = p;
    if (target.item !== undefined) {
      const item = p.items[target.item - 1];
      assert.ok(item, `item ${target.item}`);
      span = item;
    }
  }
  assert.ok(offset >= span.start && offset < span.end, `lands at ${offset}, not in [${span.start}, ${span.end}) (${target.article} ${target.paragraph ?? ''} ${target.item ?? ''})`);
}

test('real: every known failure names a test of this file', () => {
  for (const name of Object.keys(KNOWN)) assert.ok(ALL_TESTS.has(name), `stale entry in known-failures.json: ${name}`);
});

// Registered last, so it runs after every check above: a known failure that passes is a stale entry,
// and a todo that passes would otherwise say nothing.
test('real: every known failure still fails', () => {
  assert.deepEqual(NOW_PASSING, [], 'known failures that now pass: remove them from known-failures.json');
});

if (RECORD) {
  process.on('exit', () => fs.writeFileSync(RECORD, JSON.stringify(recorded, null, 2) + '\n'));
}
