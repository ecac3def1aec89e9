/** Forms as exported or typed in the wild: Biểu 06 from the one-stop system, legacy fonts, numbers and dates as text. */
import ExcelJS from 'exceljs';
import { brief, errors, located, put, roundTrip } from './harness';
import { toTcvn3, toVni } from '../helpers/legacyEncoders';
import { legacyBook } from '../helpers/legacyBook';

const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

function biểu06(ws: ExcelJS.Worksheet, top: number, pendingInTimeLabel = 'Chưa quá hạn') {
  const h = top;
  put(ws, h, [
    ['STT', 'Lĩnh vực, công việc giải quyết theo cấp', 'Số hồ sơ nhận giải quyết', null, null, null, 'Kết quả giải quyết'],
    [null, null, 'Tổng số', 'Trong đó', null, null, 'Số hồ sơ đã giải quyết', null, null, null, 'Số hồ sơ đang giải quyết'],
    [
      null,
      null,
      null,
      'Số mới tiếp nhận trực tuyến',
      'Số mới tiếp nhận trực tiếp và bưu chính',
      'Số kỳ trước chuyển qua',
      'Tổng số',
      'Trả trước hạn',
      'Trả đúng thời hạn',
      'Trả quá hạn',
      'Tổng số',
      pendingInTimeLabel,
      'Quá hạn',
    ],
    ['(1)', '(2)', '(3)=(4)+(5)+(6)', '(4)', '(5)', '(6)', '(7)=(8)+(9)+(10)', '(8)', '(9)', '(10)', '(11)=(12)+(13)', '(12)', '(13)'],
    [null, 'Tổng cộng', 60, 20, 35, 5, 55, 30, 20, 5, 5, 4, 1],
    [1, 'Hộ tịch', 40, 15, 22, 3, 37, 20, 14, 3, 3, 2, 1],
    [2, 'Chứng thực', 20, 5, 13, 2, 18, 10, 6, 2, 2, 2, 0],
  ]);
  for (const r of [
    `A${h}:A${h + 2}`,
    `B${h}:B${h + 2}`,
    `C${h}:F${h}`,
    `G${h}:M${h}`,
    `C${h + 1}:C${h + 2}`,
    `D${h + 1}:F${h + 1}`,
    `G${h + 1}:J${h + 1}`,
    `K${h + 1}:M${h + 1}`,
  ])
    ws.mergeCells(r);
}

describe('3. TTHC Biểu 06 as exported by the one-stop system', () => {
  it.each(['Chưa quá hạn', 'Trong hạn'])('reads the 3-level header, skips the numbering row, total at the top (pending in time: %s)', async (label) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('1 cửa Q3');
    put(ws, 1, [['Biểu số 06'], ['TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'], ['Kỳ báo cáo: Quý III/2024']]);
    biểu06(ws, 5, label);
    const a = await roundTrip(wb);
    expect(located(a, 'tthc')).toEqual({ sheet: '1 cửa Q3', range: 'A5:M11' });
    // The numbering row (row 8) is not data; the total row right under it is.
    expect(a.tables.tthc?.located.dataRows).toEqual([8, 9, 10]);
    expect(a.tables.tthc?.rows.map((r) => r.isTotal)).toEqual([true, false, false]);
    expect(a.tables.tthc?.located.columns).toEqual({
      field: 1,
      received: 2,
      online: 3,
      direct: 4,
      carriedOver: 5,
      resolved: 6,
      early: 7,
      onTime: 8,
      late: 9,
      pending: 10,
      pendingInTime: 11,
      pendingOverdue: 12,
    });
    expect(a.figures.tthc).toMatchObject({
      received: 60,
      online: 20,
      direct: 35,
      carriedOver: 5,
      resolved: 55,
      early: 30,
      onTime: 20,
      late: 5,
      pending: 5,
      pendingInTime: 4,
      pendingOverdue: 1,
    });
    expect(a.figures.tthc?.byField.map((f) => [f.field, f.received])).toEqual([
      ['Hộ tịch', 40],
      ['Chứng thực', 20],
    ]);
    expect(errors(a).filter((i) => i.table === 'tthc')).toEqual([]);
  });
});

describe.each([
  ['6. TCVN3', toTcvn3, '.VnTime', '.VnTimeH', 'tcvn3'],
  ['7. VNI', toVni, 'VNI-Times', null, 'vni'],
] as const)('%s workbook', (_name, enc, font, fontH, code) => {
  it('finds the tables, converts the text, computes the figures and warns about the encoding', async () => {
    const a = await roundTrip(legacyBook(enc, font, fontH));
    expect(located(a, 'tthc')).toEqual({ sheet: 'TTHC', range: 'A3:I5' });
    expect(located(a, 'staff')).toEqual({ sheet: 'Cán bộ', range: 'A1:E4' });
    expect(a.figures.tthc).toMatchObject({ received: 42, online: 12, direct: 30, resolved: 42, early: 26, onTime: 14, late: 2 });
    expect(a.figures.tthc?.byField.map((f) => f.field)).toEqual(['Hộ tịch', 'Đất đai']);
    expect(a.figures.staff).toMatchObject({ total: 3, canBo: 1, congChuc: 2 });
    expect(a.figures.staff?.education.postgraduate.count).toBe(1);
    expect(a.figures.staff?.education.secondary.count).toBe(1);
    const legacy = a.issues.filter((i) => i.code === 'legacy-encoding');
    expect(legacy.length).toBeGreaterThan(0);
    expect(legacy.every((i) => i.severity !== 'error')).toBe(true);
    // Header cells and data cells are both reported, in both tables: one warning per sheet, its range spanning them.
    const tthc = legacy.filter((i) => i.sheet === 'TTHC');
    expect(tthc).toHaveLength(1);
    expect(tthc[0].cell).toMatch(/^[A-B]3:[A-I][45]$/);
    expect(legacy.filter((i) => i.sheet === 'Cán bộ')).toHaveLength(1);
    expect(code).toMatch(/tcvn3|vni/);
    expect(errors(a).filter((i) => i.table === 'tthc' || i.table === 'staff')).toEqual([]);
  });
});

describe('8. numbers typed as text in English format beside real numbers', () => {
  it('reads "1,234,567" and decides a column of "1,500" by the table', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Thu chi');
    put(ws, 1, [
      ['THU CHI NGÂN SÁCH'],
      ['STT', 'Nội dung', 'Dự toán huyện giao', 'Dự toán HĐND xã giao', 'Thực hiện'],
      ['I', 'Tổng thu', 2500000, '2,500', '2,234,567'],
      ['1', 'Thu tại xã', 1000000, '1,000', '1,034,567'],
      ['2', 'Thu bổ sung', 1500000, '1,500', '1,200,000'],
      ['II', 'Tổng chi', 2500000, '2,500', '2,100,000'],
      ['1', 'Chi thường xuyên', 2500000, '2,500', '2,100,000'],
    ]);
    const a = await roundTrip(wb);
    const r = a.figures.budget?.revenue;
    expect(r).toMatchObject({ estimateSuperior: 2500000, estimateCouncil: 2500, actual: 2234567 });
    expect(a.figures.budget?.expenditure.actual).toBe(2100000);
  });

  it('reads a column of "1.234" as thousands when the table writes "1.234.567"', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Thu chi');
    put(ws, 1, [
      ['STT', 'Nội dung', 'Dự toán huyện giao', 'Thực hiện'],
      ['I', 'Tổng thu', '1.234', '1.234.567'],
      ['II', 'Tổng chi', '1.200', '1.100.000'],
    ]);
    const a = await roundTrip(wb);
    expect(a.figures.budget?.revenue).toMatchObject({ estimateSuperior: 1234, actual: 1234567 });
    expect(a.figures.budget?.expenditure).toMatchObject({ estimateSuperior: 1200, actual: 1100000 });
  });
});

describe('9. dates in every form in a documents table', () => {
  it('reads each to the right day', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Văn bản');
    put(ws, 1, [
      ['STT', 'Số ký hiệu', 'Ngày ban hành', 'Trích yếu'],
      [1, '01/QĐ-UBND', d(2023, 4, 5), 'Ngày thật'],
      [2, '02/QĐ-UBND', 45021, 'Số sê-ri'],
      [3, '03/KH-UBND', '05/4/2023', 'Văn bản'],
      [4, '04/KH-UBND', '5-4-23', 'Văn bản'],
      [5, '05/TB-UBND', 'ngày 05 tháng 4 năm 2023', 'Văn bản'],
      [6, '06/BC-UBND', '2023-04-05 08:30', 'Văn bản'],
      [7, '07/BC-UBND', '5/4/2023', 'Văn bản'],
      [8, '08/BC-UBND', '05.04.2023', 'Văn bản'],
    ]);
    const a = await roundTrip(wb);
    expect(located(a, 'documents')).toEqual({ sheet: 'Văn bản', range: 'A1:D9' });
    const days = a.tables.documents?.rows.map((r) => Math.floor(Number(r.values.date!.value)));
    expect(days).toEqual(Array(8).fill(45021));
    expect(a.tables.documents?.rows[5].values.date!.value).toBeCloseTo(45021 + 8.5 / 24, 6);
    expect(errors(a).filter((i) => i.table === 'documents')).toEqual([]);
    expect(a.issues.filter((i) => i.table === 'documents' && i.code === 'type-error')).toEqual([]);
  });
});

export { brief };
