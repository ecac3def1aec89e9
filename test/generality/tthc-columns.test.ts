/**
 * The TTHC table's channel and timing columns in clerks' own words (tester 5, items 8 and 9): «Qua mạng», «Online»,
 * «Qua DVCTT» are the online column, «Nộp tại bộ phận một cửa», «Tại Bộ phận Một cửa» the direct one; «Đã trả kết quả»
 * groups the resolved dossiers. A column a figure needs that stays unread (no online column; «Quá hạn» under a group
 * label nobody knows, even after «Ghim cột» of the resolved total) gets a warning offering «Ghim cột», never a silent
 * «[...]» in the draft. Real .xlsx files written and read back.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { analyze, type Analysis } from '../../src/core/analyze';
import type { Overrides } from '../../src/core/tables';
import { readSnapshotFromXlsx } from '../../src/hosts/file';
import { buildWordDraft } from '../../src/core/word';
import { tempDir, writeWorkbook } from '../helpers/xlsx';
import { paragraphs, unzipDocx } from '../core/word/fixture';
import { brief, errors, put, roundTrip } from './harness';

type Row = (string | number | null)[];
const DATA: Row[] = [
  [1, 'Hộ tịch', 142, 5, 137, 140, 88, 30, 22, 2, 2, 0],
  [2, 'Chứng thực', 98, 10, 88, 98, 61, 37, 0, 0, 0, 0],
  [3, 'Đất đai', 12, 0, 12, 10, 6, 0, 4, 2, 1, 1],
  [null, 'Tổng cộng', 252, 15, 237, 248, 155, 67, 26, 4, 3, 1],
];

/** Biểu 06 in two header rows, the groups merged over their sub-columns (as the tester's files). */
function book(online: string, direct: string, resolvedGroup = 'Số hồ sơ đã giải quyết', drop?: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('TTHC');
  const top: Row = ['STT', 'Lĩnh vực', 'Số hồ sơ nhận giải quyết', null, null, resolvedGroup, null, null, null, 'Số hồ sơ đang giải quyết', null, null];
  const leaf: Row = [null, null, 'Tổng số', online, direct, 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn'];
  const cut = (r: Row) => (drop === undefined ? r : r.filter((_, i) => i !== drop));
  put(ws, 1, [['BẢNG TỔNG HỢP KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'], cut(top), cut(leaf), ...DATA.map(cut)]);
  const shift = drop !== undefined && drop < 5 ? 1 : 0;
  if (drop === undefined || drop > 4) ws.mergeCells('C2:E2');
  else ws.mergeCells('C2:D2');
  ws.mergeCells(2, 6 - shift, 2, 9 - shift);
  ws.mergeCells(2, 10 - shift, 2, 12 - shift);
  ws.mergeCells('A2:A3');
  ws.mergeCells('B2:B3');
  return wb;
}

async function read(wb: ExcelJS.Workbook, overrides?: Overrides): Promise<Analysis> {
  const file = await writeWorkbook(wb, path.join(tempDir('cchc-tthc-'), 'book.xlsx'));
  return analyze(await readSnapshotFromXlsx(new Uint8Array(fs.readFileSync(file))), { overrides });
}

const partWarnings = (a: Analysis) => a.issues.filter((i) => i.sentence === 'part-column-not-found').map((i) => `${i.severity} ${i.field} ${i.cell}`);
const draftText = async (a: Analysis) => paragraphs(unzipDocx(await buildWordDraft(a))['word/document.xml']).join('\n');

describe('online and direct columns in the clerks’ words', () => {
  it.each([
    ['Qua mạng', 'Nộp tại bộ phận một cửa'],
    ['Online', 'Trực tiếp'],
    ['Qua DVCTT', 'Trực tiếp'],
    ['Trực tuyến', 'Tại Bộ phận Một cửa'],
    ['Nộp qua mạng', 'Nộp tại Bộ phận tiếp nhận và trả kết quả'],
    ['Dịch vụ công trực tuyến', 'Trực tiếp, bưu chính'],
  ])('reads %j as online and %j as direct', async (online, direct) => {
    const a = await roundTrip(book(online, direct));
    expect(a.tables.tthc?.located.columns).toMatchObject({ received: 2, online: 3, direct: 4 });
    expect(a.figures.tthc).toMatchObject({ received: 252, online: 15, direct: 237, onlinePct: 6 });
    expect(errors(a).filter((i) => i.table === 'tthc')).toEqual([]);
    expect(partWarnings(a)).toEqual([]);
  });
});

describe('a figure’s column the reader cannot find is said, with «Ghim cột»', () => {
  it('warns of a TTHC table without an online column, and a pinned column answers it', async () => {
    // The online column dropped: the received group covers «Tổng số» and «Trực tiếp» only.
    const wb = book('Trực tuyến', 'Trực tiếp', undefined, 3);
    const a = await read(wb);
    expect(a.figures.tthc).toMatchObject({ received: 252, online: null, onlinePct: null });
    expect(partWarnings(a)).toEqual(['warning online A2:K3']);
    expect(brief(a).join('\n')).toMatch(/không có cột Trực tuyến/);
    expect(await draftText(a)).toMatch(/\[\.\.\.\]/);
    // Pinning «Trực tiếp» as online is the user's word: that warning goes, and direct is received − online, said in
    // a note (tester 17 T02: direct told by difference, no warning).
    const pinned = await read(wb, { fields: { tthc: { online: 'D' } } });
    expect(pinned.figures.tthc).toMatchObject({ online: 237, direct: 15 });
    expect(partWarnings(pinned)).toEqual([]);
    expect(pinned.issues.filter((i) => i.sentence === 'column-from-difference').map((i) => `${i.severity} ${i.field}`)).toEqual(['info direct']);
  });

  it('reads «Đã trả kết quả» as the resolved group, its «Quá hạn» as late', async () => {
    const a = await roundTrip(book('Trực tuyến', 'Trực tiếp', 'Đã trả kết quả'));
    expect(a.figures.tthc).toMatchObject({ resolved: 248, early: 155, onTime: 67, late: 26, pendingOverdue: 1, onTimePct: 89.5 });
    expect(errors(a).filter((i) => i.table === 'tthc')).toEqual([]);
    expect(partWarnings(a)).toEqual([]);
  });

  it('warns of «Quá hạn» left unread under an unknown group after the resolved total is pinned', async () => {
    const wb = book('Trực tuyến', 'Trực tiếp', 'Kết quả xử lý');
    const before = await read(wb);
    expect(before.issues.some((i) => i.sentence === 'column-not-found' && i.field === 'resolved')).toBe(true);
    const a = await read(wb, { fields: { tthc: { resolved: 'F' } } });
    expect(a.figures.tthc).toMatchObject({ resolved: 248, early: 155, onTime: 67, late: null });
    expect(errors(a).filter((i) => i.table === 'tthc')).toEqual([]);
    expect(partWarnings(a)).toEqual(['warning late A2:L3']);
    const done = await read(wb, { fields: { tthc: { resolved: 'F', late: 'I' } } });
    expect(partWarnings(done)).toEqual([]);
    expect(done.figures.tthc).toMatchObject({ late: 26 });
  });
});
