/**
 * TTHC counts kept one sheet per month of the report's quarter, no sheet of the quarter (brief «periods» item 2):
 * when the months make the quarter exactly, the table is summed from them: flows added per field, the carried over
 * taken from the first month and the pending from the last (stocks), received less the later months' carried over
 * (received = online + direct + carried over). Each figure names the cells of every sheet it came from. A month missing
 * or doubled keeps the error, naming it. Workbooks written as a commune keeps them and read back through the pipeline.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';
import { said } from '../helpers/words';
import type { Analysis } from '../../src/core/analyze';

const HEADER = ['STT', 'Lĩnh vực', 'Kỳ trước chuyển sang', 'Tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Đã giải quyết', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết'];
/** Per month: Hộ tịch, Chứng thực; carried over, received, online, direct, resolved, on time, late, pending. */
const MONTHS: Record<number, [number[], number[]]> = {
  7: [
    [2, 40, 10, 28, 38, 37, 1, 2],
    [0, 60, 2, 58, 60, 60, 0, 0],
  ],
  8: [
    [2, 35, 10, 23, 34, 34, 0, 1],
    [0, 70, 3, 67, 70, 70, 0, 0],
  ],
  9: [
    [1, 45, 10, 34, 43, 41, 2, 2],
    [0, 70, 5, 65, 69, 69, 0, 1],
  ],
};

function book(sheets: { name: string; month: number; title: string; total?: boolean }[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thông tin'), 1, [
    ['Cơ quan ban hành', 'UBND xã Ba Tơ'],
    ['Từ ngày', '01/07/2026'],
    ['Đến ngày', '30/09/2026'],
    ['Ngày báo cáo', '05/10/2026'],
  ]);
  for (const s of sheets) {
    const [a, b] = MONTHS[s.month];
    const rows: (string | number | null)[][] = [[s.title], HEADER, [1, 'Hộ tịch', ...a], [2, 'Chứng thực', ...b]];
    if (s.total) rows.push([null, 'Tổng cộng', ...a.map((v, i) => v + b[i])]);
    put(wb.addWorksheet(s.name), 1, rows);
  }
  return wb;
}

const sheetsOf = (a: Analysis, path: string) => [...new Set((a.sources[path as keyof Analysis['sources']] ?? []).map((s) => s.sheet))];
const byCode = (a: Analysis, sentence: string) => a.issues.filter((i) => i.sentence === sentence);

const QUARTER = { carriedOver: 2, online: 40, direct: 275, received: 317, resolved: 314, onTime: 311, late: 3, pending: 3 };

describe('three monthly sheets making the quarter are summed', () => {
  it.each([
    ['titled «THÁNG 7 NĂM 2026», no total row', (m: number) => `KẾT QUẢ GIẢI QUYẾT TTHC THÁNG ${m} NĂM 2026`, false],
    ['sheets «T7», «T8», «T9» under one title naming no month, a total row each', () => 'KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', true],
  ])('%s', async (_, title, total) => {
    const a = await roundTrip(book([7, 8, 9].map((m) => ({ name: `T${m}`, month: m, title: title(m), total }))));
    expect(a.figures.tthc).toMatchObject(QUARTER);
    const fields = a.figures.tthc!.byField.map((f) => [f.field, f.carriedOver, f.received, f.online, f.direct, f.resolved, f.onTime, f.late, f.pending]);
    expect(fields).toEqual([
      ['Hộ tịch', 2, 117, 30, 85, 115, 112, 3, 2],
      ['Chứng thực', 0, 200, 10, 190, 199, 199, 0, 1],
    ]);
    // Flows from every month's cells, stocks from one month's.
    expect(sheetsOf(a, 'tthc.resolved')).toEqual(['T7', 'T8', 'T9']);
    expect(sheetsOf(a, 'tthc.online')).toEqual(['T7', 'T8', 'T9']);
    expect(sheetsOf(a, 'tthc.pending')).toEqual(['T9']);
    expect(sheetsOf(a, 'tthc.carriedOver')).toEqual(['T7']);
    expect(sheetsOf(a, 'tthc.byField.0.late')).toEqual(['T7', 'T8', 'T9']);
    expect(a.sources['tthc.byField.1.pending']).toEqual([{ sheet: 'T9', cell: 'J4' }]);
    // One note says so; no error, no «same field twice», no sum or period warning.
    const notes = byCode(a, 'table-summed-from-parts');
    expect(notes.map((i) => [i.severity, i.table])).toEqual([['info', 'tthc']]);
    const vi = said(notes[0], 'vi');
    expect(vi).toContain('cộng từ 3 sheet');
    for (const m of [7, 8, 9]) expect(vi).toContain(`sheet «T${m}»`);
    expect(vi).toContain('đang giải quyết (tồn cuối kỳ) lấy của sheet «T9»');
    expect(said(notes[0], 'en')).toContain('summed from 3 sheets');
    // The form has no «Trước hạn» column: said once, of the first month, not once a month.
    const warned = a.issues.filter((i) => i.table === 'tthc' && i.severity !== 'info');
    expect(warned.map((i) => [i.sheet, i.field])).toEqual([['T7', 'early']]);
    expect(a.tables.tthc?.located.parts?.map((p) => p.sheet)).toEqual(['T7', 'T8', 'T9']);
  });
});

describe('a month missing or doubled: the error stays, naming it', () => {
  const titled = (m: number) => `KẾT QUẢ GIẢI QUYẾT TTHC THÁNG ${m} NĂM 2026`;
  it('August missing', async () => {
    const a = await roundTrip(book([7, 9].map((m) => ({ name: `T${m}`, month: m, title: titled(m) }))));
    expect(a.figures.tthc).toBeNull();
    const e = byCode(a, 'table-period-in-parts');
    expect(e.map((i) => [i.severity, i.code])).toEqual([['error', 'missing-table']]);
    expect(said(e[0], 'vi')).toContain('thiếu số liệu từ 01/08/2026 đến 31/08/2026');
    expect(said(e[0], 'en')).toContain('no part holds 01/08/2026 to 31/08/2026');
    expect(byCode(a, 'table-summed-from-parts')).toEqual([]);
  });

  it('August twice (a copy of its sheet)', async () => {
    const a = await roundTrip(
      book([
        { name: 'T7', month: 7, title: titled(7) },
        { name: 'T8', month: 8, title: titled(8) },
        { name: 'T8 (2)', month: 8, title: titled(8) },
        { name: 'T9', month: 9, title: titled(9) },
      ]),
    );
    expect(a.figures.tthc).toBeNull();
    const e = byCode(a, 'table-period-in-parts');
    expect(e).toHaveLength(1);
    expect(said(e[0], 'vi')).toContain('trùng kỳ: sheet «T8 (2)»: từ 01/08/2026 đến 31/08/2026');
  });
});
