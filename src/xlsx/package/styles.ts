/**
 * The report sheet's cell styles, appended to the user's styles.xml: our fonts, fills, borders,
 * number formats and cell formats (cellXfs) go after theirs, each list's `count` updated, so every
 * style index the user's cells hold keeps its meaning. (ECMA-376 Part 1, §18.8.)
 */
import type { LayoutCell } from '../../core/layout/types';
import { verticalOf } from '../../core/layout/vertical';
import { assertEditable, escapeXml, findElement, rootTag, spliced, startTags, withAttr } from './xmlText';

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** The body font of everything the add-in writes (Nghị định 30 asks Times New Roman for documents). */
export const LAYOUT_FONT = 'Times New Roman';
const LINK_COLOR = 'FF0563C1';
/** Text cells carry "@" as the Office host writes them (built-in format 49). */
export const TEXT_FORMAT = '@';

/** Excel's built-in number formats that a layout uses, by code. */
const BUILT_IN: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };

/** What a layout cell looks like, as one key per distinct cell format. */
interface Look {
  bold: boolean;
  italic: boolean;
  size: number;
  link: boolean;
  fill: string;
  border: boolean;
  numFmt: string;
  align: string;
  vertical: 'top' | 'center';
  wrap: boolean;
}

function lookOf(c: LayoutCell): Look {
  return {
    bold: c.bold ?? false,
    italic: c.italic ?? false,
    size: c.size ?? 12,
    link: Boolean(c.link),
    fill: (c.fill ?? '').toUpperCase(),
    border: c.border ?? false,
    numFmt: typeof c.value === 'string' ? TEXT_FORMAT : (c.numFmt ?? 'General'),
    align: c.align ?? '',
    vertical: verticalOf(c),
    wrap: c.wrap ?? false,
  };
}

/** Collects the distinct looks of a sheet's cells; `index(cell)` is the cell's position among them. */
export class StyleBook {
  readonly looks: Look[] = [];
  private readonly byKey = new Map<string, number>();

  index(c: LayoutCell): number {
    const look = lookOf(c);
    const key = JSON.stringify(look);
    let i = this.byKey.get(key);
    if (i === undefined) {
      i = this.looks.length;
      this.looks.push(look);
      this.byKey.set(key, i);
    }
    return i;
  }
}

/** The order of styleSheet's children (CT_Stylesheet). */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
/** What a list holds before anything is added when the file has none (Excel reserves fills 0 and 1). */
const DEFAULTS: Record<string, string[]> = {
  numFmts: [],
  fonts: ['<font><sz val="11"/><name val="Calibri"/></font>'],
  fills: ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'],
  borders: ['<border><left/><right/><top/><bottom/><diagonal/></border>'],
  cellXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'],
};
const CHILD: Record<string, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf', cellStyleXfs: 'xf' };

/** A styles part for a package that has none. */
export function blankStyles(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}"></styleSheet>`;
}

/** Adds `prefix` to every element name of an XML fragment written without one. */
function prefixed(fragment: string, prefix: string): string {
  return prefix ? fragment.replace(/<(\/?)([A-Za-z])/g, `<$1${prefix}$2`) : fragment;
}

/**
 * The styles part with the book's looks appended. Returns the new XML and the index of the first of
 * our cell formats (look i is cellXfs index `first + i`).
 */
export function appendStyles(xml: string, book: StyleBook): { xml: string; first: number } {
  const root = rootTag(xml);
  if (!root) throw new Error('styles part without a root');
  const p = root.prefix;
  assertEditable(xml, 'the styles part');
  let out = xml;

  // Each list: make sure it exists (in schema order), count what it holds, append ours.
  const ensure = (name: string): { count: number } => {
    const found = findElement(out, p, name);
    if (found && !found.selfClosing) {
      let count = 0;
      for (const t of startTags(out, p, CHILD[name], found.openEnd, found.closeStart)) if (t) count++;
      return { count };
    }
    const body = (DEFAULTS[name] ?? []).map((f) => prefixed(f, p)).join('');
    const element = `<${p}${name} count="${(DEFAULTS[name] ?? []).length}">${body}</${p}${name}>`;
    if (found) {
      out = spliced(out, found.start, found.end - found.start, element);
    } else {
      const later = ORDER.slice(ORDER.indexOf(name) + 1)
        .map((n) => findElement(out, p, n))
        .find((f) => f !== null);
      const rootClose = out.lastIndexOf(`</${p}${root.local}>`);
      const at = later ? later.start : rootClose >= 0 ? rootClose : out.length;
      out = spliced(out, at, 0, element);
    }
    return { count: (DEFAULTS[name] ?? []).length };
  };
  const append = (name: string, items: string[]) => {
    const found = findElement(out, p, name)!;
    const total = [...startTags(out, p, CHILD[name], found.openEnd, found.closeStart)].length + items.length;
    out = spliced(out, found.closeStart, 0, items.map((f) => prefixed(f, p)).join(''));
    out = spliced(out, found.start, found.tag.length, withAttr(found.tag, 'count', String(total)));
  };

  // Fix the self-closing root of a blank part first: it needs a body.
  if (root.tag.endsWith('/>')) out = spliced(out, root.start, root.tag.length, `${root.tag.slice(0, -2)}></${p}${root.local}>`);

  const looks = book.looks;
  // Number formats: built-in ids where Excel has one, else new ids after the file's highest.
  const numFmtIds = new Map<string, number>();
  const newFormats: string[] = [];
  const custom = looks.map((l) => l.numFmt).filter((f) => BUILT_IN[f] === undefined);
  if (custom.length > 0) {
    ensure('numFmts');
    const nf = findElement(out, p, 'numFmts')!;
    let next = 164;
    for (const t of startTags(out, p, 'numFmt', nf.openEnd, nf.closeStart)) {
      const id = Number(/numFmtId\s*=\s*["'](\d+)/.exec(t.tag)?.[1] ?? 0);
      next = Math.max(next, id + 1);
    }
    for (const f of custom) {
      if (numFmtIds.has(f)) continue;
      numFmtIds.set(f, next);
      newFormats.push(`<numFmt numFmtId="${next}" formatCode="${escapeXml(f)}"/>`);
      next++;
    }
    append('numFmts', newFormats);
  }
  const fmtId = (f: string) => BUILT_IN[f] ?? (numFmtIds.get(f) as number);

  const fonts = new Map<string, number>();
  const fills = new Map<string, number>();
  const fontBase = ensure('fonts').count;
  const fillBase = ensure('fills').count;
  const borderBase = ensure('borders').count;
  const first = ensure('cellXfs').count;
  const hasCellStyleXfs = (() => {
    const f = findElement(out, p, 'cellStyleXfs');
    return f !== null && !f.selfClosing && [...startTags(out, p, 'xf', f.openEnd, f.closeStart)].length > 0;
  })();
  const newFonts: string[] = [];
  const newFills: string[] = [];
  const xfs: string[] = [];
  for (const l of looks) {
    const fontKey = `${l.bold}|${l.italic}|${l.size}|${l.link}`;
    if (!fonts.has(fontKey)) {
      fonts.set(fontKey, fontBase + newFonts.length);
      newFonts.push(
        `<font>${l.bold ? '<b/>' : ''}${l.italic ? '<i/>' : ''}${l.link ? '<u/>' : ''}<sz val="${l.size}"/>${l.link ? `<color rgb="${LINK_COLOR}"/>` : ''}<name val="${LAYOUT_FONT}"/><family val="1"/></font>`,
      );
    }
    if (l.fill && !fills.has(l.fill)) {
      fills.set(l.fill, fillBase + newFills.length);
      newFills.push(`<fill><patternFill patternType="solid"><fgColor rgb="FF${escapeXml(l.fill)}"/><bgColor indexed="64"/></patternFill></fill>`);
    }
    const fillId = l.fill ? (fills.get(l.fill) as number) : 0;
    // Border 0 is the file's own "no border"; ours is appended once.
    const borderId = l.border ? borderBase : 0;
    // Every cell says how it sits vertically (Excel's default is the bottom): see verticalOf.
    const alignment = `<alignment vertical="${l.vertical}"${l.align ? ` horizontal="${l.align}"` : ''}${l.wrap ? ' wrapText="1"' : ''}/>`;
    xfs.push(
      `<xf numFmtId="${fmtId(l.numFmt)}" fontId="${fonts.get(fontKey)}" fillId="${fillId}" borderId="${borderId}"${hasCellStyleXfs ? ' xfId="0"' : ''} applyNumberFormat="1" applyFont="1"${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''} applyAlignment="1">${alignment}</xf>`,
    );
  }
  append('fonts', newFonts);
  if (newFills.length) append('fills', newFills);
  if (looks.some((l) => l.border)) {
    append('borders', [
      '<border><left style="thin"><color rgb="FF000000"/></left><right style="thin"><color rgb="FF000000"/></right><top style="thin"><color rgb="FF000000"/></top><bottom style="thin"><color rgb="FF000000"/></bottom><diagonal/></border>',
    ]);
  }
  append('cellXfs', xfs);
  return { xml: out, first };
}
