/**
 * A table read from two places (revenue on «Thu NS», expenditure on «Chi NS», laid out alike so their cells share
 * addresses): an issue found in a row of the second part names that row's own sheet and cell, not the first part's
 * sheet, and going to it in the pane selects the faulty cell. A real .xlsx written and read back; the pane's click
 * is the office host's selectCell on a fake Excel holding the same sheets.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';
import { installFakeExcel, uninstallFakeExcel } from '../hosts/office/fakeExcel';
import { OfficeHost } from '../../src/hosts/office';
import { parseAddress } from '../hosts/office/fakeExcel/model';

type Row = (string | number | null)[];
const HEADER: Row = ['STT', 'Nội dung', 'Dự toán huyện giao', 'Thực hiện', 'Tỷ lệ (%)'];

const SHEETS: Record<string, Row[]> = {
  'Thu NS': [
    ['BÁO CÁO THU NGÂN SÁCH XÃ NĂM 2023'],
    HEADER,
    ['I', 'Tổng thu ngân sách', 300, 100, 33.3],
    ['1', 'Thu phí, lệ phí', 200, 60, 30],
    ['2', 'Thu khác', 100, 40, 40],
  ],
  // Row 3: 210 is not 150 + 50 (sum-mismatch at C3, its % left blank); row 4: 60 of 150 is 40 %, written 45 % (percent-mismatch at E4); row 5: a negative actual (constraint-error at D5), its % left
  // blank.
  'Chi NS': [
    ['BÁO CÁO CHI NGÂN SÁCH XÃ NĂM 2023'],
    HEADER,
    ['I', 'Tổng chi ngân sách', 210, 40, null],
    ['1', 'Chi thường xuyên', 150, 60, 45],
    ['2', 'Chi đầu tư phát triển', 50, -20, null],
  ],
};

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(SHEETS)) put(wb.addWorksheet(name), 1, rows);
  return wb;
}

afterEach(() => uninstallFakeExcel());

describe('an issue in the second part of a joined table', () => {
  it('names the sheet and cell of its own row, and the pane goes there', async () => {
    const a = await roundTrip(book());
    expect(a.tables.budget?.located.parts).toEqual([
      { sheet: 'Thu NS', range: 'A2:E5' },
      { sheet: 'Chi NS', range: 'A2:E5' },
    ]);
    const found = a.issues.filter((i) => ['constraint-error', 'percent-mismatch', 'sum-mismatch'].includes(i.code));
    expect(found.map((i) => `${i.code} ${i.sheet}!${i.cell}`).sort()).toEqual([
      'constraint-error Chi NS!D5',
      'percent-mismatch Chi NS!E4',
      'sum-mismatch Chi NS!C3',
    ]);

    // A click on each issue selects its cell on its own sheet, the one holding the faulty value.
    const model = installFakeExcel();
    for (const [name, rows] of Object.entries(SHEETS)) model.setValues(name, 'A1', rows);
    const host = new OfficeHost();
    const selected: Record<string, unknown> = {};
    for (const i of found) {
      await host.selectCell(i.sheet!, i.cell!);
      const at = await host.getSelection();
      const p = parseAddress(at.range);
      selected[`${at.sheet}!${at.range}`] = model.peek(model.findSheet(at.sheet)!, p.top, p.left).value;
    }
    expect(model.active?.name).toBe('Chi NS');
    expect(selected).toEqual({ 'Chi NS!C3': 210, 'Chi NS!D5': -20, 'Chi NS!E4': 45 });
  });
});
