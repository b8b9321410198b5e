// treaty-export --format pdf through a real LibreOffice: both signing copies of seed 002 are
// converted, their text extracted with pdftotext -layout, and the article headings, the
// signature columns (side by side on one line) and the swapped party order checked.
// Skipped, saying why, where LibreOffice (soffice) or poppler-utils (pdftotext) is not
// installed: apt-get install -y libreoffice-writer-nogui fonts-noto-cjk poppler-utils.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { buildTreaty } from '../../server/src/model/treaty';
import { run } from '../../server/src/cli/treatyExport';
import { seeds, tempDir } from '../support/fixture';

const has = (cmd: string, arg: string) => {
  const r = spawnSync(cmd, [arg], { encoding: 'utf8' });
  return !r.error;
};
const missing = !has('soffice', '--version') ? 'LibreOffice (soffice) is not installed' : !has('pdftotext', '-v') ? 'pdftotext (poppler-utils) is not installed' : undefined;
const skip = missing ? `${missing}: apt-get install -y libreoffice-writer-nogui fonts-noto-cjk poppler-utils` : false;

test('pdf: both signing copies of seed 002, read back with pdftotext', { skip }, async () => {
  const s = [...seeds().values()].find((x) => x.name.startsWith('002'))!;
  const dir = tempDir('treaty-export-pdf-');
  const err: string[] = [];
  const io = { cwd: dir, stdout: () => undefined, stderr: (x: string) => err.push(x) };
  assert.equal(await run([s.path, '--format', 'pdf', '--out', dir], io), 0, err.join(''));
  const base = path.basename(s.path, '.md');
  const text = (party: string) => {
    const r = spawnSync('pdftotext', ['-layout', path.join(dir, `${base}.${party}.pdf`), '-'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  };
  const zh = text('中华人民共和国');
  const kz = text('哈萨克斯坦共和国');
  const squeeze = (x: string) => x.replace(/\s+/g, '');
  const articles = buildTreaty(s.text).articles.map((a) => a.name);
  assert.equal(articles.length, 19);
  for (const [copy, first, second] of [
    [zh, '中华人民共和国', '哈萨克斯坦共和国'],
    [kz, '哈萨克斯坦共和国', '中华人民共和国'],
  ]) {
    const flat = squeeze(copy);
    // The title and the preamble name the copy's party first.
    assert.ok(flat.startsWith(`${first}和${second}睦邻友好合作条约`), flat.slice(0, 40));
    assert.ok(flat.includes(`${first}和${second}（以下简称“缔约双方”）`));
    // Every article heading, in order.
    let at = 0;
    for (const a of articles) {
      const i = flat.indexOf(a, at);
      assert.ok(i >= 0, `${a} after ${at}`);
      at = i;
    }
    // The languages of the signing clause.
    assert.ok(flat.includes(first === '中华人民共和国' ? '每份都用中文、哈文和俄文写成' : '每份都用哈文、中文和俄文写成'));
    // The signature columns: both parties on one line, the copy's own on the left, the signatories below.
    const line = copy.split('\n').find((l) => l.includes(first) && l.includes(second) && !squeeze(l).includes(`${first}和`));
    assert.ok(line, 'the two parties side by side');
    assert.ok(line!.indexOf(first) < line!.indexOf(second));
    const signers = copy.split('\n').find((l) => l.includes('江泽民') && l.includes('纳扎尔巴耶夫'))!;
    assert.ok(signers, 'the signatories side by side');
    assert.equal(signers.indexOf('江泽民') < signers.indexOf('纳扎尔巴耶夫'), first === '中华人民共和国');
    // Page numbers.
    assert.match(copy, /—\s*1\s*—/);
  }
});

test('pdf: without LibreOffice, a clear message on how to get it', async () => {
  const s = [...seeds().values()].find((x) => x.name.startsWith('002'))!;
  const dir = tempDir('treaty-export-nolo-');
  const bin = path.resolve(__dirname, '../../../bin/treaty-export.js');
  const r = spawnSync(process.execPath, [bin, s.path, '--format', 'pdf', '--out', dir], { encoding: 'utf8', env: { PATH: dir } });
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /PDF needs LibreOffice \(soffice\), which is not installed/);
  assert.match(r.stderr, /apt-get install libreoffice-writer/);
  assert.deepEqual(fs.readdirSync(dir), []);
});
