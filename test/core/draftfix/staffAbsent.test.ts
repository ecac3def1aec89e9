/**
 * A count the data does not give is a placeholder, never 0 (brief w5 point 3): a list of cán bộ, công chức
 * names no part-time worker (người hoạt động không chuyên trách), so the draft leaves their number as a
 * highlighted "[...]"; a per-level table without their column does the same. A list that names some counts them.
 * Real .xlsx written with exceljs, read back, and the .docx read back.
 */
import ExcelJS from 'exceljs';
import { analyze } from '../../../src/core/analyze';
import { readSnapshotFromXlsx } from '../../../src/hosts/file';
import { buildWordDraft } from '../../../src/core/word';
import { paragraphXml, paragraphs, unzipDocx } from '../word/fixture';

async function staffList(categories: string[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('DS CBCC');
  s.getCell('A1').value = 'DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ';
  s.getRow(3).values = ['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'];
  categories.forEach((c, k) => (s.getRow(4 + k).values = [k + 1, `Nguyễn Văn ${String.fromCharCode(65 + k)}`, 'Văn phòng', c, 'Đại học']));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function draft(bytes: Uint8Array) {
  const a = analyze(await readSnapshotFromXlsx(bytes));
  const doc = unzipDocx(await buildWordDraft(a))['word/document.xml'];
  return { a, doc, line: paragraphs(doc).find((p) => p.includes('không chuyên trách'))! };
}

test('a list of cán bộ, công chức only: the part-time count is a highlighted placeholder', async () => {
  const { a, doc, line } = await draft(await staffList(['Cán bộ', 'Công chức', 'Công chức']));
  expect(a.figures.staff).toMatchObject({ total: 3, canBo: 1, congChuc: 2, khongChuyenTrach: null });
  expect(line).toContain('những người hoạt động không chuyên trách [...] người.');
  expect(line).not.toContain('không chuyên trách 0');
  const xml = paragraphXml(doc, 'không chuyên trách');
  expect([...xml.matchAll(/<w:r>(.*?)<\/w:r>/g)].some((m) => m[1].includes('>[...]<') && m[1].includes('<w:highlight w:val="yellow"/>'))).toBe(true);
});

test('a list that names part-time workers counts them', async () => {
  const { a, line } = await draft(await staffList(['Cán bộ', 'Công chức', 'Không chuyên trách']));
  expect(a.figures.staff).toMatchObject({ canBo: 1, congChuc: 1, khongChuyenTrach: 1 });
  expect(line).toMatch(/những người hoạt động không chuyên trách 0?1 người\./);
});
