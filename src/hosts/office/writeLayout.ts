/**
 * Queues a SheetLayout's writes on a worksheet, in bulk, without syncing: the caller syncs once.
 *
 * Text is written as text by giving every text cell the number format "@" before its value, in
 * the same bulk write. Without it Excel would parse the text: "=..." "+..." "-..." "@..." as
 * formulas, and "0123", "12/2024" or "1.234" as numbers or dates. The apostrophe prefix would
 * also work, but "@" also protects number-like text, leaves no visible mark in the formula bar,
 * and is what the file host's text cells mean too.
 */
import { columnLetter, quoteSheet } from '../../core/address';
import type { LayoutCell, SheetLayout } from '../../core/layout/types';
import { verticalOf } from '../../core/layout/vertical';
import { headerSections } from '../../core/layout/print';
import type { Features } from './features';

const DEFAULT_SIZE = 12;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;
const ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;

/** Excel column width in characters -> Office.js columnWidth in points (7 px a character plus 5 px padding, 0.75 pt a pixel). */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

interface RowBlock {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Maximal runs of consecutive rows that hold cells, each with its column span. */
export function rowBlocks(cells: LayoutCell[]): RowBlock[] {
  const rows = new Map<number, { left: number; right: number }>();
  for (const c of cells) {
    const r = rows.get(c.row);
    if (r) {
      r.left = Math.min(r.left, c.col);
      r.right = Math.max(r.right, c.col);
    } else rows.set(c.row, { left: c.col, right: c.col });
  }
  const blocks: RowBlock[] = [];
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const span = rows.get(row)!;
    const last = blocks[blocks.length - 1];
    if (last && last.bottom === row - 1) {
      last.bottom = row;
      last.left = Math.min(last.left, span.left);
      last.right = Math.max(last.right, span.right);
    } else blocks.push({ top: row, bottom: row, ...span });
  }
  return blocks;
}

export function queueLayout(ws: Excel.Worksheet, layout: SheetLayout, features: Features): void {
  const byPos = new Map<string, LayoutCell>();
  for (const c of layout.cells) byPos.set(`${c.row},${c.col}`, c);
  const cells = [...byPos.values()];

  // Values and number formats: one write of each per block of contiguous rows; null leaves a cell as it is.
  for (const b of rowBlocks(cells)) {
    const rows = b.bottom - b.top + 1;
    const cols = b.right - b.left + 1;
    const values: (string | number | null)[][] = [];
    const formats: (string | null)[][] = [];
    for (let i = 0; i < rows; i++) {
      values.push(new Array(cols).fill(null));
      formats.push(new Array(cols).fill(null));
    }
    for (const c of cells) {
      if (c.row < b.top || c.row > b.bottom) continue;
      const i = c.row - b.top;
      const j = c.col - b.left;
      values[i][j] = c.value;
      formats[i][j] = typeof c.value === 'string' ? '@' : (c.numFmt ?? null);
    }
    const range = ws.getRangeByIndexes(b.top, b.left, rows, cols);
    range.format.font.size = DEFAULT_SIZE;
    range.numberFormat = formats;
    range.values = values;
  }

  queueStyles(ws, cells);

  for (const m of layout.merges) ws.getRange(m).merge(false);

  // Widths and heights: one write per run of equal ones.
  const widths = layout.columnWidths.map((w, col) => [col, w] as [number, number]).filter(([, w]) => w > 0);
  for (const [a, b, w] of sameRuns(widths)) ws.getRange(`${columnLetter(a)}:${columnLetter(b)}`).format.columnWidth = widthToPoints(w);

  // Explicit heights for wrapped rows (points), so Excel and LibreOffice print them alike.
  const heights = Object.entries(layout.rowHeights ?? {}).map(([row, h]) => [Number(row), h] as [number, number]);
  for (const [a, b, h] of sameRuns(heights)) ws.getRange(`${a + 1}:${b + 1}`).format.rowHeight = h;

  for (const c of cells) {
    if (!c.link) continue;
    // No textToDisplay: the cell keeps the value (a number stays a number).
    ws.getRangeByIndexes(c.row, c.col, 1, 1).hyperlink = { documentReference: `${quoteSheet(c.link.sheet)}!${c.link.cell}` };
  }

  if (layout.freezeRows && layout.freezeRows > 0) ws.freezePanes.freezeRows(layout.freezeRows);

  if (features.validation) {
    for (const l of layout.lists ?? []) {
      // The list source is comma-separated: a comma inside a value would split it.
      const source = l.values.map((v) => v.replace(/,/g, ' ')).join(',');
      ws.getRange(l.range).dataValidation.rule = { list: { inCellDropDown: true, source } };
    }
  }

  if (features.cellProperties) {
    // Page layout is ExcelApi 1.9: A4 in the layout's orientation, one page wide, as many pages tall as needed.
    const page = ws.pageLayout;
    page.paperSize = 'A4' as Excel.PaperType;
    page.orientation = (layout.page?.orientation === 'landscape' ? 'Landscape' : 'Portrait') as Excel.PageOrientation;
    if (layout.page?.fitToWidth !== false) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    page.centerHorizontally = true;
    if (layout.printTitleRows) page.setPrintTitleRows(`$${layout.printTitleRows[0] + 1}:$${layout.printTitleRows[1] + 1}`);
    if (layout.pageHeader?.length) {
      // From page 2 on: the first page's own title rows say the same.
      page.headersFooters.state = 'FirstAndDefault' as Excel.HeaderFooterState;
      const { center, right } = headerSections(layout.pageHeader);
      page.headersFooters.defaultForAllPages.centerHeader = center;
      page.headersFooters.defaultForAllPages.rightHeader = right;
    }
    // A manual break above each page's first row (the sheet is new: it has no other).
    for (const r of layout.rowBreaks ?? []) if (r > 0) ws.horizontalPageBreaks.add(ws.getRangeByIndexes(r, 0, 1, 1));
  }
}

function styleKey(c: LayoutCell): string {
  return JSON.stringify([c.bold ?? false, c.italic ?? false, c.size ?? DEFAULT_SIZE, c.align ?? '', c.wrap ?? false, c.fill ?? ''] as const);
}
const PLAIN = styleKey({ row: 0, col: 0, value: null });

/**
 * Rectangles of cells sharing a key (null: left out): runs of adjacent cells in a row, then runs of
 * the same columns in consecutive rows joined. A table's body of bordered cells is one rectangle,
 * not one per row. Pure.
 */
export function keyRects<K>(
  cells: LayoutCell[],
  pick: (c: LayoutCell) => K | null,
): { first: LayoutCell; top: number; left: number; bottom: number; right: number }[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  type R = { first: LayoutCell; key: K; top: number; left: number; bottom: number; right: number };
  const runs: R[] = [];
  for (const c of sorted) {
    const k = pick(c);
    if (k === null) continue;
    const last = runs[runs.length - 1];
    if (last && last.key === k && last.top === c.row && last.right === c.col - 1) last.right = c.col;
    else runs.push({ first: c, key: k, top: c.row, left: c.col, bottom: c.row, right: c.col });
  }
  // A run joins the rectangle that ended on the row above with the same columns and key.
  const open = new Map<string, R>();
  const out: R[] = [];
  for (const r of runs) {
    const id = `${r.left}:${r.right}:${String(r.key)}`;
    const prev = open.get(id);
    if (prev && prev.bottom === r.top - 1) prev.bottom = r.top;
    else {
      out.push(r);
      open.set(id, r);
    }
  }
  return out;
}

/** One format write per rectangle of the same style, and one set of borders per rectangle of bordered cells. */
function queueStyles(ws: Excel.Worksheet, cells: LayoutCell[]): void {
  // A table's cells sit at the top of their row (verticalOf); the centred headers are set below.
  for (const r of keyRects(cells, (c) => (c.border ? 'b' : null))) {
    ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1).format.verticalAlignment = 'Top' as Excel.VerticalAlignment;
  }
  for (const r of keyRects(cells, (c) => (styleKey(c) === PLAIN ? null : styleKey(c)))) {
    const c = r.first;
    const range = ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
    if (c.bold) range.format.font.bold = true;
    if (c.italic) range.format.font.italic = true;
    if (c.size && c.size !== DEFAULT_SIZE) range.format.font.size = c.size;
    if (c.align) range.format.horizontalAlignment = ALIGN[c.align] as Excel.HorizontalAlignment;
    if (c.wrap) {
      range.format.wrapText = true;
    }
    if (verticalOf(c) === 'center') range.format.verticalAlignment = 'Center' as Excel.VerticalAlignment;
    if (c.fill) range.format.fill.color = `#${c.fill}`;
  }

  for (const r of keyRects(cells, (c) => (c.border ? 'b' : null))) {
    const range = ws.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
    const edges: string[] = [...EDGES];
    if (r.right > r.left) edges.push('InsideVertical');
    if (r.bottom > r.top) edges.push('InsideHorizontal');
    for (const e of edges) range.format.borders.getItem(e as Excel.BorderIndex).style = 'Continuous' as Excel.BorderLineStyle;
  }
}

/** Runs of consecutive indices with the same value: [first, last, value]. */
export function sameRuns(entries: [number, number][]): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const [i, v] of [...entries].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && last[1] === i - 1 && last[2] === v) last[1] = i;
    else out.push([i, i, v]);
  }
  return out;
}
