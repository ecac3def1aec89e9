/**
 * Formulas saved without their result (no `<v>`, as openpyxl and other programs write them): those of plain
 * arithmetic over cells of the same sheet are computed here, so that the figures need not wait for the file to be
 * opened and saved in Excel (tester 11 item 9). Pure; no library: the maintained Excel engines (HyperFormula,
 * hot-formula-parser with formula.js) are far larger than this small grammar needs.
 *
 * The grammar, as the file's XML writes a formula (no leading «=», «,» between arguments):
 *   expr := term (("+" | "-") term)*      term := unary (("*" | "/") unary)*
 *   unary := ("-" | "+") unary | number | ref | "(" expr ")" | SUM "(" arg ("," arg)* ")"
 *   arg := ref ":" ref | expr             ref := $?COL$?ROW (A1, $D$2)
 * A cell referred to holds a number, is blank (0, as in Excel), or is another such formula (computed first; a
 * cycle computes nothing). SUM adds the numbers of a range and skips its blanks and text, as Excel does. Anything
 * else (another function, another sheet, a name, text or a boolean in arithmetic, a division by zero) computes
 * nothing: the cell stays without a value, as before.
 */
import type { CellValue } from '../../core/snapshot';

/** A formula cell without its saved result: 0-based row and column, the formula's text as stored. */
export interface StoredFormula {
  row: number;
  col: number;
  text: string;
}

/** What a cell holds, by 0-based row and column (undefined or null: blank). */
export type CellLookup = (row: number, col: number) => CellValue | undefined;

/** Thrown inside the evaluator: the formula is not one computed here. */
class NotComputed extends Error {}

const key = (row: number, col: number) => `${row},${col}`;

/** How many formulas waiting on one another are followed (each a few stack frames). */
const MAX_DEPTH = 1000;

/** How many cells all the formulas of a sheet may read in all (a few hundred milliseconds' work). */
const MAX_VISITS = 5_000_000;

/**
 * The values of the formulas that can be computed, by `"row,col"` key (0-based); the others are left out.
 * Numbers are rounded to 15 significant digits, as Excel shows them. `values` gives every stored value.
 */
export function computeFormulas(formulas: StoredFormula[], values: CellLookup): Map<string, number> {
  const pending = new Map(formulas.map((f) => [key(f.row, f.col), f.text]));
  const done = new Map<string, number | null>();
  const busy = new Set<string>();
  let visits = 0;
  const cell = (row: number, col: number): number | null | 'text' => {
    // SUM(A1:Z100000) in many cells would take minutes: past this many cells read in all, nothing more is computed.
    if (++visits > MAX_VISITS) throw new NotComputed('too much work');
    const k = key(row, col);
    if (pending.has(k)) {
      if (!done.has(k)) {
        if (busy.has(k)) throw new NotComputed('cycle');
        // A chain of formulas each waiting on the next is followed this deep, no deeper: a hostile sheet of 50 000
        // would overflow the stack and stop the whole reading.
        if (busy.size >= MAX_DEPTH) throw new NotComputed('too deep');
        busy.add(k);
        done.set(k, evaluate(pending.get(k)!, cell));
        busy.delete(k);
      }
      const v = done.get(k);
      if (v === null || v === undefined) throw new NotComputed('input');
      return v;
    }
    const v = values(row, col);
    if (v === null || v === undefined) return null;
    return typeof v === 'number' ? v : 'text';
  };
  const out = new Map<string, number>();
  for (const f of formulas) {
    const k = key(f.row, f.col);
    if (!done.has(k)) {
      busy.add(k);
      done.set(k, evaluate(f.text, cell));
      busy.delete(k);
    }
    const v = done.get(k);
    if (typeof v === 'number') out.set(k, v);
  }
  return out;
}

/** The value of one formula, or null when it is not one computed here. `cell` throws NotComputed for a bad input. */
function evaluate(text: string, cell: (row: number, col: number) => number | null | 'text'): number | null {
  try {
    const p = new Parser(text, cell);
    const v = p.expr();
    p.end();
    return Number.isFinite(v) ? Number(v.toPrecision(15)) : null;
  } catch (e) {
    if (e instanceof NotComputed) return null;
    throw e;
  }
}

const TOKEN = /\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+)|(\$?[A-Za-z]{1,3}\$?\d{1,7})(?![\w(!])|(SUM)\s*\(|([-+*/(),:]))/y;

class Parser {
  private pos = 0;
  private tok: { kind: 'num' | 'ref' | 'sum' | 'op'; text: string } | null = null;

  constructor(
    private readonly src: string,
    private readonly cell: (row: number, col: number) => number | null | 'text',
  ) {
    this.next();
  }

  private next(): void {
    TOKEN.lastIndex = this.pos;
    if (/^\s*$/.test(this.src.slice(this.pos))) {
      this.tok = null;
      this.pos = this.src.length;
      return;
    }
    const m = TOKEN.exec(this.src);
    if (!m) throw new NotComputed('token');
    this.pos = TOKEN.lastIndex;
    this.tok = m[1] ? { kind: 'num', text: m[1] } : m[2] ? { kind: 'ref', text: m[2] } : m[3] ? { kind: 'sum', text: 'SUM' } : { kind: 'op', text: m[4] };
  }

  private isOp(op: string): boolean {
    return this.tok?.kind === 'op' && this.tok.text === op;
  }

  private expect(op: string): void {
    if (!this.isOp(op)) throw new NotComputed(op);
    this.next();
  }

  end(): void {
    if (this.tok) throw new NotComputed('trailing');
  }

  expr(): number {
    let v = this.term();
    while (this.isOp('+') || this.isOp('-')) {
      const op = this.tok!.text;
      this.next();
      const w = this.term();
      v = op === '+' ? v + w : v - w;
    }
    return v;
  }

  private term(): number {
    let v = this.unary();
    while (this.isOp('*') || this.isOp('/')) {
      const op = this.tok!.text;
      this.next();
      const w = this.unary();
      if (op === '/' && w === 0) throw new NotComputed('#DIV/0!');
      v = op === '*' ? v * w : v / w;
    }
    return v;
  }

  private unary(): number {
    const t = this.tok;
    if (!t) throw new NotComputed('end');
    if (this.isOp('-') || this.isOp('+')) {
      this.next();
      const v = this.unary();
      return t.text === '-' ? -v : v;
    }
    if (this.isOp('(')) {
      this.next();
      const v = this.expr();
      this.expect(')');
      return v;
    }
    if (t.kind === 'num') {
      this.next();
      return Number(t.text);
    }
    if (t.kind === 'ref') {
      this.next();
      if (this.isOp(':')) throw new NotComputed('range outside SUM');
      const v = this.valueAt(t.text);
      if (v === 'text') throw new NotComputed('#VALUE!');
      return v ?? 0;
    }
    if (t.kind === 'sum') {
      this.next();
      let total = this.sumArg();
      while (this.isOp(',')) {
        this.next();
        total += this.sumArg();
      }
      this.expect(')');
      return total;
    }
    throw new NotComputed('operand');
  }

  /** One argument of SUM: a range (its numbers added, blanks and text skipped) or an expression. */
  private sumArg(): number {
    const t = this.tok;
    if (t?.kind === 'ref') {
      const save = { pos: this.pos, tok: this.tok };
      this.next();
      if (this.isOp(':')) {
        this.next();
        const end = this.tok;
        if (end?.kind !== 'ref') throw new NotComputed('range');
        this.next();
        return this.sumRange(t.text, end.text);
      }
      // A lone reference: SUM skips its text as it does a range's.
      if (this.isOp(',') || this.isOp(')')) {
        const v = this.valueAt(t.text);
        return typeof v === 'number' ? v : 0;
      }
      this.pos = save.pos;
      this.tok = save.tok;
    }
    return this.expr();
  }

  private sumRange(a: string, b: string): number {
    const p = parseRef(a);
    const q = parseRef(b);
    let total = 0;
    for (let r = Math.min(p.row, q.row); r <= Math.max(p.row, q.row); r++)
      for (let c = Math.min(p.col, q.col); c <= Math.max(p.col, q.col); c++) {
        const v = this.cell(r, c);
        if (typeof v === 'number') total += v;
      }
    return total;
  }

  private valueAt(ref: string): number | null | 'text' {
    const p = parseRef(ref);
    return this.cell(p.row, p.col);
  }
}

/** «$D$2» → 0-based row 1, column 3. */
function parseRef(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) throw new NotComputed('ref');
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  const row = Number(m[2]);
  if (row < 1 || row > 1048576 || col > 16384) throw new NotComputed('ref');
  return { row: row - 1, col: col - 1 };
}
