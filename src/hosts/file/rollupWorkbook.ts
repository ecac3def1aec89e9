/**
 * Writes the province's roll-up workbook (src/core/rollup/sheets.ts) as a new .xlsx through exceljs:
 * a new workbook, never a user's file, so a library writing it loses nothing. Per sheet: a bold title,
 * the notes, a header row (bold, filled, wrapped, frozen, with an AutoFilter), then the rows with
 * their number formats; flagged rows filled in light red. Printed A4 landscape, the header row on every page, a wide
 * sheet over several pages with its first columns repeated (RollupSheet.print). No Node APIs: bytes out.
 */
import type { RollupSheet, CellFormat } from '../../core/rollup/sheets';
import { cleanText } from '../../core/text/clean';
import { exceljs } from './load';

const FORMATS: Record<CellFormat, string | undefined> = { int: '#,##0', money: '#,##0', pct: '0.0%', date: 'dd/mm/yyyy', text: undefined };
const HEADER_FILL = 'FFDDEBF7';
const FLAG_FILL = 'FFFFC7CE';
/** A figure in question (RollupCell.review): the yellow the commune's report sheet gives one. */
const REVIEW_FILL = 'FFFFEB9C';
const THIN = { style: 'thin' as const, color: { argb: 'FF999999' } };
/** Excel serial 0 is 1899-12-30 in JavaScript time (the serials our figures carry are Excel's). */
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** An Excel serial as the JavaScript date exceljs writes back as the same serial. */
function serialDate(serial: number): Date {
  const days = Math.floor(serial) >= 61 ? serial : serial + 1; // before 01/03/1900 Excel counts one day fewer
  return new Date(EPOCH_MS + Math.round(days * 86400000));
}

export async function rollupWorkbookBytes(sheets: RollupSheet[], creator = 'Báo cáo CCHC'): Promise<Uint8Array> {
  const ExcelJS = await exceljs();
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  for (const s of sheets) {
    // A4 landscape, as many pages wide as the sheet asks (its first columns repeated on each), as tall as it takes.
    const pagesWide = s.print?.pagesWide ?? 1;
    const ws = wb.addWorksheet(s.name.slice(0, 31), {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: pagesWide, fitToHeight: 0 },
    });
    ws.columns = s.columns.map((c) => ({ width: c.width }));
    ws.getCell(1, 1).value = cleanText(s.title);
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    s.notes.forEach((n, k) => {
      const cell = ws.getCell(2 + k, 1);
      cell.value = cleanText(n);
      cell.font = { italic: true };
    });
    const headerRow = 2 + s.notes.length + 1;
    const header = ws.getRow(headerRow);
    s.columns.forEach((c, k) => {
      const cell = header.getCell(k + 1);
      cell.value = c.title;
      cell.font = { bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
      cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
      cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
    });
    const flagged = new Set(s.flagged ?? []);
    s.rows.forEach((cells, i) => {
      const row = ws.getRow(headerRow + 1 + i);
      cells.forEach((c, k) => {
        const cell = row.getCell(k + 1);
        const fmt = c.fmt ?? s.columns[k]?.fmt ?? 'text';
        if (c.review) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: REVIEW_FILL } };
        if (c.v === null || c.v === '') return;
        if (typeof c.v === 'number') {
          cell.value = fmt === 'date' ? serialDate(c.v) : c.v;
          const nf = FORMATS[fmt];
          if (nf) cell.numFmt = nf;
        } else {
          cell.value = cleanText(c.v);
          cell.alignment = { wrapText: true, vertical: 'top' };
        }
      });
      if (flagged.has(i)) {
        for (let k = 1; k <= s.columns.length; k++)
          if (!cells[k - 1]?.review) row.getCell(k).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FLAG_FILL } };
      }
    });
    ws.views = [{ state: 'frozen', ySplit: headerRow }];
    ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: s.columns.length } };
    ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
    if (s.print?.titleColumns) ws.pageSetup.printTitlesColumn = `A:${String.fromCharCode(64 + s.print.titleColumns)}`;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
