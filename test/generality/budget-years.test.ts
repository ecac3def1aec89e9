/**
 * A budget with columns of several years (brief reader7 item 2): «Quyết toán 2022 | Dự toán 2023 | Thực hiện
 * 2023», «Ước thực hiện 2023» beside last year's settled accounts. The actual (and each estimate) is the column of
 * the report's year, whichever comes first; a column of another year is not taken for it; where no column states a
 * year, «Thực hiện» wins over «Quyết toán». The report's year: the budget's title, else the info block's period,
 * else the latest year a column states. Real .xlsx files written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';
import type { Analysis } from '../../src/core/analyze';

type Row = (string | number | null)[];

/** A budget under `header`: revenue 1 000 / 2 000 / 3 000 and expenditure 1 100 / 2 100 / 3 100 triệu đồng in columns C, D, E. */
async function budget(header: string[], opts: { title?: string; period?: string } = {}): Promise<Analysis> {
  const wb = new ExcelJS.Workbook();
  if (opts.period)
    put(wb.addWorksheet('Thong tin'), 1, [
      ['Thông tin', 'Giá trị'],
      ['Cơ quan ban hành', 'UBND xã Tân Phú'],
      ['Kỳ báo cáo', opts.period],
    ]);
  put(wb.addWorksheet('Ngân sách'), 1, [
    [opts.title ?? 'BÁO CÁO THU, CHI NGÂN SÁCH XÃ'],
    ['ĐVT: triệu đồng'],
    ['STT', 'Nội dung', ...header] as Row,
    ['I', 'Tổng thu ngân sách xã', 1000, 2000, 3000],
    ['II', 'Tổng chi ngân sách xã', 1100, 2100, 3100],
  ]);
  return roundTrip(wb);
}

const M = 1_000_000;
const columns = (a: Analysis) => a.tables.budget?.located.columns;
const duplicates = (a: Analysis) => a.issues.filter((i) => i.code === 'duplicate-label').map((i) => `${i.cell} ${i.field}`);

describe('the actual of the report year among columns of several years', () => {
  it.each([
    [['Quyết toán 2022', 'Dự toán 2023', 'Thực hiện 2023'], 4, 3000],
    [['Thực hiện 2023', 'Dự toán 2023', 'Quyết toán 2022'], 2, 1000],
    [['Quyết toán năm 2022', 'Dự toán năm 2023', 'Ước thực hiện năm 2023'], 4, 3000],
    [['Ước thực hiện năm 2023', 'Dự toán năm 2023', 'Quyết toán năm 2022'], 2, 1000],
  ])('%j with a report of 2023: the actual is column %i', async (header, col, actual) => {
    const a = await budget(header, { period: 'Năm 2023' });
    expect(columns(a)).toMatchObject({ actual: col, estimateSuperior: 3 });
    expect(a.figures.budget?.revenue.actual).toBe(actual * M);
    expect(duplicates(a)).toEqual([]);
  });

  it.each([
    ['the title', { title: 'BÁO CÁO THU, CHI NGÂN SÁCH XÃ NĂM 2022' }, 2],
    ['the info block', { period: 'Năm 2022' }, 2],
    ['nothing: the latest year a column states', {}, 4],
  ])('the report year from %s decides between «Thực hiện 2022» and «Thực hiện 2023»', async (_, opts, col) => {
    const a = await budget(['Thực hiện 2022', 'Dự toán 2023', 'Thực hiện 2023'], opts);
    expect(columns(a)?.actual).toBe(col);
    expect(duplicates(a)).toEqual([]);
  });

  it.each([
    [['Quyết toán', 'Dự toán', 'Thực hiện'], 4],
    [['Thực hiện', 'Dự toán', 'Quyết toán'], 2],
    [['Thực hiện cùng kỳ năm trước', 'Dự toán', 'Thực hiện'], 4],
  ])('with no year stated, %j: «Thực hiện» of this year is the actual (column %i)', async (header, col) => {
    const a = await budget(header, { period: 'Năm 2023' });
    expect(columns(a)?.actual).toBe(col);
    expect(duplicates(a)).toEqual([]);
  });

  it('the estimate of the report year too: «Dự toán 2022 | Dự toán 2023»', async () => {
    const a = await budget(['Dự toán 2022', 'Dự toán 2023', 'Thực hiện 2023'], { period: 'Năm 2023' });
    expect(columns(a)).toMatchObject({ estimateSuperior: 3, actual: 4 });
    expect(a.figures.budget?.revenue.estimateSuperior).toBe(2000 * M);
    expect(duplicates(a)).toEqual([]);
  });

  it('two columns alike on year and kind stay a duplicate: the first is read', async () => {
    const a = await budget(['Thực hiện', 'Dự toán', 'Thực hiện'], { period: 'Năm 2023' });
    expect(columns(a)?.actual).toBe(2);
    expect(duplicates(a)).toEqual(['E3 actual']);
  });
});
