// Rename at a defined term (F2 on `“双方”` or on a use of it): the definition's name and every use
// rewritten, nothing else; a name the text would read otherwise is refused with the reason. Cases
// as data (‸ the cursor), then a property over the real corpus: every term of every real text
// renamed, each edit checked as every proposed edit is (test/support/editSafety.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { WorkspaceEdit } from 'vscode-languageserver-types';
import { contextOf } from '../../server/src/features/context';
import { prepareTermRename, renameTerm } from '../../server/src/features/renameTerm';
import { WorkspaceIndex } from '../../server/src/index/workspace';
import { referencesOf } from '../../server/src/model/references';
import { buildTreaty } from '../../server/src/model/treaty';
import { ROOT } from '../support/fixture';
import { workspace } from '../support/workspace';
import { checkWorkspaceEdit, mask, meanings } from '../support/editSafety';

const PREAMBLE = '# 中华人民共和国政府和蒙古国政府经济合作协定\n\n中华人民共和国政府和蒙古国政府（以下简称“双方”），为发展经济合作，达成协议如下：\n\n';

interface Case {
  name: string;
  source: string;
  newName: string;
  /** The whole text after the edit, or the refusal (a pattern), or null: no term at the cursor. */
  expected: string | RegExp | null;
}

const CASES: Case[] = [
  {
    name: 'at the definition: the name in its quotation marks and every use',
    source: `${PREAMBLE}## 第一条\n\n双‸方同意在平等互利的基础上开展合作。\n\n## 第二条\n\n本协定自签字之日起生效，双方各执一份。\n`.replace('双‸方同意', '双方同意').replace('“双方”', '“双‸方”'),
    newName: '缔约双方',
    expected: `${PREAMBLE.replace('“双方”', '“缔约双方”')}## 第一条\n\n缔约双方同意在平等互利的基础上开展合作。\n\n## 第二条\n\n本协定自签字之日起生效，缔约双方各执一份。\n`,
  },
  {
    name: 'at a use: the same edit',
    source: `${PREAMBLE}## 第一条\n\n双‸方同意在平等互利的基础上开展合作。\n\n## 第二条\n\n本协定自签字之日起生效，双方各执一份。\n`,
    newName: '缔约双方',
    expected: `${PREAMBLE.replace('“双方”', '“缔约双方”')}## 第一条\n\n缔约双方同意在平等互利的基础上开展合作。\n\n## 第二条\n\n本协定自签字之日起生效，缔约双方各执一份。\n`,
  },
  {
    name: 'white space around the new name is not kept',
    source: `${PREAMBLE.replace('“双方”', '“双‸方”')}## 第一条\n\n双方同意合作。\n`,
    newName: ' 两国政府 ',
    expected: `${PREAMBLE.replace('“双方”', '“两国政府”')}## 第一条\n\n两国政府同意合作。\n`,
  },
  {
    name: 'a term defined by what it means (`“主管机关”是指…`), its uses in other articles',
    source: '# 测试协定\n\n## 第一条\n\n本协定所称“主管‸机关”是指双方指定的部门。\n\n## 第二条\n\n主管机关应当相互通报。\n',
    newName: '主管部门',
    expected: '# 测试协定\n\n## 第一条\n\n本协定所称“主管部门”是指双方指定的部门。\n\n## 第二条\n\n主管部门应当相互通报。\n',
  },
  {
    // The China–US consular convention (treaty_cn_us_consular_1980_wikisource.md): 总领事馆 and 副领事馆, named in 领事馆's own
    // meaning, are other words (a consulate-general is no use of the term): neither renamed nor found as its uses.
    name: 'longer words the term\'s meaning lists beside it (“领事馆”指总领事馆、领事馆、副领事馆…) are left as written everywhere',
    source: '# 中华人民共和国和甲国领事条约\n\n双方同意开设总领事馆。\n\n## 第一条\n\n一、“领事‸馆”指总领事馆、领事馆、副领事馆或领事代理处；\n\n二、“领事区”指为领事馆指定的执行领事职务的区域。\n\n## 第二条\n\n派遣国可在接受国设立领事馆或总领事馆。\n',
    newName: '领馆',
    expected: '# 中华人民共和国和甲国领事条约\n\n双方同意开设总领事馆。\n\n## 第一条\n\n一、“领馆”指总领事馆、领事馆、副领事馆或领事代理处；\n\n二、“领事区”指为领馆指定的执行领事职务的区域。\n\n## 第二条\n\n派遣国可在接受国设立领馆或总领事馆。\n',
  },
  {
    name: 'the words the term stands for are left as written, though they hold it (`…徵收的內地稅收（以下簡稱“稅收”）`)',
    source: '# 測試安排\n\n一、本安排適用於對所得徵收的內地稅收（以下簡稱“稅‸收”）。\n\n二、稅收應當依法徵收。\n',
    newName: '稅項',
    expected: '# 測試安排\n\n一、本安排適用於對所得徵收的內地稅收（以下簡稱“稅項”）。\n\n二、稅項應當依法徵收。\n',
  },
  {
    name: 'a use inside the words another short name stands for is refused (`现有税收…，以下称为“内地税收”`)',
    source: '# 测试安排\n\n一、现有税收，以下称为“内地税收”。\n\n二、“税‸收”一语是指内地税收。\n\n三、税收应当依法征收。\n',
    newName: '税项',
    expected: /“内地税收”所指的词语含有该用语/,
  },
  {
    name: 'traditional script, 「」 quotation marks',
    source: '# 中華民國政府與測試國政府合作協定\n\n中華民國政府與測試國政府（以下簡稱「締約‸雙方」），同意下列各條：\n\n第一條\n\n締約雙方應相互合作。\n',
    newName: '雙方',
    expected: '# 中華民國政府與測試國政府合作協定\n\n中華民國政府與測試國政府（以下簡稱「雙方」），同意下列各條：\n\n第一條\n\n雙方應相互合作。\n',
  },
  {
    name: 'a short title in book-title marks keeps them (typed or not), and its uses as short citations follow',
    source: '# 内地与香港关于相互执行仲裁裁决的补充安排\n\n根据《内地与香港关于相互执行仲裁裁决的安排》（以下简称《安‸排》）第十一条的规定，双方协商，达成补充安排如下：\n\n一、《安排》所指执行程序，应解释为包括认可和执行。\n',
    newName: '执行安排',
    expected: '# 内地与香港关于相互执行仲裁裁决的补充安排\n\n根据《内地与香港关于相互执行仲裁裁决的安排》（以下简称《执行安排》）第十一条的规定，双方协商，达成补充安排如下：\n\n一、《执行安排》所指执行程序，应解释为包括认可和执行。\n',
  },
  {
    name: 'the same name: no change',
    source: `${PREAMBLE.replace('“双方”', '“双‸方”')}## 第一条\n\n双方同意合作。\n`,
    newName: '双方',
    expected: `${PREAMBLE}## 第一条\n\n双方同意合作。\n`,
  },
  {
    name: 'a name another term holds is refused',
    source: '# 测试协定\n\n中华人民共和国政府（以下简称“中方”）和蒙古国政府（以下简称“蒙‸方”）达成协议如下：\n\n## 第一条\n\n中方和蒙方开展合作。\n',
    newName: '中方',
    expected: /本文已定义“中方”/,
  },
  {
    name: 'a name the text already writes as plain words is refused (they would become uses of the term)',
    source: `${PREAMBLE.replace('“双方”', '“双‸方”')}## 第一条\n\n双方同意开展经济合作。\n`,
    newName: '合作',
    expected: /第\d+行的引用或用语的读法会改变（文中已有新名称作为普通词语出现/,
  },
  {
    name: 'a name that reads as an article reference is refused',
    source: `${PREAMBLE.replace('“双方”', '“双‸方”')}## 第一条\n\n双方同意开展经济合作。\n\n## 第二条\n\n本协定自签字之日起生效。\n`,
    newName: '第二条',
    expected: /无法改为“第二条”/,
  },
  {
    name: 'quotation marks, brackets and punctuation are no part of a name',
    source: `${PREAMBLE.replace('“双方”', '“双‸方”')}## 第一条\n\n双方同意合作。\n`,
    newName: '缔约“双方”',
    expected: /不能作为定义的用语/,
  },
  {
    name: 'a bare definition (no quotation marks) takes twelve characters at most',
    source: '# 测试协定\n\n中华人民共和国政府和蒙古国政府（以下简称双‸方）达成协议如下：\n\n## 第一条\n\n双方同意合作。\n',
    newName: '中华人民共和国政府和蒙古国政府',
    expected: /不超过12个字/,
  },
  {
    name: 'a use broken over two lines is refused (rewriting it would join the lines)',
    source: '# 测试协定\n\n中华人民共和国政府和蒙古国政府（以下简称“缔约双方”）达成协议如下：\n\n## 第一条\n\n缔约‸双方同意开展合作，各缔约\n双方应当相互通报。\n',
    newName: '两国政府',
    expected: /跨行书写/,
  },
  {
    name: 'not on a term: null (another rename, or none)',
    source: `${PREAMBLE}## 第一条\n\n双方同意‸开展合作。\n`,
    newName: '缔约双方',
    expected: null,
  },
];

for (const c of CASES) {
  test(`rename a term: ${c.name}`, () => {
    const ws = workspace(c.source);
    const ctx = contextOf(ws.index, ws.snapshot());
    const r = renameTerm(ctx, ws.offset, c.newName);
    if (c.expected === null) {
      assert.equal(r, null);
      assert.equal(prepareTermRename(ctx, ws.offset), null);
      return;
    }
    if (c.expected instanceof RegExp) {
      assert.ok(r && 'refused' in r, `refused: ${JSON.stringify(r)}`);
      assert.match(r.refused, c.expected);
      return;
    }
    assert.ok(r && !('refused' in r), `an edit: ${JSON.stringify(r)}`);
    const text = ws.snapshot().text;
    const edits = (r as WorkspaceEdit).changes?.[ws.snapshot().uri] ?? [];
    assert.equal(TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 1, text), edits), c.expected);
    // prepareRename: the name under the cursor, the term as placeholder.
    const p = prepareTermRename(ctx, ws.offset);
    assert.ok(p && 'placeholder' in p);
    assert.ok(ctx.treaty.definitions.some((d) => d.term === p.placeholder), `placeholder ${p.placeholder} is a term`);
    const start = ctx.lines.offsetAt(p.range.start);
    const end = ctx.lines.offsetAt(p.range.end);
    assert.ok(start <= ws.offset && ws.offset <= end, 'the range holds the cursor');
    if (edits.length) assert.equal(edits.filter((e) => e.range.start.line === p.range.start.line && e.range.start.character === p.range.start.character).length, 1, 'the range is one the edit rewrites');
  });
}

/** The real texts and the seeds, each a file of its own. */
function realTexts(): string[] {
  const out: string[] = [];
  for (const dir of ['test/fixtures/real', 'test/fixtures/seeds', 'test/fixtures/unseen']) {
    const full = path.join(ROOT, dir);
    if (!fs.existsSync(full)) continue;
    for (const f of fs.readdirSync(full).sort()) if (f.endsWith('.md') && f !== 'README.md') out.push(path.join(full, f));
  }
  return out;
}

test('rename a term, over the real corpus: every term renamed at its definition is an edit that rewrites only the term, keeps every reference\'s meaning and reads back with the new name, or a refusal', (t) => {
  let renamed = 0;
  let refused = 0;
  const problems: string[] = [];
  for (const file of realTexts()) {
    const text = fs.readFileSync(file, 'utf8');
    const uri = `file://${file}`;
    const index = new WorkspaceIndex();
    index.set(uri, text, 1, 'markdown');
    const snapshot = index.get(uri)!;
    // (A text not read as a treaty is not served: the editor's other providers have it.)
    if (!index.isServed(snapshot)) continue;
    const treaty = index.model(snapshot);
    treaty.definitions.slice(0, 4).forEach((d, i) => {
      // A name no text writes (no digit nor numeral: editSafety's comparison masks them): its uses are the term's alone.
      const typed = ['甲乙丙丁', '戊己庚辛', '壬癸子丑', '寅卯辰巳'][i];
      // A short title in book-title marks keeps them.
      const titled = /^《[^《》]+》$/.test(d.term);
      const name = titled ? `《${typed}》` : typed;
      const r = renameTerm(contextOf(index, snapshot), d.start, typed);
      if (r === null) return problems.push(`${path.basename(file)}: no rename at the definition of ${d.term}`);
      if ('refused' in r) return refused++;
      const edits = r.changes?.[uri] ?? [];
      const title = treaty.title;
      // Its uses: as a term, or (a short title) as a short citation written as the term; none on the title's lines nor in the words it stands for.
      const uses = referencesOf(treaty).filter((x) => ((x.kind === 'term' && x.definition === i) || (titled && x.kind === 'citation' && text.slice(x.start, x.end) === d.term)) && !(title && x.start >= title.line.start && x.start < title.lastLine.end) && !(x.start >= d.meaningStart && x.start < d.meaningEnd)).length;
      if (edits.length !== uses + 1) problems.push(`${path.basename(file)} ${d.term}: ${edits.length} edits for ${uses} uses and the definition`);
      if (edits.some((e) => e.newText !== name)) problems.push(`${path.basename(file)} ${d.term}: an edit writes something else`);
      // Meanings as before (the term and its new name alike in the text the references point to).
      const before = meanings(index);
      // (As editSafety masks it: numerals as #, `缔约国一方` → `缔约国#方`, a name of the parties in any of its forms alike — and
      // so `缔约§`, the term renamed inside another form of it, is that form still.)
      const masked = mask(d.term);
      const same = (list: string[]) => list.map((s) => s.split(masked).join('§').split(name).join('§').replace(/(?:缔约|締約)§/g, '§'));
      for (const [k, list] of before) before.set(k, same(list));
      const v = checkWorkspaceEdit(index, r, before, 0, false, same);
      if (v.length) problems.push(`${path.basename(file)} ${d.term}: ${v.join('; ')}`);
      const after = buildTreaty(TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits));
      if (after.definitions[i]?.term !== name) problems.push(`${path.basename(file)} ${d.term}: read back as ${after.definitions[i]?.term}`);
      renamed++;
    });
  }
  t.diagnostic(`${renamed} terms renamed, ${refused} refused`);
  assert.deepEqual(problems, []);
  assert.ok(renamed > 100, `the corpus's terms were renamed (${renamed})`);
});
