/**
 * Text and small edits for the XML parts the report copy writes or changes. Text is made valid XML
 * whatever the user's cells held: noncharacters (U+FFFE, U+FFFF...) and lone surrogates are dropped,
 * other control characters written as Excel's `_xHHHH_` escapes (and a literal `_xHHHH_` escaped so
 * that it reads back as written).
 */

/** Excel's longest cell text. */
export const MAX_CELL_TEXT = 32767;

// Lone surrogates, U+FDD0–U+FDEF and U+xFFFE/U+xFFFF of every plane.
const NOT_XML =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/g;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
const LITERAL_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;

/** Text as Excel can hold it in a cell: characters XML cannot carry dropped or escaped, at most 32 767 characters. */
export function cellText(s: string): string {
  let t = s.replace(NOT_XML, '');
  if (t.length > MAX_CELL_TEXT) t = t.slice(0, MAX_CELL_TEXT);
  t = t.replace(LITERAL_ESCAPE, '_x005F_$1').replace(CONTROL, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
  return escapeXml(t);
}

/** Escapes text for XML content or a double-quoted attribute value; drops what XML cannot hold. */
export function escapeXml(s: string): string {
  return s.replace(NOT_XML, '').replace(CONTROL, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Decodes the five XML entities and numeric references of an attribute value. */
export function unescapeXml(s: string): string {
  return s.replace(/&(?:(amp|lt|gt|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g, (_m, n: string | undefined, d: string | undefined, h: string | undefined) => {
    if (n) return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[n] as string;
    const cp = d ? parseInt(d, 10) : parseInt(h as string, 16);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
  });
}

/** The attributes of a start tag's text ("<x:sheet name='a' r:id="rId1"/>"), by qualified name. */
export function attrsOf(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(a[1], unescapeXml(a[2] ?? a[3] ?? ''));
  return out;
}

/** The start tag with the attribute set (added before its end, or its value replaced). */
export function withAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${escapeXml(value)}"`);
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}="${escapeXml(value)}"${tag.slice(end)}`;
}

/** The start tag without the attribute. */
export function withoutAttr(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"[^"]*"|'[^']*')`), '');
}

/** The root element's start tag (after the declaration and comments). */
export function rootTag(xml: string): { tag: string; start: number; prefix: string; local: string } | null {
  const re = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)(?=[\s/>])[^>]*>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    return { tag: m[0], start: m.index, prefix: m[1] ?? '', local: m[2] };
  }
  return null;
}

/** Where an element is: its start tag, and (unless self-closing) where its end tag starts and ends. */
export interface Found {
  start: number;
  /** Index just past the start tag. */
  openEnd: number;
  tag: string;
  selfClosing: boolean;
  /** Index of "</p:name>" (equal to openEnd for a self-closing element). */
  closeStart: number;
  /** Index just past the element. */
  end: number;
}

/** The first element `prefix + local` at or after `from` (no nesting of the same name is assumed). */
export function findElement(xml: string, prefix: string, local: string, from = 0): Found | null {
  const re = new RegExp(`<${prefix}${local}(?=[\\s/>])[^>]*>`, 'g');
  re.lastIndex = from;
  const m = re.exec(xml);
  if (!m) return null;
  const openEnd = m.index + m[0].length;
  if (m[0].endsWith('/>')) return { start: m.index, openEnd, tag: m[0], selfClosing: true, closeStart: openEnd, end: openEnd };
  const close = `</${prefix}${local}>`;
  const c = xml.indexOf(close, openEnd);
  if (c < 0) return null;
  return { start: m.index, openEnd, tag: m[0], selfClosing: false, closeStart: c, end: c + close.length };
}

/** Every start tag `prefix + local` between `from` and `to`. */
export function* startTags(xml: string, prefix: string, local: string, from: number, to: number): Generator<{ tag: string; start: number; end: number }> {
  const re = new RegExp(`<${prefix}${local}(?=[\\s/>])[^>]*>`, 'g');
  re.lastIndex = from;
  for (let m = re.exec(xml); m && m.index < to; m = re.exec(xml)) yield { tag: m[0], start: m.index, end: m.index + m[0].length };
}

/** The prefix (with its colon, or '') the root binds to a namespace URI; null when it does not declare it. */
export function prefixOf(root: string, uri: string): string | null {
  for (const m of root.matchAll(/xmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if ((m[2] ?? m[3]) === uri) return m[1] ? `${m[1]}:` : '';
  }
  return null;
}

/** The text with `insert` put at `at`. */
export function spliced(xml: string, at: number, remove: number, insert: string): string {
  return xml.slice(0, at) + insert + xml.slice(at + remove);
}

/**
 * Throws when the part's markup is cut off or broken (a tag not closed before the next one starts, no
 * end tag for the root): the copy does not edit what it cannot read, it says so instead.
 */
export function assertEditable(xml: string, what: string): void {
  let i = xml.indexOf('<');
  while (i >= 0) {
    if (xml.startsWith('<!--', i)) {
      const e = xml.indexOf('-->', i);
      if (e < 0) break;
      i = xml.indexOf('<', e);
      continue;
    }
    if (xml.startsWith('<![CDATA[', i)) {
      const e = xml.indexOf(']]>', i);
      if (e < 0) break;
      i = xml.indexOf('<', e);
      continue;
    }
    const gt = xml.indexOf('>', i);
    const next = xml.indexOf('<', i + 1);
    if (gt < 0 || (next >= 0 && next < gt)) throw new Error(`${what} is cut off`);
    i = next;
  }
  const root = rootTag(xml);
  if (!root || (!root.tag.endsWith('/>') && xml.lastIndexOf(`</${root.prefix}${root.local}>`) < 0)) throw new Error(`${what} is cut off`);
}
