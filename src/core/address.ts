/** A1 addresses. Rows and columns in the core are 0-based; A1 text is 1-based. */

export function columnLetter(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  const start = a1(top, left);
  const end = a1(bottom, right);
  return start === end ? start : `${start}:${end}`;
}

export interface CellPos {
  row: number;
  col: number;
}

/** Parses "B7" (and "$B$7"); returns null for anything else. */
export function parseA1(ref: string): CellPos | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** Parses "B3:D9" (or a single cell) into its corners. */
export function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b = a] = ref.split(':');
  const p = parseA1(a);
  const q = parseA1(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/** A sheet name as it must appear in a formula or hyperlink: 'Thu chi'!A1. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** An issue may name several cells ("E6, E7"): the addresses one by one. */
export function splitCells(cells: string): string[] {
  return cells
    .split(/[,;]/)
    .map((c) => c.trim())
    .filter((c) => c !== '' && parseRange(c) !== null);
}
