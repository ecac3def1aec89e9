/**
 * A staff list whose «Loại» writes «Chuyên trách», the older word for cán bộ chuyên trách (tester 17 S21): those
 * people are cán bộ, not a constraint error left out; «Bán chuyên trách» / «Không chuyên trách» stay không chuyên
 * trách. Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { brief, put, roundTrip } from './harness';

describe('«Chuyên trách» in a staff list’s «Loại»', () => {
  it('counts «Chuyên trách» as cán bộ and «Bán chuyên trách» as không chuyên trách', async () => {
    const wb = new ExcelJS.Workbook();
    put(wb.addWorksheet('CBCC'), 1, [
      ['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'],
      [1, 'Nguyễn Văn An', 'Chủ tịch UBND', 'Chuyên trách', 'Đại học'],
      [2, 'Trần Thị Bình', 'Chủ tịch HĐND', 'Cán bộ chuyên trách', 'Đại học'],
      [3, 'Lê Văn Cường', 'Văn phòng - Thống kê', 'Công chức', 'Đại học'],
      [4, 'Vũ Văn Phong', 'Phó Chỉ huy trưởng', 'Bán chuyên trách', 'Trung cấp'],
      [5, 'Đỗ Thị Hoa', 'Phó Chủ tịch Hội Phụ nữ', 'Không chuyên trách', 'Trung cấp'],
    ]);
    const a = await roundTrip(wb);
    expect(a.figures.staff).toMatchObject({ total: 3, canBo: 2, congChuc: 1 });
    expect(a.issues.filter((i) => i.table === 'staff' && i.severity === 'error')).toEqual([]);
    expect(brief(a).filter((l) => /constraint-error/.test(l))).toEqual([]);
  });
});
