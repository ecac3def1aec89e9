/**
 * Tester 6 item 27: the issue list printed on A4. Its message and «Cách sửa» spans are wide enough that a row is a few
 * lines tall, so ten issues take one or two landscape pages (they took ten: «Cách sửa» was 12 characters wide).
 */
import { analyze } from '../../../src/core/analyze';
import { reportSheetLayout } from '../../../src/core/layout/reportSheet';
import { A4_LANDSCAPE_PT } from '../../../src/core/layout/print';

test('an empty workbook: every table missing, ten or so long issues fit about two landscape pages', () => {
  const a = analyze({ sheets: [{ name: 'Sheet1', origin: { row: 0, col: 0 }, values: [['x']], merges: [] }] });
  expect(a.issues.length).toBeGreaterThanOrEqual(8);
  const layout = reportSheetLayout(a, 'vi', 'cli');
  const w = layout.columnWidths;
  expect(w[0] + w[1]).toBeGreaterThanOrEqual(50);
  expect(w[5] + w[6]).toBeGreaterThanOrEqual(40);
  // One page wide at 100%: landscape A4 holds the columns unscaled.
  expect(layout.page?.orientation).toBe('landscape');
  expect(w.reduce((s, x) => s + (x * 7 + 5) * 0.75, 0)).toBeLessThanOrEqual(A4_LANDSCAPE_PT);
  // The issue rows: from the list's header («Nội dung») to the end.
  const header = layout.cells.find((c) => c.value === 'Nội dung' && c.bold)!.row;
  const last = Math.max(...layout.cells.map((c) => c.row));
  let height = 0;
  for (let r = header; r <= last; r++) height += layout.rowHeights?.[r] ?? 15.75;
  // A landscape page is 8,27 in high, less margins (0,75 in each) and, generously, the repeated header row.
  const page = (8.27 - 1.5) * 72 - 3 * 18;
  expect(height).toBeLessThanOrEqual(2 * page);
  expect(
    Math.max(
      ...Object.entries(layout.rowHeights ?? {})
        .filter(([r]) => Number(r) > header)
        .map(([, h]) => h),
    ),
  ).toBeLessThanOrEqual(6 * 15.75 + 2);
});
