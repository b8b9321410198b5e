// Issue #15 on every real pair of test/fixtures/multilingual: one side edited at random (seeded,
// the seed in the test's name), the divergence checks must report exactly what the edit made,
// where it made it, on both sides, and nothing else that they did not report before:
//   - a paragraph deleted (the last of an article whose texts have as many paragraphs, no digits
//     or article numbers in it or in its counterpart): align.paragraph-count on that article's
//     heading in each text, the counts one apart;
//   - the number of a reference to an article of the instrument changed to another article it
//     has (`Article 1` → `Article 2`, `статьи 5` → `статьи 6`) in the foreign text: align.reference
//     on the reference changed, naming its new label, and one on the paired Chinese article; the
//     same in the Chinese text (`第一條` → `第二條`), one on the paired foreign article;
//   - a number of a duration changed in the foreign text (`three months` → `four months`):
//     align.number on it, and one on the paired Chinese article.
// What each pair reports unedited is listed in its foreign text's expected file (`divergences`: the
// diagnostic as `line:code:message` and why — real, or false with the module it is left to), and
// checked here first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { Article, Treaty, buildTreaty } from '../../server/src/model/treaty';
import { referencesOf } from '../../server/src/model/references';
import { align } from '../../server/src/features/align';
import { Finding, divergencesOf } from '../../server/src/features/divergence';
import { contextOf } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { relabel, rng } from '../support/amendEdits';
import { ROOT } from '../support/fixture';

const DIR = path.join(ROOT, 'test/fixtures/multilingual');
const SEEDS = Number(process.env.ALIGN_EDIT_SEEDS ?? 3);

/** The pairs: NAME → [Chinese file, foreign file]. */
function pairs(): [string, string, string][] {
  const names = new Set(fs.readdirSync(DIR).filter((f) => /\.zh\.md$/.test(f)).map((f) => f.replace(/\.zh\.md$/, '')));
  const out: [string, string, string][] = [];
  for (const n of [...names].sort()) {
    const foreign = fs.readdirSync(DIR).find((f) => f.startsWith(`${n}.`) && f.endsWith('.md') && !f.endsWith('.zh.md'));
    if (foreign) out.push([n, `${n}.zh.md`, foreign]);
  }
  return out;
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

interface Shown { key: string; line: number; code: string; marked: string; message: string }

/** Each side's findings, keyed by what they say (not where, which an edit moves). */
function findingsOf(zh: Treaty, fo: Treaty): { zh: Shown[]; fo: Shown[] } {
  const al = align(zh, fo);
  const show = (own: Treaty, f: Finding): Shown => {
    const marked = own.text.slice(f.start, f.end);
    return { key: `${f.code} ⟦${marked}⟧ ${f.message}`, line: lineOf(own.text, f.start), code: f.code, marked, message: f.message };
  };
  return { zh: divergencesOf(al, 'a', '外文本').map((f) => show(zh, f)), fo: divergencesOf(al, 'b', '中文本').map((f) => show(fo, f)) };
}

/** The findings of `after` not among those of `before` (as many times as they are new). */
function added(before: Shown[], after: Shown[]): Shown[] {
  const left = before.map((s) => s.key);
  return after.filter((s) => {
    const i = left.indexOf(s.key);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

/** A paragraph's label (`2.`, `b)`, `(c)`, `二、`, `二．`): no number of its text. */
const LABEL = /^[\s*]*(?:[0-9]+[.．)]|[a-zа-я][.)]|[（(][0-9a-zа-я一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[、．.])[\s*]*/i;

/** A paragraph with no number a divergence check could read in it: no digit, no article, no number word before a unit. */
function numberless(s: string): boolean {
  const t = s.replace(LABEL, '');
  return !/[0-9０-９]|第|Article|Art\.|стать|пункт|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|first|second|third|once|twice)\b|\b(?:один|одн|два|две|три|четыр|пят|шест|сем|восем|девят|десят|сто|тысяч)[а-я]*\b|[一二三四五六七八九十百千两兩]+(?:年|个|個|月|日|天|份|周|週|次|名|人|国|國|项|項|款|条|條|倍|分之|届|屆|周年|世纪|世紀)/i.test(t);
}

const head = (t: Treaty, a: Article) => lineOf(t.text, a.head.start);

/** The align.* diagnostics of each file of a pair opened together, as `line:code:message` (lines from 1). */
function diagnosticsOf(files: Record<string, string>): Record<string, string[]> {
  const index = new WorkspaceIndex();
  for (const [f, text] of Object.entries(files)) index.set(`file:///ws/${encodeURI(f)}`, text, 1, 'markdown');
  const out: Record<string, string[]> = {};
  for (const f of Object.keys(files)) {
    const s = index.get(`file:///ws/${encodeURI(f)}`)!;
    out[f] = diagnostics(contextOf(index, s)).filter((d) => String(d.code).startsWith('align.')).map((d) => `${d.range.start.line + 1}:${d.code}:${d.message}`);
  }
  return out;
}

for (const [name, zhFile, foFile] of pairs()) {
  const zhText = fs.readFileSync(path.join(DIR, zhFile), 'utf8');
  const foText = fs.readFileSync(path.join(DIR, foFile), 'utf8');

  test(`align: ${name}, the published texts report what their expected file lists, each with why`, () => {
    const listed = (JSON.parse(fs.readFileSync(path.join(DIR, foFile.replace(/\.md$/, '.expected.json')), 'utf8')).divergences ?? []) as { file: string; at: string; why: string }[];
    assert.ok(listed.every((d) => /^(?:real|false)\b/.test(d.why)), 'each divergence says whether it is real');
    const want: Record<string, string[]> = { [zhFile]: [], [foFile]: [] };
    for (const d of listed) want[d.file].push(d.at);
    for (const f of Object.keys(want)) want[f].sort((x, y) => parseInt(x) - parseInt(y));
    assert.deepEqual(diagnosticsOf({ [zhFile]: zhText, [foFile]: foText }), want);
  });

  const zh = buildTreaty(zhText);
  const fo = buildTreaty(foText);
  const before = findingsOf(zh, fo);
  const paired = (num: number | undefined) => zh.articles.find((a) => a.num === num && !a.sub);
  // Articles with a counterpart of as many paragraphs, reported nothing about.
  const quiet = (a: Article) => {
    const z = paired(a.num);
    const lines = (t: Treaty, x: Article) => [lineOf(t.text, x.start), lineOf(t.text, x.end)];
    const [fs0, fs1] = lines(fo, a);
    return z && z.paragraphs.length === a.paragraphs.length && !before.fo.some((s) => s.line >= fs0 && s.line <= fs1) &&
      !before.zh.some((s) => s.line >= lines(zh, z)[0] && s.line <= lines(zh, z)[1]) ? z : undefined;
  };

  for (const side of ['zh', 'fo'] as const) {
    for (let seed = 1; seed <= SEEDS; seed++) {
      test(`align edit: ${name}, the last paragraph of an article deleted in the ${side === 'zh' ? 'Chinese' : 'foreign'} text (seed ${seed})`, (t) => {
        const cands = fo.articles.filter((a) => {
          const z = quiet(a);
          if (!z || a.paragraphs.length < 2) return false;
          const pf = a.paragraphs[a.paragraphs.length - 1];
          const pz = z.paragraphs[z.paragraphs.length - 1];
          // The paragraph and its counterpart hold no numbers, and neither is the text's last (a closing line read with it).
          return numberless(foText.slice(pf.start, pf.end)) && numberless(zhText.slice(pz.start, pz.end)) && a !== fo.articles[fo.articles.length - 1];
        });
        if (!cands.length) return t.skip('no article with a last paragraph free of numbers in both texts');
        const a = cands[Math.floor(rng(seed * 7919)() * cands.length)];
        const z = paired(a.num)!;
        const [own, ownText] = side === 'zh' ? [z, zhText] : [a, foText];
        const last = own.paragraphs[own.paragraphs.length - 1];
        const prev = own.paragraphs[own.paragraphs.length - 2];
        // From the end of the paragraph before to the end of the last one: the line breaks after it stay.
        let from = prev.end;
        while (from > prev.start && /\s/.test(ownText[from - 1])) from--;
        let to = last.end;
        while (to > last.start && /\s/.test(ownText[to - 1])) to--;
        const edited = ownText.slice(0, from) + ownText.slice(to);
        const zh2 = side === 'zh' ? buildTreaty(edited) : zh;
        const fo2 = side === 'fo' ? buildTreaty(edited) : fo;
        const after = findingsOf(zh2, fo2);
        const n = a.paragraphs.length;
        const [nZh, nFo] = side === 'zh' ? [n - 1, n] : [n, n - 1];
        const newZh = added(before.zh, after.zh).map((s) => `${s.line} ${s.code}`);
        const newFo = added(before.fo, after.fo).map((s) => `${s.line} ${s.code}`);
        assert.deepEqual({ zh: newZh, fo: newFo }, { zh: [`${head(zh2, z)} align.paragraph-count`], fo: [`${head(fo2, a)} align.paragraph-count`] }, `${a.name} ↔ ${z.name}`);
        const [mz] = added(before.zh, after.zh);
        const [mf] = added(before.fo, after.fo);
        assert.match(mz.message, new RegExp(`^本条有${nZh}款，.*有${nFo}款$`));
        assert.match(mf.message, new RegExp(`^本条有${nFo}款，.*有${nZh}款$`));
      });
    }
  }

  for (let seed = 1; seed <= SEEDS; seed++) {
    test(`align edit: ${name}, a reference's number changed in the foreign text (seed ${seed})`, (t) => {
      const nums = new Set(fo.articles.filter((a) => !a.sub && paired(a.num)).map((a) => a.num!));
      const cands = referencesOf(fo).filter((r) => {
        if (r.kind !== 'article' || r.citation || r.uncertain || r.relative || r.range || r.target.lastArticle || !nums.has(r.target.num)) return false;
        const holder = fo.articles.find((a) => a.start <= r.start && r.end <= a.end);
        // One number in digits or Roman, written once in its label, in an article reported nothing about.
        return holder && quiet(holder) && /^[^0-9]*[0-9]+[^0-9]*$/.test(foText.slice(r.labelStart, r.labelEnd)) && [...nums].some((m) => m !== r.target.num);
      });
      if (!cands.length) return t.skip('no reference to an article of the instrument in an article reported nothing about');
      const r = rng(seed * 104729);
      const ref = cands[Math.floor(r() * cands.length)] as Extract<ReturnType<typeof referencesOf>[number], { kind: 'article' }>;
      const others = [...nums].filter((m) => m !== ref.target.num);
      const to = others[Math.floor(r() * others.length)];
      const label = foText.slice(ref.labelStart, ref.labelEnd);
      const newLabel = label.replace(/[0-9]+/, String(to));
      const edited = foText.slice(0, ref.labelStart) + newLabel + foText.slice(ref.labelEnd);
      const fo2 = buildTreaty(edited);
      const after = findingsOf(zh, fo2);
      const holder = fo.articles.find((a) => a.start <= ref.start && ref.end <= a.end)!;
      const z = paired(holder.num)!;
      const newFo = added(before.fo, after.fo);
      const newZh = added(before.zh, after.zh);
      assert.deepEqual(newFo.map((s) => `${s.line} ${s.code}`), [`${lineOf(edited, ref.labelStart)} align.reference`], `${label} → ${newLabel} in ${holder.name}`);
      // It names the new number (`Articles 6 (b) and 7 (b)` made `Articles 7 (b) and 7 (b)`: either 7 is the one too many).
      assert.ok(newFo[0].marked.includes(String(to)), `the finding names ${to}: ${newFo[0].key}`);
      assert.deepEqual(newZh.map((s) => s.code), ['align.reference'], `${label} → ${newLabel}: the Chinese side`);
      assert.ok(newZh[0].line >= head(zh, z) && newZh[0].line <= lineOf(zhText, z.end), `in ${z.name}`);
      assert.ok(newZh[0].message.includes(String(to)), `the Chinese finding names ${to}: ${newZh[0].key}`);
    });
  }

  for (let seed = 1; seed <= SEEDS; seed++) {
    test(`align edit: ${name}, a reference's number changed in the Chinese text (seed ${seed})`, (t) => {
      const foOf = (num: number | undefined) => fo.articles.find((a) => a.num === num && !a.sub);
      const nums = new Set(zh.articles.filter((a) => !a.sub && foOf(a.num)).map((a) => a.num!));
      const cands = referencesOf(zh).filter((r) => {
        if (r.kind !== 'article' || r.citation || r.uncertain || r.relative || r.range || r.target.lastArticle || !nums.has(r.target.num)) return false;
        const holder = zh.articles.find((a) => a.start <= r.start && r.end <= a.end);
        const f = holder && foOf(holder.num);
        return f && quiet(f) && relabel(zhText.slice(r.labelStart, r.labelEnd), r.target.num, r.target.num + 1) !== undefined;
      });
      if (!cands.length) return t.skip('no reference to an article of the instrument in an article reported nothing about');
      const r = rng(seed * 7727);
      const ref = cands[Math.floor(r() * cands.length)] as Extract<ReturnType<typeof referencesOf>[number], { kind: 'article' }>;
      const others = [...nums].filter((m) => m !== ref.target.num);
      if (!others.length) return t.skip('one article only');
      const to = others[Math.floor(r() * others.length)];
      const label = zhText.slice(ref.labelStart, ref.labelEnd);
      const newLabel = relabel(label, ref.target.num, to)!;
      const edited = zhText.slice(0, ref.labelStart) + newLabel + zhText.slice(ref.labelEnd);
      const after = findingsOf(buildTreaty(edited), fo);
      const holder = zh.articles.find((a) => a.start <= ref.start && ref.end <= a.end)!;
      const f = foOf(holder.num)!;
      const newZh = added(before.zh, after.zh);
      const newFo = added(before.fo, after.fo);
      assert.deepEqual(newZh.map((s) => `${s.line} ${s.code}`), [`${lineOf(edited, ref.labelStart)} align.reference`], `${label} → ${newLabel} in ${holder.name}`);
      assert.ok(newZh[0].marked.includes(newLabel), `the finding marks ${newLabel}: ${newZh[0].key}`);
      assert.deepEqual(newFo.map((s) => s.code), ['align.reference'], `${label} → ${newLabel}: the foreign side`);
      assert.ok(newFo[0].line >= head(fo, f) && newFo[0].line <= lineOf(foText, f.end), `in ${f.name}`);
      assert.ok(newFo[0].message.includes(newLabel), `the foreign finding names ${newLabel}: ${newFo[0].key}`);
    });
  }

  for (let seed = 1; seed <= SEEDS; seed++) {
    test(`align edit: ${name}, a duration's number changed in the foreign text (seed ${seed})`, (t) => {
      // Not `twelve months`: months in whole years count as years, and a year, one, never counts (`一年` is `года`,
      // README "Parallel texts"), so the Chinese `12個月` or `一年` it stands against is never reported missing.
      const OTHER: Record<string, string> = { two: 'five', three: 'four', four: 'seven', five: 'eight', six: 'nine', ten: 'eleven' };
      const cands: { start: number; end: number; by: string; a: Article }[] = [];
      for (const a of fo.articles) {
        if (!quiet(a)) continue;
        for (const m of foText.slice(a.start, a.end).matchAll(/\b(two|three|four|five|six|ten)(?= (?:years|months|days)\b)/gi)) {
          const word = m[1].toLowerCase();
          const by = OTHER[word].replace(/^./, (c) => (m[1][0] === m[1][0].toUpperCase() ? c.toUpperCase() : c));
          cands.push({ start: a.start + m.index!, end: a.start + m.index! + m[1].length, by, a });
        }
      }
      if (!cands.length) return t.skip('no duration written in words in an article reported nothing about');
      const c = cands[Math.floor(rng(seed * 15485863)() * cands.length)];
      const edited = foText.slice(0, c.start) + c.by + foText.slice(c.end);
      const fo2 = buildTreaty(edited);
      const after = findingsOf(zh, fo2);
      const z = paired(c.a.num)!;
      const newFo = added(before.fo, after.fo);
      const newZh = added(before.zh, after.zh);
      const what = `${foText.slice(c.start, c.end)} → ${c.by} in ${c.a.name}`;
      assert.deepEqual(newFo.map((s) => `${s.line} ${s.code}`), [`${lineOf(edited, c.start)} align.number`], what);
      assert.ok(newFo[0].marked.includes(c.by), `the finding marks ${c.by}: ${newFo[0].key}`);
      assert.deepEqual(newZh.map((s) => s.code), ['align.number'], `${what}: the Chinese side`);
      assert.ok(newZh[0].line >= head(zh, z) && newZh[0].line <= lineOf(zhText, z.end), `in ${z.name}`);
    });
  }
}
