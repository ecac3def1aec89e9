/**
 * A table's typed values held per field (issue 15 point 3): what the figures and checks that loop over every
 * record read, without a row object or a typed value per cell. A 100 000-row log is 900 000 values; read as
 * columns they are numbers in a Float64Array and shared strings, and a row view (`ReadTable.rows`) is made
 * only when some code asks for rows.
 *
 * `tableColumns(t)` gives the columns of any ReadTable: the reader's own (registered by `columnTable`), or,
 * for a table built as rows (small forms read across, tests, a budget joined from two sheets), columns read
 * from its rows.
 */
import type { ReadTable, TypedRow, TypedValue } from './tables';

/** One field's values over a table's records (index i = the table's i-th record, as in `rows[i]`). */
export interface FieldColumn {
  /** The record's value (null when blank or unreadable); undefined when the record has no such value. */
  value(i: number): string | number | null | undefined;
  /** The value when it is a finite number, else null (rowValues' `num`). */
  num(i: number): number | null;
  /** The record's typed value, with its cell and text (made when asked), or undefined. */
  typed(i: number): TypedValue | undefined;
  /** The text as written, trimmed ('' when the record has no such value). */
  text(i: number): string;
  /** 0-based sheet row of the value's cell, or -1 when the record has no such value. */
  cellRow(i: number): number;
  /**
   * Optional, for loops over every record: true when each record's value is read at its own row in one
   * column (cellRow(i) is the record's row; no value merged down, given by a heading or joined).
   */
  inOwnRows?(): boolean;
  /** Optional: the values as numbers when num(i) is the number at i for every record (NaN, ±Infinity: null); else null. */
  numberArray?(): Float64Array | null;
}

export interface TypedColumns {
  readonly length: number;
  /** 0-based sheet row of each record. */
  row(i: number): number;
  isTotal(i: number): boolean;
  /** The sheet each record was read from. */
  sheet(i: number): string;
  /** The field's column, or undefined when no record has the field. */
  field(key: string): FieldColumn | undefined;
  /** Record i as a row (the same object as `rows[i]`). */
  rowAt(i: number): TypedRow;
}

/** The columns of tables the reader built as columns; rows are made from them on first access. */
const registered = new WeakMap<ReadTable, TypedColumns & { allRows(): TypedRow[] }>();
/** Columns read from a table's rows, by rows array (kept while the array keeps its length). */
const derived = new WeakMap<TypedRow[], { length: number; columns: TypedColumns }>();

/**
 * A ReadTable whose `rows` are made from `columns` on first access. Once made, the rows are the table's
 * values (code may change a row's value in place, as fillTotals does), and the columns are read from them.
 * Assigning `rows` replaces them. `rows` stays an own enumerable property, so JSON and the worker's copy
 * see the table as before.
 */
export function columnTable(located: ReadTable['located'], columns: TypedColumns & { allRows(): TypedRow[] }): ReadTable {
  let rows: TypedRow[] | null = null;
  const table = { located } as ReadTable;
  Object.defineProperty(table, 'rows', {
    enumerable: true,
    configurable: true,
    get(): TypedRow[] {
      if (rows === null) {
        rows = columns.allRows();
        registered.delete(table);
      }
      return rows;
    },
    set(v: TypedRow[]) {
      rows = v;
      registered.delete(table);
    },
  });
  registered.set(table, columns);
  return table;
}

/** The table's values as columns (see the file's comment). */
export function tableColumns(t: ReadTable): TypedColumns {
  const own = registered.get(t);
  if (own) return own;
  const rows = t.rows;
  const known = derived.get(rows);
  if (known && known.length === rows.length) return known.columns;
  const columns = rowColumns(rows);
  derived.set(rows, { length: rows.length, columns });
  return columns;
}

/** The number of records, without making rows. */
export function recordCount(t: ReadTable): number {
  return tableColumns(t).length;
}

/** Columns over rows already made: each value is the row's own typed value. */
function rowColumns(rows: TypedRow[]): TypedColumns {
  const fields = new Map<string, FieldColumn>();
  const typedAt = (key: string, i: number) => (rows[i].values as Partial<Record<string, TypedValue>>)[key];
  const columnOf = (key: string): FieldColumn => ({
    value: (i) => typedAt(key, i)?.value,
    num: (i) => {
      const v = typedAt(key, i)?.value;
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    },
    typed: (i) => typedAt(key, i),
    text: (i) => (typedAt(key, i)?.text ?? '').trim(),
    cellRow: (i) => {
      const tv = typedAt(key, i);
      if (!tv) return -1;
      const m = /(\d+)$/.exec(tv.cell);
      return m ? Number(m[1]) - 1 : rows[i].row;
    },
  });
  for (const r of rows) for (const k of Object.keys(r.values)) if (!fields.has(k)) fields.set(k, columnOf(k));
  return {
    length: rows.length,
    row: (i) => rows[i].row,
    isTotal: (i) => rows[i].isTotal,
    sheet: (i) => rows[i].sheet,
    field: (key) => fields.get(key),
    rowAt: (i) => rows[i],
  };
}
