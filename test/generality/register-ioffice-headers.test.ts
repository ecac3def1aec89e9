/**
 * Registers exported from iOffice-style systems (tester 15 item 7): «Số/KH», «Số/ký hiệu», a lone «Ký hiệu» over the
 * full symbol, «Ngày VB», «Loại VB». Read as the register, and its header row never taken for an info block: an info
 * block is never one header-like row whose labels' "values" are the next labels. Real .xlsx files written and read back.
 */
import ExcelJS from 'exceljs';
import { errors, put, roundTrip } from './harness';

type Row = (string | number | null)[];
const DOCS: Row[] = [
  [1, '01/QĐ-UBND', '06/01/2025', 'Kiện toàn Tổ CCHC', 'Quyết định', 'Nguyễn Văn A', 'Các ban ngành'],
  [2, '02/KH-UBND', '10/01/2025', 'Kế hoạch CCHC 2025', 'Kế hoạch', 'Nguyễn Văn A', 'Các thôn'],
  [3, '03/UBND', '15/02/2025', 'V/v rà soát TTHC', 'Công văn', 'Trần Văn B', 'Sở Tư pháp'],
];

async function register(number: string, date: string, type: string, title: string | null) {
  const wb = new ExcelJS.Workbook();
  const head: Row[] = [['STT', number, date, 'Trích yếu', type, 'Người ký', 'Nơi nhận'], ...DOCS];
  put(wb.addWorksheet('VanBanDi'), 1, title ? [[title], ...head] : head);
  return roundTrip(wb);
}

describe('a register headed in an export’s abbreviations', () => {
  it.each([
    ['Số/KH', 'Ngày VB', 'Loại VB', null],
    ['Số/ký hiệu', 'Ngày VB', 'Loại VB', null],
    ['Số/KH', 'Ngày văn bản', 'Loại', null],
    ['Số/KH', 'Ngày VB', 'Loại VB', 'SỔ ĐĂNG KÝ VĂN BẢN ĐI'],
    ['Ký hiệu', 'Ngày ký', 'Loại VB', 'SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2025'],
  ])('%s / %s / %s (title %j): three documents, no info block', async (number, date, type, title) => {
    const a = await register(number, date, type, title);
    expect(a.figures.documents).toEqual({ total: 3, byType: { 'Quyết định': 1, 'Kế hoạch': 1, 'Công văn': 1 } });
    expect(a.tables.documents?.located.columns).toMatchObject({ number: 1, date: 2, type: 4 });
    expect(a.tables.info ?? null).toBeNull();
    expect(errors(a).filter((i) => i.table === 'documents' || i.table === 'info')).toEqual([]);
  });
});

describe('a header row of a table nobody reads', () => {
  it('is no info block, while a block of label | value rows still is', async () => {
    const wb = new ExcelJS.Workbook();
    put(wb.addWorksheet('Theo dõi'), 1, [
      ['STT', 'Nội dung công việc', 'Trích yếu', 'Phụ trách', 'Người ký', 'Nơi nhận', 'Ghi chú'],
      [1, 'Họp giao ban', 'Giao ban tháng 1', 'Văn phòng', 'Nguyễn Văn A', 'Các thôn', 'Xong'],
      [2, 'Kiểm tra', 'Kiểm tra CCHC', 'Tư pháp', 'Trần Văn B', 'Các ban', 'Xong'],
    ]);
    const a = await roundTrip(wb);
    expect(a.tables.info ?? null).toBeNull();
    expect(a.issues.filter((i) => i.table === 'info' && i.severity !== 'info')).toEqual([]);

    const block = new ExcelJS.Workbook();
    put(block.addWorksheet('Thông tin'), 1, [
      ['Cơ quan ban hành', 'UBND XÃ AN HÒA'],
      ['Người ký', 'Nguyễn Văn A'],
    ]);
    const b = await roundTrip(block);
    expect(b.info).toMatchObject({ agency: 'UBND XÃ AN HÒA', signer: 'Nguyễn Văn A' });
  });
});
