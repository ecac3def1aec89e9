/**
 * A budget line with no estimate (0) and an actual (tester 14 finding 4): the draft wrote «đạt [...]%» for a share that
 * cannot exist, and no issue said why; now it says the money is outside the estimate. With «Số chữ số thập phân» = 2
 * the draft's shares are in one style (finding 5: «25,40%» beside «19%»): no trailing zero after the comma. Real .xlsx
 * written and read back, the .docx built and read.
 */
import ExcelJS from 'exceljs';
import { buildWordDraft } from '../../src/core/word';
import { paragraphs, unzipDocx } from '../core/word/fixture';
import { put, roundTrip } from './harness';

type Row = (string | number | null)[];

function book(lines: Row[], header = ['STT', 'Nội dung', 'Dự toán huyện giao', 'Dự toán HĐND xã giao', 'Thực hiện']): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thông tin'), 1, [
    ['Cơ quan ban hành', 'UBND xã Ba Bích'],
    ['Từ ngày', '01/01/2023'],
    ['Đến ngày', '31/03/2023'],
    ['Ngày báo cáo', '05/04/2023'],
    ['Số chữ số thập phân', 2],
  ]);
  put(wb.addWorksheet('Thu chi NS'), 1, [
    ['BẢNG TỔNG HỢP THỰC HIỆN THU, CHI NGÂN SÁCH XÃ QUÝ I NĂM 2023'],
    [null, null, null, null, 'ĐVT: đồng'],
    header,
    ...lines,
  ]);
  return wb;
}

const draft = async (wb: ExcelJS.Workbook) => {
  const a = await roundTrip(wb);
  return paragraphs(unzipDocx(await buildWordDraft(a))['word/document.xml']);
};
const line = (text: string[], start: string) => text.find((p) => p.startsWith(start)) ?? '';

describe('a budget line with no estimate', () => {
  it('is said to be outside the estimate, and the shares keep one style with 2 decimals', async () => {
    const text = await draft(
      book([
        ['I', 'Tổng thu ngân sách xã', 5763000000, 5763000000, 1464000000],
        ['1', 'Thu cân đối ngân sách', 5763000000, 5763000000, 1095000000],
        ['2', 'Thu bổ sung có mục tiêu', 0, 0, 369000000],
        ['II', 'Tổng chi ngân sách xã', 6105000000, 6105000000, 1220963992],
      ]),
    );
    const revenue = line(text, 'Thu ngân sách:');
    expect(revenue).toContain('thực hiện 1.464.000.000 đồng, đạt 25,4% so với dự toán huyện và HĐND xã giao');
    expect(revenue).toContain('thu cân đối ngân sách 1.095.000.000 đồng, đạt 19% so với');
    expect(revenue).toContain('thu bổ sung có mục tiêu 369.000.000 đồng, ngoài dự toán (dự toán huyện và HĐND xã giao bằng 0)');
    expect(revenue).not.toContain('[...]');
    // 1 220 963 992 / 6 105 000 000 = 19,9994 %: 20 %, as «19%» and «25,4%» are written, never «20,00%».
    expect(line(text, 'Chi ngân sách:')).toContain('đạt 20% so với');
    expect(text.join('\n')).not.toMatch(/\d,\d*0%/);
  });

  it('names the one estimate that is 0 when the other is not', async () => {
    const text = await draft(
      book([
        ['I', 'Tổng thu ngân sách xã', 5763000000, 5763000000, 1464000000],
        ['1', 'Thu bổ sung có mục tiêu', 1000000000, 0, 369000000],
        ['II', 'Tổng chi ngân sách xã', 6105000000, 6105000000, 1220963992],
      ]),
    );
    expect(line(text, 'Thu ngân sách:')).toContain(
      'thu bổ sung có mục tiêu 369.000.000 đồng, đạt 36,9% so với dự toán huyện giao, ngoài dự toán (dự toán HĐND xã giao bằng 0)',
    );
  });
});
