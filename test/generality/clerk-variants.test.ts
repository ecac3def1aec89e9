/** Variants a tester met on clerks' own workbooks: short register headings, no diacritics, amounts in millions. */
import ExcelJS from 'exceljs';
import { errors, located, put, roundTrip } from './harness';

describe('a register headed "Số CV" / "Ngày ký"', () => {
  it.each([[['STT', 'Số CV', 'Ngày ký', 'Nội dung', 'Nơi nhận']], [['STT', 'So CV', 'Ngay ky', 'Noi dung', 'Noi nhan']]])(
    'reads %j as the documents issued',
    async (header) => {
      const wb = new ExcelJS.Workbook();
      put(wb.addWorksheet('CV đi'), 1, [
        header,
        [1, '12/UBND', '05/01/2023', 'Về việc triển khai CCHC', 'Các ban ngành'],
        [2, '15/QĐ-UBND', '10/02/2023', 'Quyết định kiện toàn bộ phận một cửa', 'Bộ phận một cửa'],
        [3, '20/KH-UBND', '15/03/2023', 'Kế hoạch tuyên truyền CCHC', 'Các thôn'],
      ]);
      const a = await roundTrip(wb);
      expect(located(a, 'documents')).toEqual({ sheet: 'CV đi', range: 'A1:E4' });
      expect(a.tables.documents?.located.columns).toMatchObject({ number: 1, date: 2, summary: 3 });
      expect(a.figures.documents).toEqual({ total: 3, byType: { 'Công văn': 1, 'Quyết định': 1, 'Kế hoạch': 1 } });
      expect(errors(a).filter((i) => i.table === 'documents')).toEqual([]);
    },
  );
});

describe('a staff list typed without diacritics', () => {
  it('reads categories and levels, the part-time worker outside the education shares', async () => {
    const wb = new ExcelJS.Workbook();
    put(wb.addWorksheet('CBCC'), 1, [
      ['STT', 'Ho va ten', 'Chuc vu', 'Loai', 'Trinh do chuyen mon'],
      [1, 'Nguyen Van An', 'Chu tich', 'Can bo', 'Dai hoc'],
      [2, 'Tran Thi Binh', 'Ke toan', 'Cong chuc', 'Trung cap'],
      [3, 'Le Van Cuong', 'Dia chinh', 'Cong chuc', 'Cao dang'],
      [4, 'Pham Thi Dung', 'Tap vu', 'Khong chuyen trach', 'Chua qua dao tao'],
    ]);
    const a = await roundTrip(wb);
    expect(a.figures.staff).toMatchObject({ total: 3, canBo: 1, congChuc: 2, khongChuyenTrach: 1 });
    const e = a.figures.staff?.education;
    expect([e?.university.count, e?.college.count, e?.secondary.count, e?.none.count]).toEqual([1, 1, 1, 0]);
    expect(errors(a).filter((i) => i.table === 'staff')).toEqual([]);
  });
});

describe('a budget whose amounts are not in đồng', () => {
  const lines = (estimate: number, actual: number | string) => [
    ['I', 'Tổng thu ngân sách xã', estimate, actual],
    ['II', 'Tổng chi ngân sách xã', 6105, 1220.96],
  ];
  it.each([
    ['the title', [['BẢNG THỰC HIỆN THU, CHI NGÂN SÁCH XÃ NĂM 2023 (triệu đồng)'], []], 1e6],
    ['a unit line "Tr.đồng"', [['BẢNG THỰC HIỆN THU, CHI NGÂN SÁCH XÃ'], [null, null, null, 'ĐVT: Tr.đồng']], 1e6],
    ['a unit line without diacritics', [['BANG THUC HIEN THU CHI NGAN SACH'], ['DVT: trieu dong']], 1e6],
    ['a unit line "1.000 đồng"', [['BẢNG THỰC HIỆN THU, CHI NGÂN SÁCH XÃ'], [null, null, null, 'Đơn vị tính: 1.000 đồng']], 1e3],
  ])('reads the unit from %s', async (_, above, factor) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ngân sách');
    put(ws, 1, [...(above as (string | null)[][]), ['STT', 'Nội dung', 'Dự toán huyện giao', 'Thực hiện'], ...lines(7239, 1464.5)]);
    const a = await roundTrip(wb);
    expect(a.tables.budget?.located.unit?.factor).toBe(factor);
    expect(a.figures.budget?.revenue).toMatchObject({ estimateSuperior: 7239 * factor, actual: 1464.5 * factor, pctSuperior: 20.2 });
    expect(a.figures.budget?.expenditure).toMatchObject({ estimateSuperior: 6105 * factor, actual: Math.round(1220.96 * factor) });
    expect(a.issues.filter((i) => i.table === 'budget' && i.severity !== 'info')).toEqual([]);
  });
});
