/**
 * An amount typed with its own scale word (tester 14 finding 8): «1,095 tỷ» and «369 triệu» in a table in đồng were read
 * as 1,095 and 369 đồng, and a unit-mismatch error told the clerk to divide the right total. The word scales the number
 * (1 095 000 000 and 369 000 000 đồng, whatever the table's unit), said in a number-as-text warning naming the word;
 * the parts then add up. Real .xlsx files written and read back.
 */
import ExcelJS from 'exceljs';
import { scaleWordOf } from '../../src/core/read/rows';
import { brief, put, roundTrip } from './harness';
import { said } from '../helpers/words';

type Row = (string | number | null)[];

function book(unit: string, lines: Row[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thu chi NS'), 1, [
    ['BẢNG TỔNG HỢP THỰC HIỆN THU, CHI NGÂN SÁCH XÃ NĂM 2023'],
    [null, null, null, null, `ĐVT: ${unit}`],
    ['STT', 'Nội dung', 'Dự toán huyện giao', 'Dự toán HĐND xã giao', 'Thực hiện'],
    ...lines,
  ]);
  return wb;
}

describe('an amount typed with «tỷ», «triệu», «nghìn»', () => {
  it('scales the number in a table in đồng, says so, and finds no unit mismatch', async () => {
    const a = await roundTrip(
      book('đồng', [
        ['I', 'Tổng thu ngân sách xã', 7239000000, 7239000000, 1464000000],
        ['1', 'Thu cân đối ngân sách', 5763000000, 5763000000, '1,095 tỷ'],
        ['2', 'Thu bổ sung có mục tiêu', 1476000000, 1476000000, '369 triệu đồng'],
        ['II', 'Tổng chi ngân sách xã', 6105000000, 6105000000, '1.220.963.992'],
      ]),
    );
    expect(brief(a).filter((l) => /unit-mismatch|sum-mismatch/.test(l))).toEqual([]);
    const words = a.issues.filter((i) => i.sentence === 'number-with-scale-word');
    expect(words.map((i) => [i.cell, i.severity, i.code])).toEqual([
      ['E5', 'warning', 'number-as-text'],
      ['E6', 'warning', 'number-as-text'],
    ]);
    expect(said(words[0])).toContain('«1,095 tỷ», có chữ «tỷ» sau số: đã đọc là 1.095.000.000 đồng');
    expect(said(words[1])).toContain('«369 triệu đồng», có chữ «triệu» sau số: đã đọc là 369.000.000 đồng');
    expect(a.figures.budget?.revenue).toMatchObject({ actual: 1464000000 });
  });

  it('scales the number by its own word in a table in triệu đồng', async () => {
    const a = await roundTrip(
      book('triệu đồng', [
        ['I', 'Tổng thu ngân sách xã', 7239, 7239, '1,464 tỷ'],
        ['1', 'Thu cân đối ngân sách', 5763, 5763, 1095],
        ['2', 'Thu bổ sung có mục tiêu', 1476, 1476, '369000 nghìn'],
        ['II', 'Tổng chi ngân sách xã', 6105, 6105, 1220],
      ]),
    );
    expect(brief(a).filter((l) => /unit-mismatch|sum-mismatch/.test(l))).toEqual([]);
    expect(a.figures.budget?.revenue).toMatchObject({ actual: 1464000000, estimateSuperior: 7239000000 });
  });

  it('knows the words, and nothing else', () => {
    expect(scaleWordOf('1,095 tỷ')).toEqual({ word: 'tỷ', factor: 1e9 });
    expect(scaleWordOf('2 tỉ đồng')).toEqual({ word: 'tỉ', factor: 1e9 });
    expect(scaleWordOf('5 Nghìn')).toEqual({ word: 'nghìn', factor: 1e3 });
    expect(scaleWordOf('12 ngàn đ')).toEqual({ word: 'ngàn', factor: 1e3 });
    for (const t of ['1.464.000.000 đồng', '369 VNĐ', '12 hồ sơ', 'tỷ', '5 triệu 300']) expect(scaleWordOf(t)).toBeNull();
  });
});
