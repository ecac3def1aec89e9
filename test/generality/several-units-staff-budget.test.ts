/**
 * Summaries of several communes on one sheet beyond TTHC (brief «periods» item 3): a staff table by level and a budget
 * table by line, each row naming its commune in a column «Đơn vị». Only the rows of the commune the info table names
 * are read, never the sum over communes; a commune not in the column is an error, nothing read. Workbooks written and
 * read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';
import { said } from '../helpers/words';
import type { Analysis } from '../../src/core/analyze';

function book(agency: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thông tin'), 1, [
    ['Cơ quan ban hành', agency],
    ['Từ ngày', '01/01/2025'],
    ['Đến ngày', '31/03/2025'],
  ]);
  put(wb.addWorksheet('CBCC'), 1, [
    ['TRÌNH ĐỘ CÁN BỘ, CÔNG CHỨC CẤP XÃ'],
    ['STT', 'Đơn vị', 'Trình độ chuyên môn', 'Số lượng'],
    [1, 'UBND xã Ba Tơ', 'Đại học', 10],
    [2, 'UBND xã Ba Tơ', 'Cao đẳng', 5],
    [3, 'UBND xã Ba Tô', 'Đại học', 8],
    [4, 'UBND xã Ba Tô', 'Trung cấp', 3],
    [null, 'Tổng cộng', null, 26],
  ]);
  put(wb.addWorksheet('NS'), 1, [
    ['THU, CHI NGÂN SÁCH CÁC XÃ QUÝ I NĂM 2025'],
    ['ĐVT: triệu đồng'],
    ['STT', 'Đơn vị', 'Nội dung', 'Dự toán HĐND xã giao', 'Thực hiện'],
    [1, 'UBND xã Ba Tơ', 'Tổng thu', 7000, 1500],
    [2, 'UBND xã Ba Tơ', 'Tổng chi', 6000, 1200],
    [3, 'UBND xã Ba Tô', 'Tổng thu', 5000, 900],
    [4, 'UBND xã Ba Tô', 'Tổng chi', 4000, 800],
  ]);
  return wb;
}

const unitNotes = (a: Analysis, table: string) => a.issues.filter((i) => i.table === table && i.sentence.startsWith('table-units-'));

test('staff by level and commune: only «Ba Tơ»’s levels are counted', async () => {
  const a = await roundTrip(book('UBND xã Ba Tơ'));
  expect(a.figures.staff?.total).toBe(15);
  expect(a.figures.staff?.education.university.count).toBe(10);
  expect(a.figures.staff?.education.college.count).toBe(5);
  expect(a.figures.staff?.education.secondary.count).toBe(0);
  const notes = unitNotes(a, 'staff');
  expect(notes.map((i) => [i.severity, i.sentence])).toEqual([['info', 'table-units-row-read']]);
  expect(said(notes[0], 'vi')).toContain('«UBND xã Ba Tơ» (dòng 3, 4)');
  expect(a.issues.filter((i) => i.table === 'staff' && i.code === 'duplicate-row')).toEqual([]);
});

test('budget by line and commune: only «Ba Tô»’s lines (not «Ba Tơ», another commune)', async () => {
  const a = await roundTrip(book('UBND xã Ba Tô'));
  expect(a.figures.budget?.revenue).toMatchObject({ estimateCouncil: 5000000000, actual: 900000000 });
  expect(a.figures.budget?.expenditure).toMatchObject({ estimateCouncil: 4000000000, actual: 800000000 });
  expect(a.figures.staff?.total).toBe(11);
  expect(unitNotes(a, 'budget').map((i) => i.sentence)).toEqual(['table-units-row-read']);
});

test('a commune in neither column: errors, nothing summed over communes', async () => {
  const a = await roundTrip(book('UBND xã Ba Lê'));
  expect(a.figures.staff).toBeNull();
  expect(a.figures.budget).toBeNull();
  for (const t of ['staff', 'budget']) expect(unitNotes(a, t).map((i) => [i.severity, i.sentence])).toEqual([['error', 'table-units-none-matches']]);
});
