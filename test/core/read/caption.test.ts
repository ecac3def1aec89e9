/** A caption line above a table is its caption, not an info block; placeholders are blanks (docs/reporting-schema.md §1). */
import { readWorkbook } from '../../../src/core/read';
import { isPlaceholder } from '../../../src/core/read/evidence';
import { book, sheet } from './snap';

describe('caption lines and placeholders', () => {
  test('a period caption above a table is its caption: no info table, and the period serves the report', () => {
    const s = sheet('Sheet1', [
      ['THỐNG KÊ VĂN BẢN ĐI'],
      ['Từ ngày: 01/01/2023 Đến ngày: 31/03/2023'],
      ['STT', 'Số ký hiệu', 'Trích yếu', 'Ngày ban hành'],
      [1, '12/UBND', 'V/v báo cáo tình hình', '05/01/2023'],
    ]);
    const r = readWorkbook(book(s));
    expect(r.tables.info).toBeUndefined();
    expect([r.info.periodStart, r.info.periodEnd]).toEqual([44927, 45016]);
    expect(r.issues.filter((i) => i.table === 'info' && i.sheet !== '')).toEqual([]);
  });

  test('a caption of dotted placeholders is blank, never an error', () => {
    const s = sheet('Sheet1', [
      ['THỐNG KÊ CÔNG VĂN'],
      ['Từ ngày: ………../…………../…………… Đến ngày: …………./…………/…………….'],
      ['STT', 'Số ký hiệu', 'Trích yếu', 'Ngày ban hành'],
    ]);
    const r = readWorkbook(book(s));
    expect(r.tables.info).toBeUndefined();
    expect([r.info.periodStart, r.info.periodEnd]).toEqual([null, null]);
    expect(r.issues.filter((i) => i.table === 'info' && i.sheet !== '')).toEqual([]);
  });

  test('an info block written line by line above a table stays an info block, its last line too', () => {
    const s = sheet('Báo cáo', [
      ['Cơ quan ban hành: UBND xã Ba Bích'],
      ['Ngày báo cáo: 05/04/2023'],
      ['Từ ngày: 01/01/2023'],
      ['STT', 'Số ký hiệu', 'Trích yếu', 'Ngày ban hành'],
      [1, '12/UBND', 'V/v báo cáo tình hình', '05/01/2023'],
    ]);
    const r = readWorkbook(book(s));
    expect(r.tables.info).toBeDefined();
    expect(r.info.periodStart).toBe(44927);
    expect(r.info.agency).toBe('UBND xã Ba Bích');
  });

  test('a dotted placeholder in an info block is a blank to fill in, not a wrong date', () => {
    const s = sheet('Thông tin', [
      ['Cơ quan ban hành', 'UBND xã Ba Bích'],
      ['Ngày báo cáo', '…/…/…'],
      ['Từ ngày', '01/01/2023'],
    ]);
    const r = readWorkbook(book(s));
    expect(r.info.reportDate).toBeNull();
    expect(r.issues.filter((i) => i.code === 'type-error')).toEqual([]);
  });

  test('the labels of a table header are no key-value pairs', () => {
    const s = sheet('DS', [
      ['TT', 'Họ tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'],
      [1, 'Nguyễn Văn An', 'Chủ tịch', 'Cán bộ', 'Đại học'],
    ]);
    expect(readWorkbook(book(s)).tables.info).toBeUndefined();
  });

  test("placeholders: dots and report generators' tags, never a dash or a value", () => {
    for (const t of ['…/…/…', '......', '………../…………../……………', '${name:[data];pos:[0]}', '<#ListData.STT><#AltFormat>', '{{x}}'])
      expect(isPlaceholder(t)).toBe(true);
    for (const t of ['-', '', 'Năm ......', '01/01/2023', '0']) expect(isPlaceholder(t)).toBe(false);
  });
});
