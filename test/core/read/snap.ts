/** Builds snapshots for reader tests from 2-D arrays (rows may be ragged; they are padded). */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../src/core/snapshot';
import { parseA1 } from '../../../src/core/address';

export interface SheetOptions {
  origin?: { row: number; col: number };
  merges?: string[];
  /** A1 (sheet coordinates) -> number format. */
  formats?: Record<string, string>;
  /** A1 (sheet coordinates) -> font name. */
  fonts?: Record<string, string>;
  madeByAddin?: boolean;
}

export function sheet(name: string, rows: CellValue[][], opts: SheetOptions = {}): SheetSnapshot {
  const width = Math.max(1, ...rows.map((r) => r.length));
  const values = rows.map((r) => [...r, ...new Array(width - r.length).fill(null)] as CellValue[]);
  const origin = opts.origin ?? { row: 0, col: 0 };
  const grid = <T>(map: Record<string, T> | undefined): (T | null)[][] | undefined => {
    if (!map) return undefined;
    const out = values.map((r) => r.map(() => null as T | null));
    for (const [ref, v] of Object.entries(map)) {
      const p = parseA1(ref);
      if (!p) throw new Error(`bad ref ${ref}`);
      const r = p.row - origin.row;
      const c = p.col - origin.col;
      if (out[r] && c >= 0 && c < width) out[r][c] = v;
    }
    return out;
  };
  const s: SheetSnapshot = { name, origin, values };
  const formats = grid(opts.formats);
  const fonts = grid(opts.fonts);
  if (formats) s.formats = formats;
  if (fonts) s.fonts = fonts;
  if (opts.merges) s.merges = opts.merges;
  if (opts.madeByAddin) s.madeByAddin = true;
  return s;
}

export function book(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}
