/**
 * The reader's typed columns (../columns.ts): per field, numbers and dates in a Float64Array (NaN = null) or
 * values as shared strings, each read from the cell at (the record's row, the field's column). The few values
 * read elsewhere keep their own place: a blank inside a cell merged down shows that cell ("moved"), and a
 * value given by a heading row or joined from two columns is a typed value of its own ("special"). A cell's
 * raw value, address and text are looked up on the grid only when asked.
 */
import type { FieldColumn, TypedColumns } from '../columns';
import type { TableName } from '../schema';
import type { TypedRow, TypedValue } from '../tables';
import type { Grid } from './grid';
import { LazyTypedValue } from './typedValue';

/** Packs a moved cell's row and column into one number (Excel has 16 384 columns). */
const COLS = 16384;

export class GridColumn implements FieldColumn {
  /** Numbers and dates (NaN = null), or null for a column of strings. */
  readonly numbers: Float64Array | null;
  readonly strings: (string | null)[] | null;
  private moved: Map<number, number> | null = null;
  private special: Map<number, TypedValue> | null = null;

  /**
   * `col`: the sheet column the field is read from, or -1 for a field with no column of its own (a category
   * or a field given by heading rows, a name joined from two columns): such a record has the value only when
   * one was set for it.
   */
  constructor(
    private readonly store: ColumnStore,
    readonly key: string,
    readonly col: number,
    numeric: boolean,
    capacity: number,
  ) {
    this.numbers = numeric ? new Float64Array(capacity).fill(NaN) : null;
    this.strings = numeric ? null : new Array<string | null>(capacity).fill(null);
  }

  /** Sets record n's value read at its own cell. */
  put(n: number, value: string | number | null): void {
    if (this.numbers !== null && (typeof value === 'number' || value === null)) this.numbers[n] = value === null ? NaN : value;
    else if (this.strings !== null && typeof value !== 'number') this.strings[n] = value;
    else this.setSpecial(n, new LazyTypedValue(this.store.grid, this.store.rowOf(n), this.col, value, this.store.grid.raw(this.store.rowOf(n), this.col)));
  }

  /** Sets record n's number read at its own cell (put without a value that may be a string). */
  putNumber(n: number, x: number): void {
    if (this.numbers !== null) this.numbers[n] = x;
    else this.put(n, x);
  }

  /** Record n's value was read from another cell (a cell merged down over it). */
  moveTo(n: number, row: number, col: number): void {
    (this.moved ??= new Map()).set(n, row * COLS + col);
  }

  /** Record n's value is `tv` itself (a heading's, a joined name). */
  setSpecial(n: number, tv: TypedValue): void {
    (this.special ??= new Map()).set(n, tv);
    const v = tv.value;
    if (this.numbers !== null) this.numbers[n] = typeof v === 'number' ? v : NaN;
    else if (this.strings !== null) this.strings[n] = typeof v === 'string' ? v : null;
  }

  /** Forgets record n (a line that turned out not to be a record). */
  clear(n: number): void {
    this.moved?.delete(n);
    this.special?.delete(n);
    if (this.numbers !== null) this.numbers[n] = NaN;
    if (this.strings !== null) this.strings[n] = null;
  }

  inOwnRows(): boolean {
    return this.col >= 0 && this.moved === null && this.special === null;
  }

  numberArray(): Float64Array | null {
    return this.special === null ? this.numbers : null;
  }

  private has(i: number): boolean {
    return this.col >= 0 || (this.special !== null && this.special.has(i));
  }

  value(i: number): string | number | null | undefined {
    if (this.special !== null) {
      const s = this.special.get(i);
      if (s !== undefined) return s.value;
    }
    if (this.col < 0) return undefined;
    if (this.numbers !== null) {
      const v = this.numbers[i];
      return v === v ? v : null;
    }
    return this.strings![i];
  }

  num(i: number): number | null {
    if (this.special !== null) {
      const s = this.special.get(i);
      if (s !== undefined) return typeof s.value === 'number' && Number.isFinite(s.value) ? s.value : null;
    }
    if (this.numbers === null || this.col < 0) return null;
    const v = this.numbers[i];
    return v === v ? v : null;
  }

  typed(i: number): TypedValue | undefined {
    const s = this.special?.get(i);
    if (s !== undefined) return s;
    if (!this.has(i)) return undefined;
    const [row, col] = this.cellOf(i);
    const v = this.value(i);
    return new LazyTypedValue(this.store.grid, row, col, v === undefined ? null : v, this.store.grid.raw(row, col));
  }

  text(i: number): string {
    const s = this.special?.get(i);
    if (s !== undefined) return (s.text ?? '').trim();
    if (!this.has(i)) return '';
    const [row, col] = this.cellOf(i);
    return this.store.grid.text(row, col).trim();
  }

  cellRow(i: number): number {
    const s = this.special?.get(i);
    if (s !== undefined) {
      if (s instanceof LazyTypedValue) return s.row;
      const m = /(\d+)$/.exec(s.cell);
      return m ? Number(m[1]) - 1 : this.store.rowOf(i);
    }
    if (!this.has(i)) return -1;
    const p = this.moved?.get(i);
    return p === undefined ? this.store.rowOf(i) : Math.floor(p / COLS);
  }

  /** The sheet row and column record i's value was read from. */
  private cellOf(i: number): [number, number] {
    const p = this.moved?.get(i);
    return p === undefined ? [this.store.rowOf(i), this.col] : [Math.floor(p / COLS), p % COLS];
  }
}

/** The typed columns of one table read from one grid, filled record by record by typeRows. */
export class ColumnStore implements TypedColumns {
  length = 0;
  private readonly rows: Int32Array;
  private readonly totals: Uint8Array;
  private levels: Map<number, number> | null = null;
  private readonly fields = new Map<string, GridColumn>();
  private readonly made: (TypedRow | undefined)[] = [];

  /** `capacity`: at least the number of records to come (the candidate's data rows). */
  constructor(
    readonly grid: Grid,
    readonly table: TableName,
    private readonly capacity: number,
  ) {
    this.rows = new Int32Array(capacity);
    this.totals = new Uint8Array(capacity);
  }

  /** A column for `key`, read from sheet column `col` (-1: set record by record, see GridColumn). */
  addField(key: string, col: number, numeric: boolean): GridColumn {
    let c = this.fields.get(key);
    if (!c) this.fields.set(key, (c = new GridColumn(this, key, col, numeric, this.capacity)));
    return c;
  }

  /** The index the next record takes, its sheet row set (its values may be set before `commit`). */
  begin(row: number): number {
    this.rows[this.length] = row;
    return this.length;
  }

  /** Keeps the record begun last. */
  commit(isTotal: boolean, level?: number): void {
    const n = this.length;
    this.totals[n] = isTotal ? 1 : 0;
    if (level !== undefined) (this.levels ??= new Map()).set(n, level);
    this.length++;
  }

  /** Sets the outline level of record `i`, once the table's rows show it (a TTHC table's group rows). */
  setLevel(i: number, level: number): void {
    (this.levels ??= new Map()).set(i, level);
  }

  /** Makes record `i` a total row (a Biểu 06 row without a field name that sums the others: unlabelledRows.ts). */
  markTotal(i: number): void {
    this.totals[i] = 1;
    const r = this.made[i];
    if (r !== undefined) r.isTotal = true;
  }

  /** Drops the values set for the record begun last. */
  discard(): void {
    for (const c of this.fields.values()) c.clear(this.length);
  }

  rowOf(i: number): number {
    return this.rows[i];
  }

  row(i: number): number {
    return this.rows[i];
  }

  isTotal(i: number): boolean {
    return this.totals[i] === 1;
  }

  sheet(): string {
    return this.grid.name;
  }

  field(key: string): FieldColumn | undefined {
    return this.fields.get(key);
  }

  /** The record's typed value of `key`, as a row would hold it (for the reader's own checks while typing). */
  typedOf(key: string, i: number): TypedValue | undefined {
    return this.fields.get(key)?.typed(i);
  }

  rowAt(i: number): TypedRow {
    let r = this.made[i];
    if (r === undefined) {
      const values: Record<string, TypedValue> = {};
      for (const [key, c] of this.fields) {
        const tv = c.typed(i);
        if (tv !== undefined) values[key] = tv;
      }
      r = { table: this.table, sheet: this.grid.name, row: this.rows[i], values, isTotal: this.totals[i] === 1 };
      const level = this.levels?.get(i);
      if (level !== undefined) r.level = level;
      this.made[i] = r;
    }
    return r;
  }

  allRows(): TypedRow[] {
    const out = new Array<TypedRow>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.rowAt(i);
    return out;
  }

  /** The sheet rows of the records, in order. */
  recordRows(): number[] {
    // A loop, not Array.from: a long log's 100 000 rows are copied without an iterator.
    const out = new Array<number>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.rows[i];
    return out;
  }
}
