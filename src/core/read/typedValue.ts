/**
 * A typed value whose cell address and text are worked out only when something asks for them (an issue,
 * a source reference, the Word draft): a 100 000-row log has 800 000 values, and almost none is ever
 * named (issue 15 point 3). Reads like the plain TypedValue of ../tables.ts.
 *
 * The grid is kept under a symbol, so that neither JSON nor a structured clone carries it; since a clone
 * does not carry the getters either, whatever crosses to a Web Worker goes through plainAnalysisValues first.
 */
import { a1, columnLetter } from '../address';
import type { CellValue } from '../snapshot';
import type { TypedValue } from '../tables';
import type { Grid } from './grid';

const GRID = Symbol('grid');

export class LazyTypedValue implements TypedValue {
  value: string | number | null;
  readonly raw: CellValue;
  /** 0-based sheet row and column of the cell the value was read from. */
  readonly row: number;
  readonly col: number;
  private readonly [GRID]: Grid;

  constructor(grid: Grid, row: number, col: number, value: string | number | null, raw: CellValue) {
    this.value = value;
    this.raw = raw;
    this.row = row;
    this.col = col;
    this[GRID] = grid;
  }

  /** A1 address on the sheet. */
  get cell(): string {
    return cellA1(this.row, this.col);
  }

  /** The text as written, after NFC and legacy conversion, trimmed. */
  get text(): string {
    return this[GRID].text(this.row, this.col).trim();
  }

  toJSON(): TypedValue {
    return plainTypedValue(this);
  }
}

export function plainTypedValue(v: TypedValue): TypedValue {
  return { value: v.value, raw: v.raw, cell: v.cell, text: v.text };
}

/**
 * A copy of `x` (arrays and plain objects walked, other values shared) with every LazyTypedValue made
 * plain: what may be posted to or from a Web Worker, whose structured clone keeps own fields only.
 */
export function plainAnalysisValues<T>(x: T): T {
  return plainOf(x) as T;
}

function plainOf(x: unknown): unknown {
  if (x === null || typeof x !== 'object') return x;
  if (x instanceof LazyTypedValue) return plainTypedValue(x);
  if (Array.isArray(x)) return x.map(plainOf);
  const proto = Object.getPrototypeOf(x);
  if (proto !== Object.prototype && proto !== null) return x;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(x)) out[k] = plainOf((x as Record<string, unknown>)[k]);
  return out;
}

/**
 * Column letters repeat on every row and row numbers on every column: each is written out once
 * (a1 would rebuild both per cell).
 */
const letters: string[] = [];
let lastRow = -1;
let lastRowText = '';
function cellA1(row: number, col: number): string {
  if (col < 0 || col > 16383) return a1(row, col);
  let l = letters[col];
  if (l === undefined) letters[col] = l = columnLetter(col);
  if (row !== lastRow) {
    lastRow = row;
    lastRowText = String(row + 1);
  }
  return l + lastRowText;
}
