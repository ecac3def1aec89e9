/**
 * One reading order for the roll-up at both front doors (tester 6 item 4): of a commune sent twice the first file
 * read is kept, so the page, given files in the browser's order, must read them as the command line walks a folder.
 */
import { compareFileNames, inRollupOrder } from '../../src/core/rollup/order';
import { hasCchcTable } from '../../src/core/rollup/exclude';

it('sorts names as the command line does: numbers by value, Vietnamese letters in place', () => {
  expect(['xa 10.xlsx', 'xa 2.xlsx', 'xa 1.xlsx'].sort(compareFileNames)).toEqual(['xa 1.xlsx', 'xa 2.xlsx', 'xa 10.xlsx']);
  // The tester's folder: the browser listed «xa_2.xlsx» first, the command line «xa_2_ban_sua.xlsx».
  const browser = ['xa_1.xlsx', 'xa_2.xlsx', 'xa_2_ban_sua.xlsx'];
  const cli = [...browser].sort(compareFileNames);
  expect(inRollupOrder(browser)).toEqual(cli);
  expect(inRollupOrder([...browser].reverse())).toEqual(cli);
});

it('puts a folder’s own workbooks before its sub-folders’, level by level', () => {
  expect(inRollupOrder(['Tinh/Huyen B/xa 1.xlsx', 'Tinh/z.xlsx', 'Tinh/Huyen A/xa 2.xlsx', 'Tinh/Huyen A/xa 10.xlsx', 'Tinh/a.xlsx'])).toEqual([
    'Tinh/a.xlsx',
    'Tinh/z.xlsx',
    'Tinh/Huyen A/xa 2.xlsx',
    'Tinh/Huyen A/xa 10.xlsx',
    'Tinh/Huyen B/xa 1.xlsx',
  ]);
});

it('counts a workbook as a commune only when it holds a table of figures, not the info block alone (tester 6 item 15)', () => {
  const located = { located: { sheet: 'Thông tin', range: 'A1:B8' } };
  expect(hasCchcTable({ info: located, tthc: null, staff: undefined })).toBe(false);
  expect(hasCchcTable({ info: located, staff: located })).toBe(true);
  expect(hasCchcTable({ budget: located })).toBe(true);
  expect(hasCchcTable({})).toBe(false);
});
