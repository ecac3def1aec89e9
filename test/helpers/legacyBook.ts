/** A workbook in a legacy encoding, shared by the generality tests and the old-format (.xls) tests. */
import ExcelJS from 'exceljs';

/** A small workbook of TTHC and staff written with `enc` in fonts `font` (body) and `fontH` (capitals). */
export function legacyBook(enc: (s: string) => string, font: string, fontH: string | null) {
  const wb = new ExcelJS.Workbook();
  const cell = (ws: ExcelJS.Worksheet, addr: string, text: string | number, caps = false) => {
    const c = ws.getCell(addr);
    if (typeof text === 'number') {
      c.value = text;
      return;
    }
    // A capitals font (.VnTimeH) shows lower-case codes as capitals: the clerk typed lower case.
    c.value = caps && fontH ? enc(text.toLowerCase()) : enc(text);
    c.font = { name: caps && fontH ? fontH : font, size: 13 };
  };
  const t = wb.addWorksheet('TTHC');
  cell(t, 'A1', 'KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', true);
  const head = ['STT', 'Lĩnh vực', 'Số hồ sơ tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn'];
  head.forEach((h, i) => cell(t, `${String.fromCharCode(65 + i)}3`, h, true));
  const rows: [string, ...number[]][] = [
    ['Hộ tịch', 30, 10, 20, 30, 20, 8, 2],
    ['Đất đai', 12, 2, 10, 12, 6, 6, 0],
  ];
  rows.forEach((r, i) => {
    cell(t, `A${4 + i}`, i + 1);
    r.forEach((v, j) => cell(t, `${String.fromCharCode(66 + j)}${4 + i}`, v));
  });
  const s = wb.addWorksheet('Cán bộ');
  ['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'].forEach((h, i) => cell(s, `${String.fromCharCode(65 + i)}1`, h, true));
  const people = [
    ['Nguyễn Văn Hùng', 'Chủ tịch UBND', 'Cán bộ', 'Đại học'],
    ['Đinh Thị Lý', 'Văn phòng - Thống kê', 'Công chức', 'Trung cấp'],
    ['Phạm Văn Đức', 'Địa chính - Xây dựng', 'Công chức', 'Thạc sĩ'],
  ];
  people.forEach((p, i) => {
    cell(s, `A${2 + i}`, i + 1);
    p.forEach((v, j) => cell(s, `${String.fromCharCode(66 + j)}${2 + i}`, v));
  });
  return wb;
}
