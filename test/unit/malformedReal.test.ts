// Real texts made malformed as files are on disk: cut anywhere (a download or copy interrupted),
// with bytes changed, with a phrase from a GBK file pasted into a UTF-8 one (mixed encodings);
// and the committed GB18030 and Big5 files cut and changed the same way. The reliability harness
// (test/reliability) sends a running server random edits (junk, half surrogates, huge lines,
// CR/CRLF mixes) but never reads bytes; here the files are decoded as the workspace scan and
// treaty-check decode them (syntax/encoding.ts), and what is read goes through every feature.
// Checked: a UTF-8 file stays UTF-8, every character but the damaged ones kept (as a UTF-8
// decoder that replaces what it cannot read keeps them); a legacy file stays in its encoding;
// no feature throws; treaty-check --fix never writes back a file whose bytes it could not read.
//   MALFORMED_RUNS=N   N damaged copies of each text of each kind (default 2)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { decodeBytes } from '../../server/src/syntax/encoding';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { contextOf } from '../../server/src/features/context';
import { diagnostics } from '../../server/src/features/diagnostics';
import { codeActions } from '../../server/src/features/codeActions';
import { documentSymbols } from '../../server/src/features/documentSymbols';
import { foldingRanges } from '../../server/src/features/foldingRanges';
import { hover } from '../../server/src/features/hover';
import { definition } from '../../server/src/features/definition';
import { references } from '../../server/src/features/references';
import { completion } from '../../server/src/features/completion';
import { renumberArticles } from '../../server/src/features/renumber';
import { LineMap } from '../../server/src/syntax/positions';
import { buildTreaty } from '../../server/src/model/treaty';
import { cli } from '../support/cli';
import { ROOT } from '../support/fixture';

const RUNS = Number(process.env.MALFORMED_RUNS ?? 0) || 2;

function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** The UTF-8 texts: the real corpus, the seeds, the unseen texts, the laws. */
const TEXTS = ['real', 'seeds', 'unseen', 'laws', 'multilingual'].flatMap((dir) =>
  fs.readdirSync(path.join(ROOT, 'test/fixtures', dir)).filter((f) => f.endsWith('.md') && f !== 'README.md').sort().map((f) => ({ name: `${dir}/${f}`, bytes: fs.readFileSync(path.join(ROOT, 'test/fixtures', dir, f)) })),
);

/** The committed legacy files: real texts in GB18030 and Big5. */
const LEGACY = fs.readdirSync(path.join(ROOT, 'test/fixtures/encodings')).filter((f) => /\.(gb18030|big5)$/.test(f)).sort().map((f) => ({ name: f, encoding: f.split('.').pop()!, bytes: fs.readFileSync(path.join(ROOT, 'test/fixtures/encodings', f)) }));

/** 协定, 第一条 and 缔约双方 in GBK bytes (the decoder says so below). */
const GBK = [Buffer.from([0xd0, 0xad, 0xb6, 0xa8]), Buffer.from([0xb5, 0xda, 0xd2, 0xbb, 0xcc, 0xf5]), Buffer.from([0xb5, 0xde, 0xd4, 0xbc, 0xcb, 0xab, 0xb7, 0xbd])];

type Damage = 'cut' | 'changed' | 'gbk pasted';

/** A damaged copy of `bytes`. */
function damaged(bytes: Buffer, kind: Damage, random: () => number): Buffer {
  if (kind === 'cut') return bytes.subarray(0, 1 + Math.floor(random() * (bytes.length - 1)));
  if (kind === 'changed') {
    const out = Buffer.from(bytes);
    // One to three bytes, past the first three (a byte order mark is not what this is about).
    for (let k = 1 + Math.floor(random() * 3); k > 0; k--) {
      const at = 3 + Math.floor(random() * (out.length - 3));
      out[at] ^= 1 << Math.floor(random() * 8);
    }
    return out;
  }
  // A GBK phrase pasted in at a line start or after a character.
  let at = Math.floor(random() * bytes.length);
  while (at < bytes.length && (bytes[at] & 0xc0) === 0x80) at++;
  return Buffer.concat([bytes.subarray(0, at), GBK[Math.floor(random() * GBK.length)], bytes.subarray(at)]);
}

const KINDS: Damage[] = ['cut', 'changed', 'gbk pasted'];

test('the GBK phrases are what they say', () => {
  assert.deepEqual(GBK.map((b) => new TextDecoder('gb18030').decode(b)), ['协定', '第一条', '缔约双方']);
});

test('a UTF-8 Chinese text cut inside a character, with bytes changed or with a GBK phrase in it is read as UTF-8, every other character kept', () => {
  // (A text in English is ASCII, and ASCII with a GBK phrase is a GB18030 file: which reading is
  // right is a toss-up there, and either keeps the English.)
  const wrong: string[] = [];
  let n = 0;
  for (const t of TEXTS.filter((x) => buildTreaty(x.bytes.toString('utf8')).language === 'zh')) {
    const random = rng(t.bytes.length);
    for (const kind of KINDS) {
      for (let k = 0; k < RUNS; k++) {
        const bytes = damaged(t.bytes, kind, random);
        n++;
        const d = decodeBytes(bytes);
        // What a UTF-8 decoder that replaces what it cannot read (U+FFFD) gives: the text, the damaged characters aside.
        const kept = new TextDecoder('utf-8').decode(bytes);
        if (d.encoding !== 'utf-8' || d.text !== kept) wrong.push(`${t.name} ${kind}: read as ${d.encoding}`);
      }
    }
  }
  assert.ok(n >= 300, `${n}`);
  assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} of ${n}`);
});

test('a GB18030 or Big5 file with bytes changed is still read in its encoding', () => {
  // (Not cut: the Belovezha agreement's first half is its Russian text, which GB18030 writes in bytes
  // that Big5 reads as common characters; cut there, it is read as Big5, as it was before.)
  const wrong: string[] = [];
  for (const f of LEGACY) {
    const random = rng(f.bytes.length);
    for (let k = 0; k < 10 * RUNS; k++) {
      const d = decodeBytes(damaged(f.bytes, 'changed', random));
      if (d.encoding !== f.encoding) wrong.push(`${f.name} (${k}): read as ${d.encoding}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('no feature throws on a damaged text: diagnostics, code actions, outline, folding, hover, definition, references, completion, renumbering', () => {
  const failures: string[] = [];
  let docs = 0;
  for (const t of TEXTS) {
    const random = rng(t.bytes.length + 1);
    for (const kind of KINDS) {
      const text = decodeBytes(damaged(t.bytes, kind, random)).text;
      const index = new WorkspaceIndex();
      const uri = `file:///malformed/${docs++}.md`;
      const s = index.set(uri, text, 1, 'markdown');
      const at = (what: string, f: () => unknown) => {
        try {
          f();
        } catch (e) {
          failures.push(`${t.name} ${kind} ${what}: ${(e as Error).stack?.split('\n').slice(0, 2).join(' ')}`);
        }
      };
      at('model', () => {
        // The model holds the text as it was read, every character of it (a text that is no treaty, one
        // with a NUL byte, say, is served nothing and kept no model).
        if (!index.isServed(s)) return;
        const kept = index.model(s).text;
        let i = 0;
        while (i < text.length && kept[i] === text[i]) i++;
        assert.ok(kept === text, `differs at ${i} of ${text.length}/${kept.length}: ${JSON.stringify(text.slice(i - 5, i + 5))} kept as ${JSON.stringify(kept.slice(i - 5, i + 5))}`);
      });
      const ctx = () => contextOf(index, index.get(uri)!);
      let ds: ReturnType<typeof diagnostics> = [];
      at('diagnostics', () => (ds = diagnostics(ctx())));
      for (const d of ds.slice(0, 8)) at(`code actions for ${d.code}`, () => codeActions(ctx(), [d]));
      at('outline', () => documentSymbols(ctx()));
      at('folding', () => foldingRanges(ctx()));
      at('renumbering', () => renumberArticles(ctx()));
      const map = new LineMap(index.model(s).tree.lines);
      for (let k = 0; k < 6; k++) {
        const offset = Math.floor(random() * (text.length + 1));
        at(`hover at ${offset}`, () => hover(ctx(), offset));
        at(`definition at ${offset}`, () => definition(ctx(), offset));
        at(`references at ${offset}`, () => references(ctx(), offset, true));
        at(`completion at ${offset}`, () => completion(ctx(), map.positionAt(offset)));
      }
    }
  }
  assert.deepEqual(failures.slice(0, 10), []);
});

test('treaty-check --fix leaves a UTF-8 file with bytes that are not UTF-8 as it is, saying why; the same text undamaged is fixed', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-malformed-'));
  try {
    // A self-reference to fix (本协议 in a 协定), and a GBK phrase pasted in another line.
    const text = '# 测试协定\n\n## 第一条\n\n双方同意合作。\n\n## 第二条\n\n本协议自签字之日起生效。\n';
    const good = Buffer.from(text, 'utf8');
    const at = good.indexOf(Buffer.from('合作'));
    const bad = Buffer.concat([good.subarray(0, at), GBK[0], good.subarray(at)]);
    fs.writeFileSync(path.join(dir, 'bad.md'), bad);
    fs.writeFileSync(path.join(dir, 'good.md'), good);
    const r = await cli(dir, '--fix');
    assert.deepEqual(fs.readFileSync(path.join(dir, 'bad.md')), bad);
    assert.equal(fs.readFileSync(path.join(dir, 'good.md'), 'utf8'), text.replace('本协议', '本协定'));
    assert.match(r.err, /treaty-check: not fixed bad\.md: it holds bytes that are not UTF-8/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
