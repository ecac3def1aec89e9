/**
 * A dossier log is counted over the report period, whatever its own title says: a workbook copied from another year,
 * whose log still carries the old caption («Từ ngày 01/01/2025 đến ngày 30/06/2025») while the info block says 2024,
 * gets a draft that dates its TTHC figures by the period they were counted for (tester 11 item 15), in the body and
 * the appendix. Real .xlsx written and read back, real .docx built and read.
 */
import ExcelJS from 'exceljs';
import { buildWordDraft } from '../../src/core/word';
import { paragraphs, unzipDocx } from '../core/word/fixture';
import { put, roundTrip } from './harness';

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thông tin'), 1, [
    ['Tên cơ quan', 'UBND xã Tân Phú'],
    ['Từ ngày', '01/01/2024'],
    ['Đến ngày', '31/12/2024'],
    ['Ngày báo cáo', '05/01/2025'],
  ]);
  put(wb.addWorksheet('Ho so'), 1, [
    ['SỔ THEO DÕI HỒ SƠ MỘT CỬA'],
    ['Từ ngày 01/01/2025 đến ngày 30/06/2025'],
    [],
    ['Mã hồ sơ', 'Lĩnh vực', 'Kênh nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả'],
    ['HS004', 'Hộ tịch', 'Trực tuyến', '06/03/2024', '09/03/2024', '08/03/2024'],
    ['HS010', 'Chứng thực', 'Trực tiếp', '10/12/2024', '13/12/2024', '13/12/2024'],
  ]);
  return wb;
}

it('dates a dossier log’s figures by the report period, not by the log’s old caption', async () => {
  const a = await roundTrip(book());
  expect(a.figures.tthc).toMatchObject({ received: 2, resolved: 2 });
  const text = paragraphs(unzipDocx(await buildWordDraft(a))['word/document.xml']);
  const caption = text.find((p) => p.includes('Tình hình, kết quả giải quyết thủ tục hành chính'));
  expect(caption).toContain('số liệu tính từ ngày 01/01/2024 đến ngày 31/12/2024');
  // The caption's own warning stays listed (the log may be another period's file); no figure line is dated by it.
  expect(text.filter((p) => /số liệu tính/u.test(p) && p.includes('30/06/2025'))).toEqual([]);
});
