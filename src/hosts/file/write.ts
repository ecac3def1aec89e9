/**
 * Writing a SheetLayout into an exceljs worksheet: values, styles, merges, widths, links,
 * dropdown lists, print setup (row heights, page header, page breaks) and frozen rows. Text is always a plain string value (exceljs
 * writes strings as text, never as formulas): `formula` is never set here.
 */
import type ExcelJS from 'exceljs';
import type { LayoutCell, SheetLayout } from '../../core/layout/types';
import { verticalOf } from '../../core/layout/vertical';
import { headerCode } from '../../core/layout/print';
import { a1, columnLetter, quoteSheet } from '../../core/address';

/** The body font of everything the add-in writes (Nghị định 30 asks Times New Roman for documents). */
export const LAYOUT_FONT = 'Times New Roman';
/** Very hidden sheet holding dropdown values too long for an inline list. */
export const LISTS_SHEET = '_cchc_lists';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };

function cellValue(c: LayoutCell): ExcelJS.CellValue {
  if (c.link && c.value !== null && c.value !== '') {
    // Internal link to the source cell; exceljs writes "#'Sheet'!A1" as a link inside the workbook.
    return { text: String(c.value), hyperlink: `#${quoteSheet(c.link.sheet)}!${c.link.cell}` };
  }
  return c.value;
}

function writeCell(ws: ExcelJS.Worksheet, c: LayoutCell): void {
  const cell = ws.getCell(c.row + 1, c.col + 1);
  cell.value = cellValue(c);
  cell.font = {
    name: LAYOUT_FONT,
    size: c.size ?? 12,
    bold: c.bold ?? false,
    italic: c.italic ?? false,
    ...(c.link ? { color: { argb: 'FF0563C1' }, underline: true } : {}),
  };
  if (c.numFmt) cell.numFmt = c.numFmt;
  cell.alignment = { vertical: verticalOf(c) === 'top' ? 'top' : 'middle', ...(c.align ? { horizontal: c.align } : {}), ...(c.wrap ? { wrapText: true } : {}) };
  if (c.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (c.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${c.fill.toUpperCase()}` } };
}

/** An inline list formula ("a,b,c") when Excel accepts it: at most 255 characters and no commas or quotes. */
function inlineList(values: string[]): string | null {
  if (values.some((v) => v.includes(',') || v.includes('"'))) return null;
  const joined = values.join(',');
  return joined.length <= 255 ? `"${joined}"` : null;
}

/** A range of a very hidden sheet holding the values, for lists that cannot be inline. */
function listRange(wb: ExcelJS.Workbook, values: string[]): string {
  let sheet = wb.getWorksheet(LISTS_SHEET);
  if (!sheet) {
    sheet = wb.addWorksheet(LISTS_SHEET);
    sheet.state = 'veryHidden';
  }
  const col = sheet.columnCount; // next free column (0-based index = current count)
  values.forEach((v, i) => (sheet.getCell(i + 1, col + 1).value = v));
  const letter = columnLetter(col);
  return `${quoteSheet(LISTS_SHEET)}!$${letter}$1:$${letter}$${Math.max(1, values.length)}`;
}

/** exceljs has worksheet.dataValidations at run time but not in its typings. */
function validations(ws: ExcelJS.Worksheet): { add(range: string, v: ExcelJS.DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
}

export function writeLayout(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  layout.columnWidths.forEach((w, i) => {
    if (w > 0) ws.getColumn(i + 1).width = w;
  });
  for (const c of layout.cells) writeCell(ws, c);
  for (const m of layout.merges) ws.mergeCells(m);
  for (const list of layout.lists ?? []) {
    const formula = inlineList(list.values) ?? listRange(wb, list.values);
    validations(ws).add(list.range, {
      type: 'list',
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: 'warning',
    });
  }
  for (const [row, h] of Object.entries(layout.rowHeights ?? {})) ws.getRow(Number(row) + 1).height = h;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: layout.page?.orientation ?? 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    ...(layout.printTitleRows ? { printTitlesRow: `${layout.printTitleRows[0] + 1}:${layout.printTitleRows[1] + 1}` } : {}),
  };
  if (layout.pageHeader?.length) ws.headerFooter = { ...ws.headerFooter, differentFirst: true, oddHeader: headerCode(layout.pageHeader), firstHeader: '' };
  // exceljs breaks below a row (1-based): the row above our page's first row.
  for (const r of layout.rowBreaks ?? []) if (r > 0) ws.getRow(r).addPageBreak();
  if (layout.freezeRows && layout.freezeRows > 0) {
    ws.views = [{ state: 'frozen', xSplit: 0, ySplit: layout.freezeRows, topLeftCell: a1(layout.freezeRows, 0) }];
  }
}
