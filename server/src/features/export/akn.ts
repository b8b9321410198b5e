// A treaty as Akoma Ntoso (OASIS LegalDocML 3.0) XML, for legislative and treaty databases.
// A pure function of the model: laws are `<act name="law">` with a `<body>`, every other
// instrument `<doc name="treaty">` with a `<mainBody>` (the schema's open structure). The
// hierarchy follows the text: 编 → `part`, 章 → `chapter`, 节 → `section`, 条 → `article`,
// 款 → `paragraph`, 项 → `point`; the top units of a joint statement (`一、`) are `paragraph`s,
// the notes of an exchange of notes `hcontainer name="note"`. eIds follow the AKN naming
// convention: `chp_1`, `chp_1__sec_2`, `art_12`, `art_12__para_2`, `art_12__para_2__point_3`
// (articles are numbered through the document, so their eIds do not carry the chapter).
// References become `<ref href>`: to this instrument's units by eId (`#art_5__para_2`, through
// the model's references), to other instruments by an AKN work IRI built from the cited title
// and its date (`/akn/cn/doc/treaty/1945-06-26/联合国宪章`, `…/!main#art_102`). FRBR metadata:
// the date is the signing clause's (else the People's Daily date), the language `zho`.
import { Block, Line, Node, partitionPoint } from '../../syntax/tree';
import { LAW_KINDS } from '../../syntax/words';
import { formatArabic } from '../../syntax/numerals';
import { Article, Chapter, Note, Paragraph, Treaty, cleanTitle, normalizeTitle, kindOf } from '../../model/treaty';
import { Citation, Reference, referencesOf, resolveInTreaty } from '../../model/references';
import { DateValue } from '../../model/signing';
import { partyInfoOf } from '../../model/parties';
import { signatureLayout } from './alternat';
import { cutsOf, endsInComma, fieldRows, lineWidth, shownHeading } from './layout';

const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/** Where a unit of the text went: its eId and element, for tests and for links into the XML. */
export interface AknUnit {
  eId: string;
  element: string;
  start: number;
  end: number;
}

export interface AknDocument {
  xml: string;
  /** The work IRI (`/akn/cn/doc/treaty/2002-01-17/…`). */
  work: string;
  /** Every hierarchical unit with an eId, in document order. */
  units: AknUnit[];
}

const UNIT_OF_CHAPTER: Record<string, [string, string]> = {
  编: ['part', 'part'],
  分编: ['subpart', 'subpart'],
  部分: ['part', 'part'],
  章: ['chapter', 'chp'],
  节: ['section', 'sec'],
};

/** The treaty as an Akoma Ntoso document (the XML text and where each unit went). */
export function toAkn(treaty: Treaty): AknDocument {
  const text = treaty.text;
  const isLaw = treaty.kind !== undefined && LAW_KINDS.has(treaty.kind);
  const docType = isLaw ? 'act' : 'doc';
  const docName = isLaw ? 'law' : 'treaty';
  const date = dateOf(treaty);
  const work = workIri(isLaw, date.iso, treaty.title?.normalized);
  const names = partyInfoOf(treaty).names;

  // 1. eIds: every unit, before any text is written (references point forwards too).
  const units: AknUnit[] = [];
  const byBlock = new Map<Block, AknUnit>();
  const bySpan = new Map<string, string>();
  const chapterOf = new Map<Block, Chapter>(treaty.chapters.map((c) => [c.block, c]));
  const articleOf = new Map<Block, Article>(treaty.articles.map((a) => [a.block, a]));
  const noteOf = new Map<Block, Note>(treaty.notes.map((n) => [n.block, n]));
  const paragraphStyle = treaty.tree.unitStyle === 'paragraph';
  const used = new Set<string>();
  const unique = (id: string) => {
    let u = id;
    for (let i = 2; used.has(u); i++) u = `${id}-${i}`;
    used.add(u);
    return u;
  };
  const add = (b: Block, element: string, eId: string) => {
    const u: AknUnit = { eId: unique(eId), element, start: b.start, end: b.end };
    units.push(u);
    byBlock.set(b, u);
    // An article written law style may have one paragraph with the article's own span: the article wins.
    if (!bySpan.has(`${b.start}:${b.end}`)) bySpan.set(`${b.start}:${b.end}`, u.eId);
    return u;
  };
  let loose = 0;
  let counters = new Map<string, number>();
  const numberOf = (num: number | undefined, key: string) => {
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return num ?? n;
  };
  const assign = (n: Node, prefix: string) => {
    if (n.type !== 'block') return;
    const c = chapterOf.get(n);
    const a = articleOf.get(n);
    const note = noteOf.get(n);
    if (c && n.kind === 'chapter') {
      const [element, abbr] = UNIT_OF_CHAPTER[c.unit] ?? ['chapter', 'chp'];
      const u = add(n, element, `${prefix}${abbr}_${numberOf(c.num, prefix + abbr)}`);
      for (const child of n.children) assign(child, `${u.eId}__`);
    } else if (a) {
      const num = a.num !== undefined ? `${formatArabic(a.num)}${a.sub !== undefined ? `-${a.sub}` : ''}` : String(numberOf(undefined, 'art'));
      // Articles are numbered through the document: no chapter in their eIds. A note of an exchange
      // of notes numbers its own points (一、 in each): their eIds carry the note's.
      const [element, abbr] = paragraphStyle ? ['paragraph', 'para'] : ['article', 'art'];
      const u = add(n, element, `${a.note ? prefix : ''}${abbr}_${num}`);
      const [pe, pa] = paragraphStyle ? ['subparagraph', 'subpara'] : ['paragraph', 'para'];
      for (const p of a.paragraphs) {
        const pu = add(p.block, pe, `${u.eId}__${pa}_${p.index}`);
        for (const it of p.items) add(it.block, 'point', `${pu.eId}__point_${it.index}`);
      }
    } else if (note) {
      const u = add(n, 'hcontainer', `hcontainer_${++loose}`);
      for (const child of n.children) assign(child, `${u.eId}__`);
    } else if (n.kind === 'section' || n.kind === 'document') for (const child of n.children) assign(child, prefix);
  };
  counters = new Map();
  assign(treaty.tree.root, '');

  // 2. Inline spans: references and the signing date.
  const spans = inlineSpans(treaty, bySpan, work);
  const inline = (lines: Line[], from?: (l: Line) => number) => inlineText(text, lines, spans, from);

  // 3. The document.
  const out: string[] = [];
  const w = (s: string) => out.push(s);
  w('<?xml version="1.0" encoding="UTF-8"?>\n');
  w(`<akomaNtoso xmlns="${AKN_NAMESPACE}">\n`);
  w(`  <${docType} name="${docName}" contains="originalVersion">\n`);
  w(meta(treaty, work, date, names));
  if (treaty.title) w(`    <preface>\n      <longTitle>\n        <p><docTitle>${esc(treaty.title.text)}</docTitle></p>\n      </longTitle>\n    </preface>\n`);
  if (treaty.preamble) {
    const ps = paragraphs(text, linesOf(treaty.preamble).filter((l) => !isTitleLine(treaty, l))).map((ls) => inline(ls)).filter(Boolean);
    if (ps.length) w(`    <preamble>\n${ps.map((p) => `      <p>${p}</p>\n`).join('')}    </preamble>\n`);
  }

  const bodyTag = isLaw ? 'body' : 'mainBody';
  const body: string[] = [];
  const looseText = (lines: Line[], depth: number, name = 'text', heading?: string) => {
    const ps = paragraphs(text, lines).map((ls) => inline(ls)).filter(Boolean);
    if (!ps.length && !heading) return;
    const pad = ' '.repeat(depth * 2);
    body.push(`${pad}<hcontainer eId="${unique(`hcontainer_${++loose}`)}" name="${name}">\n`);
    if (heading) body.push(`${pad}  <heading>${esc(heading)}</heading>\n`);
    body.push(`${pad}  <content>\n${(ps.length ? ps : ['']).map((p) => `${pad}    <p>${p}</p>\n`).join('')}${pad}  </content>\n${pad}</hcontainer>\n`);
  };
  const emit = (n: Node, depth: number) => {
    const pad = ' '.repeat(depth * 2);
    if (n.type !== 'block') return;
    const u = byBlock.get(n);
    const a = articleOf.get(n);
    if (a && u) {
      body.push(`${pad}<${u.element} eId="${u.eId}">\n`);
      body.push(`${pad}  <num>${esc(a.name)}</num>\n`);
      if (a.caption) body.push(`${pad}  <heading>${esc(a.caption)}</heading>\n`);
      const paras = a.paragraphs.filter((p) => p.items.length > 0 || ownLines(p.block, a).length > 0);
      if (paras.length === 0) body.push(`${pad}  <content>\n${pad}    <p/>\n${pad}  </content>\n`);
      for (const p of paras) paragraph(p, a, depth + 1);
      body.push(`${pad}</${u.element}>\n`);
      return;
    }
    const c = chapterOf.get(n);
    if ((c && n.kind === 'chapter') || noteOf.get(n)) {
      const inner = body.length;
      const open = u!;
      const head = n.head;
      const name = c ? c.name : noteOf.get(n)!.name;
      const caption = c ? c.caption : undefined;
      const header = `${pad}<${open.element} eId="${open.eId}"${open.element === 'hcontainer' ? ' name="note"' : ''}>\n${
        c ? `${pad}  <num>${esc(name)}</num>\n${caption ? `${pad}  <heading>${esc(caption)}</heading>\n` : ''}` : `${pad}  <heading>${esc(name)}</heading>\n`
      }`;
      body.push(header);
      const rest: Line[] = [];
      const flush = () => {
        if (rest.length) looseText(rest.splice(0), depth + 1);
      };
      for (const child of n.children) {
        if (child === head) continue;
        if (child.type === 'line') rest.push(child);
        else if (byBlock.has(child) || child.kind === 'section') {
          flush();
          emit(child, depth + 1);
        } else rest.push(...linesOf(child));
      }
      flush();
      if (body.length === inner + 1) body.push(`${pad}  <content>\n${pad}    <p/>\n${pad}  </content>\n`);
      body.push(`${pad}</${open.element}>\n`);
      return;
    }
    if (n.kind === 'section') {
      // A sub-heading among articles, or an annex: its heading, then what it holds.
      const heading = n.head ? shownHeading(text.slice(n.head.contentStart, n.head.contentEnd)) : undefined;
      const rest: Line[] = [];
      const blocks: Block[] = [];
      for (const child of n.children) {
        if (child === n.head) continue;
        if (child.type === 'block' && (byBlock.has(child) || child.kind === 'section')) blocks.push(child);
        else rest.push(...linesOf(child));
      }
      if (blocks.length === 0) looseText(rest, depth, 'section', heading);
      else {
        if (heading || rest.length) looseText(rest, depth, 'section', heading);
        for (const b of blocks) emit(b, depth);
      }
    }
  };
  const paragraph = (p: Paragraph, a: Article, depth: number) => {
    const pad = ' '.repeat(depth * 2);
    const u = byBlock.get(p.block)!;
    const num = p.num !== undefined || p.label ? paragraphLabel(text, p.block) : undefined;
    body.push(`${pad}<${u.element} eId="${u.eId}">\n`);
    if (num) body.push(`${pad}  <num>${esc(num)}</num>\n`);
    const intro = paragraphs(text, ownLines(p.block, a)).map((ls) => inline(ls, (l) => bodyStart(text, l, a))).filter(Boolean);
    if (p.items.length === 0) body.push(`${pad}  <content>\n${(intro.length ? intro : ['']).map((s) => `${pad}    <p>${s}</p>\n`).join('')}${pad}  </content>\n`);
    else {
      if (intro.length) body.push(`${pad}  <intro>\n${intro.map((s) => `${pad}    <p>${s}</p>\n`).join('')}${pad}  </intro>\n`);
      for (const it of p.items) {
        const iu = byBlock.get(it.block)!;
        const ps = paragraphs(text, linesOf(it.block)).map((ls) => inline(ls, (l) => (l === it.block.head ? afterLabel(text, l) : l.contentStart))).filter(Boolean);
        body.push(`${pad}  <point eId="${iu.eId}">\n${pad}    <num>${esc(it.label)}</num>\n${pad}    <content>\n`);
        body.push((ps.length ? ps : ['']).map((s) => `${pad}      <p>${s}</p>\n`).join(''));
        body.push(`${pad}    </content>\n${pad}  </point>\n`);
      }
    }
    body.push(`${pad}</${u.element}>\n`);
  };

  // The body: what lies between the preamble and the signing clause.
  const pending: Line[] = [];
  const flushLoose = () => {
    if (pending.length) looseText(pending.splice(0), 3);
  };
  for (const n of treaty.tree.root.children) {
    if (n.type === 'line') {
      if (!isTitleLine(treaty, n)) pending.push(n);
      continue;
    }
    if (n.kind === 'metadata' || n.kind === 'title' || n.kind === 'preamble' || n.kind === 'signing' || n.kind === 'signatures') continue;
    if (byBlock.has(n) || n.kind === 'section' || n.kind === 'chapter') {
      flushLoose();
      emit(n, 3);
    } else pending.push(...linesOf(n));
  }
  flushLoose();
  if (body.length === 0) body.push(`      <hcontainer eId="${unique('hcontainer_1')}" name="text">\n        <content>\n          <p/>\n        </content>\n      </hcontainer>\n`);
  w(`    <${bodyTag}>\n${body.join('')}    </${bodyTag}>\n`);

  // Conclusions: the signing clause and the signatures, one container per party.
  const conclusions: string[] = [];
  if (treaty.signing) {
    const block = signingBlock(treaty);
    if (block) for (const ls of paragraphs(text, linesOf(block))) {
      const s = inline(ls);
      if (s) conclusions.push(`      <p>${s}</p>\n`);
    }
  }
  if (treaty.signatures) {
    const sig = signatureLayout(treaty);
    for (const l of sig.lead) conclusions.push(`      <p>${esc(l)}</p>\n`);
    sig.columns.forEach((c, i) => {
      const party = c.party !== undefined ? names.indexOf(c.party) : -1;
      const [first, ...others] = c.lines;
      const who = party >= 0 ? `<party refersTo="#party_${party + 1}">${esc(first)}</party>` : esc(first ?? '');
      conclusions.push(
        `      <container eId="${unique(`signature_${i + 1}`)}" name="signature">\n        <p><signature>${who}${others.map((l) => `<eol/>${esc(l)}`).join('')}</signature></p>\n      </container>\n`,
      );
    });
    for (const l of sig.after ?? []) conclusions.push(`      <p>${esc(l)}</p>\n`);
  }
  if (conclusions.length) w(`    <conclusions>\n${conclusions.join('')}    </conclusions>\n`);
  w(`  </${docType}>\n</akomaNtoso>\n`);
  return { xml: out.join(''), work, units };
}

// ---------------------------------------------------------------------------- metadata

interface AknDate {
  iso: string;
  name: string;
}

function dateOf(treaty: Treaty): AknDate {
  const d = treaty.signing?.date;
  if (d && d.month !== undefined && d.day !== undefined) return { iso: isoDate(d)!, name: 'signature' };
  if (treaty.publicationDate) return { iso: treaty.publicationDate, name: 'publication' };
  if (d) return { iso: `${pad4(d.year)}-${pad2(d.month ?? 1)}-01`, name: 'signature' };
  // AKN needs a date; an undated draft gets the convention's placeholder.
  return { iso: '9999-01-01', name: 'unknown' };
}

function isoDate(d: DateValue | undefined): string | undefined {
  if (!d || d.month === undefined || d.day === undefined) return undefined;
  return `${pad4(d.year)}-${pad2(d.month)}-${pad2(d.day)}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const pad4 = (n: number) => String(n).padStart(4, '0');

/** `/akn/cn/doc/treaty/2002-01-17/中华人民共和国和…条约`; the date left out when it is not known (citations). */
function workIri(isLaw: boolean, date: string | undefined, normalizedTitle: string | undefined): string {
  const name = iriSegment(normalizedTitle || 'untitled');
  return `/akn/cn/${isLaw ? 'act/law' : 'doc/treaty'}${date && date !== '9999-01-01' ? `/${date}` : ''}/${name}`;
}

/** A title as one IRI segment: Chinese stays readable (an IRI), ASCII delimiters and spaces are escaped. */
function iriSegment(s: string): string {
  return s.replace(/[\u0000-\u0020"#%/<>?[\\\]^`{|}\u007f]/g, (c) => encodeURIComponent(c));
}

function citationIri(c: Citation): string {
  const kind = kindOf(c.normalized);
  return workIri(kind !== undefined && LAW_KINDS.has(kind), isoDate(c.date), c.normalized);
}

function meta(treaty: Treaty, work: string, date: AknDate, names: string[]): string {
  const expression = `${work}/zho@${date.iso === '9999-01-01' ? '' : date.iso}`;
  const manifestation = `${expression}/!main.xml`;
  const authors = names.length ? names.map((_, i) => `#party_${i + 1}`) : ['#treatyDrafting'];
  const frbrDate = `<FRBRdate date="${date.iso}" name="${date.name}"/>`;
  const lines = [
    '    <meta>',
    '      <identification source="#treatyDrafting">',
    '        <FRBRWork>',
    `          <FRBRthis value="${esc(work)}/!main"/>`,
    `          <FRBRuri value="${esc(work)}"/>`,
    `          ${frbrDate}`,
    ...authors.map((a) => `          <FRBRauthor href="${a}"/>`),
    '          <FRBRcountry value="cn"/>',
    ...(treaty.kind ? [`          <FRBRsubtype value="${esc(treaty.kind)}"/>`] : []),
    ...(treaty.title ? [`          <FRBRname value="${esc(treaty.title.text)}"/>`] : []),
    '        </FRBRWork>',
    '        <FRBRExpression>',
    `          <FRBRthis value="${esc(expression)}/!main"/>`,
    `          <FRBRuri value="${esc(expression)}"/>`,
    `          ${frbrDate}`,
    ...authors.map((a) => `          <FRBRauthor href="${a}"/>`),
    '          <FRBRlanguage language="zho"/>',
    '        </FRBRExpression>',
    '        <FRBRManifestation>',
    `          <FRBRthis value="${esc(manifestation)}"/>`,
    `          <FRBRuri value="${esc(manifestation)}"/>`,
    `          ${frbrDate}`,
    '          <FRBRauthor href="#treatyDrafting"/>',
    '          <FRBRformat value="application/akn+xml"/>',
    '        </FRBRManifestation>',
    '      </identification>',
    '      <references source="#treatyDrafting">',
    '        <TLCOrganization eId="treatyDrafting" href="/ontology/organization/treatyDrafting" showAs="Treaty Drafting"/>',
    ...names.map((n, i) => `        <TLCOrganization eId="party_${i + 1}" href="/ontology/organization/${iriSegment(normalizeTitle(n))}" showAs="${esc(n)}"/>`),
    '      </references>',
    '    </meta>',
  ];
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------- text

interface Span {
  start: number;
  end: number;
  open: string;
  close: string;
}

/** References (to this instrument's units, to other instruments) and the signing date, as inline elements, not overlapping. */
function inlineSpans(treaty: Treaty, bySpan: Map<string, string>, _work: string): Span[] {
  const out: Span[] = [];
  const refs: Reference[] = referencesOf(treaty);
  for (const r of refs) {
    if (r.kind === 'citation') out.push({ start: r.start, end: r.end, open: `<ref href="${esc(citationIri(r.citation))}">`, close: '</ref>' });
    else if (r.kind === 'article' && !r.uncertain) {
      if (r.citation) {
        const target = `art_${r.target.num}${r.target.sub !== undefined ? `-${r.target.sub}` : ''}${r.target.paragraph !== undefined ? `__para_${r.target.paragraph}` : ''}${r.target.item !== undefined ? `__point_${r.target.item}` : ''}`;
        out.push({ start: r.start, end: r.end, open: `<ref href="${esc(citationIri(r.citation))}/!main#${target}">`, close: '</ref>' });
        continue;
      }
      const hit = resolveInTreaty(treaty, r.target);
      if (!hit) continue;
      const eId = bySpan.get(`${hit.start}:${hit.end}`) ?? bySpan.get(`${hit.article.start}:${hit.article.end}`);
      if (eId) out.push({ start: r.start, end: r.end, open: `<ref href="#${eId}">`, close: '</ref>' });
    }
  }
  const d = treaty.signing?.date;
  const iso = isoDate(d);
  if (d && iso) out.push({ start: d.start, end: d.end, open: `<date date="${iso}" refersTo="#signature">`, close: '</date>' });
  // Longest first at each start; then drop what overlaps a span already taken.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const s of out) if (!kept.length || s.start >= kept[kept.length - 1].end) kept.push(s);
  return kept;
}

/** The lines' text joined as one paragraph, markup removed, spans turned into elements, escaped. */
function inlineText(text: string, lines: Line[], spans: Span[], from: (l: Line) => number = (l) => l.contentStart): string {
  let out = '';
  let prev = '';
  for (const l of lines) {
    const start = Math.min(from(l), l.contentEnd);
    const end = l.contentEnd;
    let s = '';
    let at = start;
    for (const sp of spansIn(spans, start, end)) {
      s += esc(clean(text.slice(at, sp.start))) + sp.open + esc(clean(text.slice(sp.start, sp.end))) + sp.close;
      at = sp.end;
    }
    s += esc(clean(text.slice(at, end)));
    s = s.replace(/^[ \t\u3000]+|[ \t\u3000]+$/g, '');
    if (!s) continue;
    // Hard-wrapped lines join without a space between Chinese characters, with one between words.
    if (out && /[A-Za-z0-9,.;:]$/.test(prev) && /^[A-Za-z0-9(]/.test(s)) out += ' ';
    out += s;
    prev = s;
  }
  return out;
}

function spansIn(spans: Span[], start: number, end: number): Span[] {
  // The first span ending after start.
  const lo = partitionPoint(spans.length, (i) => spans[i].end <= start);
  const out: Span[] = [];
  for (let i = lo; i < spans.length && spans[i].start < end; i++) if (spans[i].start >= start && spans[i].end <= end) out.push(spans[i]);
  return out;
}

/** Markup a reader does not see: emphasis, HTML tags, escapes, footnote markers. */
function clean(s: string): string {
  return s
    .replace(/<sup>([^<]*)<\/sup>/g, '')
    .replace(/\[\^[^\]]*\]/g, '')
    .replace(/<\/?[A-Za-z][^<>]{0,20}>/g, '')
    .replace(/\\([*_\\`[\]])/g, '$1')
    .replace(/\*\*|__/g, '');
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text as XML character data or an attribute value; characters XML 1.0 cannot hold are dropped. */
export function esc(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"]/g, (c) => XML_ESCAPES[c]);
}

// ---------------------------------------------------------------------------- structure helpers

function linesOf(n: Node, out: Line[] = []): Line[] {
  if (n.type === 'line') out.push(n);
  else for (const c of n.children) linesOf(c, out);
  return out;
}

/** A line that carries text: no blank line, page break, tag or footnote. */
function isTextLine(l: Line): boolean {
  return l.kind !== 'blank' && l.kind !== 'break' && l.kind !== 'tag' && l.kind !== 'footnote' && l.contentEnd > l.contentStart;
}

/**
 * Lines grouped into paragraphs: a line continues the one before it when that one does not end a
 * sentence, or ends in a comma with no blank line between them but over a page break (as the
 * parser groups them: a PDF's line broken after `，`); and, as the Word copy's (layout.ts), when that
 * one was wrapped at the margin or a page break or a footnote lies between them — a line that stops
 * short (a route of an air agreement's schedule, a list line) is a paragraph of its own.
 */
function paragraphs(text: string, lines: Line[]): Line[][] {
  const out: Array<{ lines: Line[]; broken: boolean[] }> = [];
  let prev: Line | undefined;
  let blank = false;
  let page = false;
  for (const l of lines) {
    if (l.kind === 'blank') blank = true;
    if (l.kind === 'break' || l.kind === 'footnote') page = true;
    if (!isTextLine(l)) continue;
    const goesOn = prev !== undefined && l.kind === 'text' && (!prev.terminal || (endsInComma(text, prev) && (!blank || page))) && (page || !fieldRows(text, prev, l));
    if (goesOn) {
      out[out.length - 1].lines.push(l);
      out[out.length - 1].broken.push(page);
    } else out.push({ lines: [l], broken: [false] });
    prev = l;
    blank = page = false;
  }
  const cut: Line[][] = [];
  for (const p of out) {
    if (p.lines.length < 2) {
      cut.push(p.lines);
      continue;
    }
    let from = 0;
    for (const to of [...cutsOf(p.lines.map((l) => lineWidth(text, l)), p.broken), p.lines.length]) {
      cut.push(p.lines.slice(from, to));
      from = to;
    }
  }
  return cut;
}

/**
 * The lines of a paragraph that are its own text: not its items, not the article's heading line
 * unless it carries the text (`第一条　正文`, or a joint statement's `一、正文`).
 */
function ownLines(p: Block, a: Article): Line[] {
  const out: Line[] = [];
  for (const c of p.children) {
    if (c.type === 'block') {
      if (c.kind === 'item') continue;
      linesOf(c, out);
    } else if (c !== a.head || a.head.inlineBody || a.head.kind === 'para') out.push(c);
  }
  return out;
}

/** Where a paragraph's text starts on a line: after the article label (`第一条　`), or after `一、`. */
function bodyStart(text: string, l: Line, a: Article): number {
  if (l === a.head) return l.rest ?? l.contentStart;
  if (l.kind === 'para' || l.kind === 'item') return afterLabel(text, l);
  return l.contentStart;
}

function afterLabel(text: string, l: Line): number {
  if (!l.label) return l.contentStart;
  let i = l.label.end;
  while (i < l.contentEnd && /[ \t\u3000]/.test(text[i])) i++;
  return i;
}

/** `一、`, `1.`: the written number of a numbered paragraph. */
function paragraphLabel(text: string, b: Block): string | undefined {
  const h = b.head;
  if (!h?.label) return undefined;
  return cleanTitle(text.slice(h.label.start, h.label.end));
}

function signingBlock(treaty: Treaty): Block | undefined {
  let found: Block | undefined;
  const walk = (b: Block) => {
    for (const c of b.children) {
      if (c.type !== 'block' || found) continue;
      if (c.kind === 'signing') found = c;
      else walk(c);
    }
  };
  walk(treaty.tree.root);
  return found;
}

function isTitleLine(treaty: Treaty, l: Line): boolean {
  return treaty.title !== undefined && l.start >= treaty.title.line.start && l.start <= treaty.title.lastLine.start;
}
