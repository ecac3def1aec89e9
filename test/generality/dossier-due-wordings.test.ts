/**
 * Dossier exports in the one-stop systems' words (tester 15 item 15): the due date headed «Hạn giải quyết» or «Hạn
 * GQ», the done date «Ngày giải quyết xong» or «Ngày xử lý xong». Real .xlsx files written and read back; dates typed
 * as text (as the exports hold them) and as real dates. «Hạn giải quyết» inside a Biểu 06 header («Quá hạn giải
 * quyết») takes nothing from the counts table.
 */
import ExcelJS from 'exceljs';
import { errors, put, roundTrip } from './harness';

type Cell = string | number | Date | null;
const d = (day: number, m: number) => new Date(Date.UTC(2025, m - 1, day));
const DATA: [string, string, string, Date, Date, Date | null][] = [
  ['HS001', 'Hộ tịch', 'Trực tuyến', d(2, 1), d(3, 1), d(2, 1)],
  ['HS002', 'Hộ tịch', 'Trực tiếp', d(5, 2), d(10, 2), d(10, 2)],
  ['HS003', 'Chứng thực', 'Trực tiếp', d(10, 3), d(11, 3), d(13, 3)],
  ['HS004', 'Hộ tịch', 'Trực tuyến', d(28, 3), d(2, 4), null],
  ['HS005', 'Chứng thực', 'Trực tiếp', d(20, 3), d(25, 3), null],
];
const text = (x: Date) => x.toISOString().slice(0, 10).split('-').reverse().join('/');

/** A dossier export: title, one header row, five dossiers; dates as text («02/01/2025») or as dates. */
function exportBook(code: string, received: string, due: string, done: string, asText: boolean): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const date = (x: Date | null): Cell => (x === null ? null : asText ? text(x) : x);
  put(wb.addWorksheet('Hồ sơ'), 1, [
    ['DANH SÁCH HỒ SƠ TỪ NGÀY 01/01/2025 ĐẾN NGÀY 31/03/2025'],
    ['STT', code, 'Lĩnh vực', 'Kênh nộp', received, due, done],
    ...DATA.map(([c, f, ch, r, du, dn], i): Cell[] => [i + 1, c, f, ch, date(r), date(du), date(dn)]),
  ]);
  return wb;
}

describe('dossier exports whose due or done date is in the one-stop systems’ words', () => {
  it.each([
    ['Số hồ sơ', 'Ngày nhận', 'Hạn giải quyết', 'Ngày giải quyết xong', true],
    ['Mã hồ sơ', 'Ngày tiếp nhận', 'Hạn giải quyết', 'Ngày trả kết quả', true],
    ['Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày giải quyết xong', false],
    ['Mã hồ sơ', 'Ngày tiếp nhận', 'Hạn GQ', 'Ngày xử lý xong', false],
  ])('%s / %s / %s / %s (dates as text: %s)', async (code, received, due, done, asText) => {
    const a = await roundTrip(exportBook(code, received, due, done, asText));
    expect(a.tables.dossiers?.located.columns).toMatchObject({ dueAt: 5, doneAt: 6 });
    expect(a.figures.tthc).toMatchObject({
      received: 5,
      online: 2,
      direct: 3,
      resolved: 3,
      early: 1,
      onTime: 1,
      late: 1,
      pending: 2,
      pendingInTime: 1,
      pendingOverdue: 1,
      onTimePct: 66.7,
    });
    expect(a.issues.filter((i) => i.table === 'dossiers' && i.severity !== 'info')).toEqual([]);
  });
});

describe('«hạn giải quyết» in a Biểu 06 header', () => {
  it('leaves the counts table to tthc and makes no dossier list', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('TTHC');
    put(ws, 1, [
      ['BẢNG TỔNG HỢP KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'],
      ['STT', 'Lĩnh vực', 'Số hồ sơ nhận giải quyết', null, null, 'Số hồ sơ đã giải quyết', null, null, null, 'Số hồ sơ đang giải quyết', null, null],
      [
        null,
        null,
        'Tổng số',
        'Trực tuyến',
        'Trực tiếp',
        'Tổng số',
        'Trước hạn',
        'Đúng hạn',
        'Quá hạn giải quyết',
        'Tổng số',
        'Trong hạn giải quyết',
        'Quá hạn giải quyết',
      ],
      [1, 'Hộ tịch', 142, 5, 137, 140, 88, 30, 22, 2, 2, 0],
      [2, 'Chứng thực', 98, 10, 88, 98, 61, 37, 0, 0, 0, 0],
    ]);
    ws.mergeCells('C2:E2');
    ws.mergeCells('F2:I2');
    ws.mergeCells('J2:L2');
    const a = await roundTrip(wb);
    expect(a.tables.dossiers).toBeFalsy();
    expect(a.tables.tthc?.located.sheet).toBe('TTHC');
    expect(a.figures.tthc).toMatchObject({ received: 240, resolved: 238, early: 149, onTime: 67, late: 22, pending: 2, pendingInTime: 2 });
    expect(errors(a).filter((i) => i.table === 'tthc')).toEqual([]);
  });
});
