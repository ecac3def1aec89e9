/**
 * The same person listed twice under two posts (tester 13 W49: «Nguyễn Văn An», born 1975, «Bí thư Đảng ủy» and
 * «Chủ tịch HĐND (kiêm nhiệm)») is a duplicate-row warning at the later name, as identical rows are; two people
 * of one name born in different years are not. Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';
import { said } from '../helpers/words';
import type { Analysis } from '../../src/core/analyze';

type Row = (string | number | null)[];

async function staffList(rows: Row[]): Promise<Analysis> {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('CBCC'), 1, [
    ['DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ'],
    [],
    ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'],
    [1, 'Nguyễn Văn An', 1975, 'Bí thư Đảng ủy', 'Cán bộ', 'Thạc sĩ'],
    ...rows,
    [4, 'Lê Văn Cường', 1985, 'Văn phòng - Thống kê', 'Công chức', 'Đại học'],
  ]);
  return roundTrip(wb);
}
const duplicates = (a: Analysis) => a.issues.filter((i) => i.code === 'duplicate-row').map((i) => `${i.sheet}!${i.cell} ${said(i, 'vi')}`);

test('the same name and year of birth under a second post is one person listed twice', async () => {
  const a = await staffList([[2, 'Nguyễn Văn An', 1975, 'Chủ tịch HĐND (kiêm nhiệm)', 'Cán bộ', 'Thạc sĩ']]);
  expect(duplicates(a)).toEqual(['CBCC!B5 Người «Nguyễn Văn An (Chủ tịch HĐND (kiêm nhiệm))» đã có ở ô B4.']);
});

test('the same name born another year is another person', async () => {
  const a = await staffList([[2, 'Nguyễn Văn An', 1990, 'Tư pháp - Hộ tịch', 'Công chức', 'Đại học']]);
  expect(duplicates(a)).toEqual([]);
  expect(a.figures.staff?.total).toBe(3);
});
