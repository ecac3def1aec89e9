/** Harder variants seen in communes' own files. */
import ExcelJS from 'exceljs';
import { errors, located, put, roundTrip } from './harness';

describe('staff list with a two-level "Trình độ" group (văn hóa, chuyên môn, lý luận chính trị, tin học)', () => {
  it('reads education from the Chuyên môn column only', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('CBCC');
    put(ws, 1, [
      ['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Trình độ', null, null, null],
      [null, null, null, null, 'Văn hóa', 'Chuyên môn', 'Lý luận chính trị', 'Tin học'],
      [1, 'Nguyễn Văn A', 'Chủ tịch', 'Cán bộ', '12/12', 'Đại học', 'Trung cấp', 'Chứng chỉ'],
      [2, 'Lê Thị B', 'Kế toán', 'Công chức', '12/12', 'Trung cấp', 'Sơ cấp', 'Chứng chỉ'],
      [3, 'Trần Văn C', 'Địa chính', 'Công chức', '12/12', 'Thạc sĩ', 'Cao cấp', 'Chứng chỉ'],
    ]);
    for (const r of ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:H1']) ws.mergeCells(r);
    const a = await roundTrip(wb);
    expect(located(a, 'staff')).toEqual({ sheet: 'CBCC', range: 'A1:H5' });
    expect(a.tables.staff?.located.columns.education).toBe(5);
    const e = a.figures.staff?.education;
    expect([e?.postgraduate.count, e?.university.count, e?.secondary.count]).toEqual([1, 1, 1]);
    expect(errors(a).filter((i) => i.table === 'staff')).toEqual([]);
  });
});

describe('decomposed (NFD) headers and values, as some Mac and web tools write them', () => {
  it('matches them like composed text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('TTHC');
    const nfd = (s: string) => s.normalize('NFD');
    put(ws, 1, [
      ['Lĩnh vực', 'Số hồ sơ tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Đã giải quyết', 'Đúng hạn', 'Quá hạn'].map(nfd),
      [nfd('Hộ tịch'), 9, 4, 5, 9, 8, 1],
    ]);
    const a = await roundTrip(wb);
    expect(a.figures.tthc).toMatchObject({ received: 9, online: 4, resolved: 9, onTime: 8, late: 1 });
    expect(a.figures.tthc?.byField[0].field).toBe('Hộ tịch');
  });
});

describe('budget in triệu đồng with decimals typed as Vietnamese text, unit in the header cell', () => {
  it('reads "1.234,5" triệu as đồng', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ngân sách');
    put(ws, 1, [
      ['STT', 'Nội dung', 'Dự toán giao (triệu đồng)', 'Thực hiện (triệu đồng)', 'Tỷ lệ %'],
      ['I', 'Tổng thu ngân sách', '2.000', '1.234,5', '61,7'],
      ['II', 'Tổng chi ngân sách', '2.000', '1.500', '75'],
    ]);
    const a = await roundTrip(wb);
    expect(a.tables.budget?.located.unit?.factor).toBe(1e6);
    expect(a.figures.budget?.revenue).toMatchObject({ estimateSuperior: 2e9, actual: 1234.5e6 });
    expect(a.figures.budget?.expenditure).toMatchObject({ estimateSuperior: 2e9, actual: 1.5e9 });
    expect(a.issues.filter((i) => i.code === 'unit-mismatch' || i.code === 'percent-mismatch')).toEqual([]);
  });
});

describe('TTHC with a formula total row and a field column written "Tên lĩnh vực"', () => {
  it('reads formula results and does not count the total twice', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu 06');
    put(ws, 1, [
      ['TT', 'Tên lĩnh vực', 'Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết'],
      [1, 'Hộ tịch', 10, 8, 2],
      [2, 'Đất đai', 5, 5, 0],
    ]);
    ws.getCell('B4').value = 'Cộng';
    ws.getCell('C4').value = { formula: 'SUM(C2:C3)', result: 15 };
    ws.getCell('D4').value = { formula: 'SUM(D2:D3)', result: 13 };
    ws.getCell('E4').value = { formula: 'SUM(E2:E3)', result: 2 };
    const a = await roundTrip(wb);
    expect(located(a, 'tthc')).toEqual({ sheet: 'Biểu 06', range: 'A1:E4' });
    expect(a.figures.tthc).toMatchObject({ received: 15, resolved: 13, pending: 2 });
    expect(errors(a).filter((i) => i.table === 'tthc')).toEqual([]);
  });
});
