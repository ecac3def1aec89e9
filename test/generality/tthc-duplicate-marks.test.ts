/**
 * A record written twice is counted in every figure its row feeds (tester 12 item 3): the draft marks each of them
 * «[cần xem lại: …]», the parts too (online, direct, early, on time …), not only received / resolved / pending. A
 * one-stop export with a dossier code twice, and a Biểu 06 with a field twice. Real .xlsx written and read back.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { analyze, type Analysis } from '../../src/core/analyze';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import { buildWordDraft } from '../../src/core/word';
import { tempDir, writeWorkbook } from '../helpers/xlsx';
import { paragraphs, unzipDocx } from '../core/word/fixture';
import { put } from './harness';

async function draft(wb: ExcelJS.Workbook): Promise<{ a: Analysis; text: string }> {
  const file = await writeWorkbook(wb, path.join(tempDir('cchc-dup-'), 'book.xlsx'));
  const a = analyze(await readSnapshotFromXlsx(new Uint8Array(fs.readFileSync(file))));
  const text = paragraphs(unzipDocx(await buildWordDraft(a))['word/document.xml']).join('\n');
  return { a, text };
}

const INFO = [
  ['Cơ quan ban hành', 'UBND XÃ MỸ LỢI'],
  ['Ngày báo cáo', '20/04/2024'],
  ['Từ ngày', '01/01/2024'],
  ['Đến ngày', '31/03/2024'],
];

/** The parts of the draft's TTHC sentences, each as «label NN hồ sơ» and what follows it up to the next separator. */
const clause = (text: string, label: string): string => {
  const m = new RegExp(`${label} (\\d+|\\[\\.\\.\\.\\]) hồ sơ( \\[cần xem lại: [^\\]]*\\])?`).exec(text);
  return m ? m[0] : `(no «${label}» in the draft)`;
};

it('a dossier code twice: online and early, which count it, are marked like received and resolved', async () => {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thong tin'), 1, INFO);
  const D = (d: number, m: number) => new Date(Date.UTC(2024, m - 1, d));
  put(wb.addWorksheet('Export'), 1, [
    ['STT', 'Mã hồ sơ', 'Lĩnh vực', 'Hình thức nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày kết thúc', 'Trạng thái'],
    [1, 'H01-0001', 'Hộ tịch', 'Trực tuyến', D(5, 1), D(8, 1), D(8, 1), 'Đã trả kết quả'],
    [2, 'H01-0003', 'Chứng thực', 'Trực tiếp', D(20, 1), D(20, 1), D(20, 1), 'Đã trả kết quả'],
    [3, 'H01-0005', 'Đất đai', 'Trực tuyến', D(10, 2), D(1, 3), D(28, 2), 'Đã trả kết quả'],
    [4, 'H01-0005', 'Đất đai', 'Trực tuyến', D(10, 2), D(1, 3), D(28, 2), 'Đã trả kết quả'],
    [5, 'H01-0006', 'Hộ tịch', 'Trực tiếp', D(15, 3), D(20, 4), null, 'Đang xử lý'],
  ]);
  const { a, text } = await draft(wb);
  expect(a.figures.tthc).toMatchObject({ received: 5, online: 3, direct: 2, resolved: 4, early: 2, onTime: 2, late: 0, pending: 1 });
  expect(a.issues.filter((i) => i.code === 'duplicate-row').map((i) => `${i.sheet}!${i.cell}`)).toEqual(['Export!B5']);
  for (const [label, n] of [
    ['Số lượng hồ sơ tiếp nhận:', '05'],
    ['trực tuyến', '03'],
    ['Số lượng hồ sơ đã giải quyết:', '04'],
    ['trước hạn', '02'],
  ])
    expect(clause(text, label)).toBe(`${label} ${n} hồ sơ [cần xem lại: Export!B5]`);
});

it('a field twice in Biểu 06: its parts are marked too', async () => {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thong tin'), 1, INFO);
  put(wb.addWorksheet('TTHC'), 1, [
    ['KẾT QUẢ GIẢI QUYẾT TTHC QUÝ I/2024'],
    ['STT', 'Lĩnh vực', 'Tổng số hồ sơ tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết'],
    [1, 'Hộ tịch', 120, 20, 100, 115, 60, 50, 5, 5],
    [2, 'Chứng thực', 200, 10, 190, 200, 150, 50, 0, 0],
    [3, 'Hộ tịch', 120, 20, 100, 115, 60, 50, 5, 5],
  ]);
  const { a, text } = await draft(wb);
  expect(a.figures.tthc).toMatchObject({ received: 440, online: 50, early: 270 });
  const dup = a.issues.filter((i) => i.code === 'duplicate-row').map((i) => `${i.sheet}!${i.cell}`);
  expect(dup).toEqual(['TTHC!B5']);
  for (const label of ['trực tuyến', 'trực tiếp', 'trước hạn', 'đúng hạn']) expect(clause(text, label)).toMatch(/\[cần xem lại: TTHC!B5\]$/);
});
