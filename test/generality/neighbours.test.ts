/**
 * Tables that share a sheet with another table: side by side with a blank column between them, or one under the
 * other. Each is found on its own header, values and title; the other table's labels are never its data.
 */
import ExcelJS from 'exceljs';
import { errors, located, put, roundTrip } from './harness';

const STAFF = [
  ['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'],
  [1, 'Nguyễn Văn An', 'Chủ tịch', 'Cán bộ', 'Đại học'],
  [2, 'Trần Thị Bình', 'Kế toán', 'Công chức', 'Đại học'],
  [3, 'Lê Văn Cường', 'Địa chính', 'Công chức', 'Trung cấp'],
  [4, 'Phạm Thị Dung', 'Văn thư', 'Công chức', 'Cao đẳng'],
];
const PAYROLL = [
  ['STT', 'Họ và tên', 'Hệ số lương', 'Phụ cấp chức vụ', 'Thành tiền', 'Ký nhận'],
  [1, 'Nguyễn Văn An', 3.66, 0.3, 9_000_000, null],
  [2, 'Trần Thị Bình', 2.67, 0, 6_500_000, null],
];
// A list of cán bộ, công chức names no part-time worker: their number is not given (null), never 0.
const STAFF_FIGURES = { total: 4, canBo: 1, congChuc: 3, khongChuyenTrach: null };
const levels = (a: Awaited<ReturnType<typeof roundTrip>>) => {
  const e = a.figures.staff?.education;
  return [e?.university.count, e?.college.count, e?.secondary.count];
};

describe('a staff list and a payroll side by side, a blank column between them', () => {
  it('reads the staff list alone, whichever side it is on and at whatever row it starts', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Nhân sự');
    put(ws, 1, [['DANH SÁCH CÁN BỘ, CÔNG CHỨC']]);
    put(ws, 3, STAFF);
    put(ws, 1, [['BẢNG LƯƠNG THÁNG 3']], 7);
    put(ws, 3, PAYROLL, 7);
    const a = await roundTrip(wb);
    expect(located(a, 'staff')).toEqual({ sheet: 'Nhân sự', range: 'A3:E7' });
    expect(a.figures.staff).toMatchObject(STAFF_FIGURES);
    expect(levels(a)).toEqual([2, 1, 1]);
    expect(errors(a).filter((i) => i.table === 'staff')).toEqual([]);
    // The payroll's words are not held against the staff list.
    expect(a.issues.filter((i) => i.sheet === 'Nhân sự' && i.code === 'missing-table')).toEqual([]);

    const right = new ExcelJS.Workbook();
    const rs = right.addWorksheet('NS');
    put(rs, 2, PAYROLL);
    put(rs, 5, STAFF, 8);
    const b = await roundTrip(right);
    expect(located(b, 'staff')).toEqual({ sheet: 'NS', range: 'H5:L9' });
    expect(b.figures.staff).toMatchObject(STAFF_FIGURES);
  });

  it('splits them also under one title merged over both', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('NS');
    put(ws, 1, [['DANH SÁCH CÁN BỘ VÀ BẢNG LƯƠNG']]);
    ws.mergeCells('A1:L1');
    put(ws, 3, STAFF);
    put(ws, 3, PAYROLL, 7);
    const a = await roundTrip(wb);
    expect(located(a, 'staff')).toEqual({ sheet: 'NS', range: 'A3:E7' });
    expect(a.figures.staff).toMatchObject(STAFF_FIGURES);
  });

  it('splits them also when the signature line under them has a word in the blank column', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('NS');
    put(ws, 1, STAFF);
    put(ws, 1, PAYROLL, 7);
    put(ws, 8, [['Người lập biểu', null, null, null, null, 'TM. ỦY BAN NHÂN DÂN']]);
    const a = await roundTrip(wb);
    expect(located(a, 'staff')).toEqual({ sheet: 'NS', range: 'A1:E5' });
    expect(a.figures.staff).toMatchObject(STAFF_FIGURES);
  });

  it('keeps a table whose header runs across an empty spacer column whole', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('CBCC');
    put(ws, 1, [
      ['Họ và tên', 'Chức vụ', null, 'Loại', 'Trình độ chuyên môn'],
      ['Nguyễn Văn An', 'Chủ tịch', null, 'Cán bộ', 'Đại học'],
      ['Trần Thị Bình', 'Kế toán', null, 'Công chức', 'Trung cấp'],
    ]);
    const a = await roundTrip(wb);
    expect(located(a, 'staff')).toEqual({ sheet: 'CBCC', range: 'A1:E3' });
    expect(a.figures.staff).toMatchObject({ total: 2, canBo: 1, congChuc: 1 });
  });

  it('reads a TTHC count and a budget side by side as two tables', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Số liệu');
    put(ws, 1, [
      ['Lĩnh vực', 'Số hồ sơ tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Đã giải quyết', 'Đúng hạn', 'Quá hạn'],
      ['Hộ tịch', 9, 4, 5, 9, 8, 1],
      ['Chứng thực', 6, 1, 5, 6, 6, 0],
    ]);
    put(
      ws,
      1,
      [
        ['STT', 'Nội dung', 'Dự toán huyện giao', 'Thực hiện'],
        ['I', 'Tổng thu ngân sách', 1_000_000, 600_000],
        ['II', 'Tổng chi ngân sách', 900_000, 450_000],
      ],
      9,
    );
    const a = await roundTrip(wb);
    expect(located(a, 'tthc')).toEqual({ sheet: 'Số liệu', range: 'A1:G3' });
    expect(located(a, 'budget')).toEqual({ sheet: 'Số liệu', range: 'I1:L3' });
    expect(a.figures.tthc).toMatchObject({ received: 15, online: 5, direct: 10, resolved: 15, onTime: 14, late: 1 });
    expect(a.figures.budget?.revenue).toMatchObject({ estimateSuperior: 1_000_000, actual: 600_000 });
  });
});

describe('a payroll under the staff list', () => {
  it.each([
    ['after one blank row', 7],
    ['right under it', 6],
  ])('ends the staff list at the payroll header (%s)', async (_, top) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('NS');
    put(ws, 1, STAFF);
    put(ws, top, PAYROLL);
    const a = await roundTrip(wb);
    expect(located(a, 'staff')).toEqual({ sheet: 'NS', range: 'A1:E5' });
    expect(a.figures.staff).toMatchObject(STAFF_FIGURES);
    expect(errors(a).filter((i) => i.table === 'staff')).toEqual([]);
  });

  it('still skips the header repeated on a second printed page', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('NS');
    const people = Array.from({ length: 30 }, (_, i) => [i + 1, `Người ${i + 1}`, 'Chuyên viên', 'Công chức', 'Đại học']);
    put(ws, 1, [STAFF[0], ...people.slice(0, 25), STAFF[0], ...people.slice(25)]);
    const a = await roundTrip(wb);
    expect(located(a, 'staff')).toEqual({ sheet: 'NS', range: 'A1:E32' });
    expect(a.figures.staff).toMatchObject({ total: 30, congChuc: 30 });
  });
});
