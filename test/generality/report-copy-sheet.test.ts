/**
 * Last period's report sheet kept in this period's workbook (tester 14, finding 6). The clerk copies the «Báo cáo»
 * sheet the add-in made last quarter into this quarter's workbook: Excel's Move or Copy to another book keeps its
 * values and formats but not the defined name `_cchc_report_sheet`, a paste of values keeps neither. Its figures are
 * last period's results: they were read as the indicators table and beat the clerk's own «Chi tieu» sheet. Real files:
 * last quarter's workbook and its report copy written by the built command line, the sheet copied with exceljs.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from '../cli/runCli';
import { tempDir } from '../helpers/xlsx';
import { roundTrip, brief } from './harness';
import { analyze } from '../../src/core/analyze';
import { readSnapshotFromXlsx } from '../../src/hosts/file';

jest.setTimeout(180000);

const EXAMPLE = path.resolve(__dirname, '../../examples/ba-bich-2023.xlsx');
const dir = tempDir('cchc-old-report-');

/** The example with indicator 2's actual at `actual` %. */
async function example(actual: number): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  wb.getWorksheet('Chi tieu')!.getCell('D6').value = actual;
  return wb;
}

/** Copies the sheet's values (a formula's result) into a new sheet of `into`, with number formats or without. */
function copySheet(from: ExcelJS.Worksheet, into: ExcelJS.Workbook, name: string, formats: boolean): void {
  const to = into.addWorksheet(name);
  from.eachRow((row, r) =>
    row.eachCell((c, k) => {
      let v = c.value;
      if (v && typeof v === 'object' && 'result' in v) v = v.result as ExcelJS.CellValue;
      if (v && typeof v === 'object' && 'richText' in v) v = v.richText.map((t) => t.text).join('');
      to.getCell(r, k).value = v;
      if (formats) to.getCell(r, k).numFmt = c.numFmt;
    }),
  );
}

let lastReport: ExcelJS.Worksheet;
let lastQuarterIndicators: unknown;

beforeAll(async () => {
  const prev = path.join(dir, 'quy-truoc.xlsx');
  await (await example(70)).xlsx.writeFile(prev);
  lastQuarterIndicators = analyze(await readSnapshotFromXlsx(new Uint8Array(fs.readFileSync(prev)))).figures.indicators;
  const made = await runCli(['report', prev, '--out', dir, '--force']);
  expect(made.code).not.toBe(2);
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.readFile(path.join(dir, 'quy-truoc.report.xlsx'));
  lastReport = copy.getWorksheet('Báo cáo')!;
  expect(lastReport).toBeDefined();
});

describe.each([
  ['moved with its formats', true],
  ['pasted as values', false],
])('last quarter’s report sheet %s into this quarter’s workbook', (_, formats) => {
  it('is not read as data: the indicators come from the clerk’s own sheet, and a note names the copy', async () => {
    const own = await roundTrip(await example(80), 'quy-nay.xlsx');
    const wb = await example(80);
    copySheet(lastReport, wb, 'BC quy truoc', formats);
    const a = await roundTrip(wb, 'quy-nay-co-bc-cu.xlsx');
    expect(a.tables.indicators?.located.sheet).toBe('Chi tieu');
    expect(a.figures.indicators).toEqual(own.figures.indicators);
    expect(a.figures.indicators).not.toEqual(lastQuarterIndicators);
    expect(a.figures).toEqual(own.figures);
    const note = a.issues.filter((i) => i.sheet === 'BC quy truoc');
    expect(note.map((i) => `${i.severity} ${i.cell}`)).toEqual(['info A1']);
    expect(brief(a).filter((l) => !l.includes('BC quy truoc'))).toEqual(brief(own));
  });
});
