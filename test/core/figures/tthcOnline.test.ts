/**
 * Online dossiers in a TTHC counts table (tester 7 items 2 and 20): «Trực tuyến toàn trình» and «Trực tuyến một
 * phần» are both online and summed, whether each heads its own column or they stand under one group label; an
 * online total beside its split is checked against it; «Nộp qua DVC», «Qua Cổng DVC», «Dịch vụ công trực tuyến»,
 * «Nộp trực tuyến» name the online column. Workbooks written with exceljs and read back through the pipeline.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from '../../generality/harness';
import type { Analysis } from '../../../src/core/analyze';

const TITLE = 'KẾT QUẢ GIẢI QUYẾT TTHC QUÝ I NĂM 2024';

function book(rows: (ExcelJS.CellValue | undefined)[][]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('TTHC'), 1, [[TITLE], ...rows]);
  return wb;
}

const issuesOf = (a: Analysis, ...codes: string[]) => a.issues.filter((i) => i.sheet === 'TTHC' && codes.includes(i.code));

describe('two online columns, by level', () => {
  test('«Trực tuyến toàn trình» + «Trực tuyến một phần» are summed into online; received checks against them and trực tiếp', async () => {
    const a = await roundTrip(
      book([
        ['Lĩnh vực', 'Tổng số hồ sơ tiếp nhận', 'Trực tuyến toàn trình', 'Trực tuyến một phần', 'Trực tiếp', 'Đã giải quyết', 'Đúng hạn', 'Quá hạn'],
        ['Hộ tịch', 40, 10, 5, 25, 40, 38, 2],
        ['Chứng thực', 25, 5, 5, 15, 25, 25, 0],
        ['Tổng cộng', 65, 15, 10, 40, 65, 63, 2],
      ]),
    );
    const t = a.figures.tthc!;
    expect(t.online).toBe(25);
    expect(t.onlinePct).toBe(38.5);
    expect(t.byField.map((f) => [f.field, f.online])).toEqual([
      ['Hộ tịch', 15],
      ['Chứng thực', 10],
    ]);
    // No false «trực tuyến + trực tiếp = 35» and no «cột D cũng mang tên Trực tuyến».
    expect(issuesOf(a, 'sum-mismatch', 'duplicate-label')).toEqual([]);
    expect(a.issues.filter((i) => i.code === 'missing-label' && i.field?.startsWith('online'))).toEqual([]);
    // The online figure comes from both columns' cells.
    expect(a.sources['tthc.online']!.map((s) => s.cell)).toEqual(['C5', 'D5']);
  });

  test('a wrong split is caught: received ≠ toàn trình + một phần + trực tiếp', async () => {
    const a = await roundTrip(
      book([
        ['Lĩnh vực', 'Tổng số hồ sơ tiếp nhận', 'Trực tuyến toàn trình', 'Trực tuyến một phần', 'Trực tiếp', 'Đã giải quyết'],
        ['Hộ tịch', 40, 10, 4, 25, 40],
      ]),
    );
    const sums = issuesOf(a, 'sum-mismatch');
    expect(sums.map((i) => i.cell)).toEqual(['B3']);
    expect(a.figures.tthc!.online).toBe(14);
  });

  test('«DVC» over «Toàn trình» | «Một phần» (two header rows) are summed too', async () => {
    const a = await roundTrip(
      book([
        ['Lĩnh vực', 'Tổng số hồ sơ tiếp nhận', 'DVC', null, 'Trực tiếp', 'Đã giải quyết'],
        [null, null, 'Toàn trình', 'Một phần', null, null],
        ['Hộ tịch', 40, 10, 5, 25, 40],
        ['Chứng thực', 25, 5, 5, 15, 25],
      ]),
    );
    expect(a.figures.tthc!.online).toBe(25);
    expect(a.figures.tthc!.received).toBe(65);
    expect(issuesOf(a, 'sum-mismatch', 'duplicate-label')).toEqual([]);
  });

  test('an online total beside its split is the online figure, and checked against the split', async () => {
    const rows = (full: number) =>
      book([
        ['Lĩnh vực', 'Tổng số hồ sơ tiếp nhận', 'Trực tuyến', 'Trong đó: toàn trình', 'Trong đó: một phần', 'Trực tiếp', 'Đã giải quyết'],
        ['Hộ tịch', 40, 15, full, 5, 25, 40],
      ]);
    const ok = await roundTrip(rows(10));
    expect(ok.figures.tthc!.online).toBe(15);
    expect(issuesOf(ok, 'sum-mismatch', 'duplicate-label')).toEqual([]);
    const bad = await roundTrip(rows(9));
    expect(bad.figures.tthc!.online).toBe(15);
    expect(issuesOf(bad, 'sum-mismatch').map((i) => [i.cell, i.field])).toEqual([['C3', 'online']]);
  });

  test('a lone «Hồ sơ trực tuyến toàn trình» column is the online column', async () => {
    const a = await roundTrip(
      book([
        ['Lĩnh vực', 'Tổng số hồ sơ tiếp nhận', 'Hồ sơ trực tuyến toàn trình', 'Trực tiếp', 'Đã giải quyết'],
        ['Hộ tịch', 40, 10, 30, 40],
      ]),
    );
    expect(a.tables.tthc!.located.columns.online).toBe(2);
    expect(a.figures.tthc!.online).toBe(10);
    expect(a.issues.filter((i) => i.code === 'missing-label' && i.sheet === 'TTHC')).toEqual([]);
  });
});

describe('names of the online column (tester 7 item 20)', () => {
  for (const header of ['Nộp qua DVC', 'Qua Cổng DVC', 'Dịch vụ công trực tuyến', 'Nộp trực tuyến', 'Qua cổng dịch vụ công', 'DVCTT']) {
    test(`«${header}»`, async () => {
      const a = await roundTrip(
        book([
          ['Lĩnh vực', 'Tổng số hồ sơ tiếp nhận', header, 'Trực tiếp', 'Đã giải quyết', 'Đúng hạn', 'Quá hạn'],
          ['Hộ tịch', 40, 10, 30, 40, 38, 2],
          ['Chứng thực', 25, 5, 20, 25, 25, 0],
        ]),
      );
      expect(a.tables.tthc?.located.columns.online).toBe(2);
      expect(a.figures.tthc!.online).toBe(15);
      expect(a.figures.tthc!.onlinePct).toBe(23.1);
      expect(issuesOf(a, 'sum-mismatch', 'duplicate-label')).toEqual([]);
      expect(issuesOf(a, 'missing-label').filter((i) => i.field === 'online')).toEqual([]);
    });
  }
});
