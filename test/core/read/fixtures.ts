/** Sheets as clerks keep them, for the reader tests. */
import type { CellValue, SheetSnapshot } from '../../../src/core/snapshot';
import { sheet } from './snap';

/** Biểu 06 (Thông tư 01/2020/TT-VPCP) with a title, a unit line, merged two-level headers and a numbering row. */
export const BIEU06_ROWS: CellValue[][] = [
  ['UBND XÃ BA BÍCH'],
  ['TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'],
  ['Đơn vị tính: Số hồ sơ'],
  ['Lĩnh vực', 'Số hồ sơ nhận', null, null, null, 'Đã giải quyết', null, null, null, 'Đang giải quyết', null, null],
  [null, 'Tổng số', 'Trực tuyến', 'Trực tiếp', 'Kỳ trước chuyển sang', 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn'],
  ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)', '(12)'],
  ['Hộ tịch', 10, 6, 3, 1, 9, 7, 0, 2, 1, 1, 0],
  ['Chứng thực', 5, 2, 3, 0, 5, 5, 0, 0, 0, 0, 0],
  ['Tổng cộng', 15, 8, 6, 1, 14, 12, 0, 2, 1, 1, 0],
];
export const BIEU06_MERGES = ['A4:A5', 'B4:E4', 'F4:I4', 'J4:L4'];

export const TTHC_COLUMNS = {
  field: 0,
  received: 1,
  online: 2,
  direct: 3,
  carriedOver: 4,
  resolved: 5,
  early: 6,
  onTime: 7,
  late: 8,
  pending: 9,
  pendingInTime: 10,
  pendingOverdue: 11,
};

export function bieu06(name = 'Biểu 06', merges = true): SheetSnapshot {
  return sheet(name, BIEU06_ROWS, merges ? { merges: BIEU06_MERGES } : {});
}

/** Budget with a unit line in nghìn đồng, outline orders, numbers typed as Vietnamese text. */
export function budgetSheet(name = 'Thu chi'): SheetSnapshot {
  return sheet(name, [
    ['BÁO CÁO THỰC HIỆN THU CHI NGÂN SÁCH QUÝ I NĂM 2023'],
    [null, null, null, null, 'ĐVT: nghìn đồng'],
    ['STT', 'Nội dung', 'Dự toán huyện giao', 'Dự toán HĐND xã giao', 'Thực hiện', 'Tỷ lệ (%)'],
    ['I', 'Tổng thu ngân sách', 5856000, 5856000, 1464000, 25],
    ['1', 'Thu cân đối ngân sách', '5.700.000', 5700000, '1.095.000', '19'],
    ['2', 'Bổ sung có mục tiêu', 156000, 156000, 369000, '25%'],
    ['II', 'Tổng chi ngân sách', 6000000, 6000000, '1.220.964', '20,35'],
  ]);
}

/** Staff per person, headers without diacritics, starting at C3 (origin offset). */
export function staffSheet(name = 'DS CBCC'): SheetSnapshot {
  return sheet(
    name,
    [
      ['DANH SACH CAN BO CONG CHUC XA'],
      ['STT', 'Ho va ten', 'Chuc vu', 'Loai', 'Trinh do chuyen mon'],
      [1, 'Nguyễn Văn A', 'Chủ tịch', 'Cán bộ', 'Đại học'],
      [2, 'Trần Thị B', 'Văn phòng - Thống kê', 'Công chức', 'Thạc sĩ'],
      [3, 'Lê Văn C', 'Phó Chủ tịch', 'Cán bộ', null],
      [4, 'Phạm Văn D', 'Công an viên', 'Người hoạt động không chuyên trách', 'Trung cấp'],
    ],
    { origin: { row: 2, col: 2 } },
  );
}
