/**
 * A per-level staff table giving «Tiến sĩ» and «Thạc sĩ», or «Sơ cấp» and «Chưa qua đào tạo», as rows of their
 * own (Thông tư 11's form; tester 12 item 11, tester 13 W26): each pair is one level group, summed, with no
 * duplicate-row warning; a level truly written twice is still warned, and the sentence names the level the later
 * row holds, at the cell of the earlier row that holds the same. Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';
import { said } from '../helpers/words';
import type { Analysis } from '../../src/core/analyze';

type Row = (string | number | null)[];

async function levels(rows: Row[]): Promise<Analysis> {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Chat luong CBCC'), 1, [['STT', 'Trình độ chuyên môn', 'Cán bộ', 'Công chức', 'Tổng số', 'Tỷ lệ (%)'], ...rows]);
  return roundTrip(wb);
}

const ROWS: Row[] = [
  [1, 'Tiến sĩ', 0, 1, 1, 5],
  [2, 'Thạc sĩ', 1, 0, 1, 5],
  [3, 'Đại học', 5, 5, 10, 50],
  [4, 'Cao đẳng', 0, 1, 1, 5],
  [5, 'Trung cấp', 3, 2, 5, 25],
  [6, 'Sơ cấp', 1, 0, 1, 5],
  [7, 'Chưa qua đào tạo', 1, 0, 1, 5],
  [null, 'Tổng cộng', 11, 9, 20, 100],
];
const duplicates = (a: Analysis) => a.issues.filter((i) => i.code === 'duplicate-row');

test('Tiến sĩ + Thạc sĩ and Sơ cấp + Chưa qua đào tạo are summed, no duplicate warning', async () => {
  const a = await levels(ROWS);
  const s = a.figures.staff!;
  expect([s.total, s.canBo, s.congChuc]).toEqual([20, 11, 9]);
  expect(Object.values(s.education).map((l) => [l.count, l.pct])).toEqual([
    [2, 10],
    [10, 50],
    [1, 5],
    [5, 25],
    [2, 10],
  ]);
  expect(duplicates(a)).toEqual([]);
});

test('a level written twice is still a duplicate, and the sentence says what the cells hold', async () => {
  const a = await levels([...ROWS.slice(0, 7), [8, 'Thạc sỹ', 0, 0, 0, 0], ROWS[7]]);
  expect(duplicates(a).map((i) => `${i.sheet}!${i.cell} ${said(i, 'vi')}`)).toEqual(['Chat luong CBCC!B9 Trình độ «Thạc sỹ» đã có ở ô B3.']);
});
