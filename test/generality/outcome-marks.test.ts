/**
 * Outcomes under the group «Đã trả kết quả» (tester 6 item 11): a dossier list marking each dossier by a cross in
 * «Trước hạn | Đúng hạn | Quá hạn» or «Đang xử lý» is counted by its marks; a counts table reads «Tổng» under
 * the group as resolved and «Chưa trả kết quả» as pending.
 */
import ExcelJS from 'exceljs';
import { errors, put, roundTrip } from './harness';

const INFO = [
  ['Thông tin', 'Giá trị'],
  ['Cơ quan ban hành', 'UBND XÃ AN HÒA'],
  ['Từ ngày', new Date(Date.UTC(2023, 0, 1))],
  ['Đến ngày', new Date(Date.UTC(2023, 2, 31))],
  ['Ngày báo cáo', new Date(Date.UTC(2023, 3, 5))],
];
const day = (m: number, d: number) => new Date(Date.UTC(2023, m - 1, d));

function withInfo(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thông tin'), 1, INFO);
  return wb;
}

describe('a dossier list marking outcomes by a cross', () => {
  it.each([
    ['«x»', 'x'],
    ['«1»', 1],
  ])('counts resolved 3 (1/1/1) and pending 1 from %s marks', async (_, x) => {
    const wb = withInfo();
    const ws = wb.addWorksheet('Hồ sơ');
    put(ws, 1, [
      ['DANH SÁCH HỒ SƠ TIẾP NHẬN QUÝ I NĂM 2023'],
      [],
      ['STT', 'Mã hồ sơ', 'Tên thủ tục', 'Lĩnh vực', 'Ngày tiếp nhận', 'Hạn trả', 'Đã trả kết quả', 'Đã trả kết quả', 'Đã trả kết quả', 'Đang xử lý'],
      ['STT', 'Mã hồ sơ', 'Tên thủ tục', 'Lĩnh vực', 'Ngày tiếp nhận', 'Hạn trả', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Đang xử lý'],
      [1, 'H1-230101-0001', 'Đăng ký khai sinh', 'Hộ tịch', day(1, 3), day(1, 4), x],
      [2, 'H1-230101-0002', 'Chứng thực bản sao', 'Chứng thực', day(1, 5), day(1, 6), null, x],
      [3, 'H1-230101-0003', 'Đăng ký kết hôn', 'Hộ tịch', day(2, 5), day(2, 10), null, null, x],
      [4, 'H1-230101-0004', 'Đăng ký khai tử', 'Hộ tịch', day(3, 25), day(4, 5), null, null, null, x],
      [null, 'Tổng cộng: 4 hồ sơ'],
    ]);
    for (const m of ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:F4', 'G3:I3', 'J3:J4']) ws.mergeCells(m);
    const a = await roundTrip(wb);
    expect(a.tables.dossiers?.located.range).toBe('A3:J9');
    expect(a.figures.tthc).toMatchObject({ received: 4, resolved: 3, early: 1, onTime: 1, late: 1, pending: 1, pendingInTime: 1, pendingOverdue: 0 });
    expect(a.figures.tthc?.byField.map((f) => [f.field, f.resolved, f.pending])).toEqual([
      ['Hộ tịch', 2, 1],
      ['Chứng thực', 1, 0],
    ]);
    // The list has no channel column: online and direct are unknown, and said so (REPORTING-SCHEMA §4); nothing else.
    expect(a.figures.tthc).toMatchObject({ online: null, direct: null });
    expect(a.issues.filter((i) => i.table === 'dossiers' && i.severity !== 'info').map((i) => i.sentence)).toEqual(['dossiers-channel-missing']);
  });
});

describe('a TTHC counts table with the group «Đã trả kết quả» over «Tổng | Trước hạn | Đúng hạn | Quá hạn»', () => {
  it('reads resolved from the group\u2019s «Tổng» and pending from «Chưa trả kết quả», with no missing-column error', async () => {
    const wb = withInfo();
    const ws = wb.addWorksheet('TTHC');
    put(ws, 1, [
      ['TÌNH HÌNH GIẢI QUYẾT TTHC QUÝ I NĂM 2023'],
      [],
      ['STT', 'Lĩnh vực', 'Tổng số hồ sơ tiếp nhận', 'Đã trả kết quả', null, null, null, 'Chưa trả kết quả'],
      [null, null, null, 'Tổng', 'Trước hạn', 'Đúng hạn', 'Quá hạn'],
      [1, 'Hộ tịch', 142, 140, 88, 30, 22, 2],
      [2, 'Chứng thực', 98, 98, 61, 37, 0, 0],
      [null, 'Cộng', 240, 238, 149, 67, 22, 2],
    ]);
    for (const m of ['A3:A4', 'B3:B4', 'C3:C4', 'D3:G3', 'H3:H4']) ws.mergeCells(m);
    const a = await roundTrip(wb);
    expect(a.tables.tthc?.located.columns).toMatchObject({ resolved: 3, early: 4, onTime: 5, late: 6, pending: 7 });
    expect(a.figures.tthc).toMatchObject({ received: 240, resolved: 238, early: 149, onTime: 67, late: 22, pending: 2 });
    expect(errors(a).filter((i) => i.table === 'tthc')).toEqual([]);
  });
});
