/** What the reader produces: where each table is, and its rows typed, each value keeping its cell. */
import type { CellValue } from './snapshot';
import type { TableName } from './schema/types';

export interface CellRef {
  sheet: string;
  /** A1 address. */
  cell: string;
}

/** A unit of amounts: how many đồng one unit is. */
export interface AmountUnit {
  /** 1 (đồng), 1e3 (nghìn đồng), 1e6 (triệu đồng), 1e9 (tỷ đồng). */
  factor: number;
  /** The text it was read from, e.g. "ĐVT: nghìn đồng". */
  text: string;
  /** Where it was read; absent when assumed (đồng). */
  source?: CellRef;
}

export interface LocatedTable {
  table: TableName;
  sheet: string;
  /** Header rows through the last data row, A1 (e.g. "A4:H17"). */
  range: string;
  /** 0-based sheet rows of the header (one or two). */
  headerRows: number[];
  /** 0-based sheet rows holding data (blank rows and the numbering row excluded). */
  dataRows: number[];
  /** Field key -> 0-based sheet column. */
  columns: Record<string, number>;
  /** Unit of amount fields (tables with amounts only). */
  unit?: AmountUnit;
  /** True when the user pinned this table or some of its columns. */
  pinned?: boolean;
}

/** One value of a typed row. `value` is null when the cell is blank or could not be read. */
export interface TypedValue {
  value: string | number | null;
  /** For dates: value is an Excel serial number (days, fraction = time). */
  raw: CellValue;
  cell: string;
  /** The text as written, after NFC and legacy conversion (for messages and the report). */
  text: string;
}

export interface TypedRow {
  table: TableName;
  sheet: string;
  /** 0-based sheet row. */
  row: number;
  values: Record<string, TypedValue>;
  /** A "Tổng cộng" / "Cộng" row. */
  isTotal: boolean;
  /** Budget/investment outline level: 1 (I, II), 2 (1, 2), 3 (1.1, a)); absent elsewhere. */
  level?: number;
}

export interface ReadTable {
  located: LocatedTable;
  rows: TypedRow[];
}

/** The user's corrections to detection, kept with the workbook (settings / a hidden part). */
export interface Overrides {
  /** Pin a table to a range: { sheet, range: "B4:H20" } (the range's first row is the header). */
  tables?: Partial<Record<TableName, { sheet: string; range: string }>>;
  /** Pin a field to a column letter: { tthc: { online: "D" } }. */
  fields?: Partial<Record<TableName, Record<string, string>>>;
}
