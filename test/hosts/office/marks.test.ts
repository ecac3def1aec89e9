/** Issue 12, point 7: issue marks, one conditional format per kind of issue, found again by their tag alone, and protected sheets. */
import { installFakeExcel, uninstallFakeExcel, type CfModel, type FakeWorkbookModel } from './fakeExcel';
import { OfficeHost } from '../../../src/hosts/office';
import { MARK_COLOURS, MarksNotAllDoneError, OFFICE_MARK_FORMULA } from '../../../src/hosts/office/marks';
import { coverCells, planMarks } from '../../../src/hosts/office/markPlan';
import { describeError } from '../../../src/ui/errors';
import type { Issue } from '../../../src/core/issues';

afterEach(() => uninstallFakeExcel());

const issue = (sheet: string, cell: string, severity: Issue['severity'], code = 'type-error'): Issue => ({
  code: code as Issue['code'],
  severity,
  sheet,
  cell,
  table: 'tthc',
  field: 'received',
  sentence: 'not-a-number',
  params: { where: 'x', text: 'x' },
});

/** The clerk's own rules: "=TRUE" in Excel's preset light red, the very fill our errors use, and a colour scale. */
const USER_RULES: CfModel[] = [
  { id: 'user', type: 'Custom', ranges: ['A1:B40'], formula: '=TRUE', fill: '#FFC7CE' },
  { id: 'user2', type: 'ColorScale', ranges: ['B2:B3'], formula: '', fill: null },
];

function workbook(apiVersion = 14): FakeWorkbookModel {
  const model = installFakeExcel({ apiVersion });
  model.setValues('TTHC', 'A1', [['Lĩnh vực', 'Tiếp nhận', 'Giải quyết'], ...Array.from({ length: 39 }, (_, i) => [`Lĩnh vực ${i}`, 'mười', 'hai'])]);
  model.setValues("Thu chi 'cũ' 2024", 'B2', [[1, 2, 3]]);
  model.findSheet('TTHC')!.conditionalFormats.push(...USER_RULES.map((r) => ({ ...r, ranges: [...r.ranges] })));
  return model;
}

const ours = (model: FakeWorkbookModel, sheet: string) =>
  model
    .findSheet(sheet)!
    .conditionalFormats.filter((c) => !c.id.startsWith('user'))
    .map((c) => [c.ranges.join(','), c.formula, c.fill]);

test('a column of issues of one kind is one conditional format, not one per cell', async () => {
  const model = workbook();
  const before = model.dumpCells();
  const bad = Array.from({ length: 39 }, (_, i) => [issue('TTHC', `B${i + 2}`, 'error'), issue('tthc', `$C$${i + 2}`, 'error')]).flat();
  const n = await new OfficeHost().markIssues([
    ...bad,
    // Another kind on the same sheet; where it meets an error, the error marks the cell.
    issue('TTHC', 'A5', 'warning', 'missing-value'),
    issue('TTHC', 'A9', 'warning', 'missing-value'),
    issue('TTHC', 'B2', 'warning', 'missing-value'),
    issue("Thu chi 'cũ' 2024", 'B2:D2', 'info', 'unit-mismatch'),
    issue('Không có', 'A1', 'error'),
    issue('TTHC', '', 'error'),
  ]);
  expect(n).toBe(78 + 2 + 3);
  expect(model.syncCount).toBeLessThanOrEqual(3);
  expect(model.dumpCells()).toBe(before);
  expect(ours(model, 'TTHC').sort()).toEqual([
    ['A5,A9', OFFICE_MARK_FORMULA, MARK_COLOURS.warning],
    ['B2:C40', OFFICE_MARK_FORMULA, MARK_COLOURS.error],
  ]);
  expect(ours(model, "Thu chi 'cũ' 2024")).toEqual([['B2:D2', OFFICE_MARK_FORMULA, MARK_COLOURS.info]]);
  // Excel puts new rules first, so the marks show over the clerk's; the clerk's rules are all still there.
  expect(model.findSheet('TTHC')!.conditionalFormats.slice(-2)).toEqual(USER_RULES);
});

test('before ExcelApi 1.9 (no getRanges) each rectangle is its own rule, still not one per cell', async () => {
  const model = workbook(8);
  await new OfficeHost().markIssues([issue('TTHC', 'B2', 'error'), issue('TTHC', 'B3', 'error'), issue('TTHC', 'B7', 'error')]);
  expect(ours(model, 'TTHC').map((r) => r[0])).toEqual(['B7', 'B2:B3']);
});

test("marking again replaces the marks; clearing removes only ours, never a clerk's rule of the same formula and colour", async () => {
  const model = workbook();
  const host = new OfficeHost();
  await host.markIssues([issue('TTHC', 'B2', 'error'), issue('TTHC', 'B3', 'error')]);
  await host.markIssues([issue('TTHC', 'B3', 'warning')]);
  expect(ours(model, 'TTHC')).toEqual([['B3', OFFICE_MARK_FORMULA, MARK_COLOURS.warning]]);
  await host.markIssues([issue("Thu chi 'cũ' 2024", 'C2', 'info')]);
  const before = model.dumpCells();
  model.syncCount = 0;
  await host.clearMarks();
  expect(model.syncCount).toBeLessThanOrEqual(3);
  expect(model.findSheet('TTHC')!.conditionalFormats).toEqual(USER_RULES);
  expect(model.findSheet("Thu chi 'cũ' 2024")!.conditionalFormats).toEqual([]);
  expect(model.dumpCells()).toBe(before);
});

test('marks the file host wrote (same tag) are found and cleared in Excel', async () => {
  const model = workbook();
  model.findSheet('TTHC')!.conditionalFormats.unshift({ id: 'file', type: 'Custom', ranges: ['C4'], formula: OFFICE_MARK_FORMULA, fill: '#FFEB9C' });
  await new OfficeHost().clearMarks();
  expect(model.findSheet('TTHC')!.conditionalFormats).toEqual(USER_RULES);
});

test('a protected sheet gets a sentence, not a failed batch: the other sheets are marked, its rules untouched', async () => {
  const model = workbook();
  const host = new OfficeHost();
  await host.markIssues([issue('TTHC', 'B2', 'error')]);
  model.findSheet('TTHC')!.protected = true;
  const locked = JSON.stringify(model.findSheet('TTHC')!.conditionalFormats);
  const error = await host.markIssues([issue('TTHC', 'B5', 'error'), issue("Thu chi 'cũ' 2024", 'B2:C2', 'warning')]).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(MarksNotAllDoneError);
  expect(describeError(error, 'vi')).toBe(
    'Đã đánh dấu 2 ô. Sheet «TTHC» đang được bảo vệ nên không đánh dấu được; muốn đánh dấu: Review (Xem lại) → Unprotect Sheet (Bỏ bảo vệ trang tính), rồi bấm lại.',
  );
  expect(ours(model, "Thu chi 'cũ' 2024")).toEqual([['B2:C2', OFFICE_MARK_FORMULA, MARK_COLOURS.warning]]);
  expect(JSON.stringify(model.findSheet('TTHC')!.conditionalFormats)).toBe(locked);
  // Clearing: the unprotected sheet is cleared, the protected one named.
  const cleared = await host.clearMarks().catch((e: unknown) => e);
  expect(describeError(cleared, 'en')).toMatch(/^Marks removed, except on «TTHC»: the sheet is protected/);
  expect(model.findSheet("Thu chi 'cũ' 2024")!.conditionalFormats).toEqual([]);
  // A protected sheet without our marks is no reason for a sentence.
  model.findSheet('TTHC')!.protected = false;
  await host.clearMarks();
  model.findSheet('TTHC')!.protected = true;
  await expect(host.clearMarks()).resolves.toBeUndefined();
  await expect(host.markIssues([issue("Thu chi 'cũ' 2024", 'B2', 'error')])).resolves.toBe(1);
});

test('planMarks: one group per sheet and kind, most severe first; coverCells covers exactly the cells', () => {
  const groups = planMarks(
    [issue('A', 'B2, B3', 'warning', 'w'), issue('a', 'B3', 'error', 'e'), issue('A', 'C1:D2', 'warning', 'w'), issue('B', 'A1:A20000', 'info', 'big')],
    ['B', 'A'],
  );
  expect(groups.map((g) => [g.sheet, g.severity, g.code, g.areas.join(','), g.cells])).toEqual([
    ['B', 'info', 'big', 'A1:A20000', 20000],
    ['A', 'error', 'e', 'B3', 1],
    ['A', 'warning', 'w', 'B2,C1:D2', 5],
  ]);
  const cells: [number, number][] = [];
  for (let r = 0; r < 12; r++) for (let c = 0; c < 7; c++) if ((r * 7 + c) % 3 !== 0 || c === 2) cells.push([r, c]);
  const rects = coverCells(cells);
  const covered = new Set<string>();
  for (const b of rects)
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++) {
        expect(covered.has(`${r},${c}`)).toBe(false);
        covered.add(`${r},${c}`);
      }
  expect([...covered].sort()).toEqual(cells.map(([r, c]) => `${r},${c}`).sort());
});
