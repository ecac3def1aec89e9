/**
 * Headers read as Excel shows them (issue 17 point 1): header depth and the first data row from the merges, a
 * merged header's text over every column it spans, numbering rows skipped, a first person never a header row.
 * Each case is a file of ../shared/cases (or ../shared/realworld) asserted at the right value of its README.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import { analyze, type Analysis } from '../../src/core/analyze';
import { readWorkbook } from '../../src/core/read';
import { hinted } from '../helpers/words';

const SHARED = path.join(__dirname, '../../../shared');

async function analyzeFile(rel: string): Promise<Analysis> {
  return analyze(await readSnapshotFromXlsx(new Uint8Array(fs.readFileSync(path.join(SHARED, rel)))));
}

const errorsBut = (a: Analysis, ...codes: string[]) => a.issues.filter((i) => i.severity === 'error' && !codes.includes(i.code));

describe('headers merged over several rows', () => {
  test('A: every header cell merged over rows 5–7 — the data from row 8 gives the figures of the one-row control A2', async () => {
    const a = await analyzeFile('cases/A_budget_tall_merged_header.xlsx');
    const control = await analyzeFile('cases/A2_budget_one_row_header_control.xlsx');
    expect(a.tables.budget?.located.headerRows).toEqual([4, 5, 6]);
    expect(a.tables.budget?.located.dataRows).toEqual([7, 8, 9, 10]);
    expect(a.figures.budget).toEqual(control.figures.budget);
    expect(a.figures.budget?.revenue.actual).toBe(600000000);
    expect(a.issues.filter((i) => i.table === 'budget' && i.severity !== 'info')).toEqual([]);
  });

  test('B: a three-row staff header (single labels merged down, a group over two rows with its sub-labels) — every person read', async () => {
    const a = await analyzeFile('cases/B_staff_three_row_header.xlsx');
    expect(a.tables.staff?.located.headerRows).toEqual([2, 3, 4]);
    expect(a.tables.staff?.located.columns).toMatchObject({ name: 1, category: 3, education: 5 });
    expect(a.figures.staff).toMatchObject({ total: 4, canBo: 1, congChuc: 3 });
    expect(a.figures.staff?.education).toMatchObject({ university: { count: 2, pct: 50 }, college: { count: 1, pct: 25 }, secondary: { count: 1, pct: 25 } });
    expect(errorsBut(a, 'missing-table')).toEqual([]);
    expect(a.issues.filter((i) => i.table === 'staff' && i.severity !== 'info')).toEqual([]);
  });

  test('qlns: a budget-disclosure template, every header merged three rows tall, template tags read as blanks', async () => {
    const a = await analyzeFile('realworld/qlns__rptNS_QuyetToan_CongKhai_ThuChi.xlsx');
    const b = a.tables.budget?.located;
    expect(b?.sheet).toBe('Sheet1');
    expect(b?.headerRows).toEqual([13, 14, 15]);
    // Row 17 ("A B 1 2 3 4 2b") numbers the columns; the data row comes after it.
    expect(b?.dataRows).toEqual([17]);
    expect(b?.columns).toMatchObject({ order: 1, content: 2, estimateSuperior: 6, actual: 7 });
    expect(a.issues.filter((i) => i.table === 'budget' && (i.code === 'type-error' || i.severity === 'error'))).toEqual([]);
  });
});

describe('a row of people is data, not a second header row', () => {
  test('R9: under a one-row header, rows 4–6 are people — total 2, không chuyên trách 1, university 2 (100 %)', async () => {
    const a = await analyzeFile('cases/R9_staff_first_row_absorbed.xlsx');
    expect(a.tables.staff?.located.headerRows).toEqual([2]);
    expect(a.tables.staff?.located.dataRows).toEqual([3, 4, 5]);
    expect(a.figures.staff).toMatchObject({ total: 2, khongChuyenTrach: 1 });
    expect(a.figures.staff?.education.university).toEqual({ count: 2, pct: 100 });
    expect(a.issues.filter((i) => i.table === 'staff' && i.severity === 'error')).toEqual([]);
  });

  test('R9c (control): the same list with a "Loại" column still reads right', async () => {
    const a = await analyzeFile('cases/R9c_staff_loai_control.xlsx');
    expect(a.figures.staff).toMatchObject({ total: 2, canBo: 1, congChuc: 1, khongChuyenTrach: 1 });
    expect(a.figures.staff?.education.university).toEqual({ count: 2, pct: 100 });
  });
});

describe('hints never point inside a header', () => {
  test('a blank template under a header merged three rows tall: the table is found, the issue names its top cell and the hint the row under it', () => {
    const values = [
      ['STT', 'Nội dung', 'Dự toán huyện giao', 'Thực hiện', 'Số thực hiện'],
      [null, null, null, null, null],
      [null, null, null, null, null],
    ];
    const merges = ['A1:A3', 'B1:B3', 'C1:C3', 'D1:D3', 'E1:E3'];
    const r = readWorkbook({ sheets: [{ name: 'NS', origin: { row: 0, col: 0 }, values, merges }] });
    expect(r.tables.budget?.located.headerRows).toEqual([0, 1, 2]);
    const empty = r.issues.find((i) => i.table === 'budget' && i.code === 'missing-cell' && i.field === '' && i.severity === 'error');
    expect(empty?.cell).toBe('A1');
    expect(hinted(empty)).toContain('A4');
    // "Số thực hiện" also names the actual ("Thực hiện cùng kỳ", last year's, would not): the issue names its merged
    // cell, not a cell inside it.
    expect(r.issues.filter((i) => i.code === 'duplicate-label').map((i) => i.cell)).toEqual(['E1']);
  });
});
