/**
 * A register that keeps running numbers only («01» … «04») beside a type column (tester 15 item 17): one note for the
 * column, not a doc-number-format warning per row; a symbol written wrong among them is still said at its cell, and a
 * register with no type column keeps its warning per number. Real .xlsx files written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';

type Row = (string | number | null)[];
const DOCS: Row[] = [
  [1, '01', '06/01/2025', 'QĐ', 'Kiện toàn Tổ CCHC'],
  [2, '02', '10/01/2025', 'KH', 'Kế hoạch CCHC 2025'],
  [3, '03', '15/02/2025', 'CV', 'V/v rà soát TTHC'],
  [4, '04', '20/02/2025', 'TB', 'Thông báo lịch tiếp dân'],
];

async function register(extra: Row[] = [], withType = true) {
  const wb = new ExcelJS.Workbook();
  const keep = (r: Row) => (withType ? r : r.filter((_, i) => i !== 3));
  put(wb.addWorksheet('Sổ VB đi'), 1, [
    ['SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2025'],
    keep(['STT', 'Số văn bản', 'Ngày ban hành', 'Loại văn bản', 'Trích yếu']),
    ...[...DOCS, ...extra].map(keep),
  ]);
  return roundTrip(wb);
}

const formatIssues = (a: Awaited<ReturnType<typeof register>>) =>
  a.issues.filter((i) => i.code === 'doc-number-format').map((i) => `${i.severity} ${i.sentence} ${i.cell}`);

describe('a register keeping running numbers beside a type column', () => {
  it('gives one note for the numbers and counts each type', async () => {
    const a = await register();
    expect(a.figures.documents).toEqual({ total: 4, byType: { 'Quyết định': 1, 'Kế hoạch': 1, 'Công văn': 1, 'Thông báo': 1 } });
    expect(formatIssues(a)).toEqual(['info doc-number-plain B3']);
  });

  it('still says a symbol written wrong among them, and checks a right one as before', async () => {
    const a = await register([
      [5, '05/QĐ-UBND', '25/02/2025', 'QĐ', 'Quyết định ban hành quy chế'],
      [6, '06 QĐ UBND', '26/02/2025', 'QĐ', 'Quyết định kiện toàn'],
    ]);
    expect(formatIssues(a).sort()).toEqual(['info doc-number-plain B3', 'warning doc-number-format B8']);
    expect(a.figures.documents?.total).toBe(6);
  });

  it('without a type column keeps a warning per number', async () => {
    const a = await register([], false);
    expect(formatIssues(a)).toEqual(['B3', 'B4', 'B5', 'B6'].map((c) => `warning doc-number-format ${c}`));
  });
});
