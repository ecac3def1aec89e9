/**
 * A TTHC table whose rows are the reception points of one merged commune (tester 17 T06): «Điểm tiếp nhận xã Ba Bích
 * (cũ)», «Trung tâm PVHCC xã Ba Tơ», «Điểm tiếp nhận xã Ba Cung (cũ)» above «Tổng cộng», first column «Đơn vị» or
 * «Điểm tiếp nhận». The rows are parts of the commune: the total is its figure, not refused as a summary of several
 * communes. A row naming another commune, not a former one, keeps the several-communes reading (only the agency's
 * row). Workbooks written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';
import { receptionPoints } from '../../src/core/read/receptionPoints';

function book(
  heading: string,
  agency: string | null,
  names = ['Điểm tiếp nhận xã Ba Bích (cũ)', 'Trung tâm PVHCC xã Ba Tơ', 'Điểm tiếp nhận xã Ba Cung (cũ)'],
) {
  const wb = new ExcelJS.Workbook();
  if (agency)
    put(wb.addWorksheet('Thông tin'), 1, [
      ['Cơ quan ban hành', agency],
      ['Từ ngày', '01/07/2025'],
      ['Đến ngày', '30/09/2025'],
    ]);
  const ws = wb.addWorksheet('Tong hop diem TN');
  put(ws, 1, [
    ['TỔNG HỢP KẾT QUẢ GIẢI QUYẾT TTHC THEO ĐIỂM TIẾP NHẬN - QUÝ III/2025'],
    [],
    [],
    ['STT', heading, 'Tiếp nhận', '', '', '', 'Đã giải quyết', '', '', '', 'Đang giải quyết', '', ''],
    ['', '', 'Tổng số', 'Trực tuyến', 'Trực tiếp', 'Kỳ trước chuyển sang', 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn'],
    [1, names[0], 40, 11, 27, 2, 38, 20, 17, 1, 2, 2, 0],
    [2, names[1], 100, 30, 70, 0, 97, 60, 37, 0, 3, 2, 1],
    [3, names[2], 20, 2, 18, 0, 20, 5, 15, 0, 0, 0, 0],
    ['', 'Tổng cộng', 160, 43, 115, 2, 155, 85, 69, 1, 5, 4, 1],
  ]);
  for (const m of ['A4:A5', 'B4:B5', 'C4:F4', 'G4:J4', 'K4:M4']) ws.mergeCells(m);
  return wb;
}

const WHOLE = {
  received: 160,
  online: 43,
  direct: 115,
  carriedOver: 2,
  resolved: 155,
  early: 85,
  onTime: 69,
  late: 1,
  pending: 5,
  pendingInTime: 4,
  pendingOverdue: 1,
};

it.each([
  ['Đơn vị', null],
  ['Điểm tiếp nhận', null],
  ['Đơn vị', 'UBND xã Ba Tơ'],
])('reads the reception points of one commune as its parts (first column «%s», agency %s)', async (heading, agency) => {
  const a = await roundTrip(book(heading, agency));
  expect(a.figures.tthc).toMatchObject(WHOLE);
  expect(a.issues.filter((i) => i.sentence === 'table-units-none-matches')).toEqual([]);
});

it('keeps reading only the agency’s row when another commune, not a former one, is among the rows', async () => {
  const a = await roundTrip(book('Đơn vị', 'UBND xã Ba Tơ', ['UBND xã Ba Vì', 'UBND xã Ba Tơ', 'UBND xã Ba Cung']));
  expect(a.figures.tthc).toMatchObject({ received: 100, online: 30, direct: 70 });
});

describe('receptionPoints', () => {
  it('tells a commune’s reception points from several communes', () => {
    expect(receptionPoints(['Điểm tiếp nhận xã Ba Bích (cũ)', 'Trung tâm PVHCC xã Ba Tơ'], null)).toBe(true);
    expect(receptionPoints(['Bộ phận một cửa xã Ba Tơ', 'Xã Ba Cung (cũ)'], 'UBND xã Ba Tơ')).toBe(true);
    expect(receptionPoints(['Điểm tiếp nhận xã Ba Vì', 'Trung tâm PVHCC xã Ba Tơ'], 'UBND xã Ba Tơ')).toBe(false);
    expect(receptionPoints(['UBND xã Ba Tơ', 'UBND xã Ba Vì'], 'UBND xã Ba Tơ')).toBe(false);
    expect(receptionPoints(['Xã Ba Tơ', 'Xã Ba Vì'], null)).toBe(false);
  });
});
