import { readWorkbook } from '../../../src/core/read';
import { findDates, infoField, namedPeriod } from '../../../src/core/read/infoBlock';
import { SCHEMA } from '../../../src/core/schema';
import { toSerial } from '../../../src/core/format';
import { book, sheet } from './snap';
import { budgetSheet } from './fixtures';

describe('info block', () => {
  test('labels with values to their right, a period in one cell, recipients over several rows', () => {
    const s = sheet(
      'Thông tin',
      [
        ['THÔNG TIN BÁO CÁO'],
        ['Cơ quan ban hành:', null, 'UBND XÃ BA BÍCH'],
        ['Cơ quan chủ quản', null, 'UBND HUYỆN BA TƠ'],
        ['Số ký hiệu', null, '/BC-UBND'],
        ['Địa danh', null, 'Ba Bích'],
        ['Ngày báo cáo', null, toSerial(2023, 4, 5)],
        ['Kỳ báo cáo', null, '08/7/2022 - 31/3/2023'],
        ['Trích yếu', null, 'Sơ kết 02 năm thực hiện CCHC'],
        ['TM.', null, 'TM. ỦY BAN NHÂN DÂN'],
        ['Chức vụ', null, 'CHỦ TỊCH'],
        ['Người ký', null, 'Nguyễn Văn A'],
        ['Nơi nhận', null, '- UBND huyện Ba Tơ;'],
        [null, null, '- Phòng Nội vụ huyện;\n- TT Đảng ủy xã;'],
        [null, null, '- Lưu: VT.'],
        ['Số chữ số thập phân', null, 2],
      ],
      { formats: { C6: 'dd/mm/yyyy' } },
    );
    const r = readWorkbook(book(budgetSheet(), s));
    expect(r.info).toEqual({
      agency: 'UBND XÃ BA BÍCH',
      superior: 'UBND HUYỆN BA TƠ',
      number: '/BC-UBND',
      place: 'Ba Bích',
      reportDate: toSerial(2023, 4, 5),
      periodStart: toSerial(2022, 7, 8),
      periodEnd: toSerial(2023, 3, 31),
      title: 'Sơ kết 02 năm thực hiện CCHC',
      addressee: null,
      signAuthority: 'TM. ỦY BAN NHÂN DÂN',
      signerTitle: 'CHỦ TỊCH',
      signer: 'Nguyễn Văn A',
      recipients: ['UBND huyện Ba Tơ', 'Phòng Nội vụ huyện', 'TT Đảng ủy xã', 'Lưu: VT.'],
      decimals: 2,
      basis: null,
    });
    const t = r.tables.info!;
    expect(t.located.sheet).toBe('Thông tin');
    expect(t.located.range).toBe('A2:C15');
    expect(t.rows[0].values.reportDate).toMatchObject({ cell: 'C6', value: toSerial(2023, 4, 5) });
    expect(r.issues.filter((i) => i.table === 'info')).toEqual([]);
  });

  test('values after a colon in the label cell, on a data sheet beside a table; a blank report date is a warning', () => {
    const s = sheet('Thu chi', [
      ['Cơ quan ban hành: UBND XÃ BA BÍCH'],
      ['Ngày báo cáo:'],
      ['Từ ngày', '01/01/2023', 'Đến ngày', 'ngày 31 tháng 3 năm 2023'],
      [],
      ['STT', 'Nội dung', 'Dự toán huyện giao', 'Thực hiện'],
      ['I', 'Tổng thu', 100, 50],
    ]);
    const r = readWorkbook(book(s));
    expect(r.tables.budget!.located.range).toBe('A5:D6');
    expect(r.info.agency).toBe('UBND XÃ BA BÍCH');
    expect(r.info.periodStart).toBe(toSerial(2023, 1, 1));
    expect(r.info.periodEnd).toBe(toSerial(2023, 3, 31));
    expect(r.info.reportDate).toBeNull();
    const mc = r.issues.filter((i) => i.code === 'missing-cell' && i.table === 'info');
    expect(mc).toEqual([expect.objectContaining({ severity: 'warning', field: 'reportDate', sheet: 'Thu chi' })]);
  });

  test('an unreadable date is a type-error; a bad decimals value keeps the default', () => {
    const s = sheet('Thông tin', [
      ['Ngày báo cáo', 'sáng mai'],
      ['Số chữ số thập phân', 'hai'],
    ]);
    const r = readWorkbook(book(s));
    expect(r.info.decimals).toBe(1);
    const te = r.issues.filter((i) => i.code === 'type-error' && i.table === 'info');
    expect(te.map((i) => [i.cell, i.field])).toEqual([
      ['B1', 'reportDate'],
      ['B2', 'decimals'],
    ]);
  });

  test('no info anywhere: defaults, and an info note that it is missing', () => {
    const r = readWorkbook(book(budgetSheet()));
    expect(r.info.decimals).toBe(1);
    expect(r.info.reportDate).toBeNull();
    expect(r.issues.find((i) => i.code === 'missing-table' && i.table === 'info')?.severity).toBe('info');
  });

  test('labels: the longest synonym wins and a long sentence is no label', () => {
    expect(infoField(SCHEMA.info, 'Kỳ báo cáo từ ngày')?.key).toBe('periodStart');
    expect(infoField(SCHEMA.info, 'Số chữ số thập phân')?.key).toBe('decimals');
    expect(infoField(SCHEMA.info, 'Số')?.key).toBe('number');
    expect(infoField(SCHEMA.info, 'Số hồ sơ')).toBeNull();
    expect(infoField(SCHEMA.info, 'Ngày ban hành')).toBeNull();
    expect(infoField(SCHEMA.info, 'Ngày báo cáo (dd/mm/yyyy)')?.key).toBe('reportDate');
  });

  test('dates inside a sentence', () => {
    expect(findDates('Từ 08/7/2022 đến 31/3/2023')).toEqual([toSerial(2022, 7, 8), toSerial(2023, 3, 31)]);
    expect(findDates('Ba Bích, ngày 05 tháng 4 năm 2023')).toEqual([toSerial(2023, 4, 5)]);
    expect(findDates('không có')).toEqual([]);
  });
});

describe('info is not read from a header row', () => {
  test('"Họ tên | Chức vụ" side by side are two labels, not a key and its value', () => {
    const s = sheet('Danh sách', [
      ['Họ tên', 'Chức vụ', 'Ghi chú'],
      ['Nguyễn Văn A', 'Chủ tịch', ''],
    ]);
    const r = readWorkbook(book(s));
    expect(r.tables.info).toBeUndefined();
    expect(r.info.signer).toBeNull();
  });
});

describe('named periods', () => {
  test('quarters, six and nine months, a whole year', () => {
    expect(namedPeriod('Quý I/2023')).toEqual([toSerial(2023, 1, 1), toSerial(2023, 3, 31)]);
    expect(namedPeriod('quý IV năm 2022')).toEqual([toSerial(2022, 10, 1), toSerial(2022, 12, 31)]);
    expect(namedPeriod('6 tháng đầu năm 2023')).toEqual([toSerial(2023, 1, 1), toSerial(2023, 6, 30)]);
    expect(namedPeriod('9 tháng năm 2023')).toEqual([toSerial(2023, 1, 1), toSerial(2023, 9, 30)]);
    expect(namedPeriod('Năm 2023')).toEqual([toSerial(2023, 1, 1), toSerial(2023, 12, 31)]);
    expect(namedPeriod('tuần sau')).toBeNull();
  });

  test('a "Kỳ báo cáo" cell naming a quarter sets the period', () => {
    const r = readWorkbook(
      book(
        sheet('Thông tin', [
          ['Kỳ báo cáo', 'Quý I năm 2023'],
          ['Ngày báo cáo', '05/04/2023'],
        ]),
      ),
    );
    expect([r.info.periodStart, r.info.periodEnd]).toEqual([toSerial(2023, 1, 1), toSerial(2023, 3, 31)]);
  });
});
