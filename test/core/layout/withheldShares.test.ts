/**
 * Tester 6 item 7: the report sheet and the draft agree on a budget share computed from an amount written in another
 * unit (unit-mismatch): the draft leaves «đạt [...]%», so the sheet leaves the cell blank (never 0,0 %), still
 * yellow with the cells to check. The bundled example, whose «Tổng thu» actual is typed in nghìn đồng.
 */
import * as fs from 'fs';
import { readSnapshotFromXlsx } from '../../../src/hosts/file';
import { analyze } from '../../../src/core/analyze';
import { reportSheetLayout } from '../../../src/core/layout/reportSheet';
import { FLAG_FILL } from '../../../src/core/layout/blocks/common';
import { defaultCore } from '../../../src/ui/core';

test('the example: «Tổng thu» shares blank and marked on the sheet, «[...]%» in the draft; «Tổng chi» shares written', async () => {
  const a = analyze(await readSnapshotFromXlsx(new Uint8Array(fs.readFileSync('examples/ba-bich-2023.xlsx'))));
  expect(a.figures.budget!.revenue.pctSuperior).toBe(0);
  expect(a.issues.some((i) => i.code === 'unit-mismatch' && i.table === 'budget')).toBe(true);

  const layout = reportSheetLayout(a, 'vi', 'web');
  const at = (row: number, col: number) => layout.cells.find((c) => c.row === row && c.col === col);
  const rowOf = (label: string) => layout.cells.find((c) => c.col === 0 && c.value === label)!.row;
  const revenue = rowOf('Tổng thu ngân sách');
  for (const col of [4, 5]) {
    expect(at(revenue, col)?.value ?? null).toBeNull();
    expect(at(revenue, col)?.fill).toBe(FLAG_FILL);
  }
  // The note names the cells to check, and does not call the share «not computed».
  const note = String(at(revenue, 6)?.value);
  expect(note).toMatch(/^Cần xem lại: .*E6/);
  expect(note).not.toMatch(/Chưa tính được/);
  const expenditure = rowOf('Tổng chi ngân sách');
  expect(at(expenditure, 4)?.value).toBe(0.2);

  const { text } = await defaultCore.draftHtml(a);
  expect(text).toMatch(/Thu ngân sách: thực hiện 1\.464\.000 đồng, đạt \[\.\.\.\]%/);
});
