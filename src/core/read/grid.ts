/**
 * A sheet seen in sheet coordinates (0-based row/col as on the sheet, not in the used range),
 * with each cell's text normalised once (NFC, legacy TCVN3/VNI converted) and folded for matching.
 * Ragged rows, missing formats/fonts and odd values never throw: they read as blank.
 */
import { isCellError, type CellValue, type SheetBlock, type SheetSnapshot } from '../snapshot';
import { denseEnough, sheetBlocks } from '../sheetBlocks';
import { parseA1, parseRange } from '../address';
import { fold, FOLD_MEMO_MAX } from '../text/fold';
import { normalizeText } from '../text/normalize';
import { convertLegacy, couldBeLegacy, readsAs } from '../text/legacy';
import { legacyOfColumns, type CellVerdict } from './legacyColumns';

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
  /**
   * The row's values as the snapshot holds them, the cell of column `col` at index `col - valuesLeft` (a
   * missing entry reads as blank), or undefined for a row outside the grid: for walks along a row of a long list.
   */
  rowValues(row: number): readonly (CellValue | undefined)[] | undefined;
  /** The sheet column of rowValues' first entry (a band of the grid keeps its grid's). */
  valuesLeft: number;
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
  /** The cell's note or comment (NFC), '' when none (SheetSnapshot.notes). */
  note(row: number, col: number): string;
  /** The cell holds a formula saved without its result (SheetSnapshot.formulasWithoutValue): blank here, not in Excel. */
  formulaWithoutValue?(row: number, col: number): boolean;
  /** For a column band of a sheet (bands.ts): the grid it was cut from, over the sheet's whole width. */
  whole?: Grid;
}

/** normalizeText is pure in (text, font), and sheets repeat the same short texts: convert each once per sheet. */
const NORMALIZE_MEMO_TEXT = 200;
const NORMALIZE_MEMO_LIMIT = 50_000;
const ASCII = /^[\u0000-\u007f]*$/;

/** Texts this short are tested for plain ASCII at each read rather than kept per cell. */
const PLAIN_MAX = 48;

/**
 * Plain ASCII without a template tag's "<#" or "${": a text that is the same after NFC, legacy conversion
 * and tag removal (no legacy font has a letter below 0x80 of its own).
 */
export function isPlainAscii(s: string): boolean {
  const n = s.length;
  if (n > PLAIN_MAX) return false;
  for (let i = 0; i < n; i++) {
    const ch = s.charCodeAt(i);
    if (ch > 0x7e || ch === 0x3c || ch === 0x24) return false;
  }
  return true;
}

/**
 * A string whose first character is printable and starts no template tag: its text, whatever conversion it
 * goes through, keeps that character, so it is not blank (most text cells of a list, told without their text).
 */
function startsVisibly(s: string): boolean {
  const ch = s.charCodeAt(0);
  if (ch > 0x20 && ch < 0x7f) return ch !== 0x3c && ch !== 0x24;
  // Latin letters with marks, Vietnamese, Greek and Cyrillic: no white space among them but the Ogham mark.
  return ch >= 0xc0 && ch < 0x2000 && ch !== 0x1680;
}

/** What a cell that is not a string shows. */
function shownText(v: CellValue): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v !== null && isCellError(v)) return String(v.error ?? '#ERROR');
  return '';
}

export function makeGrid(sheet: SheetSnapshot): Grid {
  const values = Array.isArray(sheet.values) ? sheet.values : [];
  const originRow = sheet.origin?.row ?? 0;
  const originCol = sheet.origin?.col ?? 0;
  let width = 0;
  for (let i = 0; i < values.length; i++) {
    const r = values[i];
    if (Array.isArray(r) && r.length > width) width = r.length;
  }
  const height = values.length;
  const top = originRow;
  const left = originCol;
  const bottom = originRow + height - 1;
  const right = originCol + width - 1;
  // Lazy per-row caches (only rows and cells actually read), by row. Few cells need a place (most texts are
  // plain ASCII or shared by string): a map of the rows that do, not an array as long as the sheet.
  const texts = new Map<number, string[]>();
  const foldedRows = new Map<number, string[]>();
  // Legacy text is rare: only the cells converted from TCVN3/VNI are kept, keyed by position.
  const legacies = new Map<number, 'tcvn3' | 'vni'>();
  const normalized = new Map<string | null, Map<string, { text: string; legacy: 'tcvn3' | 'vni' | null }>>();
  let normalizedCount = 0;
  /** Text by string, for strings whose text does not depend on the cell's font (never legacy-converted). */
  const byString = new Map<string, string>();
  const mergeOf = mergeIndex(
    (sheet.merges ?? []).map((m) => (typeof m === 'string' ? parseRange(m.replace(/^.*!/, '')) : null)).filter((m): m is NonNullable<typeof m> => m !== null),
  );

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
  const normalize = (s: string, f: string | null): { text: string; legacy: 'tcvn3' | 'vni' | null } => {
    let byText = normalized.get(f);
    const hit = byText?.get(s);
    if (hit) return hit;
    let n: { text: string; legacy: 'tcvn3' | 'vni' | null };
    try {
      n = normalizeText(s, f ?? undefined);
    } catch {
      n = { text: s.normalize('NFC'), legacy: null };
    }
    if (s.length <= NORMALIZE_MEMO_TEXT && normalizedCount < NORMALIZE_MEMO_LIMIT) {
      if (!byText) normalized.set(f, (byText = new Map()));
      byText.set(s, n);
      normalizedCount++;
    }
    return n;
  };
  const inside = (ri: number, ci: number) => ri >= 0 && ri < height && ci >= 0 && ci < width;
  /** What a cell's text says alone of its encoding (legacyColumns.ts): its own conversion, never its column's. */
  const ownVerdict = (row: number, col: number): CellVerdict => {
    const v = raw(row, col);
    if (typeof v !== 'string' || ASCII.test(v)) return null;
    const s = v.length > MAX_TEXT ? v.slice(0, MAX_TEXT) : v;
    const maybeLegacy = couldBeLegacy(s);
    const n = normalize(s, maybeLegacy ? font(row, col) : null);
    return n.legacy ?? (maybeLegacy ? null : 'unicode');
  };
  let columnLegacy: ((col: number) => 'tcvn3' | 'vni' | null) | undefined;
  /** A cell that does not tell its encoding alone, read in its column's (or sheet's) when it reads so. */
  const byColumn = (s: string, row: number, col: number): { text: string; legacy: 'tcvn3' | 'vni' } | null => {
    // Most such cells are Unicode words no conversion changes («Lý», «Hà»): no column need be asked of them.
    if (!readsAs(s, 'tcvn3') && !readsAs(s, 'vni')) return null;
    columnLegacy ??= legacyOfColumns({ top, bottom, left, right }, ownVerdict);
    const enc = columnLegacy(col);
    return enc && readsAs(s, enc) ? { text: convertLegacy(s, enc, font(row, col)), legacy: enc } : null;
  };
  /** The cell's text, computed; a converted legacy text is noted in `legacies`. */
  const textNow = (row: number, col: number, key: number): string => {
    const v = raw(row, col);
    if (typeof v !== 'string') return shownText(v);
    // A list repeats a few texts on every row: a string no legacy font could have made reads the same in any cell.
    const same = byString.get(v);
    if (same !== undefined) return same;
    const s = v.length > MAX_TEXT ? v.slice(0, MAX_TEXT) : v;
    let t: string;
    // Plain ASCII is never legacy text and is already NFC (most codes and numbers typed as text).
    if (ASCII.test(s)) t = s;
    else {
      // Most Vietnamese text holds a letter no legacy font has: its font need not be looked up.
      const maybeLegacy = couldBeLegacy(s);
      let n = normalize(s, maybeLegacy ? font(row, col) : null);
      // A short cell that could be legacy text or Unicode («Tó», «Hïng»): its column's other cells decide.
      if (maybeLegacy && !n.legacy) n = byColumn(s, row, col) ?? n;
      t = n.text;
      if (n.legacy) {
        // Noted per cell (legacy()); such a text is not shared by string (a mixed text's runs may convert).
        if (key >= 0) legacies.set(key, n.legacy);
        return hasTag(t) ? withoutTags(t) : t;
      }
      if (maybeLegacy) return hasTag(t) ? withoutTags(t) : t;
    }
    if (hasTag(t)) t = withoutTags(t);
    if (v.length <= NORMALIZE_MEMO_TEXT && byString.size < NORMALIZE_MEMO_LIMIT) byString.set(v, t);
    return t;
  };
  const text = (row: number, col: number): string => {
    const ri = row - originRow;
    const ci = col - originCol;
    const v = raw(row, col);
    // Only text is worth keeping: anything else is quick to show again, and most of a big sheet is numbers.
    if (!inside(ri, ci) || typeof v !== 'string') return textNow(row, col, -1);
    // Short plain ASCII (codes, numbers typed as text) is its own text: nothing to convert or keep.
    if (isPlainAscii(v)) return v;
    // A string already read elsewhere, whose text does not depend on its cell: no per-cell place needed.
    const same = byString.get(v);
    if (same !== undefined) return same;
    let cached = texts.get(ri);
    if (cached === undefined) texts.set(ri, (cached = new Array<string>(width)));
    let t = cached[ci];
    if (t === undefined) cached[ci] = t = textNow(row, col, ri * width + ci);
    return t;
  };
  const foldNow = (row: number, col: number): string => {
    const t = text(row, col);
    return fold(t.length > MAX_FOLD ? t.slice(0, MAX_FOLD) : t);
  };
  const isBlank = (row: number, col: number) => {
    const v = raw(row, col);
    // A finite number always shows; only text (and odd values) needs its text read.
    if (typeof v === 'number' && Number.isFinite(v)) return false;
    if (v === null) return true;
    if (typeof v === 'string' && startsVisibly(v)) return false;
    return text(row, col).trim() === '';
  };

  const notes = new Map<string, string>();
  for (const n of Array.isArray(sheet.notes) ? sheet.notes : []) {
    if (n && typeof n.text === 'string' && Number.isInteger(n.row) && Number.isInteger(n.col)) notes.set(`${n.row},${n.col}`, n.text.normalize('NFC'));
  }

  const noValue = new Set<string>();
  for (const ref of Array.isArray(sheet.formulasWithoutValue) ? sheet.formulasWithoutValue : []) {
    const p = typeof ref === 'string' ? parseA1(ref) : null;
    if (p) noValue.add(`${p.row},${p.col}`);
  }

  return {
    name: sheet.name,
    note: (row, col) => notes.get(`${row},${col}`) ?? '',
    formulaWithoutValue: (row, col) => noValue.size > 0 && noValue.has(`${row},${col}`),
    top,
    left,
    bottom,
    right,
    raw,
    valuesLeft: originCol,
    rowValues(row) {
      const r = values[row - originRow];
      return Array.isArray(r) ? r : undefined;
    },
    text,
    legacy(row, col) {
      const ri = row - originRow;
      const ci = col - originCol;
      const v = raw(row, col);
      if (!inside(ri, ci) || typeof v !== 'string' || isPlainAscii(v) || byString.has(v)) return null;
      text(row, col);
      return legacies.size === 0 ? null : (legacies.get(ri * width + ci) ?? null);
    },
    folded(row, col) {
      const ri = row - originRow;
      const ci = col - originCol;
      // fold keeps short texts itself; only longer ones are worth a place here.
      if (!inside(ri, ci) || text(row, col).length <= FOLD_MEMO_MAX) return foldNow(row, col);
      let cached = foldedRows.get(ri);
      if (cached === undefined) foldedRows.set(ri, (cached = new Array<string>(width)));
      let f = cached[ci];
      if (f === undefined) cached[ci] = f = foldNow(row, col);
      return f;
    },
    format(row, col) {
      const f = at(sheet.formats, row, col);
      return typeof f === 'string' ? f : null;
    },
    font,
    isBlank,
    isBlankRow(row, l = left, r = right) {
      const cells = values[row - originRow];
      if (!Array.isArray(cells)) return true;
      // isBlank's own tests, on the row's values at once: most rows end at their first cell.
      for (let c = Math.max(l, left); c <= Math.min(r, right); c++) {
        const v = cells[c - originCol];
        if (v === null || v === undefined) continue;
        if (typeof v === 'number' ? Number.isFinite(v) : typeof v === 'string' && startsVisibly(v)) return false;
        if (!isBlank(row, c)) return false;
      }
      return true;
    },
    mergeOf,
  };
}

/** Blocks larger than this are checked for sparseness before the core walks them. */
const CHECK_SPARSE_AREA = 1_000_000;

/**
 * One grid per dense block of the sheet (SheetSnapshot.blocks), each in sheet coordinates and named
 * after the sheet, so that the table finder's row-by-column walks cost what the data costs. A host
 * that sent one large, sparse block (the Office host reads the used range) has it cut here, once.
 */
export function sheetGrids(sheet: SheetSnapshot): Grid[] {
  const blocks: SheetBlock[] = [sheet];
  if (Array.isArray(sheet.blocks)) for (const b of sheet.blocks) blocks.push(b);
  const grids: Grid[] = [];
  for (const block of blocks) {
    for (const part of unsparse(block)) grids.push(makeGrid({ name: sheet.name, merges: sheet.merges, notes: sheet.notes, ...part }));
  }
  return grids;
}

/** The block itself, or its dense parts when it is large and mostly blank. */
function unsparse(block: SheetBlock): SheetBlock[] {
  const values = Array.isArray(block.values) ? block.values : [];
  let width = 0;
  for (let i = 0; i < values.length; i++) {
    const r = values[i];
    if (Array.isArray(r) && r.length > width) width = r.length;
  }
  if (values.length * width <= CHECK_SPARSE_AREA) return [block];
  const rows: number[] = [];
  const cols: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const r = values[i];
    if (!Array.isArray(r)) continue;
    for (let j = 0; j < r.length; j++) {
      if (r[j] === null || r[j] === undefined) continue;
      rows.push(i);
      cols.push(j);
    }
  }
  if (denseEnough(values.length * width, rows.length)) return [block];
  const { row: top, col: left } = block.origin ?? { row: 0, col: 0 };
  const slice = <T>(g: T[][] | undefined, a: { top: number; left: number; bottom: number; right: number }) =>
    g?.slice(a.top, a.bottom + 1).map((r) => (Array.isArray(r) ? r.slice(a.left, a.right + 1) : []));
  return sheetBlocks(rows, cols, rows.length).areas.map((a) => ({
    origin: { row: top + a.top, col: left + a.left },
    values: slice(values, a) ?? [],
    formats: slice(block.formats, a),
    fonts: slice(block.fonts, a),
  }));
}

type Area = { top: number; left: number; bottom: number; right: number };

/** Merges are looked up per blank cell of a table: few are scanned; many are bucketed by row. */
const MERGE_SCAN = 32;
const BUCKET_ROWS = 64;
/** A merge spanning more buckets than this is kept aside and always scanned (a hostile sheet-wide merge). */
const MAX_BUCKETS = 64;

function mergeIndex(merges: Area[]): (row: number, col: number) => Area | null {
  const hit = (m: Area, row: number, col: number) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right;
  const scan = (list: Area[], row: number, col: number) => {
    for (const m of list) if (hit(m, row, col)) return m;
    return null;
  };
  if (merges.length <= MERGE_SCAN) return (row, col) => scan(merges, row, col);
  const buckets = new Map<number, Area[]>();
  const wide: Area[] = [];
  for (const m of merges) {
    const first = Math.floor(m.top / BUCKET_ROWS);
    const last = Math.floor(m.bottom / BUCKET_ROWS);
    if (last - first >= MAX_BUCKETS) {
      wide.push(m);
      continue;
    }
    for (let b = first; b <= last; b++) {
      let list = buckets.get(b);
      if (!list) buckets.set(b, (list = []));
      list.push(m);
    }
  }
  return (row, col) => scan(buckets.get(Math.floor(row / BUCKET_ROWS)) ?? [], row, col) ?? scan(wide, row, col);
}

/**
 * A report generator's template tags ("<#ListData.MoTa>", "Thực hiện <#ThangQuy>", OpenCPS / jxls
 * "${name:[data];type:[list]}") are not what a clerk typed: they read as blank, the words around them
 * stay. Nested tags are removed from the inside out.
 */
export function withoutTags(text: string): string {
  let t = text;
  for (let i = 0; i < 8 && hasTag(t); i++) {
    const next = t.replace(/<#[^<>]*>/g, '').replace(/\$\{[^{}]*\}/g, '');
    if (next === t) break;
    t = next;
  }
  return t;
}

function hasTag(t: string): boolean {
  return t.includes('<#') || t.includes('${');
}

/** A string cell (not a number typed as a number) with some text. */
export function isTextCell(grid: Grid, row: number, col: number): boolean {
  return typeof grid.raw(row, col) === 'string' && !grid.isBlank(row, col);
}
