/**
 * A workbook without its «Thông tin» sheet still names its commune in every sheet's heading («UBND XÃ BA BÍCH»,
 * Nghị định 30's heading block): the agency is taken from there, said in a note (tester 14, finding 3). Before, the
 * report's header kept a placeholder and the roll-up summed the file beside the same commune's file with its info
 * sheet: 578 dossiers instead of 289. Real files: the example, its info sheet removed with exceljs.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { roundTrip, put } from './harness';
import { analyze, type Analysis } from '../../src/core/analyze';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import { buildRollup, communeResult } from '../../src/core/rollup';
import { said } from '../helpers/words';

const EXAMPLE = path.resolve(__dirname, '../../examples/ba-bich-2023.xlsx');

async function example(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  return wb;
}

async function withoutInfo(edit: (wb: ExcelJS.Workbook) => void = () => {}): Promise<Analysis> {
  const wb = await example();
  wb.removeWorksheet(wb.getWorksheet('Thong tin')!.id);
  edit(wb);
  return roundTrip(wb, 'khong-thong-tin.xlsx');
}

describe('the agency read from the sheets’ headings when no info table names it', () => {
  it('takes «UBND XÃ BA BÍCH» from the first sheet’s heading, with a note at its cell', async () => {
    const a = await withoutInfo();
    expect(a.tables.info).toBeUndefined();
    expect(a.info.agency).toBe('UBND XÃ BA BÍCH');
    const note = a.issues.find((i) => i.field === 'agency' && i.severity === 'info');
    expect(note).toBeDefined();
    expect(said(note)).toContain('«UBND XÃ BA BÍCH»');
    expect(a.sheets).toContain(note!.sheet);
  });

  it('is not taken when the sheets name two different communes (a summary of several)', async () => {
    const a = await withoutInfo((wb) => {
      wb.getWorksheet('Chi tieu')!.getCell('A1').value = 'UBND XÃ BA VÌ';
    });
    expect(a.info.agency).toBeNull();
  });

  it('never overrides the info table’s agency', async () => {
    const wb = await example();
    const info = wb.getWorksheet('Thong tin')!;
    let row = 0;
    info.eachRow((r, i) => {
      if (String(r.getCell(1).value ?? '').startsWith('Cơ quan ban hành')) row = i;
    });
    expect(row).toBeGreaterThan(0);
    put(info, row, [[null, 'UBND XÃ BA TƠ']]);
    const a = await roundTrip(wb, 'co-thong-tin.xlsx');
    expect(a.info.agency).toBe('UBND XÃ BA TƠ');
  });

  it('lets the roll-up see the same commune twice: the file is not summed a second time', async () => {
    const bytes = new Uint8Array(fs.readFileSync(EXAMPLE));
    const wb = await example();
    wb.removeWorksheet(wb.getWorksheet('Thong tin')!.id);
    const noInfo = new Uint8Array(await wb.xlsx.writeBuffer());
    const read = async (file: string, b: Uint8Array) => communeResult(file, analyze(await readSnapshotFromXlsx(b)));
    const r = buildRollup([await read('khong-thong-tin.xlsx', noInfo), await read('ba-bich-2023.xlsx', bytes)], []);
    expect(r.communes).toHaveLength(1);
    expect(r.refused.map((f) => f.error.code)).toEqual(['duplicate']);
    const alone = buildRollup([await read('ba-bich-2023.xlsx', bytes)], []);
    expect(r.totals.tthc?.received).toBe(alone.totals.tthc?.received);
  });
});
