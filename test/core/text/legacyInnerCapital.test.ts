/**
 * A short TCVN3 text whose only sign is a capital inside a word (tester 14 finding 1): «Ba BÝch» typed with .VnTime
 * in the info table's «Địa danh», the font not saved, was left as is while «UBND x· Ba BÝch» beside it was converted,
 * and the draft's date line read «Ba BÝch, ngày …». TCVN3 puts its small toned letters at the codes of Latin-1
 * capitals (í at Ý, ệ at Ö): a capital inside a word with small letters is no word as written. A real .xlsx written
 * without fonts and read by the file host.
 */
import ExcelJS from 'exceljs';
import { FileHost } from '../../../src/hosts/file';
import { analyze } from '../../../src/core/analyze';
import { normalizeText } from '../../../src/core/text/normalize';
import { workbookBytes } from '../../helpers/xlsx';

async function infoOf(rows: [string, string | Date][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Thong tin');
  ws.addRow(['THÔNG TIN BÁO CÁO']);
  for (const r of rows) ws.addRow(r);
  const t = wb.addWorksheet('TTHC');
  t.addRow(['STT', 'Lĩnh vực', 'Số hồ sơ tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn']);
  t.addRow([1, 'Hộ tịch', 10, 1, 9, 10, 0, 10, 0]);
  const host = await FileHost.open(await workbookBytes(wb));
  return analyze(await host.readSnapshot()).info;
}

describe('TCVN3 text whose only sign is a capital inside a word', () => {
  it('converts the place and the agency of the info table', async () => {
    const info = await infoOf([
      ['Cơ quan ban hành', 'UBND x· Ba BÝch'],
      ['Địa danh', 'Ba BÝch'],
      ['Người ký', 'NguyÔn V¨n TÝ'],
    ]);
    expect(info.agency).toBe('UBND xã Ba Bích');
    expect(info.place).toBe('Ba Bích');
  });

  it('converts such words alone, and leaves Unicode and foreign names as written', () => {
    expect(normalizeText('Ba BÝch').text).toBe('Ba Bích');
    expect(normalizeText('NÕu').text).toBe('Nếu');
    for (const s of ['Bé Na', 'Café Olé', 'McDonald', 'José María', 'TÝ', 'HÀ NỘI', 'Lê Thị Ý']) expect(normalizeText(s)).toEqual({ text: s, legacy: null });
  });
});
