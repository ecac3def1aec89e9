/**
 * The draft names the giver of the superior estimate in the clerk's own header words: «Dự toán huyện giao» is said
 * «so với dự toán huyện giao» even when the info block's superior is the province (communes under the province since
 * 7/2025 keep their old headers; tester 11, item 18). A header that names no giver keeps the superior body's level.
 * Real .xlsx files written and read back, real .docx built and read.
 */
import ExcelJS from 'exceljs';
import { buildWordDraft } from '../../src/core/word';
import { estimateGiver } from '../../src/core/word/names';
import { paragraphs, unzipDocx } from '../core/word/fixture';
import { put, roundTrip } from './harness';

function book(estimateHeader: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const info = wb.addWorksheet('Thông tin');
  put(info, 1, [
    ['Tên cơ quan', 'UBND xã Tân Phú'],
    ['Cơ quan chủ quản', 'UBND tỉnh Quảng Ngãi'],
    ['Từ ngày', '01/01/2025'],
    ['Đến ngày', '30/06/2025'],
  ]);
  const ws = wb.addWorksheet('Ngân sách');
  put(ws, 1, [
    ['STT', 'Nội dung', estimateHeader, 'Thực hiện'],
    ['A', 'Tổng thu ngân sách xã', 2_500_000_000, 1_375_000_000],
    ['B', 'Tổng chi ngân sách xã', 2_500_000_000, 1_200_000_000],
  ]);
  return wb;
}

async function revenueLine(header: string): Promise<string> {
  const a = await roundTrip(book(header));
  expect(a.figures.budget?.revenue.estimateSuperior).toBe(2_500_000_000);
  const text = paragraphs(unzipDocx(await buildWordDraft(a))['word/document.xml']);
  const line = text.find((p) => /Thu ngân sách/u.test(p) && /so với/u.test(p));
  expect(line).toBeDefined();
  return line!;
}

describe('the giver of the superior estimate', () => {
  it('keeps «huyện giao» from the header under a province superior', async () => {
    const line = await revenueLine('Dự toán huyện giao');
    expect(line).toContain('so với dự toán huyện giao');
    expect(line).not.toContain('tỉnh giao');
  });

  it('says the superior body’s level when the header names no giver', async () => {
    expect(await revenueLine('Dự toán năm 2025')).toContain('so với dự toán tỉnh giao');
  });

  it.each([
    ['Dự toán huyện giao', 'huyện'],
    ['DT tỉnh giao năm 2025', 'tỉnh'],
    ['Dự toán cấp trên giao (đồng)', 'cấp trên'],
    ['Dự toán thị xã giao', 'thị xã'],
    ['Dự toán', null],
    ['Dự toán HĐND xã giao', null],
    ['Dự toán năm (huyện phân bổ)', null],
  ])('reads %j as %j', (heading, giver) => {
    expect(estimateGiver(heading)).toBe(giver);
  });
});
