/**
 * A survey's total row named by a longer label («Tổng số phiếu», «Tổng số», «Cộng các mức», «Tong so phieu») is the
 * total, as «Tổng cộng» is, not a level (tester 7 item 9): no share recomputed against twice the answers, no
 * «cộng lại được 200%», no «không thuộc loại nào». A category cell that only looks alike («Công chức», with «Công»
 * not «Cộng») stays a record. Real .xlsx files written and read back.
 */
import ExcelJS from 'exceljs';
import { brief, put, roundTrip } from './harness';

async function survey(total: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Khảo sát');
  put(ws, 1, [
    ['KẾT QUẢ KHẢO SÁT MỨC ĐỘ HÀI LÒNG NĂM 2024'],
    ['Mức độ', 'Số phiếu', 'Tỷ lệ (%)'],
    ['Rất hài lòng', 120, 60],
    ['Hài lòng', 60, 30],
    ['Bình thường', 15, 7.5],
    ['Không hài lòng', 5, 2.5],
    [total, 200, 100],
  ]);
  return roundTrip(wb);
}

describe('a survey total row named by a longer label', () => {
  it.each(['Tổng số phiếu', 'Tổng số', 'Cộng các mức', 'Tổng (phiếu)', 'Tong so phieu', 'Tổng cộng'])(
    '«%s» is the total: four levels, no issue',
    async (total) => {
      const a = await survey(total);
      const rows = a.tables.survey?.rows ?? [];
      expect(rows.filter((r) => !r.isTotal).map((r) => r.values.level?.value)).toEqual(['veryHigh', 'high', 'neutral', 'low']);
      expect(rows.filter((r) => r.isTotal).map((r) => r.row + 1)).toEqual([7]);
      expect(brief(a).filter((l) => l.includes('Khảo sát!'))).toEqual([]);
    },
  );

  it('a real share error is still found beside such a total', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Khảo sát');
    put(ws, 1, [
      ['Mức độ', 'Số phiếu', 'Tỷ lệ (%)'],
      ['Rất hài lòng', 120, 50],
      ['Hài lòng', 60, 40],
      ['Bình thường', 15, 7.5],
      ['Không hài lòng', 5, 2.5],
      ['Tổng số phiếu', 200, 100],
    ]);
    const cells = (await roundTrip(wb)).issues.filter((i) => i.table === 'survey').map((i) => i.cell);
    expect(cells).toEqual(expect.arrayContaining(['C2', 'C3']));
    expect(cells).not.toContain('A6');
    expect(cells).not.toContain('C6');
  });

  it('«Công chức» in a staff list’s category column is a person, not a total', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('CBCC');
    put(ws, 1, [
      ['STT', 'Họ và tên', 'Loại', 'Trình độ chuyên môn'],
      [1, 'Nguyễn Văn An', 'Cán bộ', 'Đại học'],
      [2, 'Trần Thị Bình', 'Công chức', 'Đại học'],
      [3, 'Lê Văn Cường', 'Công chức', 'Cao đẳng'],
    ]);
    const a = await roundTrip(wb);
    const rows = a.tables.staff?.rows ?? [];
    expect(rows.map((r) => [r.isTotal, r.values.category?.value])).toEqual([
      [false, 'canBo'],
      [false, 'congChuc'],
      [false, 'congChuc'],
    ]);
  });
});
