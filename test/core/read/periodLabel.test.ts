/** The one reader of period labels (src/core/read/periodLabel.ts): folded text → months covered. */
import { fold } from '../../../src/core/text/fold';
import { leadingPeriod, monthIn, monthsFromStartIn, periodLabel, quarterIn } from '../../../src/core/read/periodLabel';

const months = (p: { first: number; last: number; year: number | null } | null) => p && [p.year, p.first, p.last];

test.each([
  ['Tháng 01', [null, 1, 1]],
  ['tháng 01/2025', [2025, 1, 1]],
  ['Tháng 7 năm 2026', [2026, 7, 7]],
  ['Quý I/2025', [2025, 1, 3]],
  ['QUÝ III', [null, 7, 9]],
  ['6 tháng đầu năm', [null, 1, 6]],
  ['6 tháng cuối năm 2025', [2025, 7, 12]],
  ['9 tháng', [null, 1, 9]],
  ['năm 2025', [2025, 1, 12]],
  ['Năm', null],
  ['Tháng 13', null],
  ['Cộng tháng 01', null],
])('a label alone: «%s»', (text, want) => {
  expect(months(periodLabel(fold(text)))).toEqual(want);
});

test.each([
  ['T7', [null, 7, 7]],
  ['Tháng 01/2025', [2025, 1, 1]],
  ['Quý II năm 2025 (ước)', [2025, 4, 6]],
  ['T13', null],
  ['Tổng', null],
])('a label leading a cell: «%s»', (text, want) => {
  expect(months(leadingPeriod(fold(text)))).toEqual(want);
});

test('inside a line: the quarter, the months from the start, the month; never a date’s month', () => {
  expect(months(quarterIn(fold('Báo cáo kết quả quý II năm 2025')))).toEqual([2025, 4, 6]);
  expect(months(quarterIn(fold('Quý I và quý II năm 2025'), true))).toEqual([2025, 4, 6]);
  expect(months(monthsFromStartIn(fold('Thực hiện 9 tháng')))).toEqual([null, 1, 9]);
  expect(monthsFromStartIn(fold('Hậu Giang, ngày 05 tháng 04 năm 2025'))).toBeNull();
  expect(monthIn(fold('Hậu Giang, ngày 05 tháng 04 năm 2025'))).toBeNull();
  expect(months(monthIn(fold('Giải ngân trong tháng 3')))).toEqual([null, 3, 3]);
});
