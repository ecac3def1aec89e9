/**
 * A total row named with its period or place (tester 15 item 23): «Cộng quý I», «Cộng năm 2025», «Cộng tháng 03»,
 * «Cộng cả năm», «Tong so 6 thang dau nam» is the table's total, not one more field, wherever it stands (below the
 * fields or on top). Workbooks written as a commune keeps them and read back through the whole pipeline.
 */
import ExcelJS from 'exceljs';
import { brief, errors, put, roundTrip } from './harness';
import { isTotalText } from '../../src/core/read/values';
import { fold } from '../../src/core/text/fold';

const D = (d: number, m: number, y: number) => new Date(Date.UTC(y, m - 1, d));
const HEADER = ['STT', 'Lĩnh vực', 'Tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Đã giải quyết', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết'];
const FIELDS = [
  [1, 'Hộ tịch', 120, 30, 90, 118, 115, 3, 2],
  [2, 'Chứng thực', 200, 10, 190, 200, 200, 0, 0],
];

function book(label: string, onTop: boolean): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thong tin'), 1, [
    ['Cơ quan ban hành', 'UBND XÃ AN HÒA'],
    ['Ngày báo cáo', D(5, 4, 2025)],
    ['Từ ngày', D(1, 1, 2025)],
    ['Đến ngày', D(31, 3, 2025)],
  ]);
  const total = [null, label, 320, 40, 280, 318, 315, 3, 2];
  put(wb.addWorksheet('TTHC'), 1, [['KẾT QUẢ GIẢI QUYẾT TTHC QUÝ I NĂM 2025'], HEADER, ...(onTop ? [total, ...FIELDS] : [...FIELDS, total])]);
  return wb;
}

describe('a total row named with its period or place', () => {
  const cases: [string, boolean][] = [
    ['Cộng quý I', false],
    ['Cộng năm 2025', false],
    ['Cộng tháng 03', false],
    ['Cộng cả năm', false],
    ['Cộng quý II/2025', true],
    ['Cong quy I', false],
    ['Tong so 6 thang dau nam 2025', true],
    ['Cộng toàn xã', true],
  ];
  it.each(cases)('«%s» (on top: %s) is the total: figures of the quarter, two fields', async (label, onTop) => {
    const a = await roundTrip(book(label, onTop));
    expect(a.figures.tthc).toMatchObject({ received: 320, online: 40, direct: 280, resolved: 318, onTime: 315, late: 3, pending: 2 });
    expect(a.figures.tthc?.onTimePct).toBeCloseTo(99.1, 1);
    expect(a.figures.tthc?.byField.map((f) => f.field)).toEqual(['Hộ tịch', 'Chứng thực']);
    expect(errors(a).filter((i) => i.code !== 'missing-table')).toEqual([]);
    expect(brief(a).filter((l) => /sum-mismatch|duplicate/.test(l))).toEqual([]);
  });

  it('a total that does not add up is still checked against the fields', async () => {
    const wb = book('Cộng quý I', false);
    wb.getWorksheet('TTHC')!.getCell('C5').value = 330;
    const a = await roundTrip(wb);
    expect(brief(a).some((l) => /sum-mismatch TTHC!C5/.test(l))).toBe(true);
  });

  it('words other than a period or a place after the total word make no total', () => {
    for (const t of ['Cộng quý I', 'Cộng năm 2025', 'Tổng số toàn xã', 'Toàn xã quý I/2025', 'Cộng 9 tháng']) expect(isTotalText(fold(t))).toBe(true);
    for (const t of ['Công chức', 'Cộng thu', 'Tổng số hồ sơ', 'Tổng thu ngân sách', 'Cộng Văn Hòa', 'Công Thị Nam']) expect(isTotalText(fold(t))).toBe(false);
  });
});

describe('months as rows', () => {
  const MONTHS = [
    [100, 12, 88, 98, 97, 1, 2],
    [105, 13, 92, 106, 106, 0, 1],
    [115, 15, 100, 114, 112, 2, 2],
  ];
  function months(labels: string[], total: string | null): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    put(wb.addWorksheet('TTHC'), 1, [
      ['KẾT QUẢ GIẢI QUYẾT TTHC QUÝ I NĂM 2025'],
      ['Tháng', 'Tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Đã giải quyết', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết'],
      ...MONTHS.map((m, i) => [labels[i], ...m]),
      ...(total ? [[total, 320, 40, 280, 318, 315, 3, 2]] : []),
    ]);
    return wb;
  }
  it.each([
    ['«Tháng 01/2025» … with «Cộng quý I»', ['Tháng 01/2025', 'Tháng 02/2025', 'Tháng 03/2025'], 'Cộng quý I'],
    ['«Thang 1» … without a total row', ['Thang 1', 'Thang 2', 'Thang 3'], null],
  ])('%s: flows add up, pending is March’s, no false sum error', async (_, labels, total) => {
    const a = await roundTrip(months(labels, total));
    expect(a.figures.tthc).toMatchObject({ received: 320, online: 40, direct: 280, resolved: 318, onTime: 315, late: 3, pending: 2 });
    expect(brief(a).filter((l) => /sum-mismatch/.test(l))).toEqual([]);
    const note = a.issues.filter((i) => i.sentence === 'table-period-rows');
    expect(note).toHaveLength(1);
    expect(note[0].severity).toBe('info');
  });

  it('with «Kỳ trước chuyển sang»: received counts January’s carried over only (the later ones were received before)', async () => {
    const wb = new ExcelJS.Workbook();
    put(wb.addWorksheet('TTHC'), 1, [
      ['KẾT QUẢ GIẢI QUYẾT TTHC QUÝ I NĂM 2025'],
      ['Tháng', 'Kỳ trước chuyển sang', 'Tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Đã giải quyết', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết'],
      ['Tháng 01/2025', 3, 103, 12, 88, 101, 100, 1, 2],
      ['Tháng 02/2025', 2, 107, 13, 92, 106, 106, 0, 1],
      ['Tháng 03/2025', 1, 116, 15, 100, 114, 112, 2, 2],
      ['Cộng quý I', 3, 323, 40, 280, 321, 318, 3, 2],
    ]);
    const a = await roundTrip(wb);
    // The clerk's total row: 3 + 40 + 280 = 323.
    expect(a.figures.tthc).toMatchObject({ carriedOver: 3, received: 323, online: 40, direct: 280, resolved: 321, pending: 2 });
    expect(brief(a).filter((l) => /sum-mismatch/.test(l))).toEqual([]);
    wb.getWorksheet('TTHC')!.spliceRows(6, 1);
    const b = await roundTrip(wb);
    // No total row: 103 + 107 + 116 less February's and March's carried over (2 + 1).
    expect(b.figures.tthc).toMatchObject({ carriedOver: 3, received: 323, online: 40, direct: 280, resolved: 321, pending: 2 });
    expect(b.sources['tthc.received']!.map((s) => s.cell)).toEqual(['C3:C5', 'B4:B5']);
  });
});
