// Akoma Ntoso export: the structure and eIds of a small treaty written by hand (chapters, sections,
// articles, paragraphs, points), its references and metadata; every seed and a few real
// instruments validate against the OASIS schema (akomantoso30.xsd, through a WebAssembly
// xmllint); document text is escaped; the command line writes NAME.akn.xml.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { validateXML } from 'xmllint-wasm';
import { buildTreaty } from '../../server/src/model/treaty';
import { toAkn } from '../../server/src/features/export/akn';
import { run } from '../../server/src/cli/treatyExport';
import { ROOT, seeds } from '../support/fixture';

const SCHEMAS = path.join(ROOT, 'test/fixtures/schemas');
const schemaFile = (name: string) => ({ fileName: name, contents: fs.readFileSync(path.join(SCHEMAS, name), 'utf8') });

async function validate(xml: string): Promise<string[]> {
  const r = await validateXML({ xml: [{ fileName: 'doc.akn.xml', contents: xml }], schema: [schemaFile('akomantoso30.xsd')], preload: [schemaFile('xml.xsd')] });
  return r.valid ? [] : r.errors.map((e) => e.rawMessage);
}

const SMALL = `# 中华人民共和国政府和蒙古国政府关于边境口岸的协定

中华人民共和国政府和蒙古国政府（以下简称“双方”），根据《联合国宪章》第二条，达成协议如下：

## 第一章 总则

### 第一节 口岸

#### 第一条

双方开放本协定附件所列口岸。

前款所列口岸的开放时间由双方商定。

#### 第二条

口岸管理包括：

（一）边防检查；
（二）海关监管；
（三）检验检疫。

### 第二节 人员

#### 第三条

双方人员依照本协定第二条第（二）项通关。

## 第二章 最后条款

#### 第四条

本协定第一条第二款的规定不影响双方依照《中华人民共和国和蒙古国睦邻友好合作条约》承担的义务。

#### 第五条

本协定自签字之日起生效。

本协定于2010年6月4日在乌兰巴托签订，一式两份，每份均用中文和蒙古文写成，两种文本同等作准。

中华人民共和国政府
代表
（签字）

蒙古国政府
代表
（签字）
`;

/** Every element with an eId, in document order, as `element eId`. */
const eIds = (xml: string) => [...xml.matchAll(/<(\w+) eId="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
/** Every reference, as `text → href`. */
const refs = (xml: string) => [...xml.matchAll(/<ref href="([^"]+)">([^<]*)<\/ref>/g)].map((m) => `${m[2]} → ${m[1]}`);
/** The element names of the body, in order (structure without text). */
const between = (xml: string, from: string, to: string) => {
  const start = xml.indexOf(from);
  return xml.slice(start, xml.indexOf(to, start) + to.length);
};

test('akn: a small treaty — chapters, sections, articles, paragraphs and points with their eIds', () => {
  const { xml, units } = toAkn(buildTreaty(SMALL));
  assert.deepEqual(eIds(xml), [
    'TLCOrganization treatyDrafting',
    'TLCOrganization party_1',
    'TLCOrganization party_2',
    'chapter chp_1',
    'section chp_1__sec_1',
    'article art_1',
    'paragraph art_1__para_1',
    'paragraph art_1__para_2',
    'article art_2',
    'paragraph art_2__para_1',
    'point art_2__para_1__point_1',
    'point art_2__para_1__point_2',
    'point art_2__para_1__point_3',
    'section chp_1__sec_2',
    'article art_3',
    'paragraph art_3__para_1',
    'chapter chp_2',
    'article art_4',
    'paragraph art_4__para_1',
    'article art_5',
    'paragraph art_5__para_1',
    'container signature_1',
    'container signature_2',
  ]);
  // The units carry their spans in the text: the article's starts at its heading.
  const art3 = units.find((u) => u.eId === 'art_3')!;
  assert.equal(SMALL.slice(art3.start, art3.end).trim(), '#### 第三条\n\n双方人员依照本协定第二条第（二）项通关。');
  assert.equal(
    between(xml, '<article eId="art_2">', '</article>').replace(/\n\s*/g, ''),
    '<article eId="art_2"><num>第二条</num><paragraph eId="art_2__para_1"><intro><p>口岸管理包括：</p></intro>' +
      '<point eId="art_2__para_1__point_1"><num>（一）</num><content><p>边防检查；</p></content></point>' +
      '<point eId="art_2__para_1__point_2"><num>（二）</num><content><p>海关监管；</p></content></point>' +
      '<point eId="art_2__para_1__point_3"><num>（三）</num><content><p>检验检疫。</p></content></point></paragraph></article>',
  );
  assert.match(xml, /<chapter eId="chp_1">\s*<num>第一章<\/num>\s*<heading>总则<\/heading>/);
});

test('akn: references resolve to eIds; citations of other instruments become work IRIs', () => {
  const { xml } = toAkn(buildTreaty(SMALL));
  assert.deepEqual(refs(xml), [
    '《联合国宪章》第二条 → /akn/cn/doc/treaty/联合国宪章/!main#art_2',
    '前款 → #art_1__para_1',
    '本协定第二条第（二）项 → #art_2__para_1__point_2',
    '本协定第一条第二款 → #art_1__para_2',
    '《中华人民共和国和蒙古国睦邻友好合作条约》 → /akn/cn/doc/treaty/中华人民共和国和蒙古国睦邻友好合作条约',
  ]);
});

test('akn: metadata, preface, preamble and conclusions (signing clause with its date, one signature per party)', () => {
  const { xml, work } = toAkn(buildTreaty(SMALL));
  assert.equal(work, '/akn/cn/doc/treaty/2010-06-04/中华人民共和国政府和蒙古国政府关于边境口岸的协定');
  assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<akomaNtoso xmlns="http:\/\/docs.oasis-open.org\/legaldocml\/ns\/akn\/3.0">\n  <doc name="treaty"/);
  const expression = between(xml, '<FRBRExpression>', '</FRBRExpression>');
  assert.match(expression, /<FRBRuri value="\/akn\/cn\/doc\/treaty\/2010-06-04\/中华人民共和国政府和蒙古国政府关于边境口岸的协定\/zho@2010-06-04"\/>/);
  assert.match(expression, /<FRBRdate date="2010-06-04" name="signature"\/>/);
  assert.match(expression, /<FRBRlanguage language="zho"\/>/);
  assert.match(xml, /<TLCOrganization eId="party_2" href="\/ontology\/organization\/蒙古国政府" showAs="蒙古国政府"\/>/);
  assert.match(xml, /<longTitle>\s*<p><docTitle>中华人民共和国政府和蒙古国政府关于边境口岸的协定<\/docTitle><\/p>/);
  assert.equal(
    between(xml, '<conclusions>', '</conclusions>').replace(/\n\s*/g, ''),
    '<conclusions><p>本协定于<date date="2010-06-04" refersTo="#signature">2010年6月4日</date>在乌兰巴托签订，一式两份，每份均用中文和蒙古文写成，两种文本同等作准。</p>' +
      '<container eId="signature_1" name="signature"><p><signature><party refersTo="#party_1">中华人民共和国政府</party><eol/>代表<eol/>（签字）</signature></p></container>' +
      '<container eId="signature_2" name="signature"><p><signature><party refersTo="#party_2">蒙古国政府</party><eol/>代表<eol/>（签字）</signature></p></container></conclusions>',
  );
});

test('akn: a law is an act with a body; articles written law style keep their text', () => {
  const law = '# 中华人民共和国口岸法\n\n## 第一章 总则\n\n第一条　为了规范口岸管理，制定本法。\n\n第二条　本法适用于口岸。\n\n依照本法第一条管理。\n';
  const { xml } = toAkn(buildTreaty(law));
  assert.match(xml, /<act name="law" contains="originalVersion">/);
  assert.match(xml, /<body>/);
  assert.deepEqual(eIds(xml).filter((e) => !e.startsWith('TLC')), ['chapter chp_1', 'article art_1', 'paragraph art_1__para_1', 'article art_2', 'paragraph art_2__para_1', 'paragraph art_2__para_2']);
  assert.match(xml, /<num>第一条<\/num>\s*<paragraph eId="art_1__para_1">\s*<content>\s*<p>为了规范口岸管理，制定本法。<\/p>/);
  assert.deepEqual(refs(xml), ['本法第一条 → #art_1']);
});

test('akn: document text is escaped — markup in a treaty stays text', async () => {
  // HTML tags are markdown markup (not printed, as in the .docx); everything else is text.
  const hostile = '# 关于<script>alert(1)</script>的协定\n\n## 第一条\n\n双方 & "第三方" 约定 <b>x</b> 1 < 2 && 3 > 2 ]]> <![CDATA[y]]> \u0001。\n';
  const { xml } = toAkn(buildTreaty(hostile));
  assert.doesNotMatch(xml, /<script|<b>|<!\[|\u0001/);
  assert.match(xml, /<p>双方 &amp; &quot;第三方&quot; 约定 x 1 &lt; 2 &amp;&amp; 3 &gt; 2 \]\]&gt; &lt;!\[CDATA\[y\]\]&gt; 。<\/p>/);
  assert.deepEqual(await validate(xml), []);
});

const REAL = ['law_extradition.md', 'law_hk_basic_law_ch1-3.md', 'charter_un_ch1-3.md', 'statement_cn_ae_2019.md', 'treaty_nanking_1842_hant.md', 'agreement_cis_belovezha_1991_hant.md'];

test('akn: every seed, the small treaty and real instruments are valid against the OASIS schema', async () => {
  const docs: Array<[string, string]> = [['small', SMALL], ...[...seeds().values()].map((s): [string, string] => [s.name, s.text])];
  for (const f of REAL) docs.push([f, fs.readFileSync(path.join(ROOT, 'test/fixtures/real', f), 'utf8')]);
  const invalid: string[] = [];
  for (const [name, text] of docs) {
    const errors = await validate(toAkn(buildTreaty(text)).xml);
    if (errors.length) invalid.push(`${name}: ${errors.slice(0, 3).join(' | ')}`);
  }
  assert.deepEqual(invalid, []);
  assert.equal(docs.length, 1 + seeds().size + REAL.length);
});

test('akn: the schema catches an invalid document (the validation is not vacuous)', async () => {
  const { xml } = toAkn(buildTreaty(SMALL));
  const errors = await validate(xml.replace('<num>第一条</num>', '<num>第一条</num><bogus/>'));
  assert.equal(errors.length, 1);
  assert.match(errors[0], /bogus/);
});

test('cli: --format akn writes NAME.akn.xml, the text as agreed', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treaty-akn-'));
  fs.writeFileSync(path.join(dir, 'agreement.treaty.md'), SMALL);
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(['agreement.treaty.md', '--format', 'akn', '--out', 'out'], { cwd: dir, stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  assert.equal(code, 0, err.join(''));
  assert.deepEqual(fs.readdirSync(path.join(dir, 'out')), ['agreement.akn.xml']);
  assert.equal(fs.readFileSync(path.join(dir, 'out', 'agreement.akn.xml'), 'utf8'), toAkn(buildTreaty(SMALL)).xml);
  assert.deepEqual(out, [path.join(dir, 'out', 'agreement.akn.xml') + '\n']);
  fs.rmSync(dir, { recursive: true, force: true });
});
