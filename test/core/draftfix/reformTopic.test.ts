/**
 * A general outgoing register (clerk-tester, brief w5 point 1): five letters, one about CCHC. The count
 * of documents stays five, one note (Lưu ý) names the letters not about CCHC, and the draft's sentence no
 * longer calls them all "chỉ đạo, điều hành về CCHC": it is highlighted and names the cells to check.
 * Real .xlsx written with exceljs, read back, and the .docx read back.
 */
import ExcelJS from 'exceljs';
import { analyze, type Analysis } from '../../../src/core/analyze';
import { readSnapshotFromXlsx } from '../../../src/hosts/file';
import { buildWordDraft } from '../../../src/core/word';
import { isAboutReform } from '../../../src/core/figures/reformTopic';
import { issueMessage } from '../../../src/core/issues';
import { paragraphXml, paragraphs, unzipDocx } from '../word/fixture';

const HIGHLIGHT = '<w:highlight w:val="yellow"/>';

async function register(summaries: string[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('So VB di');
  s.getCell('B1').value = 'SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2023';
  s.getRow(3).values = [null, 'STT', 'Số CV', 'Ngày ký', 'Trích yếu nội dung', 'Người ký'];
  summaries.forEach((t, k) => {
    const symbol = ['UBND', 'QĐ-UBND', 'KH-UBND', 'TB-UBND'][k % 4];
    s.getRow(4 + k).values = [null, k + 1, `${5 + k}/${symbol}`, `${String(10 + k).padStart(2, '0')}/01/2023`, t, 'Nguyễn Văn An'];
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function run(summaries: string[]): Promise<{ a: Analysis; doc: string }> {
  const a = analyze(await readSnapshotFromXlsx(await register(summaries)));
  return { a, doc: unzipDocx(await buildWordDraft(a))['word/document.xml'] };
}

const MIXED = [
  'V/v phòng chống dịch tả lợn châu Phi',
  'Quyết định khen thưởng học sinh giỏi năm học 2022-2023',
  'Kế hoạch tổ chức Tết Nguyên đán Quý Mão',
  'Thông báo lịch trực Tết',
  'Kế hoạch cải cách hành chính năm 2023',
];

describe('a general outgoing register', () => {
  test('the summary words of the reform, with or without diacritics', () => {
    expect(isAboutReform('Kế hoạch cải cách hành chính năm 2023')).toBe(true);
    expect(isAboutReform('Ke hoach cai cach hanh chinh nam 2023')).toBe(true);
    expect(isAboutReform('V/v triển khai dịch vụ công trực tuyến toàn trình')).toBe(true);
    expect(isAboutReform('Về tăng cường kỷ luật, kỷ cương hành chính')).toBe(true);
    expect(isAboutReform('Báo cáo kết quả thực hiện chuyển đổi số quý I')).toBe(true);
    expect(isAboutReform('Thông báo lịch trực Tết')).toBe(false);
    expect(isAboutReform('Quyết định khen thưởng học sinh giỏi')).toBe(false);
  });

  test('one note on the register, the count unchanged, the draft marked', async () => {
    const { a, doc } = await run(MIXED);
    expect(a.figures.documents?.total).toBe(5);
    const notes = a.issues.filter((i) => i.table === 'documents' && i.field === 'summary');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: 'info', code: 'constraint-error', sheet: 'So VB di', cell: 'E4, E5, E6' });
    expect(issueMessage(notes[0], 'vi')).toContain('Có 4 trong 5 văn bản');
    const text = paragraphs(doc).find((p) => p.startsWith('- Trong kỳ báo cáo'))!;
    expect(text).not.toContain('về CCHC.');
    expect(text).toContain('trong đó 04 văn bản có trích yếu không thấy nói về CCHC [cần xem lại: So VB di!E4; E5; E6; …]');
    expect(paragraphXml(doc, 'không thấy nói về CCHC')).toContain(HIGHLIGHT);
  });

  test('a register of CCHC documents only: no note, the sentence as before', async () => {
    const { a, doc } = await run(['Kế hoạch CCHC năm 2023', 'V/v rà soát thủ tục hành chính', 'Quyết định kiện toàn bộ phận một cửa']);
    expect(a.issues.filter((i) => i.field === 'summary')).toHaveLength(0);
    expect(paragraphs(doc).find((p) => p.startsWith('- Trong kỳ báo cáo'))).toMatch(/03 văn bản.*chỉ đạo, điều hành về CCHC\.$/);
  });
});
