/**
 * Merged data cells (issue 18 point 2): a merged cell's value holds for every row it covers, in every table;
 * a blank where a value is needed is a missing-cell error, and no share is computed over part of the rows.
 */
import * as fs from 'fs';
import * as path from 'path';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import { analyze, type Analysis } from '../../src/core/analyze';
import { readWorkbook } from '../../src/core/read';

const SHARED = path.join(__dirname, '../../../shared');

async function analyzeCase(name: string): Promise<Analysis> {
  return analyze(await readSnapshotFromXlsx(new Uint8Array(fs.readFileSync(path.join(SHARED, 'cases', name)))));
}

describe('merged data cells', () => {
  test('26: "Loại" merged down over each category\'s people — 3 cán bộ + 5 công chức, the baseline\'s education', async () => {
    const a = await analyzeCase('26_merged_category.xlsx');
    const clean = await analyzeCase('00_clean.xlsx');
    expect(a.figures.staff).toMatchObject({ total: 8, canBo: 3, congChuc: 5 });
    expect(a.figures.staff?.education).toEqual(clean.figures.staff?.education);
    expect(a.figures.staff?.education.university).toEqual({ count: 5, pct: 62.5 });
    expect(a.issues.filter((i) => i.table === 'staff' && i.severity !== 'info')).toEqual([]);
  });

  test('26b: category cells left blank — a missing-cell error for each, and no count or share over part of the staff', async () => {
    const a = await analyzeCase('26b_blank_category_control.xlsx');
    const missing = a.issues.filter((i) => i.code === 'missing-cell' && i.severity === 'error');
    expect(missing.map((i) => i.cell)).toEqual(['D6', 'D7', 'D9', 'D10', 'D11', 'D12']);
    expect(missing.every((i) => i.field === 'category' && i.sheet === 'CBCC')).toBe(true);
    expect(a.figures.staff).toMatchObject({ total: null, canBo: null, congChuc: null });
    expect(Object.values(a.figures.staff!.education).every((e) => e.pct === null)).toBe(true);
  });

  test('a field merged over its rows holds for each of them, and a wrong merged value is reported once, at its cell', () => {
    const values = [
      ['Lĩnh vực', 'Tiếp nhận', 'Đã giải quyết'],
      ['Hộ tịch', 3, 3],
      [null, 2, 1],
      ['Chứng thực', 4, 4],
    ];
    const r = readWorkbook({ sheets: [{ name: 'TTHC', origin: { row: 0, col: 0 }, values, merges: ['A2:A3'] }] });
    expect(r.tables.tthc!.rows.map((x) => x.values.field!.value)).toEqual(['Hộ tịch', 'Hộ tịch', 'Chứng thực']);
    expect(r.tables.tthc!.rows[1].values.field!.cell).toBe('A2');

    const staff = [
      ['Họ và tên', 'Loại', 'Trình độ'],
      ['Người A', 'Tạp vụ', 'Đại học'],
      ['Người B', null, 'Đại học'],
    ];
    const s = readWorkbook({ sheets: [{ name: 'CB', origin: { row: 0, col: 0 }, values: staff, merges: ['B2:B3'] }] });
    expect(s.tables.staff!.rows.map((x) => x.values.category!.text)).toEqual(['Tạp vụ', 'Tạp vụ']);
    expect(s.issues.filter((i) => i.code === 'constraint-error').map((i) => i.cell)).toEqual(['B2']);
    expect(s.issues.filter((i) => i.code === 'missing-cell')).toEqual([]);
  });
});
