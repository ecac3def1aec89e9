/**
 * A dossier log where some dossiers have no due date (tester 11 item 10): «Trong ngày» (and «Trả ngay», «Ngay trong
 * ngày») is due the day received; a blank due date leaves that dossier out of early / on time / late and the shares,
 * which the other dossiers still make, and one warning says how many were left out and marks the shares. Workbooks
 * written with exceljs and read back through the pipeline, the draft written and opened.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { brief, errors, put, roundTrip } from '../../generality/harness';
import { buildWordDraft } from '../../../src/core/word';
import { issuesOf } from '../../../src/core/word/marks';
import { paragraphs, unzipDocx } from '../word/fixture';
import { tempDir } from '../../helpers/xlsx';
import { said } from '../../helpers/words';

const D = (d: number, m: number) => new Date(Date.UTC(2025, m - 1, d));

/** A half-year's log of five dossiers; `dues` are the due cells of the last two (same-day chứng thực). */
function book(dues: [ExcelJS.CellValue, ExcelJS.CellValue]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thong tin'), 1, [
    ['Cơ quan ban hành', 'UBND XÃ TÂN PHÚ'],
    ['Từ ngày', D(1, 1)],
    ['Đến ngày', D(30, 6)],
  ]);
  const ws = wb.addWorksheet('Ho so');
  const rows: ExcelJS.CellValue[][] = [
    ['STT', 'Mã hồ sơ', 'Lĩnh vực', 'Kênh nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả'],
    [1, 'HS001', 'Hộ tịch', 'Trực tuyến', D(6, 1), D(9, 1), D(8, 1)], // early
    [2, 'HS002', 'Hộ tịch', 'Trực tiếp', D(10, 2), D(12, 2), D(12, 2)], // on time
    [3, 'HS003', 'Hộ tịch', 'Trực tiếp', D(3, 3), D(5, 3), D(7, 3)], // late
    [4, 'HS004', 'Chứng thực', 'Trực tiếp', D(20, 3), dues[0], D(20, 3)],
    [5, 'HS005', 'Chứng thực', 'Trực tuyến', D(21, 3), dues[1], D(21, 3)],
  ];
  put(ws, 1, rows);
  for (let r = 2; r <= rows.length; r++) for (const c of [5, 6, 7]) ws.getCell(r, c).numFmt = 'dd/mm/yyyy';
  return wb;
}

async function draftLines(a: Awaited<ReturnType<typeof roundTrip>>): Promise<string[]> {
  const file = path.join(tempDir('cchc-due-missing-'), 'draft.docx');
  fs.writeFileSync(file, await buildWordDraft(a));
  return paragraphs(unzipDocx(new Uint8Array(fs.readFileSync(file)))['word/document.xml']);
}

test('«Trong ngày», «Trả ngay»: due the day received, so done that day is on time, with no issue', async () => {
  const a = await roundTrip(book(['Trong ngày', 'trả ngay']));
  expect(brief(a).filter((l) => l.includes('Ho so'))).toEqual([]);
  expect(a.figures.tthc).toMatchObject({ resolved: 5, early: 1, onTime: 3, late: 1, onTimePct: 80, latePct: 20 });
});

test('a blank due date: the others are counted, one warning says how many were not, and marks the shares', async () => {
  const a = await roundTrip(book([null, 'Ngay trong ngày']));
  const t = a.figures.tthc!;
  // Four dossiers timed: 1 early, 2 on time (HS002 and the same-day HS005), 1 late; HS004 still resolved.
  expect(t).toMatchObject({ received: 5, resolved: 5, early: 1, onTime: 2, late: 1, onTimePct: 75, latePct: 25 });
  expect(errors(a).filter((i) => i.sheet === 'Ho so')).toEqual([]);
  const w = a.issues.filter((i) => i.sentence === 'dossiers-due-missing');
  expect(w.map((i) => [i.severity, i.sheet, i.cell])).toEqual([['warning', 'Ho so', 'F5']]);
  expect(said(w[0], 'vi')).toContain('1 hồ sơ chưa có ngày hẹn trả (ô F5), chưa tính vào tỷ lệ đúng hạn');
  expect(issuesOf(a, ['tthc.onTimePct'])).toEqual(w);
  expect(issuesOf(a, ['tthc.received'])).toEqual([]);
  // The draft states the share, marked for review, not a gap.
  const lines = await draftLines(a);
  const share = lines.find((l) => l.includes('đúng hạn') && l.includes('75%')) ?? lines.join('\n');
  expect(share).toMatch(/75% \[cần xem lại: Ho so!F5\]/);
});

test('every resolved dossier without a due date: early, on time, late and the share are unknown, not 0', async () => {
  const wb = book([null, null]);
  const ws = wb.getWorksheet('Ho so')!;
  for (const r of [2, 3, 4]) ws.getCell(r, 6).value = null;
  const a = await roundTrip(wb);
  const t = a.figures.tthc!;
  expect([t.resolved, t.early, t.onTime, t.late, t.onTimePct]).toEqual([5, null, null, null, null]);
  const w = a.issues.filter((i) => i.sentence === 'dossiers-due-missing');
  expect(w.map((i) => i.cell)).toEqual(['F2, F3, F4, F5, F6']);
  expect(said(w[0], 'vi')).toContain('5 hồ sơ chưa có ngày hẹn trả (ô F2, F3, F4, …)');
});
