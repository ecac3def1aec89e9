/**
 * A dossier log's rows that change its figures (tester 7 items 7 and 27): a dossier written twice (the same code)
 * is counted twice, so its duplicate-row warning marks every figure its row feeds, in the draft and on the report
 * sheet (one rule, word/marks issuesOf), not only the code's cell; a due or result date before the day the dossier
 * was received gets a warning on that cell, which marks the timing figures. The workbook is written with exceljs,
 * read back, and the .docx written to disk and opened.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { put, roundTrip } from '../../generality/harness';
import { buildWordDraft } from '../../../src/core/word';
import { issuesOf } from '../../../src/core/word/marks';
import { paragraphs, unzipDocx } from './fixture';
import { tempDir } from '../../helpers/xlsx';
import type { Analysis } from '../../../src/core/analyze';

const D = (d: number, m: number) => new Date(Date.UTC(2024, m - 1, d));
const CODE = (n: string) => `000.00.01.H01-2401-${n}`;

/** A quarter's log; `twice`: the second dossier written again; `dueSlip`: the last one due before it came in. */
function book(twice: boolean, dueSlip: boolean): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thong tin'), 1, [
    ['Cơ quan ban hành', 'UBND XÃ AN HÒA'],
    ['Từ ngày', D(1, 1)],
    ['Đến ngày', D(31, 3)],
  ]);
  const ws = wb.addWorksheet('DS');
  const rows: ExcelJS.CellValue[][] = [
    ['DANH SÁCH HỒ SƠ QUÝ I NĂM 2024'],
    ['STT', 'Mã hồ sơ', 'Lĩnh vực', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Hình thức'],
    [1, CODE('0001'), 'Hộ tịch', D(5, 1), D(8, 1), D(7, 1), 'Trực tuyến'],
    [2, CODE('0002'), 'Hộ tịch', D(5, 1), D(8, 1), D(9, 1), 'Trực tiếp'],
    ...(twice ? [[3, CODE('0002'), 'Hộ tịch', D(5, 1), D(8, 1), D(9, 1), 'Trực tiếp']] : []),
    [4, CODE('0003'), 'Chứng thực', D(10, 2), D(10, 2), D(10, 2), 'Trực tiếp'],
    [5, CODE('0004'), 'Đất đai', D(25, 3), dueSlip ? D(20, 3) : D(29, 3), D(28, 3), 'Trực tiếp'],
  ];
  put(ws, 1, rows);
  for (let r = 3; r <= rows.length; r++) for (const c of [4, 5, 6]) ws.getCell(r, c).numFmt = 'dd/mm/yyyy';
  return wb;
}

async function draftLines(a: Analysis): Promise<string[]> {
  const file = path.join(tempDir('cchc-dossier-rows-'), 'draft.docx');
  fs.writeFileSync(file, await buildWordDraft(a));
  return paragraphs(unzipDocx(new Uint8Array(fs.readFileSync(file)))['word/document.xml']);
}

const line = (lines: string[], start: string) => lines.find((l) => l.startsWith(start)) ?? '';

describe('a dossier written twice', () => {
  test('its warning marks the figures its row feeds, in the draft and on the report sheet', async () => {
    const a = await roundTrip(book(true, false));
    const dup = a.issues.filter((i) => i.code === 'duplicate-row');
    expect(dup.map((i) => `${i.sheet}!${i.cell}`)).toEqual(['DS!B5']);
    expect(a.figures.tthc!.received).toBe(5);
    for (const p of ['tthc.received', 'tthc.resolved', 'tthc.onlinePct', 'tthc.byField.0.received'] as const) expect(issuesOf(a, [p])).toEqual(dup);
    // A field the duplicate is not in, listed cell by cell, is not marked.
    expect(issuesOf(a, ['tthc.byField.1.received'])).toEqual([]);
    const lines = await draftLines(a);
    expect(line(lines, '+ Số lượng hồ sơ tiếp nhận:')).toContain('05 hồ sơ [cần xem lại: DS!B5]');
    expect(line(lines, '+ Số lượng hồ sơ đã giải quyết:')).toContain('[cần xem lại: DS!B5]');
  });

  test('without the duplicate nothing is marked', async () => {
    const a = await roundTrip(book(false, false));
    expect(a.issues.filter((i) => i.sheet === 'DS')).toEqual([]);
    expect(issuesOf(a, ['tthc.received', 'tthc.onTimePct'])).toEqual([]);
    const lines = await draftLines(a);
    expect(line(lines, '+ Số lượng hồ sơ tiếp nhận:')).toBe('+ Số lượng hồ sơ tiếp nhận: 04 hồ sơ (trực tuyến 01 hồ sơ, trực tiếp 03 hồ sơ).');
  });
});

describe('a due date before the receipt date', () => {
  test('is a warning on the due date, which marks the on-time share', async () => {
    const a = await roundTrip(book(false, true));
    const slips = a.issues.filter((i) => i.sheet === 'DS');
    expect(slips.map((i) => [i.code, i.severity, i.cell, i.field])).toEqual([['constraint-error', 'warning', 'E6', 'dueAt']]);
    expect(slips[0].sentence).toBe('dossier-date-before-received');
    expect(issuesOf(a, ['tthc.onTimePct'])).toEqual(slips);
    const lines = await draftLines(a);
    expect(lines.join('\n')).toContain(`Hồ sơ ${CODE('0004')} có ngày hẹn trả 20/03/2024, trước ngày tiếp nhận 25/03/2024. (DS!E6)`);
    expect(line(lines, '+ Số lượng hồ sơ đã giải quyết:')).toContain('[cần xem lại: DS!E6]');
  });
});
