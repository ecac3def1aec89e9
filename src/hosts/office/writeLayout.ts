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

  layout.columnWidths.forEach((w, col) => {
    if (w > 0) ws.getRange(`${columnLetter(col)}:${columnLetter(col)}`).format.columnWidth = widthToPoints(w);
  });

  // Explicit heights for wrapped rows (points), so Excel and LibreOffice print them alike.
  for (const [row, h] of Object.entries(layout.rowHeights ?? {})) ws.getRange(`${Number(row) + 1}:${Number(row) + 1}`).format.rowHeight = h;

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
  }
}

function styleKey(c: LayoutCell): string {
  return JSON.stringify([c.bold ?? false, c.italic ?? false, c.size ?? DEFAULT_SIZE, c.align ?? '', c.wrap ?? false, c.fill ?? ''] as const);
}

/** Runs of adjacent cells in a row with the same style (and, separately, with borders): one format write per run. */
function queueStyles(ws: Excel.Worksheet, cells: LayoutCell[]): void {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs = (pick: (c: LayoutCell) => string | null, apply: (first: LayoutCell, length: number) => void) => {
    let start: LayoutCell | null = null;
    let len = 0;
    let key: string | null = null;
    for (const c of sorted) {
      const k = pick(c);
      if (start && k === key && c.row === start.row && c.col === start.col + len) {
        len++;
        continue;
      }
      if (start && key !== null) apply(start, len);
      start = c;
      len = 1;
      key = k;
    }
    if (start && key !== null) apply(start, len);
  };

  runs(
    (c) => (styleKey(c) === styleKey({ row: 0, col: 0, value: null }) ? null : styleKey(c)),
    (c, n) => {
      const r = ws.getRangeByIndexes(c.row, c.col, 1, n);
      if (c.bold) r.format.font.bold = true;
      if (c.italic) r.format.font.italic = true;
      if (c.size && c.size !== DEFAULT_SIZE) r.format.font.size = c.size;
      if (c.align) r.format.horizontalAlignment = ALIGN[c.align] as Excel.HorizontalAlignment;
      if (c.wrap) {
        r.format.wrapText = true;
        r.format.verticalAlignment = 'Center' as Excel.VerticalAlignment;
      }
      if (c.fill) r.format.fill.color = `#${c.fill}`;
    },
  );

  runs(
    (c) => (c.border ? 'b' : null),
    (c, n) => {
      const r = ws.getRangeByIndexes(c.row, c.col, 1, n);
      for (const e of EDGES) r.format.borders.getItem(e).style = 'Continuous' as Excel.BorderLineStyle;
      if (n > 1) r.format.borders.getItem('InsideVertical').style = 'Continuous' as Excel.BorderLineStyle;
    },
  );
}
