/** A table with its header and no data: the figures cannot be computed, so it must never read as "no errors". */
import { readWorkbook } from '../../../src/core/read';
import { templateLayouts } from '../../../src/core/layout/template';
import type { SheetSnapshot } from '../../../src/core/snapshot';
import type { SheetLayout } from '../../../src/core/layout/types';
import { said, hinted } from '../../helpers/words';

/** The blank template as a snapshot: every table's header, no data. */
function blankTemplate(): SheetSnapshot[] {
  return templateLayouts('vi').map((l: SheetLayout) => {
    const rows = Math.max(...l.cells.map((c) => c.row)) + 1;
    const cols = Math.max(...l.cells.map((c) => c.col)) + 1;
    const values = Array.from({ length: rows }, () => new Array(cols).fill(null));
    for (const c of l.cells) values[c.row][c.col] = c.value;
    return { name: l.name, origin: { row: 0, col: 0 }, values };
  });
}

test('empty required tables are errors under the first data row; empty optional ones are notes', () => {
  const { issues } = readWorkbook({ sheets: blankTemplate() });
  const empty = issues.filter((i) => i.code === 'missing-cell' && i.field === '');
  const byTable = Object.fromEntries(empty.map((i) => [i.table, i.severity]));
  expect(byTable).toMatchObject({ tthc: 'error', staff: 'error', budget: 'error', indicators: 'info', survey: 'info' });
  // The dossier log is the other form of TTHC: reported once, under tthc.
  expect(byTable.dossiers).toBeUndefined();
  const tthc = empty.find((i) => i.table === 'tthc')!;
  expect(tthc.sheet).toBe('TTHC');
  expect(said(tthc)).toContain('chưa có dòng số liệu');
});

test('a blank report date points at the cell beside its label, with a date hint', () => {
  const { issues } = readWorkbook({ sheets: blankTemplate() });
  const date = issues.find((i) => i.table === 'info' && i.field === 'reportDate')!;
  expect(date.cell).toMatch(/^B\d+$/);
  expect(hinted(date)).toContain('dd/mm/yyyy');
});
