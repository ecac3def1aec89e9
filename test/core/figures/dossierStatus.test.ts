/**
 * The status column of a one-stop export read beside its dates (tester 11 item 3): a dossier «Đã trả kết quả» whose
 * result date is blank is resolved (its timing unknown, a warning asks for the date and marks the figures), and one
 * cancelled, refused or withdrawn is neither resolved nor pending (an info note) — never «đang giải quyết, quá hạn».
 * Workbooks written with exceljs and read back through the pipeline.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from '../../generality/harness';
import { issuesOf } from '../../../src/core/word/marks';
import { said } from '../../helpers/words';
import { buildWordDraft } from '../../../src/core/word';
import { paragraphs, unzipDocx } from '../word/fixture';

/** An export as the one-stop system writes it: dates as text with times, a status column after them. */
function book(statusOf4: string, statusOf7: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thong tin'), 1, [
    ['Cơ quan ban hành', 'UBND XÃ TÂN PHÚ'],
    ['Từ ngày', '01/01/2025'],
    ['Đến ngày', '30/06/2025'],
  ]);
  put(wb.addWorksheet('Export DVC'), 1, [
    ['STT', 'Mã hồ sơ', 'Lĩnh vực', 'Hình thức nộp', 'Ngày tiếp nhận', 'Hạn xử lý', 'Ngày kết thúc xử lý', 'Trạng thái'],
    [1, 'H55-0001', 'Chứng thực', 'Trực tuyến', '05/01/2025 08:15', '07/01/2025 17:00', '07/01/2025 16:30', 'Đã trả kết quả'],
    [2, 'H55-0002', 'Hộ tịch', 'Trực tuyến', '05/01/2025 09:00', '06/01/2025 17:00', '08/01/2025 17:30', 'Đã trả kết quả'],
    [3, 'H55-0003', 'Hộ tịch', 'Trực tiếp', '10/02/2025 10:00', '12/02/2025 17:00', '', statusOf4],
    [4, 'H55-0004', 'Hộ tịch', 'Trực tiếp', '10/02/2025 10:00', '12/02/2025 17:00', '11/02/2025', 'Đã trả kết quả'],
    [5, 'H55-0005', 'Chứng thực', 'Trực tuyến', '20/03/2025', '20/03/2025', '', statusOf7],
    [6, 'H55-0006', 'Hộ tịch', 'Trực tiếp', '25/06/2025', '10/07/2025', '', 'Đang xử lý'],
  ]);
  return wb;
}

test('returned without a date: resolved, timing unknown, a warning asks for the date; cancelled: neither resolved nor pending', async () => {
  const a = await roundTrip(book('Đã trả kết quả', 'Đã hủy'));
  const t = a.figures.tthc!;
  expect(t).toMatchObject({ received: 6, resolved: 4, early: 1, onTime: 1, late: 1, pending: 1, pendingInTime: 1, pendingOverdue: 0 });
  expect(t.onTimePct).toBe(66.7); // of the three resolved whose timing is known
  const done = a.issues.filter((i) => i.sentence === 'dossiers-done-without-date');
  expect(done.map((i) => [i.severity, i.cell])).toEqual([['warning', 'G4']]);
  expect(said(done[0], 'vi')).toContain('1 hồ sơ có trạng thái đã trả kết quả nhưng chưa ghi ngày có kết quả (ô G4)');
  expect(issuesOf(a, ['tthc.onTimePct'])).toEqual(done);
  const cancelled = a.issues.filter((i) => i.sentence === 'dossiers-cancelled');
  expect(cancelled.map((i) => [i.severity, i.cell])).toEqual([['info', 'H6']]);
  expect(said(cancelled[0], 'vi')).toContain('không tính vào số hồ sơ đã giải quyết và đang giải quyết');
});

test('withdrawn («Trả lại / rút hồ sơ») and refused are left out too; pending ones stay pending', async () => {
  const a = await roundTrip(book('Đang xử lý', 'Trả lại / rút hồ sơ'));
  const t = a.figures.tthc!;
  expect(t).toMatchObject({ resolved: 3, early: 1, onTime: 1, late: 1, pending: 2, pendingInTime: 1, pendingOverdue: 1 });
  expect(a.issues.filter((i) => i.sentence === 'dossiers-done-without-date')).toEqual([]);
  expect(a.issues.filter((i) => i.sentence === 'dossiers-cancelled').map((i) => i.cell)).toEqual(['H6']);
});

test('the draft says the cancelled dossiers, so received = resolved + pending + cancelled reads (tester 12 item 3)', async () => {
  const a = await roundTrip(book('Đang xử lý', 'Đã hủy'));
  const text = paragraphs(unzipDocx(await buildWordDraft(a))['word/document.xml']).join('\n');
  expect(text).toContain('+ Số lượng hồ sơ tiếp nhận: 06 hồ sơ');
  expect(text).toContain('+ Số lượng hồ sơ đã hủy, bị từ chối hoặc được rút: 01 hồ sơ (không tính vào số hồ sơ đã giải quyết và đang giải quyết).');
  const none = await roundTrip(book('Đang xử lý', 'Đang xử lý'));
  expect(paragraphs(unzipDocx(await buildWordDraft(none))['word/document.xml']).join('\n')).not.toContain('đã hủy');
});

test('«Đang thụ lý» (accepted for handling) is pending (tester 13 W114)', async () => {
  const a = await roundTrip(book('Đang thụ lý', 'Đã hủy'));
  expect(a.figures.tthc).toMatchObject({ resolved: 3, pending: 2 });
  expect(a.issues.filter((i) => i.cell === 'H4')).toEqual([]);
});
