/**
 * Our own .xlsx reader: the inflated parts the zip guard kept, straight to a WorkbookSnapshot.
 * exceljs builds a full object model of every cell and style before anyone can read a value,
 * which costs ten times the check itself on a large log; this reads only values, number formats,
 * font names and merges. The report copy is written by ../package/, not by exceljs.
 */
import type { CellNote, SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import { damaged, decodePart, isUtf16 } from '../zip/guard';
import { unprefixXml } from '../unprefix';
import { parseSharedStrings } from './sharedStrings';
import { readSheetBytes } from './sheet';
import { parseComments, parseThreadedComments, withThreads } from './comments';
import { NO_STYLES, parseStyles } from './styles';
import { parseWorkbook, partTargets, relsPathOf, sheetTargets, type WorkbookPart } from './workbook';

const WORKBOOK_PART = 'xl/workbook.xml';
const STYLES = /\/styles$/;
const SHARED_STRINGS = /\/sharedStrings$/;
const COMMENTS = /\/comments$/;
const THREADED_COMMENTS = /\/threadedComment$/;

export { isReadPart } from '../zip/readParts';

export interface ReadXlsx {
  /** Every worksheet in tab order, the add-in's own hidden sheets included (the host filters them). */
  snapshot: WorkbookSnapshot;
  workbook: WorkbookPart;
  /**
   * Cell comments of an old-format file, by sheet (same order as `snapshot.sheets`), so its report
   * copy keeps them. Not read from an .xlsx: its copy keeps the user's own comment parts.
   */
  notes?: CellNote[][];
}

export type { CellNote } from '../../core/snapshot';

/**
 * Decodes a part's bytes (UTF-8 normally, UTF-16 when a byte-order mark says so), written without the
 * namespace prefix some programs put on every element, so that the readers know one form only.
 */
function partText(bytes: Uint8Array | undefined): string {
  if (!bytes) return '';
  const xml = decodePart(bytes);
  return unprefixXml(xml) ?? xml;
}

/**
 * A worksheet's bytes as UTF-8 XML without prefixes, as the sheet reader scans them: the part itself (no
 * copy) unless it is UTF-16 or its root binds a prefix to the main namespace, which is then decoded,
 * unprefixed and encoded again.
 */
function sheetBytes(bytes: Uint8Array): Uint8Array {
  // The root tag of any sheet fits in its first 64 KB; one cut off there takes the long way.
  const head = decodePart(bytes.subarray(0, HEAD_BYTES));
  const plain = !isUtf16(bytes) && unprefixXml(head) === null && (bytes.length <= HEAD_BYTES || rootTagEnds(head));
  return plain ? bytes : new TextEncoder().encode(partText(bytes));
}

const HEAD_BYTES = 65536;

/** The root element's start tag ends within `head`. */
function rootTagEnds(head: string): boolean {
  const root = /<[^?!]/.exec(head);
  return root !== null && head.indexOf('>', root.index) >= 0;
}

/** Where the reader gets the parts' inflated bytes (the zip guard's result). */
export interface PartSource {
  kept: string[];
  /** The workbook part as `_rels/.rels` names it; "xl/workbook.xml" when not given. */
  workbookPart?: string;
  part(name: string): Uint8Array | undefined;
}

/** Part lookup as Excel does it: names compared without case, backslashes as slashes. */
function partsByName(source: PartSource): (name: string) => Uint8Array | undefined {
  const byName = new Map<string, string>();
  for (const k of source.kept) byName.set(k.toLowerCase().replace(/\\/g, '/').replace(/^\//, ''), k);
  return (name) => {
    const k = byName.get(name.toLowerCase().replace(/\\/g, '/').replace(/^\//, ''));
    return k === undefined ? undefined : source.part(k);
  };
}

/** Reads the snapshot from the kept parts; throws FileError 'damaged' when the workbook part makes no sense. */
export function readXlsx(source: PartSource, onSheet?: (done: number, total: number) => void): ReadXlsx {
  const part = partsByName(source);
  const workbookPath = source.workbookPart ?? WORKBOOK_PART;
  const workbookXml = partText(part(workbookPath));
  if (!/<workbook[\s>]/.test(workbookXml) || !/<\/workbook\s*>/.test(workbookXml)) throw damaged('no workbook part');
  const relsXml = partText(part(relsPathOf(workbookPath)));
  const targets = sheetTargets(relsXml, workbookPath);
  const workbook = parseWorkbook(workbookXml, targets);
  // Styles and shared strings where the relationships say, else at their usual names.
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const stylesXml = partText(part(partTargets(relsXml, workbookPath, STYLES)[0] ?? `${folder}styles.xml`));
  const look = {
    strings: parseSharedStrings(partText(part(partTargets(relsXml, workbookPath, SHARED_STRINGS)[0] ?? `${folder}sharedStrings.xml`))),
    styles: stylesXml ? parseStyles(stylesXml) : NO_STYLES,
    date1904: workbook.date1904,
  };
  const sheets: SheetSnapshot[] = [];
  const worksheets = workbook.sheets.filter((s) => s.path !== null);
  worksheets.forEach((s, k) => {
    const bytes = part(s.path as string);
    if (!bytes) throw damaged(`missing ${s.path}`);
    const sheet = readSheetBytes(sheetBytes(bytes), s.name, look);
    if (s.state !== 'visible') sheet.visibility = s.state;
    // Notes and comments on the cells (a unit may be written only in one, "ĐVT: triệu đồng" on a header).
    const rels = partText(part(relsPathOf(s.path as string)));
    const notes = withThreads(
      partTargets(rels, s.path as string, COMMENTS).flatMap((p) => parseComments(partText(part(p)))),
      partTargets(rels, s.path as string, THREADED_COMMENTS).flatMap((p) => parseThreadedComments(partText(part(p)))),
    );
    if (notes.length) sheet.notes = notes.sort((a, b) => a.row - b.row || a.col - b.col);
    sheets.push(sheet);
    onSheet?.(k + 1, worksheets.length);
  });
  return { snapshot: { sheets }, workbook };
}
