import { readWorkbook } from '../../../src/core/read';
import { book, sheet } from './snap';

describe('typed rows', () => {
  test('numbers as text: a lone "1.234" is decided by the column (Vietnamese or English)', () => {
    const vi = sheet('NS', [
      ['Nội dung', 'Dự toán giao', 'Thực hiện'],
      ['Thu', '1.234', '2.345,5'],
      ['Chi', '12,5', '1.000.000'],
    ]);
    const en = sheet('NS', [
      ['Nội dung', 'Dự toán giao', 'Thực hiện'],
      ['Thu', '1,234', '2,345.5'],
      ['Chi', '12.5', '1,000,000'],
    ]);
    for (const s of [vi, en]) {
      const t = readWorkbook(book(s)).tables.budget!;
      expect(t.rows.map((r) => [r.values.estimateSuperior!.value, r.values.actual!.value])).toEqual([
        [1234, 2345.5],
        [12.5, 1000000],
      ]);
    }
  });

  test('staff counts per education level with a total row and a stated share', () => {
    const s = sheet('Trình độ', [
      ['Trình độ chuyên môn', 'Số lượng', 'Tỷ lệ (%)'],
      ['Thạc sĩ', 1, '4,8%'],
      ['Đại học', 17, 81],
      ['Trung cấp', 3, '14,2'],
      ['Tổng số', 21, 100],
    ]);
    const r = readWorkbook(book(s));
    const t = r.tables.staff!;
    expect(t.rows.map((x) => [x.values.education!.value, x.values.count!.value, x.values.statedPct!.value, x.isTotal])).toEqual([
      ['postgraduate', 1, 4.8, false],
      ['university', 17, 81, false],
      ['secondary', 3, 14.2, false],
      [null, 21, 100, true],
    ]);
    // The total row's label is no unknown level.
    expect(r.issues.filter((i) => i.code === 'constraint-error')).toEqual([]);
  });

  test('an unknown staff category is a constraint-error; an unknown survey level a type-error; a boolean is a type-error', () => {
    const staff = sheet('CB', [
      ['Họ và tên', 'Loại', 'Trình độ'],
      ['A', 'Tạp vụ', 'Đại học'],
    ]);
    const survey = sheet('KS', [
      ['Mức độ', 'Tỷ lệ'],
      ['Tuyệt vời', 50],
      ['Hài lòng', true],
    ]);
    const r = readWorkbook(book(staff, survey));
    expect(r.issues.filter((i) => i.code === 'constraint-error').map((i) => [i.cell, i.field])).toEqual([['B2', 'category']]);
    expect(r.issues.filter((i) => i.code === 'type-error').map((i) => [i.sheet, i.cell, i.field])).toEqual([
      ['KS', 'A2', 'level'],
      ['KS', 'B3', 'share'],
    ]);
  });

  test('a TTHC table with only a total row; "-" counts as none', () => {
    const s = sheet('Số liệu TTHC', [
      ['Tổng số hồ sơ tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn'],
      [21, 17, 4, 21, 21, '-', 0],
    ]);
    const r = readWorkbook(book(s));
    const row = r.tables.tthc!.rows[0];
    expect(row.values.onTime).toMatchObject({ value: 0, text: '-', cell: 'F2' });
    expect(row.values.late!.value).toBe(0);
    expect(r.issues.filter((i) => i.table === 'tthc')).toEqual([]);
  });

  test('dossier dates: serials with a date format, text with times, and a date that is not one', () => {
    const s = sheet(
      'Hồ sơ',
      [
        ['Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả'],
        ['H1', 45000.5, '05/03/2023 17:00', null],
        ['H2', 45001, 'mai', 45002],
      ],
      { formats: { B2: 'dd/mm/yyyy hh:mm', B3: 'dd/mm/yyyy', D3: 'dd/mm/yyyy' } },
    );
    const r = readWorkbook(book(s));
    const t = r.tables.dossiers!;
    expect(t.rows[0].values.receivedAt!.value).toBe(45000.5);
    expect(t.rows[0].values.doneAt!.value).toBeNull();
    expect(t.rows[1].values.dueAt!.value).toBeNull();
    expect(r.issues.filter((i) => i.code === 'type-error').map((i) => i.cell)).toEqual(['C3']);
  });

  test('a budget heading line without figures is no missing cell; a blank amount in a line with figures is', () => {
    const s = sheet('NS', [
      ['STT', 'Nội dung', 'Dự toán huyện giao', 'Thực hiện'],
      ['I', 'Thu ngân sách', 100, 60],
      [null, 'Trong đó:', null, null],
      ['1', 'Thu phí', 100, null],
    ]);
    const r = readWorkbook(book(s));
    expect(r.issues.filter((i) => i.code === 'missing-cell' && i.severity === 'error').map((i) => [i.cell, i.field])).toEqual([['D4', 'actual']]);
  });
});

describe('staff lists grouped by headings', () => {
  test('"I. CÁN BỘ" / "II. CÔNG CHỨC" lines give the category of the persons under them and are not persons', () => {
    const s = sheet('DS', [
      ['STT', 'Họ và tên', 'Chức vụ', 'Trình độ chuyên môn'],
      ['I', 'CÁN BỘ', null, null],
      [1, 'Nguyễn Văn A', 'Chủ tịch', 'Đại học'],
      ['II', 'CÔNG CHỨC', null, null],
      [2, 'Trần Thị B', 'Văn phòng - Thống kê', 'Đại học'],
      [3, 'Lê C', 'Địa chính', 'Trung cấp'],
      [null, 'III. NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH', null, null],
      [4, 'Phạm D', 'Công an viên', null],
    ]);
    const t = readWorkbook(book(s)).tables.staff!;
    expect(t.rows.map((r) => [r.values.name!.value, r.values.category!.value, r.values.category!.cell])).toEqual([
      ['Nguyễn Văn A', 'canBo', 'B2'],
      ['Trần Thị B', 'congChuc', 'B4'],
      ['Lê C', 'congChuc', 'B4'],
      ['Phạm D', 'khongChuyenTrach', 'B7'],
    ]);
    expect(t.located.dataRows).toEqual([2, 4, 5, 7]);
    expect(t.located.columns.category).toBe(1);
  });
});

describe('numbers with words around them', () => {
  test('"≥ 90%", "trên 80%" and "12 hồ sơ" are read (as numbers typed as text); "tám" is not', () => {
    const ind = sheet('CT', [
      ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện'],
      ['Hài lòng', '≥ 90%', 'trên 80%'],
    ]);
    const tthc = sheet('TTHC', [
      ['Lĩnh vực', 'Tiếp nhận', 'Đã giải quyết'],
      ['Hộ tịch', '12 hồ sơ', 'tám'],
    ]);
    const r = readWorkbook(book(ind, tthc));
    expect(r.tables.indicators!.rows[0].values.target!.value).toBe(90);
    expect(r.tables.indicators!.rows[0].values.actual!.value).toBe(80);
    expect(r.tables.tthc!.rows[0].values.received!.value).toBe(12);
    expect(r.tables.tthc!.rows[0].values.resolved!.value).toBeNull();
    expect(r.issues.filter((i) => i.code === 'number-as-text').map((i) => i.cell)).toEqual(['B2', 'C2', 'B2']);
    expect(r.issues.filter((i) => i.code === 'type-error').map((i) => [i.sheet, i.cell])).toEqual([['TTHC', 'C2']]);
  });
});

describe('a survey laid out across', () => {
  test('levels as column headers and shares in a row under them', () => {
    const s = sheet('Khảo sát', [
      ['KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG'],
      ['Nội dung', 'Rất hài lòng', 'Hài lòng', 'Bình thường', 'Không hài lòng'],
      ['Số phiếu', 480, 76, 10, 0],
      ['Tỷ lệ (%)', '84,80%', '13,43%', '1,77%', '0%'],
    ]);
    const r = readWorkbook(book(s));
    const t = r.tables.survey!;
    expect(t.located.range).toBe('B2:E4');
    expect(t.rows.map((x) => [x.values.level!.value, x.values.share!.value, x.values.share!.cell])).toEqual([
      ['veryHigh', 84.8, 'B4'],
      ['high', 13.43, 'C4'],
      ['neutral', 1.77, 'D4'],
      ['low', 0, 'E4'],
    ]);
    expect(r.issues.filter((i) => i.code === 'missing-table' && i.table === 'survey')).toEqual([]);
  });
});
