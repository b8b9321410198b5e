// A small, strict XML reader for the tests of the writers (Akoma Ntoso, the .docx parts, the
// preview's HTML fragments): elements, attributes and text, entities decoded. It throws on what
// is not well formed (an unclosed or mismatched tag, a stray `<` or `&`), so a writer that
// breaks its markup fails the test that reads it. Comments, processing instructions and the
// XML declaration are skipped; text that is only spaces, tabs and line breaks between elements is dropped.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string, at: number): string {
  return s.replace(/&([^;&<\s]{0,10});?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new Error(`bad entity at ${at}: ${whole}`);
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    if (!(name in ENTITIES)) throw new Error(`unknown entity at ${at}: ${whole}`);
    return ENTITIES[name];
  });
}

/** The document's root element (or, for a fragment, a `#fragment` element holding its top-level nodes). */
export function readXml(xml: string, fragment = false): XmlElement {
  const root: XmlElement = { name: '#fragment', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let i = 0;
  const text = (s: string, at: number) => {
    if (s.includes('<') || s.includes('>')) throw new Error(`stray markup at ${at}`);
    if (/^[ \t\r\n]*$/.test(s)) return;
    const t = decode(s, at);
    const kids = stack[stack.length - 1].children;
    if (typeof kids[kids.length - 1] === 'string') kids[kids.length - 1] += t;
    else kids.push(t);
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      text(xml.slice(i), i);
      break;
    }
    if (lt > i) text(xml.slice(i, lt), i);
    if (xml.startsWith('<?', lt)) {
      i = xml.indexOf('?>', lt) + 2;
      if (i < 2) throw new Error(`unclosed declaration at ${lt}`);
      continue;
    }
    if (xml.startsWith('<!--', lt)) {
      i = xml.indexOf('-->', lt) + 3;
      if (i < 3) throw new Error(`unclosed comment at ${lt}`);
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt < 0) throw new Error(`unclosed tag at ${lt}`);
    const tag = xml.slice(lt + 1, gt);
    i = gt + 1;
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const open = stack.pop()!;
      if (open.name !== name || stack.length === 0) throw new Error(`</${name}> closes <${open.name}> at ${lt}`);
      continue;
    }
    const m = /^([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)$/.exec(tag);
    if (!m) throw new Error(`bad tag at ${lt}: <${tag}>`);
    const attrs: Record<string, string> = {};
    for (const a of m[2].matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) {
      if (a[1] in attrs) throw new Error(`repeated attribute ${a[1]} at ${lt}`);
      attrs[a[1]] = decode(a[2], lt);
    }
    const el: XmlElement = { name: m[1], attrs, children: [] };
    stack[stack.length - 1].children.push(el);
    if (!m[3]) stack.push(el);
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> not closed`);
  if (fragment) return root;
  const elements = root.children.filter((c): c is XmlElement => typeof c !== 'string');
  if (elements.length !== 1 || root.children.length !== 1) throw new Error(`not one root element`);
  return elements[0];
}

/** Every element named `name` below `el` (`el` itself included), in document order. */
export function elementsNamed(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  if (el.name === name) out.push(el);
  for (const c of el.children) if (typeof c !== 'string') elementsNamed(c, name, out);
  return out;
}

/** The first element named `name` below `el`; throws when there is none. */
export function elementNamed(el: XmlElement, name: string): XmlElement {
  const found = elementsNamed(el, name)[0];
  if (!found) throw new Error(`no <${name}>`);
  return found;
}

/** The text of an element and everything below it. */
export function textOf(n: XmlNode): string {
  return typeof n === 'string' ? n : n.children.map(textOf).join('');
}
