/**
 * How the report sheet prints (issue 10 §2): on A4 at a readable scale, every wrapped row as tall
 * as its lines, the orientation the columns need.
 *
 * Units: column widths in characters (Excel's width: the default font's digit width), heights in
 * points. Excel's width w is (7w + 5) px on screen and 0.75 pt a pixel in print.
 */
import { parseRange } from '../address';
import type { SheetLayout } from './types';

/** Printable width of A4 in points with Excel's default margins (0.7 in left and right). */
export const A4_PORTRAIT_PT = (8.27 - 1.4) * 72;
export const A4_LANDSCAPE_PT = (11.69 - 1.4) * 72;

/** Printed width of the columns, in points, at 100%. */
export function printedWidth(widths: number[]): number {
  return widths.reduce((s, w) => s + (w * 7 + 5) * 0.75, 0);
}

/** Portrait when the columns fit the page at 100%, else landscape; both scaled to one page wide. */
export function pageFor(widths: number[]): NonNullable<SheetLayout['page']> {
  return { orientation: printedWidth(widths) <= A4_PORTRAIT_PT ? 'portrait' : 'landscape', fitToWidth: true };
}

/** One line of 12 pt text, in points, as Excel and LibreOffice size it (with its leading). */
const LINE_PT = 15.75;
/** Characters of Vietnamese text in a line of a column `width` characters wide: LibreOffice fits about 1,25 × the width at Times New Roman 12; kept on the safe side. */
const perLine = (width: number) => Math.max(1, Math.floor(width * 1.15) - 1);

/** Lines a text takes in a column `width` characters wide: each paragraph wrapped by words. */
export function linesOf(text: string, width: number): number {
  const n = perLine(width);
  let lines = 0;
  for (const para of text.split('\n')) {
    let line = 0;
    lines++;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const w = word.length;
      if (line > 0 && line + 1 + w > n) {
        lines++;
        line = 0;
      }
      line += (line > 0 ? 1 : 0) + w;
      while (line > n) {
        lines++;
        line -= n;
      }
    }
  }
  return Math.max(1, lines);
}

/** Heights of the rows holding wrapped text (a merged cell wraps in its merged width); other rows keep the default. */
export function rowHeights(layout: Pick<SheetLayout, 'cells' | 'merges' | 'columnWidths'>): Record<number, number> {
  const span = new Map<string, number>();
  for (const m of layout.merges) {
    const r = parseRange(m);
    if (!r || r.top !== r.bottom) continue;
    let w = 0;
    for (let c = r.left; c <= r.right; c++) w += layout.columnWidths[c] ?? 8;
    span.set(`${r.top},${r.left}`, w);
  }
  const out: Record<number, number> = {};
  for (const c of layout.cells) {
    if (!c.wrap || typeof c.value !== 'string' || c.value === '') continue;
    const width = span.get(`${c.row},${c.col}`) ?? layout.columnWidths[c.col] ?? 8;
    const lines = linesOf(c.value, width);
    const size = (c.size ?? 12) / 12;
    const h = Math.ceil(lines * LINE_PT * size + 2);
    if (lines > 1 && h > (out[c.row] ?? 0)) out[c.row] = h;
  }
  return out;
}
