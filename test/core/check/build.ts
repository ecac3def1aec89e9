/**
 * Builds ReadResult objects for the check tests from compact arrays:
 *   table('tthc', { field: 'A', received: 'B' }, [['Hộ tịch', 10], total(['Tổng cộng', 10])])
 * Row i of the data sits on sheet row firstRow + i (1-based, default 3: a title and a header above);
 * each value's cell is its column letter + that row.
 */
import type { ReadResult } from '../../../src/core/read';
import type { ReadTable, TypedRow, TypedValue } from '../../../src/core/tables';
import type { TableName } from '../../../src/core/schema/types';
import { EMPTY_INFO, type ReportInfo } from '../../../src/core/reportInfo';
import { columnIndex } from '../../../src/core/address';
import { fieldSpec } from '../../../src/core/schema';
import { formatDateVi, formatNumberVi, toSerial } from '../../../src/core/format';

/** A value, or a category key with the text the clerk wrote: { value: 'veryHigh', text: 'Rất hài lòng' }. */
export type Cell = string | number | null | { value: string | number | null; text: string };

export interface RowSpec {
  v: Cell[];
  total?: boolean;
  level?: number;
}

export const total = (v: Cell[]): RowSpec => ({ v, total: true });
export const lvl = (level: number, v: Cell[]): RowSpec => ({ v, level });

/** "14/7/2023" -> Excel serial. */
export function d(text: string): number {
  const [dd, mm, yy] = text.split('/').map(Number);
  return toSerial(yy, mm, dd);
}

export interface TableOptions {
  sheet?: string;
  /** 1-based sheet row of the first data row (default 3). */
  firstRow?: number;
}

export const cat = (value: string, text: string): Cell => ({ value, text });

function textOf(table: TableName, key: string, v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (fieldSpec(table, key)?.kind === 'date') return formatDateVi(v);
  return formatNumberVi(v, Number.isInteger(v) ? 0 : 2);
}

export function table(name: TableName, columns: Record<string, string>, rows: (Cell[] | RowSpec)[], opts: TableOptions = {}): ReadTable {
  const sheet = opts.sheet ?? name;
  const first = opts.firstRow ?? 3;
  const keys = Object.keys(columns);
  const typed: TypedRow[] = rows.map((spec, i) => {
    const r: RowSpec = Array.isArray(spec) ? { v: spec } : spec;
    const sheetRow = first + i;
    const values: Record<string, TypedValue> = {};
    keys.forEach((k, j) => {
      const c = j < r.v.length ? r.v[j] : null;
      const cell = `${columns[k]}${sheetRow}`;
      values[k] =
        c !== null && typeof c === 'object' ? { value: c.value, raw: c.text, cell, text: c.text } : { value: c, raw: c, cell, text: textOf(name, k, c) };
    });
    const row: TypedRow = { table: name, sheet, row: sheetRow - 1, values, isTotal: !!r.total };
    if (r.level !== undefined) row.level = r.level;
    return row;
  });
  const colIdx: Record<string, number> = {};
  for (const k of keys) colIdx[k] = columnIndex(columns[k]);
  const letters = Object.values(columns).sort();
  return {
    located: {
      table: name,
      sheet,
      range: `${letters[0]}${first - 1}:${letters[letters.length - 1]}${first + rows.length - 1}`,
      headerRows: [first - 2],
      dataRows: rows.map((_, i) => first - 1 + i),
      columns: colIdx,
    },
    rows: typed,
  };
}

export function readResult(tables: ReadTable[], info: Partial<ReportInfo> = {}): ReadResult {
  const out: ReadResult = { tables: {}, info: { ...EMPTY_INFO, ...info }, issues: [] };
  for (const t of tables) out.tables[t.located.table] = t;
  return out;
}

/**
 * One table read from several places, as the reader joins them (read/index.ts: a staff list kept on a sheet per unit,
 * revenue and expenditure kept apart): the first's place and columns, every part's rows in order, each keeping its
 * own sheet, and the parts listed.
 */
export function joined(first: ReadTable, ...more: ReadTable[]): ReadTable {
  const all = [first, ...more];
  return {
    located: { ...first.located, parts: all.map((t) => ({ sheet: t.located.sheet, range: t.located.range })) },
    rows: all.flatMap((t) => t.rows),
  };
}
