/**
 * A dossier log with gaps, read from a real .xlsx: a received date, a due date missing, and a due date that is no date
 * (12). The dates go into the columns as numbers all the way (typeRows, computeDossiers), a missing one as none, never
 * as 0: each gap makes null only the figures that need it, and the number that is no date is named at its cell.
 */
import ExcelJS from 'exceljs';
import { brief, put, roundTrip } from './harness';

const at = (m: number, d: number, h = 0, mi = 0) => new Date(Date.UTC(2023, m - 1, d, h, mi));

async function log() {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thông tin'), 1, [
    ['Thông tin', 'Giá trị'],
    ['Cơ quan ban hành', 'UBND XÃ AN HÒA'],
    ['Từ ngày', at(1, 1)],
    ['Đến ngày', at(3, 31)],
    ['Ngày báo cáo', at(4, 5)],
  ]);
  const ws = wb.addWorksheet('Hồ sơ');
  put(ws, 1, [
    ['DANH SÁCH HỒ SƠ TIẾP NHẬN QUÝ I NĂM 2023'],
    ['STT', 'Mã hồ sơ', 'Lĩnh vực', 'Kênh nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Trạng thái'],
    [1, 'H001', 'Hộ tịch', 'Trực tuyến', at(1, 5, 9), at(1, 10, 17), at(1, 9, 15, 30), 'Đã trả kết quả'],
    [2, 'H002', 'Hộ tịch', 'Trực tiếp', at(1, 6, 10, 30), null, at(1, 8, 8), 'Đã trả kết quả'],
    [3, 'H003', 'Chứng thực', 'Trực tiếp', at(2, 1, 8, 15), 12, null, 'Đang xử lý'],
    [4, 'H004', 'Chứng thực', 'Bưu chính', null, at(3, 20), null, 'Đang xử lý'],
  ]);
  for (const c of ['E', 'F', 'G']) ws.getColumn(c).numFmt = 'dd/mm/yyyy hh:mm';
  ws.getCell('F5').numFmt = 'General';
  return roundTrip(wb);
}

describe('a dossier log with a date missing or no date', () => {
  it('counts what the dates allow and names the due date that is no date', async () => {
    const a = await log();
    const t = a.figures.tthc!;
    // H004 has no received date: received and its channel split cannot be counted; the rest can.
    expect(t).toMatchObject({ received: null, online: null, direct: null, resolved: 2, pending: 2 });
    // H002 has no due date and H003's is no date: each is left out of the timing it would need (tester 11 item 10),
    // which the others still make: H001 early, H004 overdue.
    expect(t).toMatchObject({ early: 1, onTime: 0, late: 0, pendingInTime: 0, pendingOverdue: 1 });
    expect(t.byField.map((f) => [f.field, f.received, f.online, f.resolved, f.pending])).toEqual([
      ['Hộ tịch', 2, 1, 2, 0],
      ['Chứng thực', null, null, 0, 2],
    ]);
    expect(a.tables.dossiers?.rows.map((r) => r.values.dueAt?.value ?? null)).toEqual([expect.any(Number), null, null, expect.any(Number)]);
    expect(brief(a).filter((l) => l.includes('Hồ sơ!F5'))).toEqual([expect.stringMatching(/^error type-error Hồ sơ!F5 /)]);
  });
});
