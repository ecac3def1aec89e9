/**
 * tester 16 F5: a place («Địa danh») typed a mark or a letter away from the commune's name («Tân Hiêp» beside «UBND XÃ
 * TÂN HIỆP»; the seed's «Ba Tư» for «Ba Tơ») is warned about; another real place (the district town) is not.
 * tester 16 F4: the place typed with the tone placed the old way («Hoà Phong») is written as the agency writes it, and
 * the untrained level is named one way on the report sheet and in the draft. Real .xlsx written with exceljs.
 */
import ExcelJS from 'exceljs';
import { analyze, type Analysis } from '../../../src/core/analyze';
import { readSnapshotFromXlsx } from '../../../src/hosts/file';
import { buildWordDraft } from '../../../src/core/word';
import { issueMessage } from '../../../src/core/issues';
import { looksMistyped } from '../../../src/core/check/placeName';
import { reportSheetLayout } from '../../../src/core/layout/reportSheet';
import { paragraphs, unzipDocx } from '../word/fixture';

async function book(info: [string, string][], staff = false): Promise<Analysis> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('Thông tin chung');
  info.forEach(([k, v], i) => (s.getRow(i + 1).values = [k, v]));
  if (staff) {
    const t = wb.addWorksheet('CBCC');
    t.getRow(1).values = ['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'];
    t.getRow(2).values = [1, 'Nguyễn Văn An', 'Chủ tịch', 'Cán bộ', 'Đại học'];
    t.getRow(3).values = [2, 'Trần Thị Bình', 'Văn phòng - Thống kê', 'Công chức', 'Chưa qua đào tạo'];
    t.getRow(4).values = [3, 'Lê Văn Cường', 'Địa chính', 'Công chức', 'Đại học'];
  }
  return analyze(await readSnapshotFromXlsx(new Uint8Array(await wb.xlsx.writeBuffer())));
}

const placeIssues = (a: Analysis) => a.issues.filter((i) => i.table === 'info' && i.field === 'place');

describe('the place of the date line against the agency', () => {
  test('a mark or a letter away is a typo; another place or the old tone placement is not', () => {
    expect(looksMistyped('Tân Hiêp', 'Tân Hiệp')).toBe(true);
    expect(looksMistyped('Ba Tư', 'Ba Tơ')).toBe(true);
    expect(looksMistyped('Tân Hịep', 'Tân Hiệp')).toBe(true);
    expect(looksMistyped('Hoà Phong', 'Hòa Phong')).toBe(false);
    expect(looksMistyped('Ba Vì', 'Ba Tơ')).toBe(false);
    expect(looksMistyped('Ba Tơ', 'Ba Bích')).toBe(false);
    expect(looksMistyped('Quảng Ngãi', 'Tân Hiệp')).toBe(false);
  });

  test('«Tân Hiêp» beside «UBND XÃ TÂN HIỆP»: one warning on the place cell naming the commune', async () => {
    const a = await book([
      ['Cơ quan ban hành', 'UBND XÃ TÂN HIỆP'],
      ['Kỳ báo cáo', 'Quý III năm 2026'],
      ['Địa danh', 'Tân Hiêp'],
    ]);
    const found = placeIssues(a);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', sheet: 'Thông tin chung', cell: 'B3' });
    expect(issueMessage(found[0], 'vi')).toContain('«Tân Hiêp» gần giống tên «Tân Hiệp»');
  });

  test('the district town, or the superior’s name mistyped', async () => {
    const town = await book([
      ['Cơ quan chủ quản', 'UBND HUYỆN BA TƠ'],
      ['Cơ quan ban hành', 'UBND XÃ BA BÍCH'],
      ['Địa danh', 'Ba Tơ'],
    ]);
    expect(placeIssues(town)).toEqual([]);
    const typo = await book([
      ['Cơ quan chủ quản', 'UBND HUYỆN BA TƠ'],
      ['Cơ quan ban hành', 'UBND XÃ BA BÍCH'],
      ['Địa danh', 'Ba Tư'],
    ]);
    expect(placeIssues(typo).map((i) => i.params.name)).toEqual(['Ba Tơ']);
  });

  test('«Hoà Phong» beside «UBND XÃ HÒA PHONG»: no warning, the date line writes «Hòa Phong»', async () => {
    const a = await book([
      ['Cơ quan ban hành', 'UBND XÃ HÒA PHONG'],
      ['Kỳ báo cáo', 'Quý III năm 2026'],
      ['Địa danh', 'Hoà Phong'],
      ['Ngày báo cáo', '05/10/2026'],
    ]);
    expect(placeIssues(a)).toEqual([]);
    const doc = unzipDocx(await buildWordDraft(a))['word/document.xml'];
    const text = paragraphs(doc).join('\n');
    expect(text).toContain('Hòa Phong, ngày 05 tháng 10 năm 2026');
    expect(text).not.toContain('Hoà Phong');
  });
});

describe('the untrained level named one way', () => {
  test('the report sheet and the draft both say «Chưa qua đào tạo»', async () => {
    const a = await book([['Cơ quan ban hành', 'UBND XÃ HÒA PHONG']], true);
    expect(a.figures.staff?.education.none.count).toBe(1);
    const labels = reportSheetLayout(a, 'vi', 'pane').cells.map((c) => String(c.value ?? ''));
    expect(labels).toContain('Chưa qua đào tạo');
    expect(labels.filter((l) => /sơ cấp/i.test(l))).toEqual([]);
    const doc = unzipDocx(await buildWordDraft(a))['word/document.xml'];
    expect(paragraphs(doc).join('\n')).toContain('Chưa qua đào tạo: 1/3');
  });
});
