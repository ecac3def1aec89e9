/**
 * A register grouped by month in its own cells (tester 15 item 19): «Tháng 01/2025» typed alone in the number column
 * above that month's documents, «Cộng tháng 01: 02 văn bản» under them, «Tổng cộng: 03 văn bản» at the foot. The month
 * lines are headings and the count lines totals: neither is a document, and each stated count is checked against the
 * documents it covers. Real .xlsx files written and read back; a staff list grouped the same way too.
 */
import ExcelJS from 'exceljs';
import { errors, put, roundTrip } from './harness';

type Row = (string | number | null)[];

/** The register's rows from its header down; `counts` false leaves out the «Cộng …» lines. */
function rows(counts: boolean, month2 = 'Tháng 02/2025', total = 'Tổng cộng: 03 văn bản', jan = 'Cộng tháng 01: 02 văn bản'): Row[] {
  const out: (Row | null)[] = [
    ['STT', 'Số, ký hiệu', 'Ngày ban hành', 'Trích yếu'],
    [null, 'Tháng 01/2025'],
    [1, '01/QĐ-UBND', '06/01/2025', 'Kiện toàn Tổ CCHC'],
    [2, '02/KH-UBND', '10/01/2025', 'Kế hoạch CCHC 2025'],
    counts ? [null, jan] : null,
    [null, month2],
    [3, '03/UBND', '15/02/2025', 'V/v rà soát TTHC'],
    counts ? [null, 'Cộng tháng 02: 01 văn bản'] : null,
    counts ? [null, total] : null,
  ];
  return out.filter((r): r is Row => r !== null);
}

async function register(body: Row[]) {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('VB đi'), 1, [['SỔ ĐĂNG KÝ VĂN BẢN ĐI QUÝ I NĂM 2025'], ...body]);
  return roundTrip(wb);
}

const RIGHT = { total: 3, byType: { 'Quyết định': 1, 'Kế hoạch': 1, 'Công văn': 1 } };
const listTotals = (a: Awaited<ReturnType<typeof register>>) => a.issues.filter((i) => i.sentence === 'list-total-count').map((i) => i.cell);
const onRegister = (a: Awaited<ReturnType<typeof register>>) => a.issues.filter((i) => i.table === 'documents' && i.severity !== 'info');

describe('a register with month lines and count lines typed in its number column', () => {
  it.each([
    ['month lines and count lines', rows(true)],
    ['month lines only', rows(false)],
    ['a month line «Tháng 02 năm 2025»', rows(true, 'Tháng 02 năm 2025')],
  ])('%s: three documents, no issue', async (_, body) => {
    const a = await register(body);
    expect(a.figures.documents).toEqual(RIGHT);
    expect(errors(a).filter((i) => i.table === 'documents')).toEqual([]);
    expect(onRegister(a)).toEqual([]);
  });

  it('checks each stated count: a wrong one is said at its cell, the figures still from the list', async () => {
    const a = await register(rows(true, 'Tháng 02/2025', 'Tổng cộng: 04 văn bản', 'Cộng tháng 01: 03 văn bản'));
    expect(a.figures.documents).toEqual(RIGHT);
    expect(listTotals(a)).toEqual(['B6', 'B10']);
    expect(errors(a).filter((i) => i.table === 'documents')).toEqual([]);
  });
});

describe('a staff list grouped by a period line', () => {
  it('reads the line «Năm 2025» as no person', async () => {
    const wb = new ExcelJS.Workbook();
    put(wb.addWorksheet('CBCC'), 1, [
      ['DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ NĂM 2025'],
      ['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'],
      [null, 'Năm 2025'],
      [1, 'Nguyễn Văn An', 'Chủ tịch UBND', 'Cán bộ', 'Đại học'],
      [2, 'Trần Thị Bình', 'Công chức Văn phòng - Thống kê', 'Công chức', 'Đại học'],
      [3, 'Lê Văn Cường', 'Công chức Tư pháp - Hộ tịch', 'Công chức', 'Cao đẳng'],
    ]);
    const a = await roundTrip(wb);
    expect(a.figures.staff).toMatchObject({ total: 3, canBo: 1, congChuc: 2 });
    expect(a.issues.filter((i) => i.table === 'staff' && i.severity === 'error')).toEqual([]);
  });
});
