/** What every block of the report sheet shares: headings, unit lines, "no data", and a table of figures. */
import { formatNumberVi } from '../../format';
import type { Lang } from '../../issues';
import type { FigurePath, FigureSources } from '../../figures/types';
import type { Issue } from '../../issues';
import { cellsToCheck } from '../../word/marks';
import type { SheetBuilder } from '../builder';

export interface BlockContext {
  lang: Lang;
  decimals: number;
  sources: FigureSources;
  /** The open issues a figure is tied to, by the draft's rule (word/marks.ts, issuesOf); empty when none. */
  flagged: (path: FigurePath) => Issue[];
  /** Set once a figure is marked: the sheet then says what the mark means. */
  marked?: boolean;
}

export const tr = (lang: Lang, vi: string, en: string) => (lang === 'en' ? en : vi);

export const COUNT_FMT = '#,##0';

/** Percentages are written as fractions: 0.0% (one decimal), 0.00% (two), 0% (none). */
export function percentFormat(decimals: number): string {
  return decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%';
}

export const HEADER_FILL = 'DDEBF7';
/** A figure taken from a cell with an open issue: the yellow of the draft's highlight. */
export const FLAG_FILL = 'FFFF00';

/** A figure: its value (null = cannot be computed), how it is shown, and its dotted path for the source link. */
export interface FigureCell {
  n: number | null;
  kind: 'count' | 'amount' | 'pct';
  path: FigurePath;
  /** A share the draft leaves «[...]%» (an amount in another unit): blank here too, still marked with its cells to check. */
  withheld?: boolean;
}
/** A cell of a figure table: a figure, a plain text, or nothing (not applicable: an empty bordered cell). */
export type TableCell = FigureCell | { text: string } | null;

export interface FigureRow {
  label: string;
  bold?: boolean;
  cells: TableCell[];
}

/** A section's heading, kept on one page with the line after it. */
export function heading(b: SheetBuilder, text: string): void {
  b.next();
  b.put(0, text, { bold: true, size: 12 }, false);
  b.keep(b.row, b.row + 1);
  b.next();
}

export function noteLine(b: SheetBuilder, text: string): void {
  b.put(0, text, { italic: true }, false);
  b.next();
}

export function noData(b: SheetBuilder, lang: Lang): void {
  noteLine(b, tr(lang, 'Chưa có dữ liệu (chưa tìm thấy bảng này trong sổ tính).', 'No data yet (this table was not found in the workbook).'));
}

export function headerRow(b: SheetBuilder, headers: string[]): void {
  headers.forEach((h, i) => {
    b.put(i, h, { bold: true, border: true, align: 'center', wrap: true, fill: HEADER_FILL }, false);
    // Headers wrap: they ask for a readable width, not their whole length.
    b.fitText(i, h.length > 14 ? h.slice(0, 14) : h);
  });
  b.next();
}

/** 2.8 % -> 0.028 exactly (not 0.027999...), so the cell holds the figure as computed. */
export function fraction(pct: number, decimals: number): number {
  return Number((pct / 100).toFixed(Math.max(0, decimals) + 4));
}

function shown(c: FigureCell, decimals: number): string {
  if (c.n === null || c.withheld) return '';
  return c.kind === 'pct' ? `${formatNumberVi(c.n, decimals)}%` : formatNumberVi(c.n);
}

/**
 * A header row and rows of figures, with a last "Ghi chú" column that names the figures that could
 * not be computed ("Chưa tính được: Dự toán HĐND xã giao"; their cells stay blank: never 0), and the
 * cells to check behind a figure tied to an open issue, by the draft's rule (word/marks.ts): the figure
 * filled yellow and the note «Cần xem lại: Thu chi NS!E6; Thu chi NS!E7», so the mark reads in print too.
 */
export function figureTable(b: SheetBuilder, ctx: BlockContext, headers: string[], rows: FigureRow[]): void {
  const noteCol = headers.length;
  const head = b.row;
  headerRow(b, [...headers, tr(ctx.lang, 'Ghi chú', 'Note')]);
  const pctFmt = percentFormat(ctx.decimals);
  for (const r of rows) {
    b.put(0, r.label, { border: true, bold: r.bold });
    const missing: string[] = [];
    const flagged: Issue[] = [];
    r.cells.forEach((c, i) => {
      const col = i + 1;
      if (c === null) {
        b.put(col, null, { border: true });
      } else if ('text' in c) {
        b.put(col, c.text, { border: true, bold: r.bold });
      } else {
        const value = c.n === null || c.withheld ? null : c.kind === 'pct' ? fraction(c.n, ctx.decimals) : c.n;
        // A figure not computed is said so already; one computed from a flagged cell is marked, withheld or not.
        const issues = c.n === null && !c.withheld ? [] : ctx.flagged(c.path);
        for (const x of issues) if (!flagged.includes(x)) flagged.push(x);
        const fill = issues.length > 0 ? { fill: FLAG_FILL } : {};
        const cell = b.put(col, value, { border: true, bold: r.bold, align: 'right', numFmt: c.kind === 'pct' ? pctFmt : COUNT_FMT, ...fill });
        b.fitText(col, shown(c, ctx.decimals));
        b.link(cell, ctx.sources[c.path]?.[0]);
        if (c.n === null && !c.withheld) missing.push(headers[col]);
      }
    });
    const notComputed = missing.length ? `${tr(ctx.lang, NOT_COMPUTED.vi, NOT_COMPUTED.en)}: ${missing.join('; ')}` : '';
    const toCheck = flagged.length ? `${tr(ctx.lang, TO_CHECK.vi, TO_CHECK.en)}: ${cellsToCheck(flagged)}` : '';
    b.put(noteCol, [notComputed, toCheck].filter(Boolean).join('. '), { border: true, italic: !!(notComputed || toCheck) }, false);
    // The cells to check wrap within the column as it is, so the sheet keeps its printed width.
    b.fitText(noteCol, notComputed);
    // No link on the note: a linked text does not wrap when printed (LibreOffice), and the figure links already.
    if (flagged.length) ctx.marked = true;
    b.next();
  }
  // A table prints whole on one page when it fits one.
  b.keep(head, b.row - 1);
}

export const fig = (n: number | null, kind: FigureCell['kind'], path: FigurePath): FigureCell => ({ n, kind, path });

/** The note beside a figure that could not be computed (the issues block says why). */
export const NOT_COMPUTED = { vi: 'Chưa tính được', en: 'Not computed' };
/** The note beside a figure tied to an open issue, before its cells (the draft's «[cần xem lại: …]»). */
export const TO_CHECK = { vi: 'Cần xem lại', en: 'To check' };
/** What the yellow fill means, said once under the figures when a figure is marked: two short lines, within the printed width. */
export const MARK_LEGEND = [
  {
    vi: 'Số liệu tô vàng: tính từ ô đang có lỗi hoặc cảnh báo làm sai số liệu.',
    en: 'Figures filled yellow: computed from cells with an error or a warning that changes a figure.',
  },
  {
    vi: 'Cột Ghi chú ghi các ô cần xem lại; mục cuối liệt kê đủ các vấn đề.',
    en: 'The Note column names the cells to check; the last section lists every issue.',
  },
];
