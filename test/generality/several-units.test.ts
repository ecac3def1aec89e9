/**
 * A summary sheet of several communes (tester 15 item 5): a column «Đơn vị» whose rows are «UBND xã Ba Tơ», «UBND xã
 * Ba Vì», … and a «Tổng cộng». The row of the commune the info table names is read, never the sum; when none is
 * it, an error says the table holds several units and nothing is read from it. Workbooks written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';
import { said } from '../helpers/words';
import type { Analysis } from '../../src/core/analyze';

const HEADER = ['Tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Đã giải quyết', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết'];
const BA_TO = [320, 40, 280, 318, 315, 3, 2];
const BA_VI = [210, 30, 180, 205, 205, 0, 5];
const BA_DINH = [150, 10, 140, 150, 148, 2, 0];
const TOTAL = [680, 80, 600, 673, 668, 5, 7];

function book(agency: string, unitHeading: string, names: [string, string, string], total: string, onTop: boolean): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thông tin'), 1, [
    ['Cơ quan ban hành', agency],
    ['Từ ngày', '01/01/2025'],
    ['Đến ngày', '31/03/2025'],
  ]);
  const units = [
    [1, names[0], ...BA_TO],
    [2, names[1], ...BA_VI],
    [3, names[2], ...BA_DINH],
  ];
  const sum = [null, total, ...TOTAL];
  put(wb.addWorksheet('TH toàn tỉnh'), 1, [
    ['TỔNG HỢP KẾT QUẢ GIẢI QUYẾT TTHC CẤP XÃ QUÝ I NĂM 2025'],
    ['STT', unitHeading, ...HEADER],
    ...(onTop ? [sum, ...units] : [...units, sum]),
  ]);
  return wb;
}

const OWN = { received: 320, online: 40, direct: 280, resolved: 318, onTime: 315, late: 3, pending: 2, onlinePct: 12.5, onTimePct: 99.1 };
const unitIssues = (a: Analysis) => a.issues.filter((i) => i.sentence === 'table-units-row-read' || i.sentence === 'table-units-none-matches');

test('«Đơn vị» of «UBND xã …» rows, total below: the info table’s commune’s row is read, with a note', async () => {
  const a = await roundTrip(book('UBND xã Ba Tơ', 'Đơn vị', ['UBND xã Ba Tơ', 'UBND xã Ba Vì', 'UBND xã Ba Dinh'], 'Tổng cộng', false));
  expect(a.figures.tthc).toMatchObject(OWN);
  expect(a.sources['tthc.received']!.map((s) => s.cell)).toEqual(['C3']);
  const notes = unitIssues(a);
  expect(notes.map((i) => [i.severity, i.code])).toEqual([['info', 'duplicate-label']]);
  expect(said(notes[0], 'vi')).toContain('chỉ dòng «UBND xã Ba Tơ» (dòng 3)');
});

test('no diacritics, «Ten don vi» with «Xa …» names, total on top, agency in full words: still the commune’s row', async () => {
  const a = await roundTrip(book('ỦY BAN NHÂN DÂN XÃ BA TƠ', 'Ten don vi', ['Xa Ba Vi', 'Xa Ba To', 'Xa Ba Dinh'], 'Tong cong toan tinh', true));
  // Ba Tơ is the second unit here.
  expect(a.figures.tthc).toMatchObject({ received: 210, resolved: 205, pending: 5 });
});

test('the info table names a commune not in the list: an error, nothing read from the units’ sum', async () => {
  const a = await roundTrip(book('UBND xã Ba Lê', 'Đơn vị', ['UBND xã Ba Tơ', 'UBND xã Ba Vì', 'UBND xã Ba Dinh'], 'Cộng', false));
  expect(a.figures.tthc).toBeNull();
  const e = unitIssues(a);
  expect(e.map((i) => [i.severity, i.code])).toEqual([['error', 'missing-table']]);
  const text = said(e[0], 'vi');
  expect(text).toContain('nhiều đơn vị (cột «Đơn vị»: «UBND xã Ba Tơ», «UBND xã Ba Vì», «UBND xã Ba Dinh»)');
  expect(text).toContain('không dòng nào là của «UBND xã Ba Lê»');
  expect(a.issues.filter((i) => i.table === 'tthc' && i.code === 'missing-table')).toHaveLength(1);
});

test('«Ba Tô» and «Ba Tơ» are two communes: the info table’s «Ba Tô» reads its own row, not an error for two matches', async () => {
  const a = await roundTrip(book('UBND xã Ba Tô', 'Đơn vị', ['UBND xã Ba Tơ', 'UBND xã Ba Tô', 'UBND xã Ba Dinh'], 'Tổng cộng', false));
  expect(a.figures.tthc).toMatchObject({ received: 210, resolved: 205, pending: 5 });
  expect(said(unitIssues(a)[0], 'vi')).toContain('chỉ dòng «UBND xã Ba Tô» (dòng 4)');
});

test('a source without diacritics («UBND XA BA TO») still names its row «UBND xã Ba Tơ»', async () => {
  const a = await roundTrip(book('UBND XA BA TO', 'Đơn vị', ['UBND xã Ba Vì', 'UBND xã Ba Tơ', 'UBND xã Ba Dinh'], 'Tổng cộng', false));
  expect(a.figures.tthc).toMatchObject({ received: 210, resolved: 205, pending: 5 });
});
