/**
 * A register whose only period is its title's year ("SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2023"): that year bounds it as the
 * workbook's period would, and documents issued in the period are counted, never those of another year.
 */
import ExcelJS from 'exceljs';
import { toSerial } from '../../src/core/format';
import { yearFromTitle } from '../../src/core/read/periodTitle';
import { put, roundTrip } from './harness';
import { said } from '../helpers/words';

const ROWS = [
  ['Số ký hiệu', 'Ngày ban hành', 'Trích yếu', 'Người ký'],
  ['98/QĐ-UBND', '28/12/2022', 'Quyết định của năm trước', 'Chủ tịch'],
  ['01/QĐ-UBND', '05/01/2023', 'Quyết định về việc A', 'Chủ tịch'],
  ['02/KH-UBND', '10/03/2023', 'Kế hoạch B', 'Phó Chủ tịch'],
  ['03/UBND', '20/12/2023', 'Về việc C', 'Phó Chủ tịch'],
  ['04/BC-UBND', '02/01/2024', 'Báo cáo tổng kết năm', 'Phó Chủ tịch'],
];

async function register(title: string, info?: (string | null)[][]) {
  const wb = new ExcelJS.Workbook();
  if (info) put(wb.addWorksheet('Thông tin'), 1, info);
  const ws = wb.addWorksheet('Sổ VB đi');
  put(ws, 1, [[title]]);
  put(ws, 3, ROWS);
  return roundTrip(wb);
}

describe('yearFromTitle', () => {
  it.each([
    ['SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2023', 2023],
    ['So dang ky van ban di nam 2024', 2024],
    ['Danh sách hồ sơ tiếp nhận (năm 2023)', 2023],
  ])('%s', (title, y) => expect(yearFromTitle(title)).toEqual({ start: toSerial(y, 1, 1), end: toSerial(y, 12, 31) }));

  it.each([['Kế hoạch giai đoạn năm 2021 - 2025'], ['Ba Tơ, ngày 05 tháng 4 năm 2023'], ['Sổ đăng ký năm 2023 và năm 2024'], ['Sổ đăng ký văn bản đi']])(
    'names no single year: %s',
    (title) => expect(yearFromTitle(title)).toBeNull(),
  );
});

describe('a register bounded by its title year', () => {
  it("takes the year as the period, counts only that year's documents and says which are left out", async () => {
    const a = await register('SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2023');
    expect([a.info.periodStart, a.info.periodEnd]).toEqual([toSerial(2023, 1, 1), toSerial(2023, 12, 31)]);
    expect(a.figures.documents).toEqual({ total: 3, byType: { 'Quyết định': 1, 'Kế hoạch': 1, 'Công văn': 1 } });
    // One line per document left out, saying both facts: outside the period, so not counted (no second note on its cell).
    const out = a.issues.filter((i) => i.code === 'date-out-of-period');
    expect(out.map((i) => [i.severity, i.cell])).toEqual([
      ['warning', 'B4'],
      ['warning', 'B8'],
    ]);
    expect(said(out[0])).toBe(
      'Văn bản số 98/QĐ-UBND có ngày 28/12/2022, nằm ngoài kỳ báo cáo (từ 01/01/2023 đến 31/12/2023), nên không được tính vào số văn bản ban hành trong kỳ.',
    );
    expect(a.issues.some((i) => i.field === 'periodStart' && i.sheet === 'Sổ VB đi' && i.cell === 'A1')).toBe(true);
  });

  it('leaves the period to the information sheet when it gives one', async () => {
    const a = await register('SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2023', [
      ['Từ ngày', '01/01/2023'],
      ['Đến ngày', '31/03/2023'],
      ['Ngày báo cáo', '05/04/2023'],
    ]);
    expect([a.info.periodStart, a.info.periodEnd]).toEqual([toSerial(2023, 1, 1), toSerial(2023, 3, 31)]);
    // A yearly register read for the first quarter: the quarter's two documents.
    expect(a.figures.documents).toEqual({ total: 2, byType: { 'Quyết định': 1, 'Kế hoạch': 1 } });
  });

  it('says in the date-after-report error itself that a document after the period is not counted (no note on its cell)', async () => {
    const a = await register('SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2023', [
      ['Từ ngày', '01/01/2023'],
      ['Đến ngày', '31/03/2023'],
      ['Ngày báo cáo', '05/04/2023'],
    ]);
    const onB7 = a.issues.filter((i) => i.sheet === 'Sổ VB đi' && i.cell === 'B7');
    expect(onB7.map((i) => [i.code, i.severity])).toEqual([['date-after-report', 'error']]);
    expect(said(onB7[0])).toBe(
      'Văn bản số 03/UBND có ngày 20/12/2023, sau ngày báo cáo 05/04/2023 và ngoài kỳ báo cáo, nên không được tính vào số văn bản ban hành trong kỳ.',
    );
    expect(said(onB7[0], 'en')).toBe(
      'Document 03/UBND is dated 20/12/2023, after the report date 05/04/2023 and outside the reporting period, so it is not counted among the documents issued in the period.',
    );
    // A document of the period is counted and its issues say nothing of the count.
    expect(a.issues.filter((i) => i.cell === 'B5' || i.cell === 'B6')).toEqual([]);
  });

  it('counts every document when nothing names a period', async () => {
    const a = await register('SỔ ĐĂNG KÝ VĂN BẢN ĐI');
    expect(a.info.periodStart).toBeNull();
    expect(a.figures.documents?.total).toBe(5);
  });
});
