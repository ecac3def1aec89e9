/**
 * The report copy: the user's own package with our report sheet added (issue 18.5). What changes is
 * only what a new sheet needs: its worksheet part, its relationship in the workbook's .rels, its
 * content type, its `<sheet>` entry in the workbook part, the defined names `_cchc_report_sheet` (the
 * mark) and `_xlnm.Print_Titles`, our styles appended to the styles part, the workbook view opening on
 * our sheet (other sheets' "selected tab" flag cleared). Every other part is handed back untouched, so
 * charts, pivots, macros, comments, dates, conditional formats, validations and merges are kept.
 *
 * Reusable for any package: input the parts of an .xlsx, output the parts with our sheet added.
 * Replacing an older report sheet: the caller says which sheet is ours (`isOurs`, decided from every
 * marker and the sheet's content); that sheet's part is rewritten in place, so sheet positions (and
 * the sheet-local names that count on them) do not move.
 */
import type { SheetLayout } from '../../core/layout/types';
import { reportSheetName } from '../../core/layout/sheetName';
import { quoteSheet } from '../../core/address';
import { decodePart, isUtf16, officeDocumentTarget, resolveTarget } from '../zip/guard';
import { partKey } from '../zip/readParts';
import type { ZipPart } from '../zip/guard';
import { inflateHead } from '../zip/head';
import { appendStyles, blankStyles, StyleBook } from './styles';
import { sheetXml } from './sheetXml';
import { assertEditable, attrsOf, escapeXml, findElement, prefixOf, rootTag, spliced, startTags, withAttr } from './xmlText';

export const REPORT_SHEET_DEFINED_NAME = '_cchc_report_sheet';

/** One part of a package: its bytes (`data`), or the part as stored in the user's zip (`stored`), inflated by `load` when needed. */
export interface PackagePart {
  name: string;
  data?: Uint8Array;
  stored?: ZipPart;
  load?: () => Uint8Array;
}

export interface AddSheetOptions {
  /** True for the sheet the add-in made before (every marker agrees and its content is ours): it is replaced. */
  isOurs?: (sheetName: string) => boolean;
}

export interface AddedSheet {
  parts: PackagePart[];
  /** The report sheet's name. */
  sheet: string;
  /** Sheet names longer than Excel's 31 characters, shortened in the copy: old name -> new name. */
  renamed: Map<string, string>;
}

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

/** Names over 31 characters shortened, each kept unique among all names (compared without case). */
function shortNames(names: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set(names.filter((n) => n.length <= MAX_SHEET_NAME).map((n) => n.toLocaleLowerCase('vi')));
  for (const n of names) {
    if (n.length <= MAX_SHEET_NAME) continue;
    let candidate = n.slice(0, MAX_SHEET_NAME);
    for (let k = 2; taken.has(candidate.toLocaleLowerCase('vi')); k++) candidate = `${n.slice(0, MAX_SHEET_NAME - ` (${k})`.length)} (${k})`;
    taken.add(candidate.toLocaleLowerCase('vi'));
    out.set(n, candidate);
  }
  return out;
}

export const TRANSITIONAL = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
};
export const STRICT = { main: 'http://purl.oclc.org/ooxml/spreadsheetml/main', rel: 'http://purl.oclc.org/ooxml/officeDocument/relationships' };
export const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const CONTENT_TYPES = '[Content_Types].xml';
/** The main part's content types of a workbook and a template, plain and macro-enabled (ECMA-376 Part 1, MS-OFFMACRO). */
const WORKBOOK_MAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
const TEMPLATE_MAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml';
const MACRO_WORKBOOK_MAIN = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
const MACRO_TEMPLATE_MAIN = 'application/vnd.ms-excel.template.macroEnabled.main+xml';

/** Where the relationships of the part at `path` live ("xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"). */
export function relsPathOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
}

/** UTF-8 bytes of a changed part; a declaration that said UTF-16 now says UTF-8. */
export function utf8(xml: string): Uint8Array {
  const text = xml.replace(/^\uFEFF/, '').replace(/^(<\?xml[^>]*?encoding\s*=\s*["'])[^"']*(["'])/, '$1UTF-8$2');
  return new TextEncoder().encode(text);
}

export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function relsOf(xml: string): Rel[] {
  const out: Rel[] = [];
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const a = attrsOf(m[0]);
    out.push({ id: a.get('Id') ?? '', type: a.get('Type') ?? '', target: a.get('Target') ?? '', external: a.get('TargetMode') === 'External' });
  }
  return out;
}

/** The value of the attribute whose local name is `local` (any prefix). */
export function attrLocal(a: Map<string, string>, local: string): string | undefined {
  for (const [k, v] of a) if (k === local || k.endsWith(`:${local}`)) return v;
  return undefined;
}

const SELECTED = /(<(?:[\w.-]+:)?sheetView\b[^>]*?)\s+tabSelected\s*=\s*["'](?:1|true)["']/;

/**
 * A UTF-8 sheet part with its sheetView's tabSelected flag cut out of the bytes, or null when the
 * flag is not found in the part's first 64 KB (before sheetData). The sheet is never decoded whole:
 * a log of 200 000 rows is 80 MB of XML, and as text (UTF-16) and edited text it would need five times that.
 */
function unselectedBytes(bytes: Uint8Array): Uint8Array | null {
  // The BOM kept as a character so that character offsets map to the same bytes.
  const head = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, 65536));
  const upTo = head.search(/<(?:[\w.-]+:)?sheetData\b/);
  const m = SELECTED.exec(upTo >= 0 ? head.slice(0, upTo) : head);
  if (!m) return null;
  const enc = new TextEncoder();
  const from = enc.encode(head.slice(0, m.index + m[1].length)).length;
  const to = from + enc.encode(m[0].slice(m[1].length)).length;
  const out = new Uint8Array(bytes.length - (to - from));
  out.set(bytes.subarray(0, from));
  out.set(bytes.subarray(to), from);
  return out;
}

/** Adds the report sheet to the package's parts; throws Error when the package has no usable workbook part. */
/** The package's workbook part, as the root relationships name it (else xl/workbook.xml), and how its XML is written. */
export interface WorkbookPart {
  /** Its part name as stored, and the folder its relative targets start from ("xl/"). */
  name: string;
  folder: string;
  xml: string;
  root: NonNullable<ReturnType<typeof rootTag>>;
  /** Transitional or Strict SpreadsheetML (ISO/IEC 29500), by the root's namespace. */
  ns: typeof TRANSITIONAL;
}

/** Finds the workbook part; throws Error when there is none, it is not editable text, or it has no root element. */
export function workbookPart(
  find: (name: string) => PackagePart | undefined,
  bytesOf: (p: PackagePart) => Uint8Array,
  textOf: (name: string) => string,
): WorkbookPart {
  const rootRels = find('_rels/.rels');
  const path = [rootRels ? officeDocumentTarget(bytesOf(rootRels)) : null, 'xl/workbook.xml'].find((n) => n && find(n));
  if (!path) throw new Error('no workbook part');
  const name = find(path)!.name;
  const xml = textOf(name);
  assertEditable(xml, 'the workbook part');
  const root = rootTag(xml);
  if (!root) throw new Error('workbook part without a root');
  const ns = prefixOf(root.tag, STRICT.main) !== null ? STRICT : TRANSITIONAL;
  return { name, folder: name.slice(0, name.lastIndexOf('/') + 1), xml, root, ns };
}

export function addReportSheet(parts: PackagePart[], layout: SheetLayout, opts: AddSheetOptions = {}): AddedSheet {
  const byKey = new Map(parts.map((p) => [partKey(p.name), p]));
  const find = (name: string) => byKey.get(partKey(name));
  const bytesOf = (p: PackagePart): Uint8Array => {
    if (p.data) return p.data;
    if (p.load) return p.load();
    throw new Error(`part ${p.name} has no bytes`);
  };
  const texts = new Map<string, string>();
  const textOf = (name: string): string => {
    const p = find(name);
    if (!p) throw new Error(`no part ${name}`);
    if (!texts.has(p.name)) texts.set(p.name, decodePart(bytesOf(p)));
    return texts.get(p.name) as string;
  };
  const changed = new Map<string, string>();
  /** Sheets whose only change is the tab flag, edited as bytes: a large sheet is never held as text. */
  const editedBytes = new Map<string, Uint8Array>();
  const added: PackagePart[] = [];
  const removed = new Set<string>();

  const workbook = workbookPart(find, bytesOf, textOf);
  const { name: workbookName, folder, root, ns } = workbook;
  let wb = workbook.xml;
  const p = root.prefix;
  const relPrefix = prefixOf(root.tag, ns.rel);

  const relsName = find(relsPathOf(workbookName))?.name ?? relsPathOf(workbookName);
  let relsXml = find(relsName)
    ? textOf(relsName)
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  if (!find(relsName)) added.push({ name: relsName });
  assertEditable(relsXml, "the workbook's relationships");
  assertEditable(textOf(CONTENT_TYPES), 'the content types');
  // A template's copy is a workbook (.xltx → .xlsx, .xltm → .xlsm): Excel refuses a template's main type under a workbook's name.
  const types = textOf(CONTENT_TYPES);
  const asWorkbook = types.replace(TEMPLATE_MAIN, WORKBOOK_MAIN).replace(MACRO_TEMPLATE_MAIN, MACRO_WORKBOOK_MAIN);
  if (asWorkbook !== types) {
    texts.set(find(CONTENT_TYPES)!.name, asWorkbook);
    changed.set(find(CONTENT_TYPES)!.name, asWorkbook);
  }
  const rels = relsOf(relsXml);
  const relsRoot = rootTag(relsXml)!;
  const relType = (kind: string) => rels.find((r) => r.type.endsWith(`/${kind}`))?.type.replace(/[^/]+$/, kind) ?? `${ns.rel}/${kind}`;
  const addRel = (type: string, target: string): string => {
    const ids = new Set(rels.map((r) => r.id));
    let n = rels.length + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    rels.push({ id, type, target, external: false });
    const close = relsXml.lastIndexOf(`</${relsRoot.prefix}Relationships>`);
    const el = `<${relsRoot.prefix}Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
    relsXml = close >= 0 ? spliced(relsXml, close, 0, el) : `${relsXml.replace(/\/>\s*$/, '>')}${el}</${relsRoot.prefix}Relationships>`;
    changed.set(relsName, relsXml);
    return id;
  };
  const addContentType = (partName: string, type: string) => {
    let ct = textOf(CONTENT_TYPES);
    const r = rootTag(ct)!;
    if (new RegExp(`PartName\\s*=\\s*["']/${partName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']`, 'i').test(ct)) return;
    const close = ct.lastIndexOf(`</${r.prefix}Types>`);
    const el = `<${r.prefix}Override PartName="/${escapeXml(partName)}" ContentType="${type}"/>`;
    ct = close >= 0 ? spliced(ct, close, 0, el) : `${ct.replace(/\/>\s*$/, '>')}${el}</${r.prefix}Types>`;
    texts.set(find(CONTENT_TYPES)!.name, ct);
    changed.set(find(CONTENT_TYPES)!.name, ct);
  };

  // The sheets in tab order, with their parts.
  const sheetsEl = findElement(wb, p, 'sheets');
  if (!sheetsEl) throw new Error('workbook part without sheets');
  const sheets = [...startTags(wb, p, 'sheet', sheetsEl.openEnd, sheetsEl.closeStart)].map((t) => {
    const a = attrsOf(t.tag);
    const rel = rels.find((r) => r.id === attrLocal(a, 'id'));
    return {
      name: a.get('name') ?? '',
      sheetId: Number(a.get('sheetId') ?? 0),
      part: rel && !rel.external ? resolveTarget(workbookName, rel.target) : null,
      worksheet: rel?.type.endsWith('/worksheet') ?? false,
    };
  });
  // Names Excel would refuse (over 31 characters) are shortened in the copy, in the sheet list, in
  // workbook-level references, and in our links to them.
  const renamed = shortNames(sheets.map((s) => s.name));
  if (renamed.size > 0) {
    for (const [from, to] of renamed) {
      wb = wb.replace(new RegExp(`(<${p}sheet\\b[^>]*\\sname\\s*=\\s*")${escapeXml(from).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(")`), `$1${escapeXml(to)}$2`);
      wb = wb.split(escapeXml(quoteSheet(from))).join(escapeXml(quoteSheet(to)));
      for (const s of sheets) if (s.name === from) s.name = to;
    }
    layout = {
      ...layout,
      cells: layout.cells.map((c) => (c.link && renamed.has(c.link.sheet) ? { ...c, link: { ...c.link, sheet: renamed.get(c.link.sheet) as string } } : c)),
    };
  }
  const oursAt = sheets.findIndex((s) => s.worksheet && s.part !== null && find(s.part) && opts.isOurs?.(s.name));
  const name = reportSheetName(sheets.map((s, i) => ({ name: s.name, madeByAddin: i === oursAt })));
  const index = oursAt >= 0 ? oursAt : sheets.length;

  // Styles: where the relationships say, or a new part.
  const stylesRel = rels.find((r) => r.type.endsWith('/styles') && !r.external);
  // Without a relationship, a styles part at the usual name is the one our reader used: it gets the relationship.
  let stylesName = stylesRel ? resolveTarget(workbookName, stylesRel.target) : `${folder}styles.xml`;
  if (find(stylesName)) {
    stylesName = find(stylesName)!.name;
    if (!stylesRel) addRel(relType('styles'), stylesName.slice(folder.length));
  } else {
    stylesName = `${folder}styles.xml`;
    texts.set(stylesName, blankStyles());
    added.push({ name: stylesName });
    if (!stylesRel) addRel(relType('styles'), 'styles.xml');
    addContentType(stylesName, STYLES_TYPE);
  }
  const book = new StyleBook();
  for (const c of layout.cells) book.index(c);
  const styles = appendStyles(texts.get(stylesName) ?? textOf(stylesName), book);
  changed.set(stylesName, styles.xml);
  // Our sheet speaks the workbook's own dialect of SpreadsheetML (transitional, strict, or an early one).
  const own = new RegExp(`xmlns${p ? `:${p.slice(0, -1)}` : ''}\\s*=\\s*["']([^"']+)["']`).exec(root.tag)?.[1] ?? ns.main;
  const sheetText = sheetXml(layout, book, { firstStyle: styles.first, selected: true, mainNs: own });

  let sheetPart: string;
  if (oursAt >= 0) {
    sheetPart = find(sheets[oursAt].part as string)!.name;
    // Our old sheet's own relationships (printer settings Excel may have added) go with it.
    const oldRels = find(relsPathOf(sheetPart));
    if (oldRels) removed.add(oldRels.name);
  } else {
    let n = sheets.length + 1;
    while (find(`${folder}worksheets/sheet${n}.xml`)) n++;
    sheetPart = `${folder}worksheets/sheet${n}.xml`;
    added.push({ name: sheetPart });
    const id = addRel(relType('worksheet'), `worksheets/sheet${n}.xml`);
    addContentType(sheetPart, WORKSHEET_TYPE);
    const sheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
    const relAttr = relPrefix !== null && relPrefix !== '' ? `${relPrefix}id="${id}"` : `xmlns:r="${ns.rel}" r:id="${id}"`;
    wb = spliced(wb, findElement(wb, p, 'sheets')!.closeStart, 0, `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${relAttr}/>`);
  }
  changed.set(sheetPart, sheetText);

  // Defined names: every old mark goes, ours and our print titles come.
  const dnRe = new RegExp(`<${p}definedName\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}definedName>)`, 'g');
  wb = wb.replace(dnRe, (el) => {
    const a = attrsOf(/^<[^>]*>/.exec(el)![0]);
    const dn = a.get('name') ?? '';
    const local = a.get('localSheetId');
    if (dn === REPORT_SHEET_DEFINED_NAME && local === undefined) return '';
    if (oursAt >= 0 && local === String(oursAt) && /^_xlnm\.(Print_Titles|Print_Area)$/i.test(dn)) return '';
    return el;
  });
  const ref = quoteSheet(name);
  let names = `<${p}definedName name="${REPORT_SHEET_DEFINED_NAME}">${escapeXml(`${ref}!$A$1`)}</${p}definedName>`;
  if (layout.printTitleRows) {
    const [a, b] = layout.printTitleRows;
    names += `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(`${ref}!$${a + 1}:$${b + 1}`)}</${p}definedName>`;
  }
  const dnEl = findElement(wb, p, 'definedNames');
  if (dnEl && !dnEl.selfClosing) wb = spliced(wb, dnEl.closeStart, 0, names);
  else if (dnEl) wb = spliced(wb, dnEl.start, dnEl.end - dnEl.start, `<${p}definedNames>${names}</${p}definedNames>`);
  else {
    const after = ['externalReferences', 'functionGroups', 'sheets'].map((n) => findElement(wb, p, n)).find((f) => f !== null)!;
    wb = spliced(wb, after.end, 0, `<${p}definedNames>${names}</${p}definedNames>`);
  }

  // The workbook opens on our sheet.
  const view = findElement(wb, p, 'workbookView');
  if (view) {
    let tag = withAttr(view.tag, 'activeTab', String(index));
    if (Number(attrsOf(view.tag).get('firstSheet') ?? 0) > index) tag = withAttr(tag, 'firstSheet', String(index));
    wb = spliced(wb, view.start, view.tag.length, tag);
  } else {
    const s = findElement(wb, p, 'sheets')!;
    wb = spliced(wb, s.start, 0, `<${p}bookViews><${p}workbookView activeTab="${index}"/></${p}bookViews>`);
  }
  changed.set(workbookName, wb);
  for (const s of sheets) {
    const part = s.part ? find(s.part) : undefined;
    if (!part || part.name === sheetPart) continue;
    const head = part.data
      ? decodePart(part.data.subarray(0, 65536))
      : part.stored
        ? inflateHead(part.stored, 65536)
        : decodePart(bytesOf(part).subarray(0, 65536));
    const upTo = head.search(/<(?:[\w.-]+:)?sheetData\b/);
    if (!SELECTED.test(upTo >= 0 ? head.slice(0, upTo) : head)) continue;
    const bytes = bytesOf(part);
    const edited = isUtf16(bytes) ? null : unselectedBytes(bytes);
    if (edited) editedBytes.set(part.name, edited);
    else changed.set(part.name, textOf(part.name).replace(SELECTED, '$1'));
  }

  const encoded = new Map([...changed].map(([n, x]) => [n, utf8(x)]));
  for (const [n, b] of editedBytes) encoded.set(n, b);
  const out: PackagePart[] = [];
  for (const part of [...parts, ...added]) {
    if (removed.has(part.name)) continue;
    const data = encoded.get(part.name);
    out.push(data ? { name: part.name, data } : part);
  }
  return { parts: out, sheet: name, renamed };
}
