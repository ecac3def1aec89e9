/**
 * Tester 6 item 27: the report sheet's pages. Every row has a height, a table is not cut before its last row or right
 * after its header, the issue list's header row is the print titles, the title lines are the page header.
 */
import { analyze } from '../../../src/core/analyze';
import { reportSheetLayout } from '../../../src/core/layout/reportSheet';
import { headerCode, headerSections, lineHeight, pageBreaks, pageCapacity, rowHeights, withLeadIn } from '../../../src/core/layout/print';
import type { SheetLayout } from '../../../src/core/layout/types';
import { seedBook } from '../read/seedbook';

/** The pages of `n` rows as [first, last] pairs, given the breaks. */
function pages(n: number, breaks: number[]): [number, number][] {
  const starts = [0, ...breaks];
  return starts.map((s, i) => [s, (starts[i + 1] ?? n) - 1]);
}

describe('pageBreaks', () => {
  test('a table that would be cut starts the next page, with the lines above it; one that fits stays', () => {
    // 30 rows of 10 pt on pages of 100: a table at rows 8..12 (its heading at 7) does not fit in the first page's 20 left.
    const heights = Array<number>(30).fill(10);
    const keeps = withLeadIn([{ from: 8, head: 8, to: 12 }], new Set([7, 8, 9, 10, 11, 12]));
    expect(keeps).toEqual([{ from: 7, head: 8, to: 12 }]);
    const breaks = pageBreaks(heights, 100, 0, keeps);
    expect(breaks[0]).toBe(7);
    // Every page's end is set (10 rows a page after that), and no page holds more than its height.
    expect(pages(30, breaks)).toEqual([
      [0, 6],
      [7, 16],
      [17, 26],
      [27, 29],
    ]);
    // A table that fits where it stands is not moved.
    expect(pageBreaks(heights, 100, 0, [{ from: 2, head: 2, to: 6 }])).toEqual([10, 20]);
  });

  test('the print titles are kept free on every page', () => {
    const heights = Array<number>(20).fill(10);
    expect(pageBreaks(heights, 100, 20, [])).toEqual([8, 16]);
  });

  test('a span longer than a page (the issue list) is not cut right after its header: header and first row start a page', () => {
    const heights = [...Array<number>(8).fill(10), 10, 30, 30, 30, 30, 30];
    // Header at 8, first issue at 9: 80 + 10 + 30 > 100.
    const breaks = pageBreaks(heights, 100, 0, [{ from: 8, head: 8, to: 13 }]);
    expect(breaks[0]).toBe(8);
    expect(pages(14, breaks)[1]).toEqual([8, 11]);
  });

  test('a heading kept with its line and the table right under it are one span', () => {
    const heights = Array<number>(20).fill(10);
    // Heading 6 with its unit line 7; the table 8..10 touches it.
    const breaks = pageBreaks(heights, 100, 0, [
      { from: 6, head: 6, to: 7 },
      { from: 8, head: 8, to: 10 },
    ]);
    expect(breaks[0]).toBe(6);
  });

  test('a row taller than the page still gets a page of its own', () => {
    expect(pageBreaks([10, 150, 10], 100, 0, [])).toEqual([1, 2]);
  });
});

test('every row has a height: one line of its largest font, wrapped text as its lines, a blank row one line', () => {
  const layout: Pick<SheetLayout, 'cells' | 'merges' | 'columnWidths'> = {
    cells: [
      { row: 0, col: 0, value: 'Tiêu đề', size: 14 },
      { row: 2, col: 0, value: 'ghi chú nhỏ', size: 10 },
      { row: 3, col: 0, value: 'một hai ba bốn năm sáu bảy tám chín mười', wrap: true },
    ],
    merges: [],
    columnWidths: [10],
  };
  const h = rowHeights(layout);
  expect(h).toEqual({ 0: 18.75, 1: 15.75, 2: 13.5, 3: h[3] });
  expect(h[3]).toBeGreaterThanOrEqual(4 * 15.75);
  expect(lineHeight()).toBe(15.75);
});

test('the page header: the title bold, the agency and period under it, the page number at the right; & doubled; within 255', () => {
  expect(headerCode(['SỐ LIỆU', 'UBND XÃ A & B · Kỳ báo cáo'])).toBe(
    '&C&10&"Times New Roman,Bold"SỐ LIỆU\n&"Times New Roman,Regular"UBND XÃ A && B · Kỳ báo cáo&R&10&"Times New Roman,Regular"&P/&N',
  );
  const long = headerSections(['SỐ LIỆU', 'x'.repeat(400)]);
  expect(`&C${long.center}&R${long.right}`.length).toBeLessThanOrEqual(255);
  expect(long.center.endsWith('x…')).toBe(true);
});

test('the report sheet: every table whole on its page, the issue list header the print titles, pages within A4', () => {
  const a = analyze(seedBook());
  const layout = reportSheetLayout(a, 'vi', 'cli');
  const rows = Object.keys(layout.rowHeights!).length;
  expect(layout.rowBreaks!.length).toBeGreaterThan(0);
  expect(rows).toBe(Math.max(...layout.cells.map((c) => c.row)) + 1);
  const capacity = pageCapacity(layout.page!);
  const title = layout.printTitleRows ? layout.rowHeights![layout.printTitleRows[0]] : 0;
  // Every page holds what A4 at 100% holds, the repeated header row left free.
  for (const [first, last] of pages(rows, layout.rowBreaks!)) {
    let h = 0;
    for (let r = first; r <= last; r++) h += layout.rowHeights![r];
    expect(h + title).toBeLessThanOrEqual(capacity);
  }
  // Each figures table (a row of header cells down to its last bordered row) lies on one page.
  const filled = (r: number) => layout.cells.some((c) => c.row === r && c.border);
  const headers = [...new Set(layout.cells.filter((c) => c.fill === 'DDEBF7').map((c) => c.row))];
  expect(headers.length).toBeGreaterThan(5);
  const pageOf = (r: number) => layout.rowBreaks!.filter((b) => b <= r).length;
  for (const h of headers) {
    let end = h;
    while (filled(end + 1)) end++;
    if (h === layout.printTitleRows?.[0]) expect(pageOf(h + 1)).toBe(pageOf(h));
    else expect([h, pageOf(end)]).toEqual([h, pageOf(h)]);
  }
});
