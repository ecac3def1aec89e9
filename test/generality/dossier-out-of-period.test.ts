/**
 * A one-stop export holds dossiers of other periods: one finished before the period or received after it is in no
 * figure, so its date-out-of-period warning (still listed) marks nothing: no «cần xem lại» on the TTHC figures of the
 * draft, none in the report sheet, and the draft's page-1 note does not count it (tester 11 item 16). A dossier
 * received in the period stays counted. Real .xlsx written and read back, real .docx built and read.
 */
import ExcelJS from 'exceljs';
import { buildWordDraft } from '../../src/core/word';
import { openIssues } from '../../src/core/word/marks';
import { paragraphs, unzipDocx } from '../core/word/fixture';
import { put, roundTrip } from './harness';

function book(outside: [string, string, string | null]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thông tin'), 1, [
    ['Tên cơ quan', 'UBND xã Tân Phú'],
    ['Từ ngày', '01/01/2025'],
    ['Đến ngày', '30/06/2025'],
    ['Ngày báo cáo', '05/07/2025'],
  ]);
  put(wb.addWorksheet('Ho so'), 1, [
    ['Mã hồ sơ', 'Lĩnh vực', 'Kênh nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả'],
    ['HS001', 'Hộ tịch', 'Trực tuyến', '06/01/2025', '09/01/2025', '08/01/2025'],
    ['HS002', 'Hộ tịch', 'Trực tiếp', '10/02/2025', '13/02/2025', '13/02/2025'],
    ['HS003', 'Chứng thực', 'Trực tiếp', '03/03/2025', '04/03/2025', '06/03/2025'],
    ['HS004', 'Chứng thực', 'Trực tuyến', '20/06/2025', '25/06/2025', null],
    ['HS010', 'Hộ tịch', 'Trực tiếp', ...outside],
  ]);
  return wb;
}

describe('a dossier of another period in the export', () => {
  it.each([
    ['finished before the period', ['10/12/2024', '14/12/2024', '13/12/2024']],
    ['received after the period, before the report date', ['02/07/2025', '04/07/2025', null]],
  ] as [string, [string, string, string | null]][])('is listed and marks no figure when %s', async (_what, dates) => {
    const a = await roundTrip(book(dates));
    expect(a.figures.tthc).toMatchObject({ received: 4, online: 2, direct: 2, resolved: 3, early: 1, onTime: 1, late: 1, pending: 1 });
    const warning = a.issues.filter((i) => i.code === 'date-out-of-period');
    expect(warning).toHaveLength(1);
    const text = paragraphs(unzipDocx(await buildWordDraft(a))['word/document.xml']).join('\n');
    expect(openIssues(a.issues).filter((i) => i.table === 'dossiers')).toEqual([]);
    expect(text).toMatch(/tiếp nhận: 04 hồ sơ/u);
    const tthcLines = text.split('\n').filter((l) => /hồ sơ/u.test(l));
    expect(tthcLines.length).toBeGreaterThanOrEqual(4);
    for (const l of tthcLines) expect(l).not.toMatch(/cần xem lại/iu);
    expect(text).not.toMatch(/cảnh báo làm thay đổi số liệu/u);
  });
});
