/**
 * A staff table by level with one column per category (tester 11 item 14): with or without a «Tổng số» column,
 * the categories written out or as «CB» / «CC», in either order. The total is cán bộ + công chức (the
 * non-specialised are counted apart, REPORTING-SCHEMA §4), the shares over it. Real .xlsx written with exceljs.
 */
import ExcelJS from 'exceljs';
import { errors, located, put, roundTrip, brief } from '../../generality/harness';

const TITLE = 'TRÌNH ĐỘ CHUYÊN MÔN CỦA CÁN BỘ, CÔNG CHỨC XÃ';
/** Levels with cán bộ, công chức, không chuyên trách: 11 + 10 = 21, 10 không chuyên trách, 17 with a degree. */
const LEVELS: [string, number, number, number][] = [
  ['Sau đại học', 1, 0, 0],
  ['Đại học', 8, 9, 2],
  ['Cao đẳng', 0, 0, 3],
  ['Trung cấp', 2, 1, 5],
];

async function read(header: string[], row: (l: [string, number, number, number]) => (string | number)[]) {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Trinh do'), 1, [[TITLE], [], header, ...LEVELS.map(row)]);
  return roundTrip(wb);
}

function expectTheCommune(a: Awaited<ReturnType<typeof read>>, range: string) {
  expect(located(a, 'staff')).toEqual({ sheet: 'Trinh do', range });
  const s = a.figures.staff!;
  expect([s.total, s.canBo, s.congChuc, s.khongChuyenTrach]).toEqual([21, 11, 10, 10]);
  expect(s.education.university).toEqual({ count: 17, pct: 80.9 });
  expect(s.education.postgraduate.count).toBe(1);
  expect(s.education.college.count).toBe(0);
  expect(s.education.secondary.count).toBe(3);
  // The other tables are missing (errors of their own); nothing is said of this one.
  expect(errors(a).filter((i) => i.table !== 'tthc' && i.table !== 'budget')).toEqual([]);
  expect(brief(a).filter((l) => l.includes('Trinh do'))).toEqual([]);
}

test('«Trình độ chuyên môn | Cán bộ | Công chức | Không chuyên trách», no «Tổng số», is found and counted', async () => {
  const a = await read(['Trình độ chuyên môn', 'Cán bộ', 'Công chức', 'Không chuyên trách'], ([l, cb, cc, k]) => [l, cb, cc, k]);
  expectTheCommune(a, 'A3:D7');
});

test('the same with a «Tổng số» column (cán bộ + công chức) reads the same', async () => {
  const a = await read(['Trình độ chuyên môn', 'Cán bộ', 'Công chức', 'Tổng số', 'Không chuyên trách'], ([l, cb, cc, k]) => [l, cb, cc, cb + cc, k]);
  expectTheCommune(a, 'A3:E7');
});

test('the categories written «CB» / «CC» / «KCT»', async () => {
  const a = await read(['Trình độ chuyên môn', 'CB', 'CC', 'KCT'], ([l, cb, cc, k]) => [l, cb, cc, k]);
  expectTheCommune(a, 'A3:D7');
});

test('the columns in the other order: «Không chuyên trách | Công chức | Cán bộ»', async () => {
  const a = await read(['Trình độ chuyên môn', 'Không chuyên trách', 'Công chức', 'Cán bộ'], ([l, cb, cc, k]) => [l, k, cc, cb]);
  expectTheCommune(a, 'A3:D7');
});

test('cán bộ and công chức only, no other column', async () => {
  const a = await read(['Trình độ chuyên môn', 'Công chức', 'Cán bộ'], ([l, cb, cc]) => [l, cc, cb]);
  expect(located(a, 'staff')).toEqual({ sheet: 'Trinh do', range: 'A3:C7' });
  const s = a.figures.staff!;
  expect([s.total, s.canBo, s.congChuc, s.khongChuyenTrach]).toEqual([21, 11, 10, null]);
  expect(s.education.university).toEqual({ count: 17, pct: 80.9 });
});

test('counts typed with their unit, «8 người», no «Tổng số» (tester 13 item 20): read, a number-as-text warning per cell', async () => {
  const wb = new ExcelJS.Workbook();
  const rows = [
    [1, 'Thạc sĩ', '1 người', '0 người'],
    [2, 'Đại học', '8 người', '9 người'],
    [3, 'Trung cấp', '1 người', '2 người'],
  ];
  put(wb.addWorksheet('Trình độ'), 1, [['TRÌNH ĐỘ CHUYÊN MÔN CÁN BỘ, CÔNG CHỨC XÃ'], [], ['STT', 'Trình độ', 'Cán bộ', 'Công chức'], ...rows]);
  const a = await roundTrip(wb);
  expect(located(a, 'staff')).toEqual({ sheet: 'Trình độ', range: 'A3:D6' });
  const s = a.figures.staff!;
  expect([s.total, s.canBo, s.congChuc]).toEqual([21, 10, 11]);
  expect([s.education.postgraduate.count, s.education.university.count, s.education.secondary.count]).toEqual([1, 17, 3]);
  expect(s.education.university.pct).toBe(80.9);
  expect(a.issues.filter((i) => i.code === 'number-as-text').map((i) => i.cell)).toEqual(['C4', 'D4', 'C5', 'D5', 'C6', 'D6']);
});

test('the same without diacritics, «nguoi», columns «Cong chuc | Can bo»', async () => {
  const wb = new ExcelJS.Workbook();
  const rows = [
    ['Dai hoc', '9 nguoi', '8 nguoi'],
    ['Cao dang', '2 nguoi', '0 nguoi'],
  ];
  put(wb.addWorksheet('Sheet1'), 1, [['TRINH DO CAN BO CONG CHUC'], ['Trinh do chuyen mon', 'Cong chuc', 'Can bo'], ...rows]);
  const a = await roundTrip(wb);
  const s = a.figures.staff!;
  expect([s.total, s.canBo, s.congChuc]).toEqual([19, 8, 11]);
  expect([s.education.university.count, s.education.college.count]).toEqual([17, 2]);
});

test('a person’s row whose cells are values («Người 1 | Công chức | Cán bộ | Sau đại học») is no header: the list is read whole', async () => {
  const wb = new ExcelJS.Workbook();
  const people = [
    ['Người 1', 'Công chức', 'Cán bộ', 'Sau đại học'],
    ['Người 2', 'Công chức', 'Cán bộ', 'Đại học'],
    ['Người 3', 'Công chức', 'Công chức', 'Đại học'],
    ['Người 4', 'Công chức', 'Công chức', 'Trung cấp'],
  ];
  put(wb.addWorksheet('Cán bộ'), 1, [['Họ và tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'], ...people]);
  const a = await roundTrip(wb);
  expect(located(a, 'staff')).toEqual({ sheet: 'Cán bộ', range: 'A1:D5' });
  const s = a.figures.staff!;
  expect([s.total, s.canBo, s.congChuc]).toEqual([4, 2, 2]);
  expect([s.education.postgraduate.count, s.education.university.count, s.education.secondary.count]).toEqual([1, 2, 1]);
});
