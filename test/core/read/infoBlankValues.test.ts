/**
 * An info block whose value column is still empty (the blank template, a form not yet filled in) is read
 * as label | value all the same: its range spans the value column and every "enter … in cell X" advice
 * names the value cell right of the label, never the label's own cell. Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { analyze } from '../../../src/core/analyze';
import { renderIssue, type Issue } from '../../../src/core/issues';
import { templateLayouts, TEMPLATE_SHEETS } from '../../../src/core/layout/template';
import { FileHost, readSnapshotFromXlsx } from '../../../src/hosts/file';
import { workbookBytes } from '../../helpers/xlsx';

/** The issues on `sheet` whose advice asks to type something into a cell, with that cell. */
function enterAdvice(issues: Issue[], sheet: string): { cell: string; hint: string }[] {
  return issues
    .filter((i) => i.sheet === sheet)
    .map((i) => ({ cell: i.cell ?? '', hint: renderIssue(i, 'vi', 'pane').hint ?? '' }))
    .filter((a) => /^Nhập .* ô /.test(a.hint));
}

describe('an info block with an empty value column', () => {
  it('the blank template: «Thông tin» is A4:B19 and the report date is asked for in B8, the cell beside its label', async () => {
    const host = FileHost.blank();
    await host.addTemplateSheets(templateLayouts('vi'));
    const bytes = await host.save();
    const snapshot = await readSnapshotFromXlsx(bytes);
    const a = analyze(snapshot);
    const info = a.tables.info!.located;
    expect(info).toMatchObject({ sheet: TEMPLATE_SHEETS.info, range: 'A4:B19' });
    const sheet = snapshot.sheets.find((s) => s.name === TEMPLATE_SHEETS.info)!;
    expect(sheet.values[7 - sheet.origin.row][0 - sheet.origin.col]).toBe('Ngày báo cáo');
    const advice = enterAdvice(a.issues, TEMPLATE_SHEETS.info);
    expect(advice).toEqual([{ cell: 'B8', hint: expect.stringContaining('Nhập ngày vào ô B8') }]);
  });

  it('a generated sheet, labels in column C with nothing beside them: read as C:D, every advice points into column D', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Thông tin báo cáo');
    ws.getCell('C2').value = 'THÔNG TIN CHUNG';
    const labels = ['Cơ quan ban hành', 'Địa danh', 'Ngày báo cáo', 'Từ ngày', 'Đến ngày', 'Người ký'];
    labels.forEach((l, i) => (ws.getCell(`C${i + 4}`).value = l));
    const snapshot = await readSnapshotFromXlsx(await workbookBytes(wb));
    const a = analyze(snapshot);
    const info = a.tables.info!.located;
    expect(info.range).toBe('C4:D9');
    const advice = enterAdvice(a.issues, 'Thông tin báo cáo');
    expect(advice.length).toBeGreaterThan(0);
    expect(advice).toContainEqual({ cell: 'D6', hint: expect.stringContaining('ô D6') });
    for (const { cell, hint } of advice) {
      expect(cell).toMatch(/^D\d+$/);
      expect(hint).not.toMatch(/ô C\d/);
    }
  });
});
