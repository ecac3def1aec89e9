/**
 * A table kept one sheet per month of the report's quarter (tester 15 items 6 and 21). Budget sheets with a column to
 * date («Lũy kế thực hiện từ đầu năm»): the sheet whose month ends the period is read (its amounts to date are the
 * quarter's). TTHC counts per month with no quarter sheet: summed when the months make the quarter
 * (tthc-monthly-sum.test.ts), else no month is read as the quarter and an error names the monthly sheets. Workbooks written as a commune keeps them and read back through the whole pipeline.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';
import { said } from '../helpers/words';
import type { Analysis } from '../../src/core/analyze';

function withInfo(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thông tin'), 1, [
    ['Cơ quan ban hành', 'UBND xã Ba Tơ'],
    ['Từ ngày', '01/01/2025'],
    ['Đến ngày', '31/03/2025'],
    ['Ngày báo cáo', '05/04/2025'],
  ]);
  return wb;
}

const MONTH_TTHC: [string, number[][]][] = [
  [
    '01',
    [
      [40, 10, 30, 38, 37, 1, 2],
      [60, 2, 58, 60, 60, 0, 0],
    ],
  ],
  [
    '02',
    [
      [35, 10, 25, 36, 36, 0, 1],
      [70, 3, 67, 70, 70, 0, 0],
    ],
  ],
  [
    '03',
    [
      [45, 10, 35, 44, 42, 2, 2],
      [70, 5, 65, 70, 70, 0, 0],
    ],
  ],
];

function tthcMonths(title: (m: string) => string, sheet: (m: string) => string): ExcelJS.Workbook {
  const wb = withInfo();
  for (const [m, [a, b]] of MONTH_TTHC)
    put(wb.addWorksheet(sheet(m)), 1, [
      [title(m)],
      ['STT', 'Lĩnh vực', 'Tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Đã giải quyết', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết'],
      [1, 'Hộ tịch', ...a],
      [2, 'Chứng thực', ...b],
    ]);
  return wb;
}

const partsError = (a: Analysis) => a.issues.filter((i) => i.sentence === 'table-period-in-parts');

describe('TTHC counts only per month', () => {
  it.each([
    ['titled «THÁNG 01 NĂM 2025»', (m: string) => `KẾT QUẢ GIẢI QUYẾT TTHC THÁNG ${m} NĂM 2025`, (m: string) => `T${Number(m)}`],
    ['titled without diacritics «Thang 1/2025»', (m: string) => `Ket qua giai quyet TTHC thang ${Number(m)}/2025`, (m: string) => `Thang ${m}`],
  ])('%s: the three months make the quarter, summed (pending of March), one note names the sheets', async (_, title, sheet) => {
    const a = await roundTrip(tthcMonths(title, sheet));
    expect(a.figures.tthc).toMatchObject({ received: 320, online: 40, resolved: 318, late: 3, pending: 2 });
    expect(partsError(a)).toEqual([]);
    const notes = a.issues.filter((i) => i.sentence === 'table-summed-from-parts');
    expect(notes.map((i) => [i.severity, i.table])).toEqual([['info', 'tthc']]);
    const text = said(notes[0], 'vi');
    for (const m of ['01', '02', '03']) expect(text).toContain(`sheet «${sheet(m)}»`);
    expect(text).toContain('từ 01/03/2025 đến 31/03/2025');
    // No «not found» error, no note that the other months show «less evidence».
    expect(a.issues.filter((i) => i.table === 'tthc' && i.code === 'missing-table')).toEqual([]);
    expect(a.issues.filter((i) => i.table === 'tthc' && i.code === 'duplicate-label')).toEqual([]);
  });

  it('January and March only: no month is read as the quarter, one error names the sheets and February missing', async () => {
    const wb = tthcMonths(
      (m) => `KẾT QUẢ GIẢI QUYẾT TTHC THÁNG ${m} NĂM 2025`,
      (m) => `T${Number(m)}`,
    );
    wb.removeWorksheet(wb.getWorksheet('T2')!.id);
    const a = await roundTrip(wb);
    expect(a.figures.tthc).toBeNull();
    expect(a.tables.tthc).toBeUndefined();
    const e = partsError(a);
    expect(e.map((i) => [i.severity, i.code, i.table])).toEqual([['error', 'missing-table', 'tthc']]);
    const text = said(e[0], 'vi');
    for (const m of ['T1', 'T3']) expect(text).toContain(`sheet «${m}»`);
    expect(text).toContain('không bảng nào ghi đúng kỳ báo cáo (từ 01/01/2025 đến 31/03/2025)');
    expect(text).toContain('thiếu số liệu từ 01/02/2025 đến 28/02/2025');
    expect(a.issues.filter((i) => i.table === 'tthc' && i.code === 'missing-table')).toHaveLength(1);
  });

  it('with a sheet of the quarter beside the months, the quarter is read and no error is raised', async () => {
    const wb = tthcMonths(
      (m) => `KẾT QUẢ GIẢI QUYẾT TTHC THÁNG ${m} NĂM 2025`,
      (m) => `T${Number(m)}`,
    );
    put(wb.addWorksheet('Quý I'), 1, [
      ['KẾT QUẢ GIẢI QUYẾT TTHC QUÝ I NĂM 2025'],
      ['STT', 'Lĩnh vực', 'Tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Đã giải quyết', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết'],
      [1, 'Hộ tịch', 120, 30, 90, 118, 115, 3, 2],
      [2, 'Chứng thực', 200, 10, 190, 200, 200, 0, 0],
    ]);
    const a = await roundTrip(wb);
    expect(a.figures.tthc).toMatchObject({ received: 320, online: 40, resolved: 318, late: 3, pending: 2 });
    expect(partsError(a)).toEqual([]);
  });
});

describe('budget sheets per month with a column to date', () => {
  const MONTHS: [string, number[], number[]][] = [
    ['01', [400, 300], [400, 300]],
    ['02', [500, 421], [900, 721]],
    ['03', [564, 500], [1464, 1221]],
  ];
  it.each([
    ['«Lũy kế thực hiện từ đầu năm», months in order', 'Lũy kế thực hiện từ đầu năm', MONTHS],
    ['«Luy ke tu dau nam» without diacritics, March first', 'Luy ke tu dau nam', [MONTHS[2], MONTHS[0], MONTHS[1]]],
  ] as [string, string, typeof MONTHS][])('%s: March’s amounts to date are the quarter’s', async (_, toDate, months) => {
    const wb = withInfo();
    for (const [m, month, cum] of months)
      put(wb.addWorksheet(`T${Number(m)}`), 1, [
        [`THU, CHI NGÂN SÁCH XÃ THÁNG ${m} NĂM 2025`],
        ['ĐVT: triệu đồng'],
        ['STT', 'Nội dung', 'Dự toán HĐND xã giao', 'Thực hiện trong tháng', toDate],
        ['I', 'Tổng thu', 7239, month[0], cum[0]],
        ['II', 'Tổng chi', 6105, month[1], cum[1]],
      ]);
    const a = await roundTrip(wb);
    expect(a.tables.budget?.located.sheet).toBe('T3');
    expect(a.figures.budget?.revenue).toMatchObject({ estimateCouncil: 7239000000, actual: 1464000000, pctCouncil: 20.2 });
    expect(a.figures.budget?.expenditure).toMatchObject({ estimateCouncil: 6105000000, actual: 1221000000, pctCouncil: 20 });
    expect(partsError(a)).toEqual([]);
    expect(a.issues.filter((i) => i.table === 'budget' && i.severity !== 'info').map((i) => said(i, 'vi'))).toEqual([]);
  });
});
