/**
 * Hidden sheets (issue 18 point 3; ../shared/cases 15, 15b): last year's staff list kept on a hidden sheet
 * beside the current visible one. The visible sheet is read wherever the hidden one sits in the tab order.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import { analyze, type Analysis } from '../../src/core/analyze';
import { said } from '../helpers/words';

const CASES = path.resolve(__dirname, '../../../shared/cases');
const read = async (name: string): Promise<Analysis> => analyze(await readSnapshotFromXlsx(new Uint8Array(fs.readFileSync(path.join(CASES, name)))));

let clean: Analysis;
beforeAll(async () => {
  clean = await read('00_clean.xlsx');
});

describe.each(['15_hidden_sheets.xlsx', '15b_hidden_sheet_last.xlsx'])('%s', (file) => {
  test('the visible staff list is read: the figures of 00_clean (8 = 3 cán bộ + 5 công chức)', async () => {
    const a = await read(file);
    expect(a.tables.staff?.located.sheet).toBe('CBCC');
    expect(a.figures.staff).toEqual(clean.figures.staff);
    expect(a.figures.staff).toMatchObject({ total: 8, canBo: 3, congChuc: 5 });
  });

  test('the hidden list is named in an info issue, and raises nothing else', async () => {
    const a = await read(file);
    const onHidden = a.issues.filter((i) => i.sheet === 'CBCC 2021');
    expect(onHidden.map((i) => [i.code, i.severity, i.cell])).toEqual([['duplicate-label', 'info', 'A4:E9']]);
    expect(said(onHidden[0])).toContain('sheet ẩn');
    expect(a.issues.filter((i) => i.severity === 'error')).toEqual(clean.issues.filter((i) => i.severity === 'error'));
  });
});
