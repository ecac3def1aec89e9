import fc from 'fast-check';
import { readWorkbook } from '../../../src/core/read';
import { makeGrid } from '../../../src/core/read/grid';
import { isNumberingRow, matchHeader } from '../../../src/core/read/header';
import { SCHEMA, type TableSpec } from '../../../src/core/schema';
import type { CellValue } from '../../../src/core/snapshot';
import { book, sheet } from './snap';
import { BIEU06_ROWS, BIEU06_MERGES } from './fixtures';

describe('header matching', () => {
  test('the more specific synonym wins: "Dự toán HĐND xã giao" is the council estimate, not the superior one', () => {
    const g = makeGrid(sheet('S', [['Nội dung', 'Dự toán giao', 'Dự toán HĐND xã giao', 'Thực hiện', 'Tỷ lệ so với dự toán']]));
    expect(matchHeader(g, SCHEMA.budget, 0, 1).columns).toEqual({ content: 0, estimateSuperior: 1, estimateCouncil: 2, actual: 3, statedPct: 4 });
  });

  test('per-level staff: "Cán bộ" and "Công chức" columns are counts, "Tổng số" the count', () => {
    const g = makeGrid(
      sheet('S', [
        ['Trình độ', 'Cán bộ', 'Công chức', 'Tổng số'],
        ['Đại học', 3, 5, 8],
      ]),
    );
    expect(matchHeader(g, SCHEMA.staff, 0, 1).columns).toEqual({ education: 0, countCanBo: 1, countCongChuc: 2, count: 3 });
  });

  test('equally specific synonyms: the column values decide (text or numbers)', () => {
    const spec: TableSpec = {
      name: 'narrative',
      label: { vi: 'T', en: 'T' },
      titleWords: [],
      shape: 'rows',
      required: false,
      fields: [
        { key: 'word', label: { vi: 'a', en: 'a' }, synonyms: ['kết quả'], kind: 'text' },
        { key: 'figure', label: { vi: 'b', en: 'b' }, synonyms: ['kết quả'], kind: 'count' },
      ],
    };
    const numbers = makeGrid(sheet('S', [['Kết quả'], [12], [7]]));
    const words = makeGrid(sheet('S', [['Kết quả'], ['tốt'], ['khá']]));
    expect(matchHeader(numbers, spec, 0, 1).columns).toEqual({ figure: 0 });
    expect(matchHeader(words, spec, 0, 1).columns).toEqual({ word: 0 });
  });

  test('numbering rows', () => {
    const g = makeGrid(
      sheet('S', [
        ['(1)', '(2)', '(3)=(4)+(5)', '(4)'],
        [1, 2, 3, 4],
        ['A', 'B', 1, 2],
        [3, 4, 5, 9],
        ['Hộ tịch', 1, 2, 3],
      ]),
    );
    expect(isNumberingRow(g, 0, 0, 3)).toBe(true);
    expect(isNumberingRow(g, 1, 0, 3)).toBe(true);
    expect(isNumberingRow(g, 2, 0, 3)).toBe(true);
    expect(isNumberingRow(g, 3, 0, 3)).toBe(false);
    expect(isNumberingRow(g, 4, 0, 3)).toBe(false);
  });
});

describe('locating', () => {
  test('the full Thông tư 01 form: four header levels with a "Trong đó" level and vertical merges', () => {
    const s = sheet(
      'Mẫu 06',
      [
        ['STT', 'Lĩnh vực', 'Số hồ sơ nhận giải quyết', null, null, null, 'Kết quả giải quyết', null, null, null, null, null, null],
        [null, null, 'Tổng số', 'Trong đó', null, null, 'Số hồ sơ đã giải quyết', null, null, null, 'Số hồ sơ đang giải quyết', null, null],
        [
          null,
          null,
          null,
          'Từ kỳ trước chuyển sang',
          'Mới tiếp nhận',
          null,
          'Tổng số',
          'Trước hạn',
          'Đúng hạn',
          'Quá hạn',
          'Tổng số',
          'Chưa đến hạn',
          'Quá hạn',
        ],
        [null, null, null, null, 'Trực tuyến', 'Trực tiếp hoặc qua dịch vụ bưu chính', null, null, null, null, null, null, null],
        [1, 'Hộ tịch', 10, 1, 6, 3, 9, 7, 0, 2, 1, 1, 0],
      ],
      {
        merges: [
          'A1:A4',
          'B1:B4',
          'C1:F1',
          'G1:M1',
          'C2:C4',
          'D2:F2',
          'G2:J2',
          'K2:M2',
          'D3:D4',
          'E3:F3',
          'G3:G4',
          'H3:H4',
          'I3:I4',
          'J3:J4',
          'K3:K4',
          'L3:L4',
          'M3:M4',
        ],
      },
    );
    const t = readWorkbook(book(s)).tables.tthc!;
    expect(t.located.headerRows).toEqual([0, 1, 2, 3]);
    expect(t.located.columns).toEqual({
      field: 1,
      received: 2,
      carriedOver: 3,
      online: 4,
      direct: 5,
      resolved: 6,
      early: 7,
      onTime: 8,
      late: 9,
      pending: 10,
      pendingInTime: 11,
      pendingOverdue: 12,
    });
    expect(t.rows[0].values.direct!.value).toBe(3);
  });

  test('a header found after the first 20 rows when a blank row precedes it; a footer line ends the table', () => {
    const rows: CellValue[][] = [];
    for (let i = 0; i < 30; i++) rows.push([`Ghi chép ${i}`]);
    rows.push(
      [],
      ['Họ và tên', 'Chức vụ', 'Trình độ chuyên môn'],
      ['Nguyễn Văn A', 'Chủ tịch', 'Đại học'],
      ['Lê B', 'Phó Chủ tịch', 'Cao đẳng'],
      ['Người lập biểu'],
    );
    const t = readWorkbook(book(sheet('Nhân sự', rows))).tables.staff!;
    expect(t.located.range).toBe('A32:C34');
    expect(t.rows.map((r) => r.values.education!.value)).toEqual(['university', 'college']);
  });

  test('the table ends at two blank rows; signature lines after one blank row are not data', () => {
    const s = sheet('TTHC', [
      ['Lĩnh vực', 'Tiếp nhận', 'Đã giải quyết'],
      ['Hộ tịch', 3, 3],
      [],
      ['Chứng thực', 2, 2],
      [],
      [null, 'Người lập biểu'],
      [],
      [],
      ['Ghi chú', 'x', 'y'],
    ]);
    const t = readWorkbook(book(s)).tables.tthc!;
    expect(t.located.dataRows).toEqual([1, 3]);
    expect(t.located.range).toBe('A1:C4');
  });

  test('a header repeated inside a list (printed over pages) is skipped, not the end of the table', () => {
    const s = sheet('CB', [
      ['Họ và tên', 'Chức vụ', 'Trình độ chuyên môn'],
      ['A', 'Chủ tịch', 'Đại học'],
      ['Họ và tên', 'Chức vụ', 'Trình độ chuyên môn'],
      ['B', 'Phó Chủ tịch', 'Đại học'],
    ]);
    // Headers are only looked for near the top or after a blank row, so this repeat is within the first 20 rows.
    const t = readWorkbook(book(s)).tables.staff!;
    expect(t.located.dataRows).toEqual([1, 3]);
    expect(t.rows.map((r) => r.values.name!.value)).toEqual(['A', 'B']);
  });

  test('budget outline by indentation when there is no order column', () => {
    const s = sheet('NS', [
      ['Nội dung', 'Dự toán huyện giao', 'Thực hiện'],
      ['Tổng thu', 300, 100],
      ['  Thu phí, lệ phí', 100, 50],
      ['    Lệ phí chứng thực', 60, 30],
      ['Tổng chi', 200, 80],
      ['b) Chi thường xuyên', 200, 80],
    ]);
    const t = readWorkbook(book(s)).tables.budget!;
    expect(t.rows.map((r) => r.level)).toEqual([1, 2, 3, 1, 3]);
  });

  test('an investment table next to the budget on the same sheet', () => {
    const s = sheet('Tài chính', [
      ['THU CHI NGÂN SÁCH'],
      ['STT', 'Nội dung', 'Dự toán huyện giao', 'Thực hiện'],
      ['I', 'Tổng thu', 300, 100],
      ['II', 'Tổng chi', 200, 80],
      [],
      ['GIẢI NGÂN VỐN ĐẦU TƯ CÔNG (ĐVT: triệu đồng)'],
      ['STT', 'Nguồn vốn', 'Kế hoạch vốn', 'Lũy kế giải ngân', 'Tỷ lệ'],
      ['1', 'Vốn ngân sách huyện', 380, 190, '50%'],
    ]);
    const r = readWorkbook(book(s));
    expect(r.tables.budget!.located.range).toBe('A2:D4');
    const inv = r.tables.investment!;
    expect(inv.located.range).toBe('A7:E8');
    expect(inv.located.unit?.factor).toBe(1e6);
    expect(inv.rows[0].values.disbursed!.value).toBe(190e6);
    expect(inv.rows[0].values.statedPct!.value).toBe(50);
  });
});

describe('robustness', () => {
  test('ragged rows, odd values, huge strings and missing parts never throw', () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.string(),
      fc.constantFrom(
        'Lĩnh vực',
        'Tổng số',
        'Đã giải quyết',
        'Quá hạn',
        'Tổng cộng',
        '(1)',
        '1.234,5',
        '25%',
        'Nội dung',
        'Thực hiện',
        'Ngày',
        'Nơi nhận',
        '-',
        '#REF!',
      ),
      fc.record({ error: fc.constantFrom('#DIV/0!', '#N/A') }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell as fc.Arbitrary<CellValue>, { maxLength: 8 }), { maxLength: 14 }),
        fc.array(fc.constantFrom('A1:B2', 'C3:C9', 'junk', 'Z1:A1'), { maxLength: 3 }),
        (values, merges) => {
          const s = { name: 'X', origin: { row: 0, col: 0 }, values, merges };
          const r = readWorkbook({ sheets: [s, sheet('Biểu 06', BIEU06_ROWS, { merges: BIEU06_MERGES })] });
          expect(r.tables.tthc).toBeDefined();
        },
      ),
      { numRuns: 150 },
    );
    const huge = 'Lĩnh vực '.repeat(50000);
    expect(() =>
      readWorkbook({
        sheets: [
          sheet('H', [
            [huge, 'Tiếp nhận', 'Đã giải quyết'],
            ['a', 1, 2],
          ]),
        ],
      }),
    ).not.toThrow();
    expect(() => readWorkbook({ sheets: [{ name: 'Y', origin: { row: 5, col: 3 }, values: [[1], [], [null, 'x', 'y']] } as never] })).not.toThrow();
  });

  test('a large dossier log is read quickly', () => {
    const rows: CellValue[][] = [['Mã hồ sơ', 'Lĩnh vực', 'Tên thủ tục', 'Kênh nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Trạng thái']];
    for (let i = 0; i < 10000; i++)
      rows.push([`H${i}`, 'Hộ tịch', 'Khai sinh', i % 2 ? 'Trực tuyến' : 'Trực tiếp', 45000 + i / 100, 45003 + i / 100, 45002 + i / 100, 'Đã trả']);
    const t0 = Date.now();
    const r = readWorkbook(book(sheet('Export', rows)));
    expect(r.tables.dossiers!.rows).toHaveLength(10000);
    expect(Date.now() - t0).toBeLessThan(30000); // a guard against quadratic work, not a speed target
  });
});

describe('one-level headers that name a group and its part', () => {
  test('the part written last names the column; values rule out a field of the wrong kind', () => {
    const g = makeGrid(
      sheet('S', [
        [
          'Lĩnh vực',
          'Số hồ sơ tiếp nhận trực tuyến',
          'Số hồ sơ đã giải quyết',
          'Đã giải quyết trước hạn',
          'Đang giải quyết quá hạn',
          'Thực hiện so với dự toán (%)',
        ],
        ['Hộ tịch', 3, 5, 4, 1, 20],
      ]),
    );
    expect(matchHeader(g, SCHEMA.tthc, 0, 1).columns).toEqual({ field: 0, online: 1, resolved: 2, early: 3, pendingOverdue: 4 });
    expect(matchHeader(g, SCHEMA.budget, 0, 1).columns).toEqual({ statedPct: 5 });
    const names = makeGrid(
      sheet('S', [
        ['Họ và tên cán bộ', 'Trình độ'],
        ['Nguyễn Văn A', 'Đại học'],
      ]),
    );
    expect(matchHeader(names, SCHEMA.staff, 0, 1).columns).toEqual({ name: 0, education: 1 });
  });
});
