/** Shared by the generality tests: write a workbook to disk as a commune would, read it back through the whole pipeline. */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import { analyze, type Analysis } from '../../src/core/analyze';
import { tempDir, writeWorkbook } from '../helpers/xlsx';
import { exceljsSnapshot, withoutUnknownFonts } from '../helpers/exceljsSnapshot';
import { expectCopyReadsAlike } from '../helpers/copyInvariant';
import { said } from '../helpers/words';

/**
 * Writes the workbook, reads it back with the product's reader (checked against exceljs's view of it) and
 * analyses it; the report copy of it reads back alike too (issue 18.5).
 */
export async function roundTrip(wb: ExcelJS.Workbook, name = 'book.xlsx'): Promise<Analysis> {
  const file = await writeWorkbook(wb, path.join(tempDir('cchc-gen-'), name));
  const bytes = new Uint8Array(fs.readFileSync(file));
  const snapshot = await readSnapshotFromXlsx(bytes);
  const reference = await exceljsSnapshot(bytes);
  expect(withoutUnknownFonts(snapshot, reference)).toEqual(reference);
  await expectCopyReadsAlike(bytes);
  return analyze(snapshot);
}

/** Writes rows of values from `top` (1-based row), column A on; null leaves a cell empty. */
export function put(ws: ExcelJS.Worksheet, top: number, rows: (ExcelJS.CellValue | undefined)[][], left = 1): number {
  rows.forEach((r, i) =>
    r.forEach((v, j) => {
      if (v !== null && v !== undefined) ws.getCell(top + i, left + j).value = v;
    }),
  );
  return top + rows.length;
}

export const errors = (a: Analysis) => a.issues.filter((i) => i.severity === 'error');
export const located = (a: Analysis, t: keyof Analysis['tables']) => {
  const l = a.tables[t]?.located;
  return l ? { sheet: l.sheet, range: l.range } : null;
};
/** A short line per issue, for failure messages. */
export const brief = (a: Analysis) => a.issues.map((i) => `${i.severity} ${i.code} ${i.sheet}!${i.cell} ${said(i, a.lang)}`);
