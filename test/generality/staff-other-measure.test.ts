/**
 * A block of another measure under a staff table by level (tester 13 item 33c, W17): «2. Trình độ lý luận chính
 * trị» heads a block with the same columns (Cao cấp / Trung cấp / Sơ cấp). It is political theory, not another
 * staff table of another period: it is never read as the staff table, whichever block comes first, and the note on
 * it says what it is. Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import type { Analysis } from '../../src/core/analyze';
import { put, roundTrip } from './harness';
import { said } from '../helpers/words';

type Row = (string | number | null)[];
const HEAD: Row = ['STT', 'Trình độ', 'Cán bộ', 'Công chức', 'Tổng số', 'Tỷ lệ (%)'];
const PROFESSIONAL: Row[] = [
  ['1. Trình độ chuyên môn'],
  HEAD,
  [1, 'Thạc sĩ', 1, 0, 1, 5],
  [2, 'Đại học', 7, 9, 16, 80],
  [3, 'Cao đẳng', 0, 1, 1, 5],
  [4, 'Trung cấp', 1, 1, 2, 10],
  [5, 'Chưa qua đào tạo', 0, 0, 0, 0],
  [null, 'Tổng cộng', 9, 11, 20, 100],
];
const THEORY: Row[] = [
  ['2. Trình độ lý luận chính trị'],
  HEAD,
  [1, 'Cao cấp', 3, 0, 3, 15],
  [2, 'Trung cấp', 6, 5, 11, 55],
  [3, 'Sơ cấp', 0, 6, 6, 30],
  [null, 'Tổng cộng', 9, 11, 20, 100],
];

function book(blocks: Row[][]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const rows: Row[] = [['THỐNG KÊ TRÌNH ĐỘ CÁN BỘ, CÔNG CHỨC XÃ NĂM 2025'], []];
  blocks.forEach((b, k) => rows.push(...(k > 0 ? [[] as Row] : []), ...b));
  put(wb.addWorksheet('Trình độ'), 1, rows);
  return wb;
}

const counts = (a: Analysis) => Object.fromEntries(Object.entries(a.figures.staff?.education ?? {}).map(([k, v]) => [k, v.count]));
const RIGHT = { postgraduate: 1, university: 16, college: 1, secondary: 2, none: 0 };

it('W17: the political-theory block under the professional one is named as other figures, not another period', async () => {
  const a = await roundTrip(book([PROFESSIONAL, THEORY]));
  expect(a.tables.staff?.located.range).toBe('A4:F10');
  expect(a.figures.staff).toMatchObject({ total: 20, canBo: 9, congChuc: 11 });
  expect(counts(a)).toEqual(RIGHT);
  const notes = a.issues.filter((i) => i.table === 'staff' && i.cell === 'A13:F13');
  expect(notes.map((i) => `${i.severity} ${i.code} ${i.sentence}`)).toEqual(['info duplicate-label table-other-measure']);
  const vi = said(notes[0], 'vi');
  expect(vi).toBe(
    'Sheet «Trình độ» còn một bảng ở A13:F13 (dòng tiêu đề cột), dưới dòng «2. Trình độ lý luận chính trị»: đó là số liệu về một nội dung khác, không phải của bảng Cán bộ, công chức, nên không được đọc; bảng Cán bộ, công chức được đọc ở A4:F10 sheet «Trình độ».',
  );
  expect(vi).not.toContain('kỳ báo cáo');
  expect(said(notes[0], 'en')).toContain('under the line «2. Trình độ lý luận chính trị»: figures of another matter');
});

it('the political-theory block first: the professional block below is read, the other named', async () => {
  const a = await roundTrip(book([THEORY, PROFESSIONAL]));
  expect(a.tables.staff?.located.range).toBe('A11:F17');
  expect(counts(a)).toEqual(RIGHT);
  expect(a.issues.filter((i) => i.sentence === 'table-other-measure').map((i) => i.cell)).toEqual(['A4:F4']);
});

it('two professional blocks alike keep the old note: nothing tells which is the period’s', async () => {
  const other = PROFESSIONAL.map((r, k) => (k === 0 ? ['2. Trình độ chuyên môn (năm trước)'] : r));
  const a = await roundTrip(book([PROFESSIONAL, other]));
  expect(a.issues.filter((i) => i.table === 'staff' && i.code === 'duplicate-label').map((i) => i.sentence)).toEqual(['table-second']);
});
