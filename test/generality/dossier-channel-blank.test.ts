/**
 * A dossier log whose channel column («Hình thức nộp») leaves a dossier's cell blank (tester 16 F16): online and
 * direct cannot be counted, and an issue names the blank cell, so the clerk sees why the figures are «[...]» and
 * which cell to fill; the figures are marked with that cell. Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { brief, put, roundTrip } from './harness';

const D = (d: number, m: number) => new Date(Date.UTC(2026, m - 1, d, 8));

function book(channels: (string | null)[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thông tin'), 1, [
    ['Từ ngày', '01/07/2026'],
    ['Đến ngày', '30/09/2026'],
  ]);
  const ws = wb.addWorksheet('Hồ sơ');
  put(ws, 1, [
    ['Mã hồ sơ', 'Lĩnh vực', 'Hình thức nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả'],
    ...channels.map((c, i) => [`N${i + 1}`, 'Hộ tịch', c, D(2 + i, 7), D(10 + i, 7), D(5 + i, 7)]),
  ]);
  for (let r = 2; r <= channels.length + 1; r++) for (const c of [4, 5, 6]) ws.getCell(r, c).numFmt = 'dd/mm/yyyy';
  return wb;
}

describe('a blank cell in the channel column of a dossier log', () => {
  it('names the blank cell in a warning and marks the online figures with it', async () => {
    const a = await roundTrip(book(['Trực tuyến', 'Trực tiếp', null, 'Bưu chính', 'Trực tuyến']));
    expect(a.figures.tthc).toMatchObject({ received: 5, online: null, direct: null });
    const blank = a.issues.filter((i) => i.sheet === 'Hồ sơ' && i.code === 'missing-cell');
    expect(blank.map((i) => `${i.severity} ${i.cell}`)).toEqual(['warning C4']);
    expect(brief(a).join('\n')).toMatch(/1 hồ sơ để trống cột «Hình thức nộp» \(ô C4\)/);
    expect(blank[0].marksFigures).toBe(true);
    expect(a.sources['tthc.online']?.some((c) => c.sheet === 'Hồ sơ')).toBe(true);
  });

  it('says nothing of the channel when every cell is filled', async () => {
    const a = await roundTrip(book(['Trực tuyến', 'Trực tiếp', 'Trực tiếp', 'Bưu chính', 'Trực tuyến']));
    expect(a.figures.tthc).toMatchObject({ received: 5, online: 2, direct: 3 });
    expect(a.issues.filter((i) => i.sheet === 'Hồ sơ' && i.field === 'channel')).toEqual([]);
  });
});
