/**
 * A document's type read from its symbol as Nghị định 30 (Phụ lục III) writes it: «15/UBND-VP» (the issuer, then
 * the drafting unit) and «25/SNV-CCHC» are công văn, not types «UBND», «SNV» (tester12 #13, tester13 #10); a type
 * part typed without diacritics, «01/QD-UBND», is a Quyết định, with a warning that the decree writes «QĐ», and the
 * draft never says «01 qd» (tester12 #4); a legal normative document keeps its type («30/2020/NĐ-CP»: Nghị định).
 * Real .xlsx files written and read back.
 */
import ExcelJS from 'exceljs';
import type { Analysis } from '../../src/core/analyze';
import { buildWordDraft } from '../../src/core/word';
import { unzipDocx } from '../core/word/fixture';
import { brief, put, roundTrip } from './harness';

/** The draft's words (body and footnotes), tags dropped. */
async function draftText(a: Analysis): Promise<string> {
  const files = unzipDocx(await buildWordDraft(a));
  return ['word/document.xml', 'word/footnotes.xml'].map((f) => (files[f] ?? '').replace(/<[^>]*>/g, '')).join(' ');
}

type Row = (string | number | null)[];

async function register(rows: Row[], header = ['STT', 'Số, ký hiệu', 'Ngày ban hành', 'Trích yếu']) {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('VB đi'), 1, [['SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2025'], [], header, ...rows]);
  return roundTrip(wb);
}

const formatIssues = (a: Analysis) => brief(a).filter((l) => / doc-number-format /.test(l));

test('a symbol «issuer-unit» is a công văn; a known type part keeps its type', async () => {
  const a = await register([
    [1, '15/UBND-VP', '05/01/2025', 'V/v triển khai CCHC năm 2025'],
    [2, '16/UBND-ĐC', '06/01/2025', 'V/v đo đạc đất đai'],
    [3, '08/UBND', '07/01/2025', 'V/v dịch vụ công trực tuyến'],
    [4, '01/2025/QĐ-UBND', '08/01/2025', 'Ban hành quy chế làm việc'],
    [5, '02/KH-UBND', '09/01/2025', 'Kế hoạch CCHC năm 2025'],
    [6, '03/HD-UBND', '10/01/2025', 'Hướng dẫn thực hiện một cửa'],
  ]);
  expect(a.figures.documents).toEqual({ total: 6, byType: { 'Công văn': 3, 'Quyết định': 1, 'Kế hoạch': 1, 'Hướng dẫn': 1 } });
  expect(formatIssues(a)).toEqual([]);
});

test('«QD-UBND» typed without diacritics is a Quyết định, warned with the decree’s «QĐ-UBND»; the draft writes «quyết định»', async () => {
  const a = await register([
    [1, '01/QD-UBND', '05/01/2025', 'Kien toan to mot cua'],
    [2, '02/KH-UBND', '10/01/2025', 'Ke hoach CCHC nam 2025'],
    [3, '03/QyD-UBND', '12/01/2025', 'Quy dinh tiep nhan ho so'],
  ]);
  expect(a.figures.documents?.byType).toEqual({ 'Quyết định': 1, 'Kế hoạch': 1, 'Quy định': 1 });
  expect(formatIssues(a)).toEqual([
    'warning doc-number-format VB đi!B4 Ký hiệu văn bản «01/QD-UBND» viết thiếu dấu: Nghị định 30/2020/NĐ-CP viết «01/QĐ-UBND». Văn bản vẫn được tính đúng loại.',
    'warning doc-number-format VB đi!B6 Ký hiệu văn bản «03/QyD-UBND» viết thiếu dấu: Nghị định 30/2020/NĐ-CP viết «03/QyĐ-UBND». Văn bản vẫn được tính đúng loại.',
  ]);
  const draft = await draftText(a);
  expect(draft).toMatch(/01 quyết định/);
  expect(draft).not.toMatch(/01 qd|tại QD số/i);
  // The type is read right: the count of documents is not marked for review.
  expect(draft).toMatch(/ban hành 03 văn bản chỉ đạo/);
});

test('«Quy dinh», «Thong cao» in the type column are read as types, without an «unknown type» warning', async () => {
  const a = await register(
    [
      [1, '01/QyĐ-UBND', 'Quy dinh', '05/01/2025', 'Quy dinh tiep nhan ho so'],
      [2, '02/TC-UBND', 'Thong cao', '06/01/2025', 'Thong cao bao chi ve CCHC'],
      [3, '03/QĐ-UBND', 'Quyet dinh', '07/01/2025', 'Kien toan bo phan mot cua'],
    ],
    ['STT', 'Số, ký hiệu', 'Loại văn bản', 'Ngày ban hành', 'Trích yếu'],
  );
  expect(a.figures.documents?.byType).toEqual({ 'Quy định': 1, 'Thông cáo': 1, 'Quyết định': 1 });
  expect(brief(a).filter((l) => / VB đi!C\d /.test(l))).toEqual([]);
});

test('a register grouped by type under «I. QUYẾT ĐỊNH», «II. KẾ HOẠCH» rows: the group rows are no documents and give the type', async () => {
  const rows: Row[] = [
    ['I', 'QUYẾT ĐỊNH'],
    [1, '15', '06/01/2025', 'Ban hành kế hoạch CCHC năm 2025'],
    [2, '21/QĐ-UBND', '20/01/2025', 'Kiện toàn bộ phận một cửa'],
    ['II', 'KẾ HOẠCH'],
    [1, '03', '08/01/2025', 'Tuyên truyền CCHC năm 2025'],
    ['III', 'CÔNG VĂN'],
    [1, '45/UBND-VP', '10/02/2025', 'V/v rà soát TTHC'],
  ];
  const a = await register(rows);
  expect(a.figures.documents).toEqual({ total: 4, byType: { 'Quyết định': 2, 'Kế hoạch': 1, 'Công văn': 1 } });
  expect(brief(a).filter((l) => /VB đi!\w+4 |VB đi!\w+7 |VB đi!\w+9 /.test(l))).toEqual([]);
  expect(a.issues.filter((i) => i.severity === 'error' && i.table === 'documents')).toEqual([]);
});
