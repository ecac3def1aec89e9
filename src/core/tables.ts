/** What the reader produces: where each table is, and its rows typed, each value keeping its cell. */
import type { CellValue } from './snapshot';
import type { FieldKey, TableName } from './schema';

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
  /** Field key -> 0-based sheet column (a field the table lacks has no entry). */
  columns: TableColumns;
  /**
   * Field key -> its header's words as written («Dự toán huyện giao»), for wording the outputs in the clerk's terms
   * (read/columnHeadings.ts); absent for a table whose header is not a row of labels (the info block).
   */
  headings?: Record<string, string>;
  /** Unit of amount fields (tables with amounts only). */
  unit?: AmountUnit;
  /** True when the user pinned this table or some of its columns. */
  pinned?: boolean;
  /**
   * True when its rows are consecutive periods («Tháng 01/2025», «Tháng 02/2025», …), not fields (read/periodRows.ts):
   * a stock (TTHC pending, carried over) is then the last or the first row's, never their sum.
   */
  periodRows?: boolean;
  /**
   * True when the documents issued are kept as counts by kind (read/documentCounts.ts): each row a kind (`type`) and
   * its `count`, not a document; figures/documents.ts adds the counts.
   */
  countsByKind?: boolean;
  /**
   * The periods its own title lines state ("QUÝ I NĂM 2023", "(Số liệu đến ngày 30/03/2023)"), nearest the
   * header first (read/periodTitle.ts statedPeriods); absent when they state none. The draft dates the table's
   * figures by them (word/sections/context.ts tableDates).
   */
  stated?: StatedDates[];
  /**
   * Every place the table was read from, the first being `sheet` and `range`, when it was read from several: a
   * staff list kept on a sheet per category or unit, revenue and expenditure kept as two tables (read/index.ts).
   * Absent when read from one. The front doors list each part (tester 11 item 2).
   */
  parts?: TablePart[];
  /**
   * True when its `parts` are consecutive periods making the report period, in order of time (sheets «T7», «T8»,
   * «T9» of a quarter, read/index.ts): flows are summed over the parts, a stock (TTHC pending, carried over) is the
   * last or the first part's (figures/tthc.ts); each part's rows are checked apart.
   */
  periodParts?: boolean;
}

/** One place a table was read from: a sheet and the range from its header's top row to its last data row. */
export interface TablePart {
  sheet: string;
  range: string;
  /** The part of the report period it holds (Excel serials), for a table of `periodParts`. */
  period?: { start: number; end: number };
}

/**
 * The rows of a table of `periodParts`, one list per part in the parts' order (a row belongs to the part on its sheet
 * whose range holds its row); null for any other table.
 */
export function rowsByPart(t: ReadTable): TypedRow[][] | null {
  const parts = t.located.periodParts ? t.located.parts : undefined;
  if (!parts) return null;
  const spans = parts.map((p) => {
    const [a, b = a] = p.range.split(':');
    const row = (ref: string) => Number(/\d+$/.exec(ref)?.[0] ?? NaN) - 1;
    return { sheet: p.sheet, top: row(a), bottom: row(b) };
  });
  const out: TypedRow[][] = parts.map(() => []);
  for (const r of t.rows) {
    const i = spans.findIndex((s) => s.sheet === r.sheet && r.row >= s.top && r.row <= s.bottom);
    if (i >= 0) out[i].push(r);
  }
  return out;
}

/** A period one title line of a table states: Excel serials of its first and last day, and the line's cell. */
export interface StatedDates {
  start: number;
  end: number;
  /** The line's first filled cell, A1. */
  cell: string;
  /** Only a whole year is named ("NĂM 2023"): the year of a plan, not the day the figures stand at. */
  wholeYear: boolean;
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

/**
 * A row's values and a table's columns, by field key of the schema (issue 13 point 5): `row.values.recieved`
 * fails to compile. A field the table lacks has no entry, so every entry may be undefined.
 */
export type RowValues = { [K in FieldKey]?: TypedValue };
export type TableColumns = { [K in FieldKey]?: number };

/** A row's value under a key known only at run time (a key named in code reads `row.values.key`, checked). */
export function valueAt(row: TypedRow, key: string): TypedValue | undefined {
  return (row.values as Partial<Record<string, TypedValue>>)[key];
}

/** A table's column for a key known only at run time (undefined when the table has none). */
export function columnAt(t: LocatedTable, key: string): number | undefined {
  return (t.columns as Partial<Record<string, number>>)[key];
}

export interface TypedRow {
  table: TableName;
  sheet: string;
  /** 0-based sheet row. */
  row: number;
  /** By field key; a field the row lacks has no entry. */
  values: RowValues;
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
