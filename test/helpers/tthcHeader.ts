/**
 * The two header rows of a TTHC counts table (Biểu 06's columns) as a commune types them, each cell at its column
 * from A (null under a merged group label): tests that write such a table put these above their rows.
 */
export const TTHC_TOP = [
  'STT',
  'Lĩnh vực',
  'Số hồ sơ nhận giải quyết',
  null,
  null,
  null,
  'Số hồ sơ đã giải quyết',
  null,
  null,
  null,
  'Số hồ sơ đang giải quyết',
  null,
  null,
];
export const TTHC_SUB = [
  null,
  null,
  'Tổng số',
  'Trực tuyến',
  'Trực tiếp, bưu chính',
  'Kỳ trước chuyển sang',
  'Tổng số',
  'Trước hạn',
  'Đúng hạn',
  'Quá hạn',
  'Tổng số',
  'Trong hạn',
  'Quá hạn',
];
