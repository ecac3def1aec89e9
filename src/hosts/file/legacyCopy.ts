/**
 * The .xlsx package that stands for an old or exported file in the report copy: the user's sheets as
 * read (values, number formats, fonts, merged areas, hidden sheets, rows and columns, cell comments,
 * defined names), in
 * tab order. The report sheet is then added to it exactly as to a real .xlsx (FileHost). What the
 * snapshot does not hold (formulas, colours, borders, column widths, charts) is not in it, which is why
 * the output says the original format was not kept.
 */
import type ExcelJS from 'exceljs';
import { isCellError, type SheetSnapshot } from '../../core/snapshot';
import { exceljs } from './load';
import type { ReadXlsx } from '../../xlsx/read';

/** Excel refuses these in a sheet name; .xls and HTML exports may still carry them. */
function sheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31) || 'Sheet';
  let out = base;
  for (let n = 2; taken.has(out.toLowerCase()); n++) out = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
  taken.add(out.toLowerCase());
  return out;
}

function putSheet(ws: ExcelJS.Worksheet, s: SheetSnapshot): void {
  // A sparse sheet's further blocks hold its other cells.
  for (const b of [s, ...(s.blocks ?? [])]) {
    const { row: top, col: left } = b.origin;
    b.values.forEach((row, i) => {
      row.forEach((v, j) => {
        if (v === null) return;
        const cell = ws.getCell(top + i + 1, left + j + 1);
        cell.value = isCellError(v) ? ({ error: v.error } as ExcelJS.CellErrorValue) : v;
        const format = b.formats?.[i]?.[j];
        if (format) cell.numFmt = format;
        const font = b.fonts?.[i]?.[j];
        if (font) cell.font = { name: font };
      });
    });
  }
  for (const m of s.merges ?? []) ws.mergeCells(m);
  for (const r of s.hiddenRows ?? []) ws.getRow(r + 1).hidden = true;
  for (const c of s.hiddenCols ?? []) ws.getColumn(c + 1).hidden = true;
}

/** The read workbook as .xlsx bytes. */
export async function xlsxOfRead(read: ReadXlsx): Promise<Uint8Array> {
  const wb = new (await exceljs()).Workbook();
  wb.creator = 'CCHC report add-in';
  const taken = new Set<string>();
  read.snapshot.sheets.forEach((s, k) => {
    const ws = wb.addWorksheet(sheetName(s.name, taken), { state: s.visibility ?? 'visible' });
    putSheet(ws, s);
    for (const n of read.notes?.[k] ?? []) ws.getCell(n.row + 1, n.col + 1).note = n.text;
  });
  // Excel needs one visible sheet.
  if (wb.worksheets.length === 0) wb.addWorksheet('Sheet1');
  else if (wb.worksheets.every((w) => w.state !== 'visible')) wb.worksheets[0].state = 'visible';
  for (const dn of read.workbook.definedNames) {
    try {
      wb.definedNames.add(dn.value.replace(/^=/, ''), dn.name);
    } catch {
      // A name exceljs cannot hold (a formula rather than a range) is of no use to the report: left out.
    }
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
