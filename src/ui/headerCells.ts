/**
 * The header cells of a located table, to choose a field's column from on the web page (issue 11 §3),
 * where there is no selection to pin to. Pure: reads the snapshot the host made.
 */
import { columnLetter, parseRange } from '../core/address';
import type { CellValue, SheetBlock, WorkbookSnapshot } from '../core/snapshot';
import type { LocatedTable } from '../core/tables';

export interface HeaderCell {
  /** Column letter, "D". */
  column: string;
  /** The header's text, the rows of a two-level header joined by " / "; '' when blank. */
  text: string;
}

function valueAt(block: SheetBlock, row: number, col: number): CellValue | undefined {
  return block.values[row - block.origin.row]?.[col - block.origin.col];
}

const textOf = (v: CellValue | undefined) => (v === null || v === undefined || typeof v === 'object' ? '' : String(v).replace(/\s+/g, ' ').trim());

/** Every column of the table's range with its header text, left to right; [] when the sheet is gone. */
export function headerCells(snapshot: WorkbookSnapshot, located: Pick<LocatedTable, 'sheet' | 'range' | 'headerRows'>): HeaderCell[] {
  const sheet = snapshot.sheets.find((s) => s.name === located.sheet);
  const box = parseRange(located.range);
  if (!sheet || !box) return [];
  const blocks: SheetBlock[] = [sheet, ...(sheet.blocks ?? [])];
  const out: HeaderCell[] = [];
  for (let col = box.left; col <= box.right; col++) {
    const parts: string[] = [];
    for (const row of located.headerRows) {
      let v: CellValue | undefined;
      for (const b of blocks) if (v === undefined) v = valueAt(b, row, col);
      const t = textOf(v);
      if (t && !parts.includes(t)) parts.push(t);
    }
    out.push({ column: columnLetter(col), text: parts.join(' / ') });
  }
  return out;
}
