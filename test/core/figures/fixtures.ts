/** Builds ReadResults by hand, as the reader would produce them, so figures can be tested without it. */
import { columnIndex, rangeA1 } from '../../../src/core/address';
import { EMPTY_INFO, type ReportInfo } from '../../../src/core/reportInfo';
import type { ReadResult } from '../../../src/core/read';
import type { TableName } from '../../../src/core/schema/types';
import type { ReadTable, TypedRow, TypedValue } from '../../../src/core/tables';

export interface RowOpts {
  isTotal?: boolean;
  level?: number;
}

/** columns: field key -> column letter; rows start on sheet row `firstRow` (1-based, under a header on firstRow - 1). */
export function table(
  name: TableName,
  sheet: string,
  columns: Record<string, string>,
  rows: (Record<string, string | number | null> | [Record<string, string | number | null>, RowOpts])[],
  firstRow = 5,
): ReadTable {
  const colIdx = Object.fromEntries(Object.entries(columns).map(([k, l]) => [k, columnIndex(l)]));
  const typed: TypedRow[] = rows.map((spec, i) => {
    const [vals, opts] = Array.isArray(spec) ? spec : [spec, {} as RowOpts];
    const rowNo = firstRow + i; // 1-based
    const values: Record<string, TypedValue> = {};
    for (const [key, letter] of Object.entries(columns)) {
      const v = key in vals ? vals[key] : null;
      values[key] = { value: v, raw: v, cell: `${letter}${rowNo}`, text: v === null ? '' : String(v) };
    }
    const row: TypedRow = { table: name, sheet, row: rowNo - 1, values, isTotal: !!opts.isTotal };
    if (opts.level !== undefined) row.level = opts.level;
    return row;
  });
  const cols = Object.values(colIdx);
  return {
    located: {
      table: name,
      sheet,
      range: rangeA1(firstRow - 2, Math.min(...cols), firstRow - 2 + rows.length, Math.max(...cols)),
      headerRows: [firstRow - 2],
      dataRows: typed.map((r) => r.row),
      columns: colIdx,
    },
    rows: typed,
  };
}

export function readResult(tables: Partial<Record<TableName, ReadTable>>, info: Partial<ReportInfo> = {}): ReadResult {
  return { tables, info: { ...EMPTY_INFO, ...info }, issues: [] };
}
