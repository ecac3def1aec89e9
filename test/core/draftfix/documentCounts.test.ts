/**
 * Documents issued kept as counts by kind, not one row per document (tester 17 D02, D09): «STT | Loại văn bản | Số
 * lượng» down, or the kinds as columns with a «Tổng số»; the figure `documents` {total, byType} comes from the counts,
 * the stated total is checked against them, a register beside them wins (said in a note), and a staff or budget table
 * is never read so. Real .xlsx written with exceljs, read back through the reader; the .docx read back.
 */
import ExcelJS from 'exceljs';
import { analyze, type Analysis } from '../../../src/core/analyze';
import { readSnapshotFromXlsx } from '../../../src/hosts/file';
import { buildWordDraft } from '../../../src/core/word';
import { issueMessage } from '../../../src/core/issues';
import { paragraphs, unzipDocx } from '../word/fixture';

type Row = (string | number | null)[];

async function book(sheets: Record<string, Row[]>): Promise<Analysis> {
  const wb = new ExcelJS.Workbook();
  const info = wb.addWorksheet('Thong tin');
  info.getRow(1).values = ['Cơ quan ban hành', 'UBND XÃ AN PHÚ'];
  info.getRow(2).values = ['Kỳ báo cáo', 'Quý III năm 2025'];
  for (const [name, rows] of Object.entries(sheets)) {
    const s = wb.addWorksheet(name);
    rows.forEach((r, k) => (s.getRow(k + 1).values = r));
  }
  return analyze(await readSnapshotFromXlsx(new Uint8Array(await wb.xlsx.writeBuffer())));
}

const DOWN: Row[] = [
  ['SỐ LƯỢNG VĂN BẢN BAN HÀNH QUÝ III NĂM 2025'],
  [],
  ['STT', 'Loại văn bản', 'Số lượng'],
  [1, 'Quyết định', 12],
  [2, 'Công văn', 30],
  [3, 'Báo cáo', 8],
  [4, 'Kế hoạch', 5],
  [5, 'Tờ trình', 3],
  [6, 'Thông báo', 2],
  ['', 'Tổng cộng', 60],
];

const BY_TYPE = { 'Quyết định': 12, 'Công văn': 30, 'Báo cáo': 8, 'Kế hoạch': 5, 'Tờ trình': 3, 'Thông báo': 2 };

describe('documents issued kept as counts by kind', () => {
  test('kinds down «Loại văn bản | Số lượng»: total and byType from the counts, the draft states them', async () => {
    const a = await book({ 'Van ban': DOWN });
    expect(a.tables.documents?.located).toMatchObject({ sheet: 'Van ban', range: 'A3:C10' });
    expect(a.figures.documents).toEqual({ total: 60, byType: BY_TYPE });
    expect(a.issues.filter((i) => i.table === 'documents')).toEqual([]);
    const doc = unzipDocx(await buildWordDraft(a))['word/document.xml'];
    const text = paragraphs(doc).find((p) => p.startsWith('- Trong kỳ báo cáo'))!;
    expect(text).toContain('đã ban hành 60 văn bản (gồm: 12 quyết định, 30 công văn, 08 báo cáo, 05 kế hoạch, 03 tờ trình và 02 thông báo)');
  });

  test('a stated total that is not the sum of the kinds: sum-mismatch on the total cell', async () => {
    const rows = DOWN.map((r) => (r[1] === 'Tổng cộng' ? ['', 'Tổng cộng', 61] : r));
    const a = await book({ 'Van ban': rows });
    expect(a.figures.documents?.total).toBe(60);
    const sums = a.issues.filter((i) => i.code === 'sum-mismatch' && i.table === 'documents');
    expect(sums).toHaveLength(1);
    expect(sums[0]).toMatchObject({ sheet: 'Van ban', cell: 'C10' });
    expect(issueMessage(sums[0], 'vi')).toContain('60');
  });

  test('kinds as columns with a «Tổng số»', async () => {
    const a = await book({
      VB: [
        ['TỔNG HỢP VĂN BẢN BAN HÀNH QUÝ III/2025'],
        [],
        ['Nội dung', 'Quyết định', 'Công văn', 'Kế hoạch', 'Báo cáo', 'Tờ trình', 'Tổng số'],
        ['Số văn bản ban hành', 10, 25, 4, 6, 2, 47],
      ],
    });
    expect(a.tables.documents?.located.sheet).toBe('VB');
    expect(a.figures.documents).toEqual({ total: 47, byType: { 'Quyết định': 10, 'Công văn': 25, 'Kế hoạch': 4, 'Báo cáo': 6, 'Tờ trình': 2 } });
    expect(a.issues.filter((i) => i.table === 'documents')).toEqual([]);
    const wrong = await book({
      VB: [
        ['Nội dung', 'Quyết định', 'Công văn', 'Tổng số'],
        ['Số văn bản', 10, 25, 40],
      ],
    });
    expect(wrong.figures.documents?.total).toBe(35);
    expect(wrong.issues.filter((i) => i.code === 'sum-mismatch' && i.table === 'documents').map((i) => i.cell)).toEqual(['D2']);
  });

  test('a register beside the counts: the register is read, a note says the counts are not used', async () => {
    const a = await book({
      'So VB di': [
        ['SỔ ĐĂNG KÝ VĂN BẢN ĐI'],
        ['STT', 'Số, ký hiệu', 'Ngày ban hành', 'Trích yếu nội dung'],
        [1, '12/QĐ-UBND', '05/07/2025', 'Quyết định kiện toàn bộ phận một cửa'],
        [2, '45/UBND', '10/08/2025', 'V/v rà soát thủ tục hành chính'],
      ],
      'Van ban': DOWN,
    });
    expect(a.tables.documents?.located.sheet).toBe('So VB di');
    expect(a.figures.documents?.total).toBe(2);
    const notes = a.issues.filter((i) => i.sentence === 'document-counts-not-used');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: 'info', sheet: 'Van ban', cell: 'A3:C10', table: 'documents' });
    expect(issueMessage(notes[0], 'vi')).toContain('sổ văn bản ở A2:D4 sheet «So VB di»');
  });

  test('a staff table by level or a budget table is never taken for counts by kind', async () => {
    const a = await book({
      'Trinh do': [
        ['STT', 'Trình độ', 'Số lượng'],
        [1, 'Đại học', 8],
        [2, 'Cao đẳng', 2],
        [3, 'Trung cấp', 1],
        ['', 'Tổng cộng', 11],
      ],
      'Ngan sach': [
        ['STT', 'Nội dung', 'Dự toán', 'Thực hiện'],
        ['I', 'Tổng thu', 5000, 4000],
        ['II', 'Tổng chi', 4800, 3900],
      ],
      'Ke hoach': [
        ['STT', 'Loại', 'Số lượng'],
        [1, 'Kế hoạch vốn đầu tư', 3],
        [2, 'Dự án đường giao thông', 2],
      ],
    });
    expect(a.tables.documents).toBeUndefined();
    expect(a.figures.documents).toBeNull();
  });
});
