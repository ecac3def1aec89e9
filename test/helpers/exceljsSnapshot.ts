/**
 * The reference the product's own .xlsx reader (src/xlsx/read) is compared with: the snapshot
 * as exceljs's full model sees the same file. It was the product's reader before ours; the tests
 * keep it to prove the two agree on every workbook they build.
 */
import ExcelJS from 'exceljs';
import type { CellNote, CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';
import { rangeA1 } from '../../src/core/address';
import { markedReportSheets, SETTINGS_SHEET } from '../../src/hosts/file/mark';

const DAY_MS = 86400000;
const EPOCH_1899_12_30 = Date.UTC(1899, 11, 30);

/** exceljs hands dates back as UTC Date objects: their UTC fields are the cell's wall-clock date and time. */
function dateToSerial(d: Date): number {
  const serial = (d.getTime() - EPOCH_1899_12_30) / DAY_MS;
  // Round to the millisecond's share of a day to drop float noise from the conversion.
  return Math.round(serial * DAY_MS) / DAY_MS;
}

type RawValue = ExcelJS.CellValue | undefined;

function richText(v: { richText: { text: string }[] }): string {
  return v.richText.map((r) => r.text).join('');
}

/** One exceljs value to a snapshot value. */
function toCellValue(v: RawValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : dateToSerial(v);
  if (typeof v === 'object') {
    if ('error' in v && typeof v.error === 'string') return { error: v.error };
    if ('richText' in v && Array.isArray(v.richText)) return richText(v as { richText: { text: string }[] }) || null;
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: unknown }).result;
      return toCellValue(result as RawValue);
    }
    if ('hyperlink' in v) {
      const text = (v as { text?: unknown }).text;
      if (typeof text === 'string') return text || null;
      if (text && typeof text === 'object' && 'richText' in text) return richText(text as { richText: { text: string }[] }) || null;
      return null;
    }
  }
  return null;
}

function isEmpty(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

/** One worksheet's used cells (bounding box of non-empty values) with formats, fonts and merges. */
function sheetSnapshot(ws: ExcelJS.Worksheet, madeByAddin: boolean): SheetSnapshot {
  const found: { r: number; c: number; value: CellValue; numFmt: string | null; font: string | null }[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const notes: CellNote[] = [];
  const noValue: string[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merged cell other than the top-left shows its master's value in exceljs; Excel shows it blank.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const note = noteText(cell.note);
      if (note) notes.push({ row: r - 1, col: c - 1, text: note });
      const raw = cell.value as unknown;
      if (raw && typeof raw === 'object' && ('formula' in raw || 'sharedFormula' in raw) && (raw as { result?: unknown }).result === undefined)
        noValue.push(rangeA1(r - 1, c - 1, r - 1, c - 1));
      const value = toCellValue(cell.value);
      if (isEmpty(value)) return;
      const numFmt = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : null;
      const font = cell.font?.name ?? null;
      found.push({ r: r - 1, c: c - 1, value, numFmt, font });
      top = Math.min(top, r - 1);
      left = Math.min(left, c - 1);
      bottom = Math.max(bottom, r - 1);
      right = Math.max(right, c - 1);
    });
  });
  const visibility = ws.state === 'hidden' || ws.state === 'veryHidden' ? { visibility: ws.state } : {};
  if (found.length === 0) {
    return {
      name: ws.name,
      origin: { row: 0, col: 0 },
      values: [],
      formats: [],
      fonts: [],
      merges: [],
      ...(madeByAddin ? { madeByAddin } : {}),
      ...(noValue.length ? { formulasWithoutValue: noValue } : {}),
      ...visibility,
    };
  }
  const h = bottom - top + 1;
  const w = right - left + 1;
  const values: CellValue[][] = Array.from({ length: h }, () => new Array<CellValue>(w).fill(null));
  const formats: (string | null)[][] = Array.from({ length: h }, () => new Array<string | null>(w).fill(null));
  const fonts: (string | null)[][] = Array.from({ length: h }, () => new Array<string | null>(w).fill(null));
  for (const f of found) {
    values[f.r - top][f.c - left] = f.value;
    formats[f.r - top][f.c - left] = f.numFmt;
    fonts[f.r - top][f.c - left] = f.font;
  }
  // Merges (exceljs model: "A1:C1") that touch the used range.
  const merges: string[] = [];
  const mergeModel = (ws.model as { merges?: string[] }).merges ?? [];
  for (const m of mergeModel) {
    const [a, b = a] = m.split(':');
    const p = decode(a);
    const q = decode(b);
    if (!p || !q) continue;
    if (q.row < top || p.row > bottom || q.col < left || p.col > right) continue;
    merges.push(rangeA1(p.row, p.col, q.row, q.col));
  }
  const snap: SheetSnapshot = { name: ws.name, origin: { row: top, col: left }, values, formats, fonts, merges };
  if (notes.length) snap.notes = notes.sort((a, b) => a.row - b.row || a.col - b.col);
  if (madeByAddin) snap.madeByAddin = true;
  if (noValue.length) snap.formulasWithoutValue = noValue;
  Object.assign(snap, visibility);
  // Hidden rows and columns inside the used range (exceljs: 1-based row and column objects).
  const hiddenRows: number[] = [];
  for (let r = top; r <= bottom; r++) if (ws.findRow(r + 1)?.hidden) hiddenRows.push(r);
  if (hiddenRows.length) snap.hiddenRows = hiddenRows;
  const hiddenCols: number[] = [];
  for (let c = left; c <= right; c++) if (ws.getColumn(c + 1).hidden) hiddenCols.push(c);
  if (hiddenCols.length) snap.hiddenCols = hiddenCols;
  return snap;
}

/** A note's text as exceljs loads it (a string, or rich-text runs), trimmed; '' when none. */
function noteText(note: ExcelJS.Cell['note'] | undefined): string {
  if (!note) return '';
  const text = typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
  return text.normalize('NFC').trim();
}

function decode(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** The snapshot of a loaded workbook: every sheet but the add-in's settings sheet, in tab order. */
export function snapshotOf(wb: ExcelJS.Workbook): WorkbookSnapshot {
  const marked = new Set(markedReportSheets(wb));
  const sheets: SheetSnapshot[] = [];
  // exceljs lists worksheets in tab order.
  for (const ws of wb.worksheets) {
    if (ws.name === SETTINGS_SHEET) continue;
    sheets.push(sheetSnapshot(ws, marked.has(ws.name)));
  }
  return { sheets };
}

/** The reference snapshot of an .xlsx's bytes (no guard: test inputs only). */
export async function exceljsSnapshot(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer, { ignoreNodes: ['dataValidations'] } as never);
  return snapshotOf(wb);
}

/**
 * Fonts are compared only where exceljs knows one: it gives none to a cell without a style index,
 * where our reader gives the default style's font (both read the same text as Unicode). Notes likewise, on cells
 * holding a value (exceljs loses a note on a blank cell).
 */
export function withoutUnknownFonts(ours: WorkbookSnapshot, reference: WorkbookSnapshot): WorkbookSnapshot {
  return {
    sheets: ours.sheets.map((s, k) => {
      const ref = reference.sheets[k];
      // exceljs drops, on loading, a note on a cell that holds no value: ours are compared where it keeps them.
      const notes = s.notes?.filter((n) => ref?.values[n.row - ref.origin.row]?.[n.col - ref.origin.col] != null);
      const withNotes: SheetSnapshot = { ...s, notes };
      if (!notes?.length) delete withNotes.notes;
      if (!ref?.fonts || !s.fonts) return withNotes;
      return { ...withNotes, fonts: s.fonts.map((row, r) => row.map((f, c) => (ref.fonts?.[r]?.[c] == null ? null : f))) };
    }),
  };
}
