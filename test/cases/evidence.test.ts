/**
 * Cases of ../shared/cases (README, first table): lists that are not the tables their headers suggest are
 * not read as them (a table is accepted on evidence), and a caption line is a caption, not an info table.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import { analyze, type Analysis } from '../../src/core/analyze';

const CASES = path.resolve(__dirname, '../../../shared/cases');
const read = async (name: string): Promise<Analysis> => analyze(await readSnapshotFromXlsx(new Uint8Array(fs.readFileSync(path.join(CASES, name)))));
const errorsBut = (a: Analysis, code: string) => a.issues.filter((i) => i.severity === 'error' && i.code !== code);

describe('lists that are not the tables their headers suggest', () => {
  test('C: a payroll ("Hệ số lương", "Phụ cấp chức vụ", "Thành tiền") is no staff table: no staff figures, no staff errors', async () => {
    const a = await read('C_payroll_he_so_luong.xlsx');
    expect(a.tables.staff).toBeUndefined();
    expect(a.figures.staff).toBeNull();
    expect(errorsBut(a, 'missing-table')).toEqual([]);
    expect(a.issues.filter((i) => i.table === 'staff' && i.severity !== 'info' && i.code !== 'missing-table')).toEqual([]);
  });

  test('L: an applicant list ("Ngày sinh", "Số hiệu văn bằng", "Xếp loại") is no documents table', async () => {
    const a = await read('L_applicants_so_hieu_van_bang.xlsx');
    expect(a.tables.documents).toBeUndefined();
    expect(a.figures.documents).toBeNull();
    expect(a.issues.filter((i) => i.table === 'documents' && i.severity !== 'info')).toEqual([]);
  });

  test('R3: a complaints-handling report (xử lý đơn thư) is no TTHC table: missing-table error, TTHC figures null', async () => {
    const a = await read('R3_complaints_not_tthc.xlsx');
    expect(a.tables.tthc).toBeUndefined();
    expect(a.tables.dossiers).toBeUndefined();
    expect(a.figures.tthc).toBeNull();
    expect(a.issues.some((i) => i.code === 'missing-table' && i.table === 'tthc' && i.severity === 'error')).toBe(true);
    // The workbook's real tables are still read.
    expect(a.figures.staff?.total).toBe(2);
    expect(a.tables.info?.located.sheet).toBe('Thông tin');
  });
});

describe('caption lines', () => {
  test('E: "Từ ngày: 01/01/2023 Đến ngày: 31/03/2023" above the register is its caption: no info table, the period read', async () => {
    const a = await read('E_docs_so_cong_van_period_line.xlsx');
    expect(a.tables.info).toBeUndefined();
    expect([a.info.periodStart, a.info.periodEnd]).toEqual([44927, 45016]);
    expect(a.issues.filter((i) => i.sheet === 'Sheet1' && i.cell.startsWith('A2'))).toEqual([]);
  });
});
