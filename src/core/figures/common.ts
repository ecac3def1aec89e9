/** Small helpers shared by the figure modules: reading typed values, summing with nulls, naming sources. */
import { a1, parseA1 } from '../address';
import type { Bilingual, IssueCode, IssueDraft } from '../issues';
import type { TableName } from '../schema/types';
import type { CellRef, ReadTable, TypedRow } from '../tables';
import type { FigureSources } from './types';

/** What every figure module writes into: the sources by dotted path and the issues. */
export interface FigureContext {
  decimals: number;
  sources: FigureSources;
  issues: IssueDraft[];
}

export function newContext(decimals: number): FigureContext {
  return { decimals, sources: {}, issues: [] };
}

/** A number value of a row's field, or null (blank, unreadable, or not a number). */
export function num(row: TypedRow, key: string): number | null {
  const v = row.values[key]?.value;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** A text value of a row's field ('' when blank). */
export function text(row: TypedRow, key: string): string {
  const tv = row.values[key];
  if (!tv) return '';
  if (typeof tv.value === 'string') return tv.value.trim();
  return (tv.text ?? '').trim();
}

/** The cell of a row's field, as a source reference; null when the row has no such column. */
export function ref(row: TypedRow, key: string): CellRef | null {
  const tv = row.values[key];
  return tv ? { sheet: row.sheet, cell: tv.cell } : null;
}

export function refs(...items: (CellRef | null | undefined)[]): CellRef[] {
  return items.filter((r): r is CellRef => !!r);
}

/** The column of `key` over `rows` as one range ("E5:E25"), to name a count over many rows briefly. */
export function columnRef(rows: TypedRow[], key: string): CellRef | null {
  const cells = rows.map((r) => r.values[key]?.cell).filter((c): c is string => !!c);
  if (cells.length === 0) return null;
  const pos = cells.map((c) => parseA1(c)).filter((p): p is { row: number; col: number } => !!p);
  if (pos.length === 0) return { sheet: rows[0].sheet, cell: cells[0] };
  const top = Math.min(...pos.map((p) => p.row));
  const bottom = Math.max(...pos.map((p) => p.row));
  const col = pos[0].col;
  const start = a1(top, col);
  const end = a1(bottom, col);
  return { sheet: rows[0].sheet, cell: start === end ? start : `${start}:${end}` };
}

/** Cells of `key` in `rows`: listed when few, else the column range. */
export function cellsOrRange(rows: TypedRow[], key: string, max = 6): CellRef[] {
  if (rows.length <= max) return refs(...rows.map((r) => ref(r, key)));
  return refs(columnRef(rows, key));
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
export function setSource(ctx: FigureContext, path: string, cells: CellRef[]): void {
  if (cells.length > 0) ctx.sources[path] = cells;
}

/** The table's whole range, for an issue about a table where no single cell can be named. */
export function tableRef(t: ReadTable): CellRef {
  return { sheet: t.located.sheet, cell: t.located.range };
}

export function issue(
  ctx: FigureContext,
  code: IssueCode,
  table: TableName,
  field: string,
  at: CellRef | null,
  message: Bilingual,
  hint?: Bilingual,
  severity: 'warning' | 'info' | 'error' = 'warning',
): void {
  const d: IssueDraft = {
    code,
    severity,
    sheet: at?.sheet ?? '',
    cell: at?.cell ?? '',
    table,
    field,
    message,
  };
  if (hint) d.hint = hint;
  ctx.issues.push(d);
}

/** Rows that carry data (a "Tổng cộng" row is used only where a module asks for it). */
export function dataRows(t: ReadTable): TypedRow[] {
  return t.rows.filter((r) => !r.isTotal);
}
