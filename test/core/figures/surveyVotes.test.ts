/**
 * A satisfaction survey given as vote counts only (tester 13 item 13): «Mức độ hài lòng | Số phiếu» with a «Tổng số
 * phiếu» row. The shares are each level's votes over all the levels' votes, said in an info note. Workbooks written
 * with exceljs and read back through the pipeline.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from '../../generality/harness';
import { said } from '../../helpers/words';

function book(header: string[], rows: (string | number | null)[][]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Khảo sát'), 1, [['KẾT QUẢ KHẢO SÁT MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI DÂN'], [], header, ...rows]);
  return wb;
}

test('votes only: shares from the counts, satisfied = very high + high, and a note instead of a missing column', async () => {
  const a = await roundTrip(
    book(
      ['STT', 'Mức độ hài lòng', 'Số phiếu'],
      [
        [1, 'Rất hài lòng', 54],
        [2, 'Hài lòng', 60],
        [3, 'Bình thường', 5],
        [4, 'Không hài lòng', 1],
        [null, 'Tổng số phiếu', 120],
      ],
    ),
  );
  expect(a.figures.survey).toEqual({ veryHigh: 45, high: 50, neutral: 4.2, low: 0.8, satisfied: 95 });
  expect(a.sources['survey.veryHigh']!.map((s) => s.cell)).toEqual(['C4']);
  const notes = a.issues.filter((i) => i.table === 'survey');
  expect(notes.map((i) => [i.severity, i.code, i.field])).toEqual([['info', 'missing-label', 'share']]);
  expect(said(notes[0], 'vi')).toContain('tỷ lệ mỗi mức được tính bằng số phiếu của mức đó ở cột «Số phiếu» (C)');
});

test('control: with a share column beside the votes, the stated shares are read', async () => {
  const a = await roundTrip(
    book(
      ['STT', 'Mức độ hài lòng', 'Số phiếu', 'Tỷ lệ (%)'],
      [
        [1, 'Rất hài lòng', 54, '45%'],
        [2, 'Hài lòng', 60, '50%'],
        [3, 'Bình thường', 5, '4,2%'],
        [4, 'Không hài lòng', 1, '0,8%'],
      ],
    ),
  );
  expect(a.figures.survey).toEqual({ veryHigh: 45, high: 50, neutral: 4.2, low: 0.8, satisfied: 95 });
  expect(a.sources['survey.veryHigh']!.map((s) => s.cell)).toEqual(['D4']);
  expect(a.issues.filter((i) => i.table === 'survey' && i.code === 'missing-label')).toEqual([]);
});
