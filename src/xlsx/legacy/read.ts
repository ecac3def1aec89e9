/**
 * Old and exported formats (.xls, XML Spreadsheet 2003, HTML tables) to the same snapshot as an .xlsx,
 * through SheetJS Community Edition (`@e965/xlsx`, the build kept on the npm registry; DESIGN.md "Later
 * notes"). SheetJS is imported only here, and this module only when such a file is opened, so neither
 * the task pane, the web page's first script nor a real .xlsx ever loads it.
 *
 * Mapped like our .xlsx reader does it (read/sheet.ts): values as Excel shows them (a formula's saved
 * result), blank and whitespace-only cells left out, numbers under a date format as serials of the 1900
 * date system, number formats, merged areas (only their top-left cell keeps a value), the sheet's
 * visibility and its hidden rows and columns. Fonts: SheetJS CE does not give them for these formats;
 * for .xls they are read from the file's own FONT and XF records (biffFonts.ts), for TCVN3/VNI text.
 * HTML has no types: its cells are kept as the text shown, which the core reads as numbers or dates by
 * the Vietnamese rules (SheetJS would read "01/03/2023" as 3 January and "1.234" as 1,234).
 */
import type * as XLSX from '@e965/xlsx';
import type { CellValue, SheetSnapshot } from '../../core/snapshot';
import { isDateFormat } from '../../core/read/date';
import { cleanText } from '../../core/text/clean';
import { FileError } from '../errors';
import { DEFAULT_LIMITS, type GuardLimits } from '../zip/guard';
import type { CellNote, ReadXlsx } from '../read';
import { CellList, denseSheet, withHiddenLines } from '../read/denseSheet';
import type { Styles } from '../read/styles';
import type { SheetEntry } from '../read/workbook';
import { textEncoding, type LegacyFormat } from './sniff';
import { formatName } from './note';
import { biffFonts, type BiffFonts, type CfbLib } from './biffFonts';

/** Largest old-format file read: SheetJS holds every cell as an object, several times an .xlsx's cost per cell. */
export const MAX_LEGACY_BYTES = 30 * 1024 * 1024;
/** Most non-blank cells over all sheets (an .xls holds at most 65 536 × 256 per sheet). */
export const MAX_LEGACY_CELLS = 3_000_000;

const DAYS_1904 = 1462;
const DAY_MS = 86400000;

/** BIFF error codes as Excel shows them ([MS-XLS] 2.5.11 BErr). */
const ERRORS: Record<number, string> = { 0: '#NULL!', 7: '#DIV/0!', 15: '#VALUE!', 23: '#REF!', 29: '#NAME?', 36: '#NUM!', 42: '#N/A', 43: '#GETTING_DATA' };

const tooLarge = (format: LegacyFormat, what: { vi: string; en: string }) =>
  new FileError('too-large', {
    vi: `Tệp ${formatName(format).vi} ${what.vi} nên không được mở; hãy mở trong Excel, lưu thành «Excel Workbook (.xlsx)» rồi thử lại.`,
    en: `The ${formatName(format).en} file ${what.en}, so it is not opened; open it in Excel, save it as "Excel Workbook (.xlsx)" and retry.`,
  });

/** SheetJS's own words are left out: on a broken file they are often a TypeError from deep inside it. */
const unreadable = (format: LegacyFormat) =>
  new FileError('damaged', {
    vi: `Tệp ${formatName(format).vi} bị hỏng hoặc chưa được tải về đầy đủ; hãy mở thử trong Excel, lưu thành «Excel Workbook (.xlsx)» rồi thử lại.`,
    en: `The ${formatName(format).en} file is damaged or incomplete; open it in Excel, save it as "Excel Workbook (.xlsx)" and retry.`,
  });

const encrypted = () =>
  new FileError('encrypted', {
    vi: 'Tệp được đặt mật khẩu nên không đọc được; hãy mở trong Excel, bỏ mật khẩu rồi lưu lại và thử lại.',
    en: 'The file is password-protected and cannot be read; open it in Excel, remove the password, save and retry.',
  });

/** SheetJS, loaded on first use; with its code pages for .xls files of Excel 5/95 (Vietnamese Windows-1258...). */
async function sheetjs(format: LegacyFormat): Promise<typeof XLSX> {
  // ESM gives the named exports; a CommonJS build (jest) may hand them under `default`.
  const m = (await import('@e965/xlsx')) as Partial<typeof XLSX> & { default?: typeof XLSX };
  const lib = (typeof m.read === 'function' ? m : m.default) as typeof XLSX;
  if (format === 'xls') {
    const cp = (await import('@e965/xlsx/dist/cpexcel.full')) as { default?: unknown };
    lib.set_cptable(cp.default ?? cp);
  }
  return lib;
}

/** An HTML or XML text file's characters: by its byte-order mark, else its declared charset, else UTF-8. */
function decodeText(bytes: Uint8Array): string {
  const { encoding, start } = textEncoding(bytes);
  const body = bytes.subarray(start);
  if (encoding !== 'utf-8' || start > 0) return new TextDecoder(encoding).decode(body);
  const head = new TextDecoder('latin1').decode(body.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head)?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

/** Cleaned as our .xlsx reader cleans text (noncharacters, lone surrogates, C0 controls); blank is null. */
function nonBlank(raw: string): string | null {
  const s = cleanText(raw);
  return s.trim() === '' ? null : s;
}

/** One SheetJS cell to a snapshot value; null for blank. */
function valueOf(cell: XLSX.CellObject): CellValue {
  switch (cell.t) {
    case 'n':
      return typeof cell.v === 'number' && Number.isFinite(cell.v) ? cell.v : null;
    case 's':
      return typeof cell.v === 'string' ? nonBlank(cell.v) : cell.v === undefined || cell.v === null ? null : nonBlank(String(cell.v));
    case 'b':
      return Boolean(cell.v);
    case 'e':
      return { error: typeof cell.v === 'number' ? (ERRORS[cell.v] ?? '#ERROR') : String(cell.w ?? cell.v ?? '#ERROR') };
    case 'd': {
      const t = cell.v instanceof Date ? cell.v.getTime() : Date.parse(String(cell.v));
      return Number.isNaN(t) ? null : (t - Date.UTC(1899, 11, 30)) / DAY_MS;
    }
    default:
      return null;
  }
}

/** Style table built while reading: one index per (number format, font) pair met. */
class StyleTable {
  readonly styles: Styles = { formats: [null], fonts: [null], dates: [false] };
  private readonly index = new Map<string, number>([['\u0000', 0]]);

  of(format: string | null, font: string | null): number {
    const f = format === 'General' ? null : format;
    const key = `${f ?? ''}\u0000${font ?? ''}`;
    let k = this.index.get(key);
    if (k === undefined) {
      k = this.styles.formats.length;
      this.index.set(key, k);
      this.styles.formats.push(f);
      this.styles.fonts.push(font);
      this.styles.dates.push(f !== null && isDateFormat(f));
    }
    return k;
  }
}

function sheetState(hidden: number | undefined): SheetEntry['state'] {
  return hidden === 1 ? 'hidden' : hidden === 2 ? 'veryHidden' : 'visible';
}

/**
 * Reads an old or exported workbook's bytes (`format` from sniffFormat) into the same shape as our
 * .xlsx reader's result. Throws FileError: 'too-large' over MAX_LEGACY_BYTES (or the guard's file
 * limit when lower) or MAX_LEGACY_CELLS, 'encrypted', 'damaged' when SheetJS cannot read it.
 */
export async function readLegacy(
  bytes: Uint8Array,
  format: LegacyFormat,
  limits: GuardLimits = DEFAULT_LIMITS,
  maxCells = MAX_LEGACY_CELLS,
): Promise<ReadXlsx> {
  const maxBytes = Math.min(MAX_LEGACY_BYTES, limits.maxFileBytes);
  if (bytes.length > maxBytes) {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
    throw tooLarge(format, {
      vi: `quá lớn (${mb(bytes.length)}, giới hạn ${mb(maxBytes)})`,
      en: `is too large (${mb(bytes.length)}, the limit is ${mb(maxBytes)})`,
    });
  }
  const lib = await sheetjs(format);
  const options: XLSX.ParsingOptions = {
    dense: true,
    cellStyles: true,
    cellNF: true,
    cellText: false,
    cellDates: false,
    cellFormula: false,
    cellHTML: false,
    bookVBA: false,
    // HTML holds text only: keep it as shown (see the file comment).
    raw: format === 'html',
  };
  let wb: XLSX.WorkBook;
  try {
    wb = format === 'xls' ? lib.read(bytes, { ...options, type: 'array' }) : lib.read(decodeText(bytes), { ...options, type: 'string' });
  } catch (e) {
    // An .xls saved with a password: SheetJS names it so ("Password is incorrect", "Encryption scheme unsupported").
    if (e instanceof Error && /password|encryption scheme/i.test(e.message)) throw encrypted();
    throw unreadable(format);
  }
  const fonts: BiffFonts | null = format === 'xls' ? safeFonts(lib, bytes) : null;
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const table = new StyleTable();
  const sheets: SheetSnapshot[] = [];
  const notes: CellNote[][] = [];
  const entries: SheetEntry[] = [];
  let total = 0;
  wb.SheetNames.forEach((name, k) => {
    const ws = wb.Sheets[name] as XLSX.WorkSheet | undefined;
    const state = sheetState(wb.Workbook?.Sheets?.[k]?.Hidden);
    entries.push({ name, path: null, state });
    const cells = new CellList();
    const data = (ws?.['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
    const sheetFonts = fonts?.sheets.get(name);
    const sheetNotes: CellNote[] = [];
    for (let r = 0; r < data.length; r++) {
      const row = data[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (!cell) continue;
        // A comment may sit on a blank cell: kept before the blank is skipped.
        const note = noteOf(cell);
        if (note) sheetNotes.push({ row: r, col: c, text: note });
        let value = valueOf(cell);
        if (value === null) continue;
        if (++total > maxCells) {
          throw tooLarge(format, {
            vi: `có quá nhiều ô (trên ${maxCells.toLocaleString('vi-VN')})`,
            en: `has too many cells (over ${maxCells.toLocaleString('en-US')})`,
          });
        }
        const style = table.of(typeof cell.z === 'string' ? cell.z : null, sheetFonts?.get(r * 256 + c) ?? null);
        if (typeof value === 'number' && table.styles.dates[style]) {
          // A date keeps its 1900-system serial, rounded to the millisecond as our .xlsx reader does.
          value = Math.round((date1904 ? value + DAYS_1904 : value) * DAY_MS) / DAY_MS;
        }
        cells.push(r, c, style, value);
      }
    }
    const merges = ((ws?.['!merges'] ?? []) as XLSX.Range[]).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
    const sheet = denseSheet(name, cells, table.styles, merges);
    const hiddenRows: number[] = [];
    ((ws?.['!rows'] ?? []) as (XLSX.RowInfo | undefined)[]).forEach((ri, r) => ri?.hidden && hiddenRows.push(r));
    const hiddenCols: [number, number][] = [];
    ((ws?.['!cols'] ?? []) as (XLSX.ColInfo | undefined)[]).forEach((ci, c) => ci?.hidden && hiddenCols.push([c, c]));
    withHiddenLines(sheet, hiddenRows, hiddenCols);
    if (state !== 'visible') sheet.visibility = state;
    if (sheetNotes.length) sheet.notes = sheetNotes;
    sheets.push(sheet);
    notes.push(sheetNotes);
  });
  const definedNames = (wb.Workbook?.Names ?? []).filter((n) => n.Sheet === undefined || n.Sheet === null).map((n) => ({ name: n.Name, value: n.Ref }));
  return { snapshot: { sheets }, workbook: { sheets: entries, definedNames, date1904 }, notes };
}

/** A cell's comment text as SheetJS reads it (one entry per author's part), or '' when none. */
function noteOf(cell: XLSX.CellObject): string {
  return (cell.c ?? [])
    .map((part) => (part.t ?? '').trim())
    .filter(Boolean)
    .join('\n');
}

/** Fonts are a help for legacy text, not a need: a record SheetJS read but we cannot leaves them unknown. */
function safeFonts(lib: typeof XLSX, bytes: Uint8Array): BiffFonts | null {
  try {
    return biffFonts(lib.CFB as CfbLib, bytes);
  } catch {
    return null;
  }
}
