/** End to end in the core: a filled template snapshot -> analyze (reader, checks, figures) -> report sheet layout. */
import { analyze } from '../../../src/core/analyze';
import { reportSheetLayout } from '../../../src/core/layout/reportSheet';
import { templateLayouts } from '../../../src/core/layout/template';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../src/core/snapshot';
import type { SheetLayout } from '../../../src/core/layout/types';

function snapshot(layouts: SheetLayout[], fill: Record<string, [string | number, CellValue][] | CellValue[][]>): WorkbookSnapshot {
  return {
    sheets: layouts.map((l): SheetSnapshot => {
      const rows = Math.max(...l.cells.map((c) => c.row)) + 1;
      const cols = Math.max(...l.cells.map((c) => c.col)) + 1;
      const values: CellValue[][] = Array.from({ length: rows }, () => Array(cols).fill(null));
      for (const c of l.cells) values[c.row][c.col] = c.value;
      const first = Math.max(...l.cells.filter((c) => c.bold && c.border).map((c) => c.row)) + 1;
      if (l.name === 'Thông tin') {
        for (const [label, v] of (fill[l.name] ?? []) as [string, CellValue][]) values[values.findIndex((r) => r[0] === label)][1] = v;
      } else {
        ((fill[l.name] ?? []) as CellValue[][]).forEach((r, i) => r.forEach((v, j) => (values[first + i][j] = v)));
      }
      return { name: l.name, origin: { row: 0, col: 0 }, values, merges: l.merges };
    }),
  };
}

test('seed figures through the whole core', () => {
  const staff: CellValue[][] = [];
  const person = (n: number, category: string, education: string) => {
    for (let i = 0; i < n; i++) staff.push([`Người ${staff.length + 1}`, 'Công chức', category, education]);
  };
  person(1, 'Cán bộ', 'Sau đại học');
  person(8, 'Cán bộ', 'Đại học');
  person(2, 'Cán bộ', 'Trung cấp');
  person(9, 'Công chức', 'Đại học');
  person(1, 'Công chức', 'Trung cấp');
  person(12, 'Không chuyên trách', 'Trung cấp');
  const snap = snapshot(templateLayouts('vi'), {
    'Thông tin': [
      ['Cơ quan ban hành', 'UBND XÃ BA BÍCH'],
      ['Từ ngày', 44750],
      ['Đến ngày', 45016],
      ['Ngày báo cáo', 45021],
    ],
    TTHC: [['Tổng cộng', 289, 8, 281, 0, 289, 175, 0, 114, 0, 0, 0]],
    'Cán bộ': staff,
    'Ngân sách': [
      ['I', 'Tổng thu ngân sách', 5_856_000, 5_856_000, 1_464_000, 25],
      ['II', 'Tổng chi ngân sách', 6_104_819_960, 6_104_819_960, 1_220_963_992, 20],
    ],
    'Đầu tư công': [['I', 'Vốn đầu tư công ngân sách huyện', 380_000_000, 190_000_000, 50]],
  });
  const a = analyze(snap);
  expect(a.info.agency).toBe('UBND XÃ BA BÍCH');
  expect(a.figures.tthc).toMatchObject({
    received: 289,
    online: 8,
    direct: 281,
    early: 175,
    onTime: 0,
    late: 114,
    onlinePct: 2.8,
    onTimePct: 60.6,
    latePct: 39.4,
  });
  expect(a.figures.staff).toMatchObject({ total: 21, canBo: 11, congChuc: 10, khongChuyenTrach: 12 });
  expect(a.figures.staff!.education.university).toEqual({ count: 17, pct: 80.9 });
  expect(a.figures.investment).toEqual({ plan: 380_000_000, disbursed: 190_000_000, pct: 50 });
  expect(a.figures.budget!.revenue.pctSuperior).toBe(25);

  const l = reportSheetLayout(a, 'vi', 'pane');
  const received = l.cells.find((c) => c.value === 289 && c.link)!;
  expect(received.link).toEqual({ sheet: 'TTHC', cell: 'B6' });
  const late = l.cells.find((c) => c.value === 0.394)!;
  expect(late.numFmt).toBe('0.0%');
  expect(l.cells.some((c) => c.value === 'UBND XÃ BA BÍCH')).toBe(true);
});
