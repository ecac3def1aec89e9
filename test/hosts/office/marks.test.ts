import { installFakeExcel, uninstallFakeExcel } from './fakeExcel';
import { OfficeHost } from '../../../src/hosts/office';
import { MARK_COLOURS } from '../../../src/hosts/office/marks';
import type { Issue } from '../../../src/core/issues';

afterEach(() => uninstallFakeExcel());

const issue = (sheet: string, cell: string, severity: Issue['severity']): Issue => ({
  code: 'type-error',
  severity,
  sheet,
  cell,
  table: 'tthc',
  field: 'received',
  message: 'x',
});

function workbook() {
  const model = installFakeExcel();
  model.setValues('TTHC', 'A1', [
    ['Lĩnh vực', 'Tiếp nhận'],
    ['Tư pháp', 'mười'],
    ['Đất đai', 12],
  ]);
  model.setValues("Thu chi 'cũ' 2024", 'B2', [[1, 2, 3]]);
  // The user's own rule, even one with the same formula in another colour.
  model.findSheet('TTHC')!.conditionalFormats.push({ id: 'user', type: 'Custom', ranges: ['A1:B3'], formula: '=TRUE', fill: '#00FF00' });
  model.findSheet('TTHC')!.conditionalFormats.push({ id: 'user2', type: 'ColorScale', ranges: ['B2:B3'], formula: '', fill: null });
  return model;
}

test('markIssues adds one conditional format per place and changes nothing else', async () => {
  const model = workbook();
  const before = model.dumpCells();
  const n = await new OfficeHost().markIssues([
    issue('TTHC', 'B2', 'warning'),
    issue('TTHC', 'B2', 'error'),
    issue('tthc', '$B$3', 'info'),
    issue("Thu chi 'cũ' 2024", 'B2:D2', 'warning'),
    issue('Không có', 'A1', 'error'),
    issue('TTHC', '', 'error'),
  ]);
  expect(n).toBe(3);
  expect(model.syncCount).toBeLessThanOrEqual(3);
  expect(model.dumpCells()).toBe(before);
  const ours = model.sheets.flatMap((s) => s.conditionalFormats.filter((c) => !c.id.startsWith('user')).map((c) => [s.name, c.ranges[0], c.formula, c.fill]));
  expect(ours).toEqual([
    ['TTHC', 'B2', '=TRUE', MARK_COLOURS.error],
    ['TTHC', 'B3', '=TRUE', MARK_COLOURS.info],
    ["Thu chi 'cũ' 2024", 'B2:D2', '=TRUE', MARK_COLOURS.warning],
  ]);
});

test('marking again replaces the marks instead of stacking them', async () => {
  const model = workbook();
  const host = new OfficeHost();
  await host.markIssues([issue('TTHC', 'B2', 'error'), issue('TTHC', 'B3', 'error')]);
  await host.markIssues([issue('TTHC', 'B3', 'warning')]);
  expect(model.findSheet('TTHC')!.conditionalFormats.map((c) => c.id.startsWith('user') ? c.id : c.ranges[0])).toEqual(['user', 'user2', 'B3']);
});

test('clearMarks removes only the add-in’s marks; the user’s rules stay', async () => {
  const model = workbook();
  const host = new OfficeHost();
  await host.markIssues([issue('TTHC', 'B2', 'error'), issue("Thu chi 'cũ' 2024", 'C2', 'info')]);
  const before = model.dumpCells();
  model.syncCount = 0;
  await host.clearMarks();
  expect(model.syncCount).toBeLessThanOrEqual(3);
  expect(model.findSheet('TTHC')!.conditionalFormats.map((c) => c.id)).toEqual(['user', 'user2']);
  expect(model.findSheet("Thu chi 'cũ' 2024")!.conditionalFormats).toEqual([]);
  expect(model.dumpCells()).toBe(before);
});

test('an issue naming several cells ("A2, B3", as unit-mismatch does) marks each of them', async () => {
  const model = workbook();
  const n = await new OfficeHost().markIssues([issue('TTHC', 'A2, B3', 'error')]);
  expect(n).toBe(2);
  const ours = model.findSheet('TTHC')!.conditionalFormats.filter((c) => !c.id.startsWith('user')).map((c) => c.ranges[0]);
  expect(ours).toEqual(['A2', 'B3']);
});
