/**
 * The legacy encoding a column of a sheet, or failing that the sheet, is typed in, told by the cells that say so on
 * their own (read/grid.ts). A short cell («Tó», «Hïng», «TÝ», «Huøng») proves nothing alone: in Unicode it is a
 * word too, or a word of one letter changed; in a column whose other cells are TCVN3 (or VNI) it is TCVN3 too, and
 * is converted when it reads so (text/legacy.ts readsAs). Fonts not saved with the file leave only this evidence.
 */
import type { LegacyEncoding } from '../text/legacy';

/** What one cell says alone: converted from an encoding, Unicode beyond what a legacy font could make, or nothing. */
export type CellVerdict = LegacyEncoding | 'unicode' | null;

/** Cells with something to say looked at per column, and over the sheet, at most (a list's first rows suffice), and
 * cells visited at most (a long list of numbers and codes says nothing and is not walked to its end). */
const COLUMN_CELLS = 2_000;
const SHEET_CELLS = 5_000;
const COLUMN_VISITS = 20_000;
const SHEET_VISITS = 200_000;

interface Tally {
  tcvn3: number;
  vni: number;
  unicode: number;
}

/** The encoding most cells of a tally were converted from, when they outnumber the Unicode ones; else null. */
function decided(t: Tally): LegacyEncoding | null {
  const enc: LegacyEncoding = t.vni > t.tcvn3 ? 'vni' : 'tcvn3';
  const n = t[enc];
  return n > 0 && n > t.unicode ? enc : null;
}

const said = (t: Tally) => t.tcvn3 + t.vni + t.unicode > 0;

/**
 * The encoding of column `col`'s text by its cells over rows top..bottom (what `verdict` says of each, a cell's own
 * evidence, never this answer), or, when none of them says anything, the sheet's over all its cells. Null when the
 * evidence is Unicode, mixed evenly, or absent. Each column and the sheet are tallied once.
 */
export function legacyOfColumns(
  area: { top: number; bottom: number; left: number; right: number },
  verdict: (row: number, col: number) => CellVerdict,
): (col: number) => LegacyEncoding | null {
  const columns = new Map<number, LegacyEncoding | null>();
  let sheet: LegacyEncoding | null | undefined;
  const tallyColumn = (col: number): Tally => {
    const t: Tally = { tcvn3: 0, vni: 0, unicode: 0 };
    const last = Math.min(area.bottom, area.top + COLUMN_VISITS - 1);
    for (let r = area.top, seen = 0; r <= last && seen < COLUMN_CELLS; r++) {
      const v = verdict(r, col);
      if (v) {
        t[v]++;
        seen++;
      }
    }
    return t;
  };
  const sheetEncoding = (): LegacyEncoding | null => {
    if (sheet !== undefined) return sheet;
    const t: Tally = { tcvn3: 0, vni: 0, unicode: 0 };
    let seen = 0;
    let visits = 0;
    for (let r = area.top; r <= area.bottom && seen < SHEET_CELLS && visits < SHEET_VISITS; r++) {
      for (let c = area.left; c <= area.right; c++, visits++) {
        const v = verdict(r, c);
        if (v) {
          t[v]++;
          seen++;
        }
      }
    }
    return (sheet = decided(t));
  };
  return (col) => {
    if (columns.has(col)) return columns.get(col) ?? null;
    const t = tallyColumn(col);
    const enc = said(t) ? decided(t) : sheetEncoding();
    columns.set(col, enc);
    return enc;
  };
}
