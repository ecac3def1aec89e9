/**
 * Just enough XML for the parts of an .xlsx the reader needs: start tags with their attributes, and
 * text with entities and Excel's `_xHHHH_` escapes decoded. Element and attribute names are compared
 * without their namespace prefix, since some writers use `x:` prefixes everywhere.
 * Never expands custom entities (no DOCTYPE processing), so entity bombs cost nothing.
 */

export interface Tag {
  /** Local name, without prefix ("sheet" for "x:sheet"); "/name" for an end tag. */
  name: string;
  /** Attributes by local name (r:id -> id). */
  attrs: Record<string, string>;
  selfClosing: boolean;
  /** Index just after the tag's closing '>'. */
  end: number;
}

const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

function codePoint(n: number): string {
  return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
}

/** Text or attribute value as written in the XML, decoded. */
export function decodeXml(s: string): string {
  if (s.indexOf('&') >= 0) {
    s = s.replace(ENTITY, (_m, name: string | undefined, dec: string | undefined, hex: string | undefined) =>
      name ? NAMED[name] : codePoint(dec ? parseInt(dec, 10) : parseInt(hex as string, 16)),
    );
  }
  // Excel writes characters XML cannot hold (a carriage return...) as _x000D_.
  if (s.indexOf('_x') >= 0) s = s.replace(ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return s;
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function isNameEnd(c: number): boolean {
  return isSpace(c) || c === 62 /* > */ || c === 47 /* / */ || c === 61 /* = */ || Number.isNaN(c);
}

/**
 * Parses the start or end tag at `lt` (which holds '<'). Returns null for comments, processing
 * instructions, CDATA and declarations, or for a tag cut off by the end of the text.
 */
function tagAt(xml: string, lt: number): Tag | null {
  let i = lt + 1;
  const first = xml.charCodeAt(i);
  if (first === 33 /* ! */ || first === 63 /* ? */) return null;
  const closing = first === 47;
  if (closing) i++;
  const nameStart = i;
  while (i < xml.length && !isNameEnd(xml.charCodeAt(i))) i++;
  const name = localName(xml.slice(nameStart, i));
  const attrs: Record<string, string> = {};
  for (;;) {
    while (i < xml.length && isSpace(xml.charCodeAt(i))) i++;
    if (i >= xml.length) return null;
    const c = xml.charCodeAt(i);
    if (c === 62) return { name: closing ? `/${name}` : name, attrs, selfClosing: false, end: i + 1 };
    if (c === 47) {
      const gt = xml.indexOf('>', i);
      if (gt < 0) return null;
      return { name: closing ? `/${name}` : name, attrs, selfClosing: true, end: gt + 1 };
    }
    const attrStart = i;
    while (i < xml.length && !isNameEnd(xml.charCodeAt(i))) i++;
    const attrName = localName(xml.slice(attrStart, i));
    while (i < xml.length && isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 61) {
      // An attribute without a value is not XML; skip the character so the loop always moves on.
      if (i === attrStart) i++;
      continue;
    }
    i++;
    while (i < xml.length && isSpace(xml.charCodeAt(i))) i++;
    const quote = xml.charCodeAt(i);
    if (quote !== 34 && quote !== 39) continue;
    const close = xml.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (close < 0) return null;
    attrs[attrName] = decodeXml(xml.slice(i + 1, close));
    i = close + 1;
  }
}

/** Index just past the markup starting at `lt` that is not a tag: a comment, CDATA, PI or declaration. */
export function skipSpecial(xml: string, lt: number): number {
  if (xml.startsWith('<!--', lt)) {
    const e = xml.indexOf('-->', lt + 4);
    return e < 0 ? xml.length : e + 3;
  }
  if (xml.startsWith('<![CDATA[', lt)) {
    const e = xml.indexOf(']]>', lt + 9);
    return e < 0 ? xml.length : e + 3;
  }
  const e = xml.indexOf('>', lt + 1);
  return e < 0 ? xml.length : e + 1;
}

/** Every start and end tag of a (small) XML part, in order. For workbook, relationships and styles. */
export function* tags(xml: string): Generator<Tag> {
  let i = 0;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) return;
    const tag = tagAt(xml, lt);
    if (!tag) {
      i = skipSpecial(xml, lt);
      continue;
    }
    yield tag;
    i = tag.end;
  }
}

/**
 * The text of a string item (`<si>` of the shared strings, `<is>` of an inline string): its `<t>`
 * elements joined, rich-text runs included, phonetic guides (`<rPh>`) left out as Excel shows them.
 */
export function stringItemText(fragment: string): string {
  let out = '';
  let i = 0;
  let phonetic = 0;
  for (;;) {
    const lt = fragment.indexOf('<', i);
    if (lt < 0) return out;
    const tag = tagAt(fragment, lt);
    if (!tag) {
      i = skipSpecial(fragment, lt);
      continue;
    }
    i = tag.end;
    if (tag.name === 'rPh' && !tag.selfClosing) phonetic++;
    else if (tag.name === '/rPh') phonetic = Math.max(0, phonetic - 1);
    else if (tag.name === 't' && !tag.selfClosing) {
      const close = fragment.indexOf('</', i);
      const text = fragment.slice(i, close < 0 ? fragment.length : close);
      if (phonetic === 0) out += decodeXml(text);
      i = close < 0 ? fragment.length : close;
    }
  }
}
