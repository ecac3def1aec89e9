/**
 * Documents issued kept as counts by kind, not one row per document (tester 17 D02, D09), in one of two layouts:
 * - kinds down: «STT | Loại văn bản | Số lượng», one row per kind («Quyết định | 12»), maybe a «Tổng cộng» row;
 * - kinds across: «Nội dung | Quyết định | Công văn | … | Tổng số» over one row of counts (or a total row).
 * Read into the `documents` table as one typed row per kind holding `type` (the kind, canonical when the schema knows
 * it) and `count`, and the total, when stated, as a total row (check/sums.ts checks it against the kinds). The table's
 * `located.countsByKind` is set: figures/documents.ts adds the counts instead of counting rows.
 * A budget, staff or TTHC table is never this: every kind must be a type of document the schema names (at least two,
 * none twice), and every count a whole number.
 */
import { a1, rangeA1 } from '../address';
import type { Issue } from '../issues';
import type { FieldSpec, TableSpec } from '../schema/types';
import type { ReadTable, TypedRow, TypedValue } from '../tables';
import { fold } from '../text/fold';
import type { Grid } from './grid';
import type { Region } from './infoBlock';
import { readCell, typedValue, type ReadContext } from './rows';
import { isTotalText } from './values';

/** Rows of a block searched for the header (the counts sit near the top of their sheet). */
const SEARCH_ROWS = 40;
/** At least this many kinds the schema knows make the table. */
const MIN_KINDS = 2;
/** Headers of the kinds' column (folded). */
const KIND_HEADERS = ['loai van ban', 'loai vb', 'ten loai van ban', 'loai', 'hinh thuc van ban', 'the loai'];
/** Headers of the counts' column (folded). */
const COUNT_HEADERS = ['so luong', 'so luong van ban', 'so van ban', 'so van ban ban hanh', 'so luong ban hanh', 'tong so', 'so luong van ban ban hanh'];
/** Headers of a total column (kinds across). */
const TOTAL_HEADERS = ['tong so', 'tong cong', 'cong', 'tong', 'tong so van ban', 'tong cong van ban'];

/** The kind a label names, exactly (numbering and a bracketed abbreviation aside): «2. Công văn (CV)» → Công văn. */
export function documentKind(label: string, type: FieldSpec): string | null {
  const folded = fold(label.replace(/\s*\([^()]*\)\s*$/, ''))
    .replace(/^(?:[ivx]+|\d+|[a-h]) /, '')
    .replace(/^van ban /, '')
    .trim();
  if (!folded) return null;
  for (const [key, words] of Object.entries(type.categories ?? {})) {
    // Full names only: an abbreviation alone («CT», «TB») heads columns of other tables.
    if ([key, ...words].some((w) => w.length > 3 && fold(w) === folded)) return key;
  }
  return null;
}

/** A whole number ≥ 0 in the cell, typed as a number or as text («12», «1.250»). */
function isCount(grid: Grid, row: number, col: number): boolean {
  const raw = grid.raw(row, col);
  if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 0;
  return typeof raw === 'string' && /^\s*\d{1,3}(?:[.,]?\d{3})*\s*$/.test(raw);
}

interface Found {
  table: ReadTable;
  issues: Issue[];
}

/**
 * The first counts-by-kind table of the grids outside `taken` (regions of tables already read), or null.
 * Its count cells are read as the schema's `count` (number-as-text and the like said as for any count).
 */
export function findDocumentCounts(grids: Grid[], spec: TableSpec, taken: Region[]): Found | null {
  const type = spec.fields.find((f) => f.key === 'type');
  const count = spec.fields.find((f) => f.key === 'count');
  if (spec.name !== 'documents' || !type?.categories || !count) return null;
  for (const grid of grids) {
    for (let row = grid.top; row <= grid.bottom && row < grid.top + SEARCH_ROWS; row++) {
      if (taken.some((t) => t.sheet === grid.name && row >= t.top && row <= t.bottom)) continue;
      const found = kindsDown(grid, row, spec, type, count) ?? kindsAcross(grid, row, spec, type, count);
      if (found) return found;
    }
  }
  return null;
}

function context(grid: Grid, spec: TableSpec): ReadContext {
  return { grid, spec, style: null, factor: 1 };
}

/** «Loại văn bản | Số lượng» in `header`, one kind per row below. */
function kindsDown(grid: Grid, header: number, spec: TableSpec, type: FieldSpec, count: FieldSpec): Found | null {
  let kindCol = -1;
  let countCol = -1;
  for (let col = grid.left; col <= grid.right; col++) {
    const f = grid.folded(header, col).trim();
    if (kindCol < 0 && KIND_HEADERS.includes(f)) kindCol = col;
    else if (kindCol >= 0 && countCol < 0 && COUNT_HEADERS.includes(f)) countCol = col;
  }
  if (kindCol < 0 || countCol < 0) return null;
  const kinds: { row: number; kind: string | null }[] = [];
  let total: number | null = null;
  let last = header;
  for (let row = header + 1; row <= grid.bottom; row++) {
    if (grid.isBlankRow(row, grid.left, countCol)) {
      if (kinds.length > 0) break;
      continue;
    }
    const label = grid.text(row, kindCol).trim() || grid.text(row, grid.left).trim();
    if (isTotalText(fold(label))) {
      if (!isCount(grid, row, countCol)) return null;
      total = row;
      last = row;
      break;
    }
    if (!grid.text(row, kindCol).trim()) break;
    if (!grid.isBlank(row, countCol) && !isCount(grid, row, countCol)) return null;
    kinds.push({ row, kind: documentKind(label, type) });
    last = row;
  }
  const known = kinds.filter((k) => k.kind !== null).map((k) => k.kind);
  if (new Set(known).size < MIN_KINDS || new Set(known).size < known.length || known.length * 2 < kinds.length) return null;
  const ctx = context(grid, spec);
  const issues: Issue[] = [];
  const rows: TypedRow[] = kinds.map((k) => {
    const text = grid.text(k.row, kindCol).trim();
    const kind: TypedValue = { value: k.kind ?? text, raw: grid.raw(k.row, kindCol), cell: a1(k.row, kindCol), text };
    return typedRow(grid, k.row, kind, typedValue(ctx, count, k.row, countCol, readCell(ctx, count, k.row, countCol), issues), false);
  });
  if (total !== null) {
    const kind: TypedValue = { value: null, raw: grid.raw(total, kindCol), cell: a1(total, kindCol), text: grid.text(total, kindCol).trim() };
    rows.push(typedRow(grid, total, kind, typedValue(ctx, count, total, countCol, readCell(ctx, count, total, countCol), issues, true), true));
  }
  const dataRows = [...kinds.map((k) => k.row), ...(total !== null ? [total] : [])];
  return { table: located(grid, rows, header, dataRows, rangeA1(header, Math.min(grid.left, kindCol), last, countCol), kindCol, countCol), issues };
}

/** Kinds as the columns of `header` («Quyết định | Công văn | … | Tổng số»), their counts in the row below. */
function kindsAcross(grid: Grid, header: number, spec: TableSpec, type: FieldSpec, count: FieldSpec): Found | null {
  const kinds: { col: number; kind: string }[] = [];
  let totalCol = -1;
  let first = -1;
  for (let col = grid.left; col <= grid.right; col++) {
    if (grid.isBlank(header, col) || typeof grid.raw(header, col) !== 'string') continue;
    const kind = documentKind(grid.text(header, col), type);
    if (kind) kinds.push({ col, kind });
    else if (kinds.length > 0 && totalCol < 0 && TOTAL_HEADERS.includes(grid.folded(header, col).trim())) totalCol = col;
    else if (first < 0) first = col;
  }
  if (kinds.length < MIN_KINDS || new Set(kinds.map((k) => k.kind)).size < kinds.length) return null;
  // The counts: the one row under the header whose every kind's cell is a count, or the total row among several.
  const cols = [...kinds.map((k) => k.col), ...(totalCol >= 0 ? [totalCol] : [])];
  const counted: number[] = [];
  for (let row = header + 1; row <= grid.bottom && row <= header + 20; row++) {
    if (cols.every((c) => grid.isBlank(row, c))) {
      if (counted.length > 0) break;
      continue;
    }
    if (!cols.every((c) => grid.isBlank(row, c) || isCount(grid, row, c))) {
      if (counted.length > 0) break;
      return null;
    }
    counted.push(row);
  }
  if (counted.length === 0) return null;
  const labelOf = (row: number) => (first >= 0 ? fold(grid.text(row, first)).trim() : '');
  const row = counted.length === 1 ? counted[0] : counted.find((r) => isTotalText(labelOf(r)));
  if (row === undefined) return null;
  const ctx = context(grid, spec);
  const issues: Issue[] = [];
  const rows: TypedRow[] = kinds.map((k) => {
    const kind: TypedValue = { value: k.kind, raw: grid.raw(header, k.col), cell: a1(header, k.col), text: grid.text(header, k.col).trim() };
    return typedRow(grid, row, kind, typedValue(ctx, count, row, k.col, readCell(ctx, count, row, k.col), issues), false);
  });
  if (totalCol >= 0) {
    const kind: TypedValue = { value: null, raw: grid.raw(header, totalCol), cell: a1(header, totalCol), text: grid.text(header, totalCol).trim() };
    rows.push(typedRow(grid, row, kind, typedValue(ctx, count, row, totalCol, readCell(ctx, count, row, totalCol), issues, true), true));
  }
  const left = Math.min(first >= 0 ? first : kinds[0].col, kinds[0].col);
  const right = Math.max(...cols);
  return { table: located(grid, rows, header, [row], rangeA1(header, left, row, right), kinds[0].col, kinds[0].col), issues };
}

function typedRow(grid: Grid, row: number, type: TypedValue, count: TypedValue, isTotal: boolean): TypedRow {
  return { table: 'documents', sheet: grid.name, row, values: { type, count }, isTotal };
}

function located(grid: Grid, rows: TypedRow[], header: number, dataRows: number[], range: string, typeCol: number, countCol: number): ReadTable {
  return {
    located: { table: 'documents', sheet: grid.name, range, headerRows: [header], dataRows, columns: { type: typeCol, count: countCol }, countsByKind: true },
    rows,
  };
}
