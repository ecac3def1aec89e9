/**
 * A sheet seen in sheet coordinates (0-based row/col as on the sheet, not in the used range),
 * with each cell's text normalised once (NFC, legacy TCVN3/VNI converted) and folded for matching.
 * Ragged rows, missing formats/fonts and odd values never throw: they read as blank.
 */
import { isCellError, type CellValue, type SheetSnapshot } from '../snapshot';
import { parseRange } from '../address';
import { fold } from '../text/fold';
import { normalizeText } from '../text/normalize';

/** Excel's own cell limit; anything longer is not a cell a clerk typed. */
const MAX_TEXT = 32767;
/** Folding is for matching labels; a long paragraph never is one. */
const MAX_FOLD = 400;

export interface Grid {
  name: string;
  top: number;
  left: number;
  /** Inclusive; bottom < top for an empty sheet. */
  bottom: number;
  right: number;
  raw(row: number, col: number): CellValue;
  /** Text after NFC and legacy conversion, not trimmed (indentation matters for budget lines). */
  text(row: number, col: number): string;
  /** The legacy encoding the cell's text was converted from, if any. */
  legacy(row: number, col: number): 'tcvn3' | 'vni' | null;
  folded(row: number, col: number): string;
  format(row: number, col: number): string | null;
  font(row: number, col: number): string | null;
  isBlank(row: number, col: number): boolean;
  /** Blank over [left, right] (default: the whole used width). */
  isBlankRow(row: number, left?: number, right?: number): boolean;
  /** The merge holding (row, col), when the cell is inside one. */
  mergeOf(row: number, col: number): { top: number; left: number; bottom: number; right: number } | null;
}

interface TextEntry {
  text: string;
  legacy: 'tcvn3' | 'vni' | null;
  folded?: string;
}

export function makeGrid(sheet: SheetSnapshot): Grid {
  const values = Array.isArray(sheet.values) ? sheet.values : [];
  const originRow = sheet.origin?.row ?? 0;
  const originCol = sheet.origin?.col ?? 0;
  let width = 0;
  for (const r of values) if (Array.isArray(r) && r.length > width) width = r.length;
  const top = originRow;
  const left = originCol;
  const bottom = originRow + values.length - 1;
  const right = originCol + width - 1;
  const cache = new Map<number, TextEntry>();
  const merges = (sheet.merges ?? [])
    .map((m) => (typeof m === 'string' ? parseRange(m.replace(/^.*!/, '')) : null))
    .filter((m): m is NonNullable<typeof m> => m !== null);

  const raw = (row: number, col: number): CellValue => {
    const r = values[row - originRow];
    if (!Array.isArray(r)) return null;
    const v = r[col - originCol];
    return v === undefined ? null : v;
  };
  const at = <T>(grid: (T | null)[][] | undefined, row: number, col: number): T | null => {
    const r = grid?.[row - originRow];
    if (!Array.isArray(r)) return null;
    const v = r[col - originCol];
    return v === undefined ? null : v;
  };
  const font = (row: number, col: number) => {
    const f = at(sheet.fonts, row, col);
    return typeof f === 'string' ? f : null;
  };
  const entry = (row: number, col: number): TextEntry => {
    const key = (row - originRow) * (width + 1) + (col - originCol);
    const hit = cache.get(key);
    if (hit) return hit;
    const v = raw(row, col);
    let e: TextEntry;
    if (typeof v === 'string') {
      const s = v.length > MAX_TEXT ? v.slice(0, MAX_TEXT) : v;
      try {
        const n = normalizeText(s, font(row, col) ?? undefined);
        e = { text: n.text, legacy: n.legacy };
      } catch {
        e = { text: s.normalize('NFC'), legacy: null };
      }
    } else if (typeof v === 'number') {
      e = { text: Number.isFinite(v) ? String(v) : '', legacy: null };
    } else if (typeof v === 'boolean') {
      e = { text: v ? 'TRUE' : 'FALSE', legacy: null };
    } else if (v !== null && isCellError(v)) {
      e = { text: String(v.error ?? '#ERROR'), legacy: null };
    } else {
      e = { text: '', legacy: null };
    }
    cache.set(key, e);
    return e;
  };
  const text = (row: number, col: number) => entry(row, col).text;
  const isBlank = (row: number, col: number) => text(row, col).trim() === '';

  return {
    name: sheet.name,
    top,
    left,
    bottom,
    right,
    raw,
    text,
    legacy: (row, col) => entry(row, col).legacy,
    folded(row, col) {
      const e = entry(row, col);
      if (e.folded === undefined) e.folded = fold(e.text.length > MAX_FOLD ? e.text.slice(0, MAX_FOLD) : e.text);
      return e.folded;
    },
    format(row, col) {
      const f = at(sheet.formats, row, col);
      return typeof f === 'string' ? f : null;
    },
    font,
    isBlank,
    isBlankRow(row, l = left, r = right) {
      for (let c = Math.max(l, left); c <= Math.min(r, right); c++) if (!isBlank(row, c)) return false;
      return true;
    },
    mergeOf(row, col) {
      for (const m of merges) if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
      return null;
    },
  };
}

/** A string cell (not a number typed as a number) with some text. */
export function isTextCell(grid: Grid, row: number, col: number): boolean {
  return typeof grid.raw(row, col) === 'string' && !grid.isBlank(row, col);
}
