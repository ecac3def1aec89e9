/**
 * A budget's actual column under the names treasury reports give it (tester 6 item 14): «Lũy kế», «Lũy kế thực
 * hiện», «Số liệu quý IV», «Ước thực hiện» are the actual; a budget sheet whose actual column has no name the reader
 * knows is still located by its lines and estimate, and the missing column is named on its sheet (so the pane and
 * the page offer «Ghim cột»), and a pin to that column reads it. Real .xlsx files written and read back.
 */
import ExcelJS from 'exceljs';
import { analyze } from '../../src/core/analyze';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import { workbookBytes } from '../helpers/xlsx';
import { brief, put, roundTrip } from './harness';
import { said } from '../helpers/words';

function book(actualHead: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thu chi NS'), 1, [
    ['THU CHI NGÂN SÁCH XÃ NĂM 2023'],
    [null, null, null, 'ĐVT: đồng'],
    ['STT', 'Nội dung', 'Dự toán', actualHead],
    ['I', 'Tổng thu ngân sách xã', 7239000000, 1464000000],
    ['II', 'Tổng chi ngân sách xã', 6105000000, 1220963992],
  ]);
  return wb;
}

it.each([['Lũy kế'], ['Luỹ kế thực hiện'], ['Số liệu quý IV'], ['Ước thực hiện'], ['Lũy kế từ đầu năm']])(
  'an actual column headed %j is read',
  async (head) => {
    const a = await roundTrip(book(head));
    expect(a.tables.budget?.located).toMatchObject({ sheet: 'Thu chi NS', columns: { actual: 3 } });
    expect(a.figures.budget?.revenue).toMatchObject({ actual: 1464000000, pctSuperior: 20.2 });
    expect(a.figures.budget?.expenditure).toMatchObject({ actual: 1220963992 });
    expect(brief(a).filter((l) => /missing-label|missing-table/.test(l) && /budget|ngân sách/i.test(l))).toEqual([]);
  },
);

it('a budget sheet whose actual column has an unknown name: the column is named missing on its sheet, and a pin reads it', async () => {
  const wb = book('Số đã thu, chi');
  const a = await roundTrip(wb);
  const missing = a.issues.filter((i) => i.table === 'budget' && (i.code === 'missing-label' || i.code === 'missing-table'));
  expect(missing.map((i) => [i.sentence, i.severity, i.sheet, i.field])).toEqual([['column-not-found', 'error', 'Thu chi NS', 'actual']]);
  expect(said(missing[0])).toContain('không có cột Thực hiện');
  // Located, so the pane and the page can offer «Ghim cột» (IssueList: a located table and an issue asking for a column).
  expect(a.tables.budget?.located.sheet).toBe('Thu chi NS');
  expect(a.figures.budget?.revenue?.actual ?? null).toBeNull();
  const pinned = analyze(await readSnapshotFromXlsx(await workbookBytes(wb)), { overrides: { fields: { budget: { actual: 'D' } } } });
  expect(pinned.figures.budget?.revenue).toMatchObject({ actual: 1464000000 });
  expect(pinned.issues.filter((i) => i.table === 'budget' && i.code === 'missing-label')).toEqual([]);
});
