/** Small helpers shared by the figure modules: reading typed values, summing with nulls, naming sources. */
import { a1, parseA1 } from '../address';
import type { Issue, Where } from '../issues';
import type { NamedKey, TableName } from '../schema';
import { valueAt, type CellRef, type ReadTable, type TypedRow, type TypedValue } from '../tables';
import { LazyTypedValue } from '../read/typedValue';
import type { FieldColumn } from '../columns';
import type { FigurePath, FigureSources } from './types';

/** What every figure module writes into: the sources by dotted path and the issues. */
export interface FigureContext {
  decimals: number;
  sources: FigureSources;
  issues: Issue[];
}

export function newContext(decimals: number): FigureContext {
  return { decimals, sources: {}, issues: [] };
}

export { num, dataRows } from '../rowValues';

/** A text value of a row's field ('' when blank). `key`: a field key (literals checked against the schema). */
export function text<K extends string>(row: TypedRow, key: K & NamedKey<K>): string {
  const tv = valueAt(row, key);
  if (!tv) return '';
  if (typeof tv.value === 'string') return tv.value.trim();
  return (tv.text ?? '').trim();
}

/** `text` of record i of a column ('' when the column or the record's value is absent). */
export function textAt(c: FieldColumn | undefined, i: number): string {
  if (!c) return '';
  const v = c.value(i);
  if (v === undefined) return '';
  return typeof v === 'string' ? v.trim() : c.text(i);
}

/** The cell of a row's field, as a source reference; null when the row has no such column. */
export function ref<K extends string>(row: TypedRow, key: K & NamedKey<K>): CellRef | null {
  const tv = valueAt(row, key);
  return tv ? { sheet: row.sheet, cell: tv.cell } : null;
}

export function refs(...items: (CellRef | null | undefined)[]): CellRef[] {
  return items.filter((r): r is CellRef => !!r);
}

/** The column of `key` over `rows` as one range ("E5:E25"), to name a count over many rows briefly. */
export function columnRef<K extends string>(rows: TypedRow[], key: K & NamedKey<K>): CellRef | null {
  if (rows.length === 0) return null;
  const span = newSpan(rows[0].sheet);
  for (const r of rows) addValue(span, valueAt(r, key));
  return spanRef(span);
}

/** columnRef's range gathered cell by cell, so that one pass over a column can serve several sets of rows. */
export interface ColumnSpan {
  sheet: string;
  first: string | null;
  col: number;
  top: number;
  bottom: number;
}

export function newSpan(sheet: string): ColumnSpan {
  return { sheet, first: null, col: -1, top: Infinity, bottom: -Infinity };
}

/** addCell for a typed value, without writing out its address when the reader kept its row and column. */
export function addValue(span: ColumnSpan, tv: TypedValue | undefined): void {
  if (!(tv instanceof LazyTypedValue)) return addCell(span, tv?.cell);
  if (span.first === null) {
    span.first = tv.cell;
    span.col = tv.col;
  }
  if (tv.row < span.top) span.top = tv.row;
  if (tv.row > span.bottom) span.bottom = tv.row;
}

/** addValue for record i of a column: after the first cell, only the row of the others is read. */
export function addAt(span: ColumnSpan, c: FieldColumn | undefined, i: number): void {
  if (!c) return;
  if (span.first === null || span.col < 0) return addValue(span, c.typed(i));
  const row = c.cellRow(i);
  if (row < 0) return;
  if (row < span.top) span.top = row;
  if (row > span.bottom) span.bottom = row;
}

export function addCell(span: ColumnSpan, cell: string | undefined): void {
  if (!cell) return;
  span.first ??= cell;
  // Only the first cell's column counts; later cells need their row only, read without a regex.
  let row: number | null;
  if (span.col < 0) {
    const p = parseA1(cell);
    if (!p) return;
    span.col = p.col;
    row = p.row;
  } else {
    row = plainRow(cell) ?? parseA1(cell)?.row ?? null;
    if (row === null) return;
  }
  if (row < span.top) span.top = row;
  if (row > span.bottom) span.bottom = row;
}

export function spanRef(span: ColumnSpan): CellRef | null {
  if (span.first === null) return null;
  if (span.col < 0) return { sheet: span.sheet, cell: span.first };
  const start = a1(span.top, span.col);
  const end = a1(span.bottom, span.col);
  return { sheet: span.sheet, cell: start === end ? start : `${start}:${end}` };
}

/** The row of a plain reference ("F123", as the reader writes cells), or null for any other form. */
function plainRow(cell: string): number | null {
  const n = cell.length;
  let i = 0;
  while (i < n && i < 4) {
    const ch = cell.charCodeAt(i);
    if ((ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122)) i++;
    else break;
  }
  if (i === 0 || i > 3 || n - i < 1 || n - i > 7) return null;
  let row = 0;
  for (let j = i; j < n; j++) {
    const ch = cell.charCodeAt(j);
    if (ch < 48 || ch > 57) return null;
    row = row * 10 + (ch - 48);
  }
  return row - 1;
}

/** Cells of `key` in `rows`: listed when few, else the column range. */
export function cellsOrRange<K extends string>(rows: TypedRow[], key: K & NamedKey<K>, max = 6): CellRef[] {
  const k: string = key;
  if (rows.length <= max) return refs(...rows.map((r) => ref(r, k)));
  return refs(columnRef(rows, k));
}

/** Sum that is null when any part is null (a figure whose inputs are missing is null, never 0). */
export function sumStrict(parts: (number | null)[]): number | null {
  let s = 0;
  for (const p of parts) {
    if (p === null) return null;
    s += p;
  }
  return s;
}

/** Records the sources of a figure (skipped when there are none). */
export function setSource(ctx: FigureContext, path: FigurePath, cells: CellRef[]): void {
  if (cells.length > 0) ctx.sources[path] = cells;
}

/** The table's whole range, for an issue about a table where no single cell can be named. */
export function tableRef(t: ReadTable): CellRef {
  return { sheet: t.located.sheet, cell: t.located.range };
}

/** Where a figure's issue is: a cell or range, or nowhere ('') when none can be named. */
export function where<T extends TableName, K extends string>(at: CellRef | null, table: T, field: K & NamedKey<K, T>): Where {
  return { sheet: at?.sheet ?? '', cell: at?.cell ?? '', table, field };
}
