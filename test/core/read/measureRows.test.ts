/**
 * TTHC figures kept with the measures down the rows (tester «blocks» items 1 and 2): a «Nội dung | Số lượng» block,
 * the same laid across the fields («Nội dung | Hộ tịch | Chứng thực | Đất đai | Tổng»), and label|number areas that
 * are no TTHC (a tally of letters, a budget summary, a signature block). Each workbook is written with exceljs and
 * read back through the whole pipeline; the figures, the places and the issues are asserted.
 */
import ExcelJS from 'exceljs';
import type { Analysis } from '../../../src/core/analyze';
import { put, roundTrip, located, brief } from '../../generality/harness';

type Rows = (ExcelJS.CellValue | undefined)[][];

function book(...sheets: [string, Rows][]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of sheets) put(wb.addWorksheet(name), 1, rows);
  return wb;
}

/** The TTHC totals in one line: received, online, direct, carried over, resolved, early, on time, late, pending. */
function tthcLine(a: Analysis): (number | null)[] | null {
  const t = a.figures.tthc;
  return t ? [t.received, t.online, t.direct, t.carriedOver, t.resolved, t.early, t.onTime, t.late, t.pending] : null;
}

const tthcIssues = (a: Analysis) => brief(a).filter((l) => / (?:TTHC|KQ|B06|Sheet1)!/.test(l) || /missing-table \S+ .*TTHC/.test(l));

describe('TTHC figures kept as a «Nội dung | Số lượng» block (tester blocks item 1)', () => {
  const BLOCK: Rows = [
    ['KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH QUÝ I NĂM 2025'],
    [],
    ['STT', 'Nội dung', 'Số lượng'],
    [1, 'Tổng số hồ sơ tiếp nhận', 320],
    [null, 'Trong đó: trực tuyến', 150],
    [2, 'Số hồ sơ từ kỳ trước chuyển sang', 12],
    [3, 'Đã giải quyết', 300],
    [null, 'Trước hạn', 40],
    [null, 'Đúng hạn', 250],
    [null, 'Quá hạn', 10],
    [4, 'Đang giải quyết', 20],
    [5, 'Trả lại/rút hồ sơ', 0],
  ];

  it('the tester’s block: each measure read from its own row, the total row of the report', async () => {
    const a = await roundTrip(book(['TTHC', BLOCK]));
    expect(located(a, 'tthc')).toEqual({ sheet: 'TTHC', range: 'B3:C11' });
    // Direct by difference (received − online − carried over, said in an info): 320 − 150 − 12.
    expect(tthcLine(a)).toEqual([320, 150, 158, 12, 300, 40, 250, 10, 20]);
    expect(a.figures.tthc?.onlinePct).toBe(46.9);
    expect(a.figures.tthc?.onTimePct).toBe(96.7);
    expect(a.figures.tthc?.byField).toEqual([]);
    // Each figure links to its own cell.
    expect(a.sources['tthc.received']).toEqual([{ sheet: 'TTHC', cell: 'C4' }]);
    expect(a.sources['tthc.late']).toEqual([{ sheet: 'TTHC', cell: 'C10' }]);
    expect(tthcIssues(a)).toEqual([]);
  });

  it('no diacritics, numbers typed as text, «Quá hạn» under «Đang giải quyết» is pending overdue, a share row left aside', async () => {
    const rows: Rows = [
      ['BAO CAO KET QUA GIAI QUYET TTHC'],
      ['Noi dung', 'Ket qua'],
      ['So ho so tiep nhan', '1.250'],
      ['- Truc tuyen', 700],
      ['- Truc tiep', 550],
      ['Da giai quyet', '1.200'],
      ['- Dung han', 1190],
      ['- Qua han', 10],
      ['Ty le dung han (%)', '99,2%'],
      ['Dang giai quyet', 50],
      ['- Trong han', 45],
      ['- Qua han', 5],
    ];
    const a = await roundTrip(book(['KQ', rows]));
    expect(located(a, 'tthc')).toEqual({ sheet: 'KQ', range: 'A2:B12' });
    expect(tthcLine(a)).toEqual([1250, 700, 550, null, 1200, null, 1190, 10, 50]);
    expect([a.figures.tthc?.pendingInTime, a.figures.tthc?.pendingOverdue]).toEqual([45, 5]);
    expect(tthcIssues(a).filter((l) => !l.startsWith('warning number-as-text') && !/info missing-label|warning missing-label/.test(l))).toEqual([]);
  });
});

describe('TTHC figures laid across the fields (tester blocks item 2)', () => {
  const ACROSS: Rows = [
    ['KẾT QUẢ GIẢI QUYẾT TTHC QUÝ I NĂM 2025'],
    [],
    ['Nội dung', 'Hộ tịch', 'Chứng thực', 'Đất đai', 'Tổng'],
    ['Tổng số hồ sơ tiếp nhận', 200, 80, 40, 320],
    ['Trực tuyến', 100, 30, 20, 150],
    ['Trực tiếp', 100, 50, 20, 170],
    ['Đã giải quyết', 190, 75, 35, 300],
    ['Trước hạn', 20, 10, 10, 40],
    ['Đúng hạn', 165, 62, 23, 250],
    ['Quá hạn', 5, 3, 2, 10],
    ['Đang giải quyết', 10, 5, 5, 20],
  ];

  it('measures as rows, lĩnh vực as columns: the Tổng column is the total, each column a field', async () => {
    const a = await roundTrip(book(['B06', ACROSS]));
    expect(located(a, 'tthc')).toEqual({ sheet: 'B06', range: 'A3:E11' });
    expect(tthcLine(a)).toEqual([320, 150, 170, null, 300, 40, 250, 10, 20]);
    expect(a.figures.tthc?.byField.map((f) => [f.field, f.received, f.resolved, f.late])).toEqual([
      ['Hộ tịch', 200, 190, 5],
      ['Chứng thực', 80, 75, 3],
      ['Đất đai', 40, 35, 2],
    ]);
    expect(a.sources['tthc.received']).toEqual([{ sheet: 'B06', cell: 'E4' }]);
    expect(tthcIssues(a)).toEqual([]);
  });

  it('a Tổng that is not the sum of the fields is named at its cell', async () => {
    const rows = ACROSS.map((r) => [...r]);
    rows[3][4] = 330;
    const a = await roundTrip(book(['B06', rows]));
    expect(a.figures.tthc?.received).toBe(330);
    expect(a.issues.filter((i) => i.code === 'sum-mismatch' && i.table === 'tthc').map((i) => `${i.sheet}!${i.cell}`)).toContain('B06!E4');
  });

  it('no Tổng column: the fields are summed', async () => {
    const rows = ACROSS.map((r) => r.slice(0, 4));
    const a = await roundTrip(book(['B06', rows]));
    expect(tthcLine(a)).toEqual([320, 150, 170, null, 300, 40, 250, 10, 20]);
    expect(a.figures.tthc?.byField.map((f) => f.field)).toEqual(['Hộ tịch', 'Chứng thực', 'Đất đai']);
    expect(tthcIssues(a)).toEqual([]);
  });

  it('two periods side by side: the latest year’s column is the figure, the earlier one left aside', async () => {
    const rows: Rows = [
      ['KẾT QUẢ GIẢI QUYẾT TTHC'],
      ['Nội dung', 'Quý I năm 2024', 'Quý I năm 2025', 'So sánh (%)'],
      ['Tổng số hồ sơ tiếp nhận', 280, 320, '114%'],
      ['Trực tuyến', 100, 150, '150%'],
      ['Đã giải quyết', 260, 300, '115%'],
      ['Đúng hạn', 250, 290, '116%'],
      ['Quá hạn', 10, 10, '100%'],
      ['Đang giải quyết', 20, 20, '100%'],
    ];
    const a = await roundTrip(book(['KQ', rows]));
    // Direct by difference: 320 − 150 (no carried-over row).
    expect(tthcLine(a)).toEqual([320, 150, 170, null, 300, null, 290, 10, 20]);
    expect(a.sources['tthc.received']).toEqual([{ sheet: 'KQ', cell: 'C3' }]);
  });

  it('measures as column headers in row 1, one row per lĩnh vực, is read as before', async () => {
    const rows: Rows = [
      ['Lĩnh vực', 'Tổng số hồ sơ tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết'],
      ['Hộ tịch', 200, 100, 100, 190, 20, 165, 5, 10],
      ['Chứng thực', 80, 30, 50, 75, 10, 62, 3, 5],
      ['Đất đai', 40, 20, 20, 35, 10, 23, 2, 5],
    ];
    const a = await roundTrip(book(['Sheet1', rows]));
    expect(located(a, 'tthc')).toEqual({ sheet: 'Sheet1', range: 'A1:I4' });
    expect(tthcLine(a)).toEqual([320, 150, 170, null, 300, 40, 250, 10, 20]);
    expect(a.figures.tthc?.byField).toHaveLength(3);
  });
});

describe('label | number areas that are no TTHC', () => {
  it('a tally of letters, a budget summary and a signature block are not read as TTHC', async () => {
    const letters: Rows = [
      ['KẾT QUẢ XỬ LÝ ĐƠN THƯ, KHIẾU NẠI'],
      ['Nội dung', 'Số lượng'],
      ['Tổng số đơn tiếp nhận', 20],
      ['Đã giải quyết', 15],
      ['Đúng hạn', 14],
      ['Quá hạn', 1],
      ['Đang giải quyết', 5],
    ];
    const money: Rows = [
      ['TỔNG HỢP THU CHI'],
      ['Nội dung', 'Số tiền'],
      ['Tổng thu', 2000],
      ['Tổng chi', 1500],
      ['Tồn quỹ', 500],
      [],
      ['Người lập biểu', 'Kế toán'],
      ['Số điện thoại', 912345678],
    ];
    // Two measures only: too few to be a summary of dossiers.
    const few: Rows = [
      ['Nội dung', 'Số lượng'],
      ['Tiếp nhận', 12],
      ['Đã giải quyết', 10],
    ];
    const a = await roundTrip(book(['Đơn thư', letters], ['Thu chi', money], ['Ghi chú', few]));
    expect(a.tables.tthc).toBeUndefined();
    expect(a.issues.some((i) => i.code === 'missing-table' && i.table === 'tthc' && i.severity === 'error')).toBe(true);
  });
});
