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

/** One line of text of `size` pt, in points, rounded up to Excel's 0,75 pt (a pixel): 15,75 at 12 pt, 18,75 at 14. */
export function lineHeight(size = 12): number {
  return Math.ceil((size * LINE_PT) / 12 / 0.75 - 1e-9) * 0.75;
}

/**
 * Every row's height in points, by 0-based row, from the first row to the last holding a cell: a row of wrapped text
 * (a merged cell wraps in its merged width) as tall as its lines, any other as one line of its largest font, a blank
 * row one line of 12 pt. All are written explicitly, so the page breaks counted from them (pageBreaks) fall where
 * Excel and LibreOffice break.
 */
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
  let last = -1;
  for (const c of layout.cells) {
    last = Math.max(last, c.row);
    let h = lineHeight(c.size);
    if (c.wrap && typeof c.value === 'string' && c.value !== '') {
      const width = span.get(`${c.row},${c.col}`) ?? layout.columnWidths[c.col] ?? 8;
      const lines = linesOf(c.value, width);
      if (lines > 1) h = Math.ceil(lines * LINE_PT * ((c.size ?? 12) / 12) + 2);
    }
    out[c.row] = Math.max(out[c.row] ?? 0, h);
  }
  for (let r = 0; r <= last; r++) out[r] ??= lineHeight();
  return out;
}

/** Printable height of A4 in points with the sheet's margins (0,75 in top and bottom; the page header sits in the top one). */
export const A4_PORTRAIT_HEIGHT_PT = (11.69 - 1.5) * 72;
export const A4_LANDSCAPE_HEIGHT_PT = (8.27 - 1.5) * 72;

/**
 * The height of sheet rows, in points, one printed page holds: the printable height at 100%. Fitting the columns one
 * page wide only ever scales down, which makes room (a workbook whose default font is wider than Calibri 11 has wider
 * columns: LibreOffice without Calibri printed the example at 72%), so the pages counted at 100% always fit.
 */
export function pageCapacity(page: NonNullable<SheetLayout['page']>): number {
  return page.orientation === 'landscape' ? A4_LANDSCAPE_HEIGHT_PT : A4_PORTRAIT_HEIGHT_PT;
}

/** Rows kept on one page: `from` (the lines that introduce a table: its heading, unit, caption) to `to`, `head` its header row. */
export interface KeepTogether {
  from: number;
  head: number;
  to: number;
}

/** A table's keep widened upward over the lines right above it (up to a blank row or another table), which then go with it. */
export function withLeadIn(keeps: KeepTogether[], filledRows: Set<number>): KeepTogether[] {
  const inTable = (r: number) => keeps.some((k) => r >= k.head && r <= k.to);
  return keeps.map((k) => {
    let from = k.from;
    while (from > 0 && filledRows.has(from - 1) && !inTable(from - 1)) from--;
    return { ...k, from };
  });
}

/**
 * Where the printed pages start (0-based rows, ascending, row 0 never), every page's end set so that no kept span
 * (a figures table with the lines above it) is cut when it fits a page, and a longer one (the issue list) is not cut
 * right after its header: it starts a page when what is left of the current one cannot hold it, its header and
 * first row. `heights`: each row's height in points; `capacity`: a page's height in the same points (pageCapacity);
 * `titleHeight`: the print titles' rows, kept free on every page. Breaks are set at every page's end, not only before
 * a kept span, so the pages are the ones counted here whatever a printer would fit.
 */
export function pageBreaks(heights: number[], capacity: number, titleHeight: number, keeps: KeepTogether[]): number[] {
  const cap = capacity - titleHeight;
  const sum = (a: number, b: number) => heights.slice(a, b + 1).reduce((s, h) => s + h, 0);
  const startsAt = new Map<number, KeepTogether>();
  for (const k of [...keeps].sort((a, b) => a.from - b.from)) {
    // Overlapping or touching spans are one: a heading kept with its unit line, and the table right under them.
    const prev = [...startsAt.values()].find((p) => k.from <= p.to + 1);
    if (prev) prev.to = Math.max(prev.to, k.to);
    else startsAt.set(k.from, { ...k });
  }
  const breaks: number[] = [];
  let y = 0;
  for (let r = 0; r < heights.length; r++) {
    const k = startsAt.get(r);
    if (k && y > 0) {
      const whole = sum(k.from, k.to);
      const need = whole <= cap ? whole : sum(k.from, Math.min(k.to, k.head + 1));
      if (y + need > cap) {
        breaks.push(r);
        y = 0;
      }
    }
    if (y > 0 && y + heights[r] > cap) {
      breaks.push(r);
      y = 0;
    }
    y += heights[r];
  }
  return breaks;
}

/** Excel's longest header or footer text. */
const HEADER_MAX = 255;

/**
 * The page header in Excel's header codes (ECMA-376 Part 1 §18.3.1.39; Office.js takes the same codes per section):
 * the lines centred, the first bold, in Times New Roman 10 pt, the page number and count at the right («2/3»). A «&»
 * of the text is doubled; the last line is shortened so the whole header keeps within Excel's 255 characters.
 */
export function headerSections(lines: string[]): { center: string; right: string } {
  const font = (style: string) => `&"Times New Roman,${style}"`;
  const esc = (t: string) => t.replace(/&/g, '&&');
  const right = `&10${font('Regular')}&P/&N`;
  const center = (ls: string[]) =>
    `&10${font('Bold')}${esc(ls[0] ?? '')}${ls
      .slice(1)
      .map((l) => `\n${font('Regular')}${esc(l)}`)
      .join('')}`;
  const out = [...lines];
  let c = center(out);
  const fits = () => `&C${c}&R${right}`.length <= HEADER_MAX;
  for (let keep = (lines[lines.length - 1] ?? '').length - 1; !fits() && keep >= 0; keep--) {
    out[out.length - 1] = `${lines[lines.length - 1].slice(0, keep)}…`;
    c = center(out);
  }
  return { center: c, right };
}

/** The page header as one header code (a worksheet's oddHeader). */
export function headerCode(lines: string[]): string {
  const { center, right } = headerSections(lines);
  return `&C${center}&R${right}`;
}
