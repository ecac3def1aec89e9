/** The report copy keeps the user's own dropdown lists and conditional formats, unless they are too large to read safely. */
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { FileHost } from '../../../src/hosts/file';
import type { SheetLayout } from '../../../src/core/layout/types';
import type { Issue } from '../../../src/core/issues';
import { guardXlsx } from '../../../src/xlsx/zip/guard';
import { MAX_VALIDATION_CELLS, sqrefCells, ValidationCounter } from '../../../src/xlsx/zip/validationSize';
import { rectanglesOf } from '../../../src/hosts/file/compactValidations';
import { loadWorkbook, workbookBytes } from '../../helpers/xlsx';

const layout: SheetLayout = {
  name: 'Báo cáo',
  cells: [{ row: 0, col: 0, value: 'BÁO CÁO' }],
  merges: [],
  columnWidths: [20],
  lists: [{ range: 'C5:C20', values: ['có', 'không'] }],
  madeByAddin: true,
};

const USER_LIST = { type: 'list' as const, allowBlank: true, formulae: ['"cán bộ,công chức"'], showErrorMessage: true };
const USER_CF = {
  ref: 'C2:C50',
  rules: [
    {
      type: 'cellIs' as const,
      operator: 'greaterThan' as const,
      priority: 1,
      formulae: ['100'],
      style: { fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: 'FFFF0000' } } },
    },
  ],
};

function userWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Nhân sự');
  ws.getCell('A1').value = 'Họ tên';
  ws.getCell('B1').value = 'Chức vụ';
  ws.getCell('C1').value = 'Số';
  ws.getCell('A2').value = 'Nguyễn Văn A';
  ws.getCell('C2').value = 120;
  (ws as unknown as { dataValidations: { add(a: string, v: unknown): void } }).dataValidations.add('B2:B50', USER_LIST);
  ws.addConditionalFormatting(USER_CF);
  return wb;
}

/** The `<dataValidation>` and `<conditionalFormatting>` elements of the first sheet XML of a file. */
function sheetXml(bytes: Uint8Array, sheet = 'xl/worksheets/sheet1.xml'): string {
  return strFromU8(unzipSync(bytes, { filter: (f) => f.name === sheet })[sheet]);
}

type Cf = { ref: string; rules: { type: string; operator?: string; formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } } } }[] };
const cfsOf = (ws: ExcelJS.Worksheet) => (ws as unknown as { conditionalFormattings: Cf[] }).conditionalFormattings ?? [];

describe('sqrefCells', () => {
  it('counts every range of a list', () => {
    expect(sqrefCells('A1:A100 C2 D1:E10')).toBe(100 + 1 + 20);
    expect(sqrefCells('A1:XFD1048576')).toBe(16384 * 1048576);
    expect(sqrefCells('B2:B50')).toBe(49);
  });
  it('treats what it cannot read as too large', () => {
    expect(sqrefCells('A1:??')).toBe(Infinity);
  });
});

describe('rectanglesOf', () => {
  it('covers exactly the cells, without overlaps', () => {
    const cells = [];
    for (let r = 1; r <= 49; r++) cells.push({ row: r, col: 1 });
    expect(rectanglesOf(cells)).toEqual(['B2:B50']);
    const block = [];
    for (let r = 2; r <= 119; r++) for (let c = 3; c <= 5; c++) block.push({ row: r, col: c });
    block.push({ row: 0, col: 0 });
    expect(rectanglesOf(block).sort()).toEqual(['A1', 'D3:F120']);
  });
});

describe('ValidationCounter', () => {
  it('finds tags split across chunks', () => {
    const xml =
      '<worksheet><dataValidations count="2"><dataValidation type="list" sqref="A1:A10 B1"><formula1>"x"</formula1></dataValidation>' +
      '<dataValidation sqref="C1:D5"/></dataValidations></worksheet>';
    const bytes = new TextEncoder().encode(xml);
    for (const size of [1, 3, 7, 16, 1000]) {
      const c = new ValidationCounter();
      for (let i = 0; i < bytes.length; i += size) c.push(bytes.subarray(i, i + size));
      expect(c.cells).toBe(11 + 10);
    }
  });
});

describe("the report copy keeps the user's validations and conditional formats", () => {
  it('keeps a dropdown list on B2:B50 and a "> 100 red" format unchanged', async () => {
    const bytes = await workbookBytes(userWorkbook());
    const guard = guardXlsx(bytes);
    expect(guard.validationCells).toBe(49);
    expect(guard.validationsSafe).toBe(true);

    const host = await FileHost.open(bytes);
    expect(host.copyWarnings()).toEqual([]);
    await host.writeReportSheet(layout);
    const out = await host.save();

    const wb = await loadWorkbook(out); // no ignoreNodes: everything exceljs can read
    const ws = wb.getWorksheet('Nhân sự')!;
    for (const cell of ['B2', 'B25', 'B50']) {
      expect(ws.getCell(cell).dataValidation).toMatchObject({ type: 'list', formulae: ['"cán bộ,công chức"'], allowBlank: true });
    }
    expect(ws.getCell('B51').dataValidation).toBeUndefined();
    expect(ws.getCell('B1').dataValidation).toBeUndefined();
    const cfs = cfsOf(ws);
    expect(cfs).toHaveLength(1);
    expect(cfs[0].ref).toBe('C2:C50');
    expect(cfs[0].rules[0]).toMatchObject({ type: 'cellIs', operator: 'greaterThan', formulae: ['100'] });
    expect(cfs[0].rules[0].style?.fill?.bgColor?.argb).toBe('FFFF0000');
    // In the XML, one validation on exactly B2:B50, as in the user's file (exceljs alone writes overlapping pieces).
    const xml = sheetXml(out);
    expect([...xml.matchAll(/<dataValidation\b[^>]*sqref="([^"]*)"/g)].map((m) => m[1])).toEqual(['B2:B50']);
  });

  it("clearMarks removes only the add-in's marks, the user's format stays", async () => {
    const host = await FileHost.open(await workbookBytes(userWorkbook()));
    const issue: Issue = {
      code: 'required-missing',
      severity: 'error',
      table: null,
      sheet: 'Nhân sự',
      cell: 'A2',
      message: 'x',
    } as unknown as Issue;
    expect(await host.markIssues([issue])).toBe(1);
    expect(cfsOf((await host.workbook()).getWorksheet('Nhân sự')!)).toHaveLength(2);
    await host.clearMarks();
    const left = cfsOf((await host.workbook()).getWorksheet('Nhân sự')!);
    expect(left).toHaveLength(1);
    expect(left[0].ref).toBe('C2:C50');
    // And after a save and reload, the same.
    const wb = await loadWorkbook(await host.save());
    expect(cfsOf(wb.getWorksheet('Nhân sự')!).map((c) => c.ref)).toEqual(['C2:C50']);
  });
});

describe('validations too large to read', () => {
  it('are kept as they are by the report copy (never expanded), and nothing needs saying', async () => {
    const wb = userWorkbook();
    const dv = (wb.getWorksheet('Nhân sự') as unknown as { dataValidations: { add(a: string, v: unknown): void } }).dataValidations;
    for (const col of ['D', 'E', 'F', 'G', 'H']) dv.add(`${col}1:${col}1048576`, USER_LIST);
    const bytes = await workbookBytes(wb);
    const guard = guardXlsx(bytes);
    expect(guard.validationCells).toBeGreaterThan(MAX_VALIDATION_CELLS);
    expect(guard.validationsSafe).toBe(false);

    const t = Date.now();
    const host = await FileHost.open(bytes);
    expect(Date.now() - t).toBeLessThan(20000); // expanding the validations would take minutes and gigabytes
    await host.writeReportSheet(layout);
    expect(host.copyWarnings()).toEqual([]);
    const out = await host.save();
    // The user's sheet is the same part, validations and all.
    expect(sheetXml(out)).toBe(sheetXml(bytes));
    expect(sheetXml(out)).toContain('D1:D1048576');
    // Read back with our reader: a library would expand those validations cell by cell.
    const back = await (await FileHost.open(out)).readSnapshot();
    expect(back.sheets.map((x) => x.name)).toContain('Báo cáo');
    // The conditional format is in the same, unchanged part.
    expect(sheetXml(out)).toContain('C2:C50');
  });
});
