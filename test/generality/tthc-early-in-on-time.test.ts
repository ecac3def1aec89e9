/**
 * One Biểu 06 column for early and on-time dossiers together («Trước hạn và đúng hạn», W70; «Đúng hạn (bao gồm trước
 * hạn)», W71; tester 13 items 25 and 33d): read as on time (early included), early left null, and the warning says the
 * early count is inside that column and cannot be separated, never «there is no early column». A plain «Đúng hạn»
 * without «Trước hạn» still gets the missing-column warning. Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';
import { said } from '../helpers/words';
import type { Analysis } from '../../src/core/analyze';

/** Biểu 06 in one header row, with the timing columns `timing` and their values per field. */
function table(timing: string[], values: [number[], number[]], twoRows = false): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('TTHC');
  const head = ['STT', 'Lĩnh vực', 'Tổng số hồ sơ tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Đã giải quyết', ...timing, 'Quá hạn', 'Đang giải quyết'];
  const rows = [
    [1, 'Hộ tịch', 120, 20, 100, 115, ...values[0], 5, 5],
    [2, 'Chứng thực', 200, 10, 190, 200, ...values[1], 0, 0],
  ];
  if (!twoRows) {
    put(ws, 1, [['KẾT QUẢ GIẢI QUYẾT TTHC QUÝ I/2025'], [], head, ...rows]);
    return wb;
  }
  // W70: «Đã giải quyết» merged over «Tổng số | <timing> | Quá hạn».
  const top = ['STT', 'Lĩnh vực', 'Tổng số hồ sơ tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Đã giải quyết', ...timing.map(() => null), null, 'Đang giải quyết'];
  const leaf = [null, null, null, null, null, 'Tổng số', ...timing, 'Quá hạn', null];
  put(ws, 1, [['KẾT QUẢ GIẢI QUYẾT TTHC QUÝ I/2025'], [], top, leaf, ...rows]);
  const last = 6 + timing.length + 1;
  for (const c of [1, 2, 3, 4, 5, last + 1]) ws.mergeCells(3, c, 4, c);
  ws.mergeCells(3, 6, 3, last);
  return wb;
}

const timingIssues = (a: Analysis) => a.issues.filter((i) => i.table === 'tthc' && (i.field === 'early' || i.field === 'onTime'));

describe('one column for early and on time', () => {
  it.each<[string, boolean, string]>([
    ['Trước hạn và đúng hạn', true, 'G4'],
    ['Đúng hạn (bao gồm trước hạn)', false, 'G3'],
    ['Đúng hạn, kể cả trước hạn', false, 'G3'],
    ['Trước hạn, đúng hạn', false, 'G3'],
    ['Đúng và trước hạn', false, 'G3'],
    ['Trước và đúng hạn', true, 'G4'],
  ])('«%s»: on time 310 (early included), early null, said inside the column', async (head, twoRows, cell) => {
    const a = await roundTrip(table([head], [[110], [200]], twoRows));
    expect(a.tables.tthc?.located.columns).toMatchObject({ onTime: 6 });
    expect(a.tables.tthc?.located.columns.early).toBeUndefined();
    expect(a.figures.tthc).toMatchObject({ resolved: 315, early: null, onTime: 310, late: 5, onTimePct: 98.4, latePct: 1.6 });
    const issues = timingIssues(a);
    expect(issues.map((i) => `${i.severity} ${i.code} ${i.cell}`)).toEqual([`warning missing-label ${cell}`]);
    expect(said(issues[0], 'vi')).toBe(
      `Cột «${head}» ở ô ${cell} sheet «TTHC» của bảng Kết quả giải quyết TTHC gồm cả hồ sơ trước hạn và hồ sơ đúng hạn: số hồ sơ trước hạn nằm trong cột này, không tách riêng được nên để trống trong báo cáo; số ở cột này được tính là đúng hạn (kể cả trước hạn), tỷ lệ giải quyết đúng hạn vẫn tính được.`,
    );
    expect(said(issues[0], 'en')).toMatch(
      new RegExp(
        `^Column «${head.replace(/[()]/g, '\\$&')}» at ${cell} on sheet «TTHC» .* counts early and on-time dossiers together: the early ones are inside it and cannot be told apart`,
      ),
    );
    expect(said(issues[0], 'vi')).not.toMatch(/không có cột/);
  });

  it('separate «Trước hạn» and «Đúng hạn» columns: both read, nothing said', async () => {
    const a = await roundTrip(
      table(
        ['Trước hạn', 'Đúng hạn'],
        [
          [60, 50],
          [150, 50],
        ],
      ),
    );
    expect(a.figures.tthc).toMatchObject({ early: 210, onTime: 100, late: 5, onTimePct: 98.4 });
    expect(timingIssues(a)).toEqual([]);
  });

  it('a plain «Đúng hạn» with no «Trước hạn» column still says the early column is missing', async () => {
    const a = await roundTrip(table(['Đúng hạn'], [[110], [200]]));
    expect(a.figures.tthc).toMatchObject({ early: null, onTime: 310, onTimePct: 98.4 });
    expect(timingIssues(a).map((i) => said(i, 'vi'))).toEqual([expect.stringMatching(/không có cột Trước hạn \(hoặc tên cột chưa được nhận ra\)/)]);
  });
});
