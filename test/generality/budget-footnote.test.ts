/**
 * A footnote line right under a budget table («(*) Bao gồm thu phí…», tester 17 B09, B16) ends the table: it is no
 * budget line, so no blank-cell error is raised on its row. A bare «*» before a sentence does too; a short «* Thu
 * tại xã» heading rows inside the table does not. Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';
import type { Analysis } from '../../src/core/analyze';

type Row = (string | number | null)[];

async function book(rows: Row[]): Promise<Analysis> {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('NS 9 thang'), 1, rows);
  return roundTrip(wb);
}

const HEAD: Row[] = [
  ['BÁO CÁO THỰC HIỆN THU, CHI NGÂN SÁCH XÃ 9 THÁNG ĐẦU NĂM 2025'],
  ['(Đơn vị tính: triệu đồng)'],
  [],
  ['STT', 'Nội dung', 'Dự toán tỉnh giao', 'Dự toán HĐND xã giao', 'Thực hiện 9 tháng', 'Tỷ lệ % so với DT HĐND'],
  ['I', 'Tổng thu', 12000, 12400, 9300, 75],
  [1, 'Thu tại xã (*)', 400, 800, 600, 75],
  [2, 'Thu bổ sung', 11600, 11600, 8700, 75],
  ['II', 'Tổng chi', 11800, 12400, 8060, 65],
  [1, 'Chi đầu tư phát triển', 1800, 2400, 1560, 65],
  [2, 'Chi thường xuyên', 10000, 10000, 6500, 65],
];
const SIGNATURE: Row[] = [
  [],
  ['', '', '', '', 'Ba Tơ, ngày 05 tháng 10 năm 2025'],
  ['', 'NGƯỜI LẬP BIỂU', '', 'KẾ TOÁN NGÂN SÁCH', 'TM. ỦY BAN NHÂN DÂN'],
  ['', '', '', '', 'CHỦ TỊCH'],
  [],
  ['', 'Nguyễn Thị Lan', '', 'Trần Văn Hùng', 'Lê Văn Minh'],
];
const sheetIssues = (a: Analysis) => a.issues.filter((i) => i.sheet === 'NS 9 thang').map((i) => `${i.severity} ${i.code} ${i.cell}`);

describe('a footnote under the budget ends the table (tester 17 B09, B16)', () => {
  it.each([
    [
      '«(*) Bao gồm…» then «Ghi chú:» and a signature',
      [['(*) Bao gồm thu phí, lệ phí và thu khác ngân sách.'], ['Ghi chú: Số liệu thực hiện tính đến ngày 30/9/2025.']],
    ],
    ['«(*)» alone, no full stop', [['(*) Số liệu ước thực hiện đến 30/9/2025']]],
    ['«(**)» in the content column', [[null, '(**) Thu tại xã gồm thu phí và lệ phí']]],
    ['a bare «*» before a sentence', [['* Số liệu thực hiện tính đến ngày 30/9/2025.']]],
  ] as [string, Row[]][])('%s', async (_name, lines) => {
    const a = await book([...HEAD, ...lines, ...SIGNATURE]);
    expect(a.tables.budget?.located.range).toBe('A4:F10');
    expect(a.figures.budget?.revenue).toMatchObject({ actual: 9300 * 1e6, pctCouncil: 75 });
    expect(a.figures.budget?.expenditure).toMatchObject({ actual: 8060 * 1e6, pctCouncil: 65 });
    expect(sheetIssues(a).filter((l) => l.startsWith('error'))).toEqual([]);
  });

  it('a short «* Thu tại xã» line inside the table heads rows, it does not end the table (control)', async () => {
    const a = await book([
      ['THU CHI NGÂN SÁCH XÃ NĂM 2025'],
      ['ĐVT: triệu đồng'],
      ['STT', 'Nội dung', 'Dự toán', 'Thực hiện'],
      ['I', 'Tổng thu', 1000, 600],
      [null, '* Thu tại xã'],
      [1, 'Thu phí, lệ phí', 100, 60],
      [2, 'Thu bổ sung', 900, 540],
      ['II', 'Tổng chi', 1000, 500],
      [1, 'Chi thường xuyên', 1000, 500],
    ]);
    expect(a.figures.budget?.expenditure.actual).toBe(500 * 1e6);
  });
});
