import { readWorkbook } from '../../../src/core/read';
import type { Issue } from '../../../src/core/issues';
import { hinted, said } from '../../helpers/words';
import { toSerial } from '../../../src/core/format';
import { book, sheet } from './snap';
import { bieu06, budgetSheet, staffSheet, TTHC_COLUMNS } from './fixtures';
import { seedBook } from './seedbook';

const codes = (issues: Issue[]) => issues.map((i) => i.code);
const byCode = (issues: Issue[], code: string) => issues.filter((i) => i.code === code);

describe('readWorkbook: the TTHC Biểu 06 table', () => {
  test('finds it on a sheet with another name, under a title and a unit line, with merged two-level headers', () => {
    const r = readWorkbook(book(bieu06()));
    const t = r.tables.tthc!;
    expect(t.located.sheet).toBe('Biểu 06');
    expect(t.located.range).toBe('A4:L9');
    expect(t.located.headerRows).toEqual([3, 4]);
    expect(t.located.dataRows).toEqual([6, 7, 8]);
    expect(t.located.columns).toEqual(TTHC_COLUMNS);
    expect(t.rows.map((x) => x.values.field!.value)).toEqual(['Hộ tịch', 'Chứng thực', 'Tổng cộng']);
    expect(t.rows.map((x) => x.isTotal)).toEqual([false, false, true]);
    expect(t.rows[0].values.late).toMatchObject({ value: 2, cell: 'I7', raw: 2 });
    expect(t.rows[0].values.pendingOverdue).toMatchObject({ value: 0, cell: 'L7' });
    expect(t.rows[0].values.received!.value).toBe(10);
  });

  test('without merges the upper header is carried right across its blank cells', () => {
    const r = readWorkbook(book(bieu06('Sheet1', false)));
    expect(r.tables.tthc!.located.columns).toEqual(TTHC_COLUMNS);
  });

  test('headers without diacritics and in NFD read the same', () => {
    const s = bieu06('TTHC');
    s.values[3] = s.values[3].map((v) => (typeof v === 'string' ? v.normalize('NFD') : v));
    s.values[4] = [
      '',
      'Tong so',
      'Truc tuyen',
      'Truc tiep',
      'Ky truoc chuyen sang',
      'TONG SO',
      'truoc han',
      'Dung han',
      'Qua han',
      'Tong so',
      'Trong han',
      'Qua han',
    ];
    const r = readWorkbook(book(s));
    expect(r.tables.tthc!.located.columns).toEqual(TTHC_COLUMNS);
    expect(r.tables.tthc!.rows[0].values.field!.text).toBe('Hộ tịch');
  });

  test('the numbering row is not data, and a header with line breaks still matches', () => {
    const s = bieu06();
    s.values[3][5] = 'Số hồ sơ\nđã giải quyết';
    const r = readWorkbook(book(s));
    expect(r.tables.tthc!.located.dataRows).not.toContain(5);
    expect(r.tables.tthc!.located.columns.resolved).toBe(5);
    expect(r.tables.tthc!.located.columns.late).toBe(8);
  });

  test('a count typed as a word is a type-error naming the table and the column; a blank count is missing-cell', () => {
    const s = bieu06();
    s.values[6][2] = 'tám';
    s.values[7][3] = null;
    const r = readWorkbook(book(s));
    const te = byCode(r.issues, 'type-error');
    expect(te).toHaveLength(1);
    expect(te[0]).toMatchObject({ severity: 'error', sheet: 'Biểu 06', cell: 'C7', table: 'tthc', field: 'online' });
    expect(said(te[0])).toContain('Kết quả giải quyết TTHC');
    expect(said(te[0])).toContain('Trực tuyến');
    expect(said(te[0])).toContain('tám');
    expect(hinted(te[0])).toBeTruthy();
    expect(r.tables.tthc!.rows[0].values.online!.value).toBeNull();
    const mc = byCode(
      r.issues.filter((i) => i.table === 'tthc'),
      'missing-cell',
    );
    expect(mc).toHaveLength(1);
    expect(mc[0]).toMatchObject({ severity: 'error', cell: 'D8', field: 'direct' });
  });

  test('TCVN3 and VNI text is converted, matched, and flagged once per cell with the converted text', () => {
    const s = bieu06();
    s.values[3][0] = 'LÜnh vùc';
    s.values[6][0] = 'Hé tÞch';
    s.values[7][0] = 'Hoä tòch';
    s.fonts = s.values.map(() => new Array(12).fill(null));
    s.fonts[3][0] = '.VnTime';
    s.fonts[6][0] = '.VnTimeH';
    s.fonts[7][0] = 'VNI-Times';
    const r = readWorkbook(book(s));
    const t = r.tables.tthc!;
    expect(t.located.columns.field).toBe(0);
    // A font ending in H draws capitals.
    expect(t.rows.map((x) => x.values.field!.value)).toEqual(['HỘ TỊCH', 'Hộ tịch', 'Tổng cộng']);
    expect(t.rows[0].values.field!.raw).toBe('Hé tÞch');
    // One warning per sheet and encoding: the two TCVN3 cells together (their count, range and first text), the VNI cell alone.
    const le = byCode(r.issues, 'legacy-encoding');
    expect(le.map((i) => i.cell)).toEqual(['A4:A7', 'A8']);
    expect(le.every((i) => i.severity === 'warning')).toBe(true);
    expect(said(le[0])).toMatch(/^2 ô ở A4:A7 .*TCVN3/);
    expect(hinted(le[0])).toContain('ô A4');
    expect(hinted(le[1])).toContain('Hộ tịch');
    expect(said(le[1])).toContain('VNI');
  });

  test('formula errors as error values and as text', () => {
    const s = bieu06();
    s.values[6][5] = { error: '#DIV/0!' };
    s.values[7][5] = '#REF!';
    const r = readWorkbook(book(s));
    const fe = byCode(r.issues, 'formula-error');
    expect(fe.map((i) => i.cell)).toEqual(['F7', 'F8']);
    expect(said(fe[0])).toContain('#DIV/0!');
    // Each error's hint names its own usual cause (tester 6 item 23): #REF! is a deleted reference, not a division by zero.
    expect(hinted(fe[0])).toContain('chia cho 0');
    expect(hinted(fe[1])).toContain('tham chiếu đến ô, dòng hoặc sheet đã xóa');
    expect(hinted(fe[1])).not.toContain('chia cho 0');
    expect(hinted(fe[1], 'en')).toContain('deleted cell');
    expect(r.tables.tthc!.rows[0].values.resolved!.value).toBeNull();
    expect(
      byCode(
        r.issues.filter((i) => i.table === 'tthc'),
        'missing-cell',
      ),
    ).toHaveLength(0);
  });

  test('a division typed in a percent column: not a number, and the hint asks for a percentage (tester 6 item 23)', () => {
    const s = budgetSheet();
    s.values[4][5] = '1095/5763';
    const r = readWorkbook(book(s));
    const nan = r.issues.find((i) => i.sentence === 'not-a-number' && i.cell === 'F5');
    expect(said(nan)).toContain('1095/5763');
    expect(hinted(nan)).toContain('ví dụ 19 hoặc 19%');
    expect(hinted(nan)).not.toContain('1.234');
    // Elsewhere the number hint stays.
    s.values[4][5] = '19';
    s.values[4][4] = 'một triệu';
    const other = readWorkbook(book(s)).issues.find((i) => i.sentence === 'not-a-number' && i.cell === 'E5');
    expect(hinted(other)).toContain('ví dụ 1.234 hoặc 12,5');
  });

  test('two columns naming the same field: duplicate-label, the first is kept', () => {
    const s = sheet('TTHC', [
      ['Lĩnh vực', 'Tổng số hồ sơ tiếp nhận', 'Trực tuyến', 'Nộp trực tuyến', 'Đã giải quyết'],
      ['Hộ tịch', 5, 3, 3, 5],
    ]);
    const r = readWorkbook(book(s));
    expect(r.tables.tthc!.located.columns.online).toBe(2);
    const d = byCode(r.issues, 'duplicate-label');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ severity: 'warning', cell: 'D1', field: 'online' });
  });

  test('a required column not found: missing-label', () => {
    const s = sheet('TTHC', [
      ['Lĩnh vực', 'Số hồ sơ tiếp nhận', 'Trực tuyến', 'Trực tiếp'],
      ['Hộ tịch', 5, 3, 2],
    ]);
    const r = readWorkbook(book(s));
    const ml = byCode(r.issues, 'missing-label');
    expect(ml.map((i) => i.field)).toEqual(['resolved']);
    expect(ml[0]).toMatchObject({ severity: 'error', sheet: 'TTHC', table: 'tthc' });
  });

  test('single-level "Quá hạn" twice: resolved late first, then pending overdue', () => {
    const s = sheet('S', [
      ['Lĩnh vực', 'Tiếp nhận', 'Đã giải quyết', 'Quá hạn', 'Đang giải quyết', 'Quá hạn'],
      ['Hộ tịch', 5, 4, 1, 1, 0],
    ]);
    const c = readWorkbook(book(s)).tables.tthc!.located.columns;
    expect(c).toMatchObject({ received: 1, resolved: 2, late: 3, pending: 4, pendingOverdue: 5 });
  });
});

describe('readWorkbook: budget', () => {
  test('reads the unit line and converts every amount to đồng; numbers as text in Vietnamese form; levels', () => {
    const r = readWorkbook(book(budgetSheet()));
    const t = r.tables.budget!;
    expect(t.located.range).toBe('A3:F7');
    expect(t.located.unit).toEqual({ factor: 1000, text: expect.stringContaining('nghìn đồng'), source: { sheet: 'Thu chi', cell: 'E2' } });
    expect(t.rows[0].values.actual!.value).toBe(1464000000);
    expect(t.rows[1].values.estimateSuperior!.value).toBe(5700000000);
    expect(t.rows[1].values.actual!.value).toBe(1095000000);
    expect(t.rows[2].values.statedPct!.value).toBe(25);
    expect(t.rows[3].values.statedPct!.value).toBeCloseTo(20.35);
    expect(t.rows.map((x) => x.level)).toEqual([1, 2, 2, 1]);
    const nat = byCode(r.issues, 'number-as-text');
    expect(nat.map((i) => i.cell)).toEqual(['C5', 'E5', 'F5', 'F6', 'E7', 'F7']);
    expect(nat[0].severity).toBe('warning');
    expect(said(nat[1])).toContain('1.095.000');
  });

  test('a unit in the header text; English number text; amounts scaled per column', () => {
    const s = sheet('NS', [
      ['Nội dung', 'Dự toán cấp trên giao (triệu đồng)', 'Thực hiện (triệu đồng)'],
      ['Thu ngân sách', '1,500.5', '1,234'],
      ['Chi ngân sách', '2,000', '12.5'],
    ]);
    const t = readWorkbook(book(s)).tables.budget!;
    expect(t.located.unit?.factor).toBe(1e6);
    expect(t.rows[0].values.estimateSuperior!.value).toBeCloseTo(1500.5e6);
    expect(t.rows[0].values.actual!.value).toBe(1234e6);
    expect(t.rows[1].values.actual!.value).toBe(12.5e6);
  });

  test('no unit written: đồng is assumed and said so', () => {
    const s = sheet('NS', [
      ['Nội dung', 'Dự toán giao', 'Thực hiện'],
      ['Thu', 100, 50],
    ]);
    const r = readWorkbook(book(s));
    expect(r.tables.budget!.located.unit).toEqual({ factor: 1, text: 'đồng (mặc định)' });
    expect(r.issues.some((i) => i.table === 'budget' && i.severity === 'info' && said(i).includes('đơn vị'))).toBe(true);
  });
});

describe('readWorkbook: staff, survey, indicators, documents', () => {
  test('staff per person at an origin offset, headers without diacritics, categories and education levels', () => {
    const r = readWorkbook(book(staffSheet()));
    const t = r.tables.staff!;
    expect(t.located.range).toBe('C4:G8');
    expect(t.rows.map((x) => x.values.category!.value)).toEqual(['canBo', 'congChuc', 'canBo', 'khongChuyenTrach']);
    expect(t.rows.map((x) => x.values.education!.value)).toEqual(['university', 'postgraduate', 'none', 'secondary']);
    expect(t.rows[0].values.name).toMatchObject({ value: 'Nguyễn Văn A', cell: 'D5' });
  });

  test('an unknown education level is a constraint-error', () => {
    const s = staffSheet();
    // ("Lớp 12", a school grade, is general education: test/generality/staff-rows.test.ts.)
    s.values[3][4] = 'Loại giỏi';
    const r = readWorkbook(book(s));
    const ce = byCode(r.issues, 'constraint-error');
    expect(ce).toHaveLength(1);
    expect(ce[0]).toMatchObject({ cell: 'G6', field: 'education', table: 'staff', severity: 'error' });
  });

  test('two tables on one sheet separated by blank rows; a blank row inside a table; percents in all forms', () => {
    const s = sheet(
      'Khác',
      [
        ['KẾT QUẢ KHẢO SÁT MỨC ĐỘ HÀI LÒNG'],
        ['Mức độ', 'Tỷ lệ'],
        ['Rất hài lòng'.normalize('NFD'), '45,5%'],
        ['Hài lòng', 0.3],
        [null, null],
        ['Bình thường', 20],
        ['Không hài lòng', '4,5'],
        [null, null],
        [null, null],
        ['CHỈ TIÊU CHỦ YẾU'],
        ['Chỉ tiêu', 'Kế hoạch (%)', 'Thực hiện (%)'],
        ['Tỷ lệ hài lòng', 90, '98,23'],
      ],
      { formats: { B4: '0.0%' } },
    );
    const r = readWorkbook(book(s));
    const sv = r.tables.survey!;
    expect(sv.located.range).toBe('A2:B7');
    expect(sv.rows.map((x) => x.values.level!.value)).toEqual(['veryHigh', 'high', 'neutral', 'low']);
    expect(sv.rows.map((x) => x.values.share!.value)).toEqual([45.5, 30, 20, 4.5]);
    expect(byCode(r.issues, 'blank-row')).toEqual([expect.objectContaining({ cell: 'A5:B5', table: 'survey', severity: 'info' })]);
    const ind = r.tables.indicators!;
    expect(ind.located.range).toBe('A11:C12');
    expect(ind.rows[0].values.actual!.value).toBeCloseTo(98.23);
  });

  test('documents: dates as serials with a date format, dd/mm/yyyy text and ngày ... tháng ... năm; a bad date', () => {
    const s = sheet(
      'Sổ văn bản',
      [
        ['Số, ký hiệu', 'Ngày ban hành', 'Trích yếu'],
        ['175/QĐ-UBND', toSerial(2023, 3, 1), 'Quyết định ban hành kế hoạch CCHC'],
        ['66/UBND', '05/04/2023', 'Về việc ...'],
        ['08/KH-UBND', 'ngày 14 tháng 7 năm 2023', 'Kế hoạch ...'],
        ['09/KH-UBND', '32/13/2023', 'Kế hoạch ...'],
      ],
      { formats: { B2: 'dd/mm/yyyy' } },
    );
    const r = readWorkbook(book(s));
    const d = r.tables.documents!;
    expect(d.rows.map((x) => x.values.date!.value)).toEqual([toSerial(2023, 3, 1), toSerial(2023, 4, 5), toSerial(2023, 7, 14), null]);
    expect(byCode(r.issues, 'type-error')).toEqual([expect.objectContaining({ cell: 'B5', field: 'date' })]);
  });
});

describe('readWorkbook: the whole workbook', () => {
  test('each table on its own sheet; report sheet skipped; missing tables reported by severity', () => {
    const report = sheet(
      'Báo cáo',
      [
        ['Lĩnh vực', 'Tiếp nhận', 'Đã giải quyết'],
        ['X', 1, 1],
      ],
      { madeByAddin: true },
    );
    const r = readWorkbook(book(report, budgetSheet(), staffSheet()));
    expect(r.tables.tthc).toBeUndefined();
    const mt = byCode(r.issues, 'missing-table');
    expect(mt.find((i) => i.table === 'tthc')?.severity).toBe('error');
    expect(mt.find((i) => i.table === 'survey')?.severity).toBe('info');
    expect(mt.find((i) => i.table === 'dossiers')).toBeUndefined();
    expect(mt.find((i) => i.table === 'budget')).toBeUndefined();
  });

  test('a dossier log satisfies the TTHC requirement', () => {
    const s = sheet('Export', [
      ['Mã hồ sơ', 'Lĩnh vực', 'Tên thủ tục', 'Kênh nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Trạng thái'],
      ['H1', 'Hộ tịch', 'Đăng ký khai sinh', 'Trực tuyến', '03/01/2023 08:15', '05/01/2023 17:00', '04/01/2023 10:00', 'Đã trả kết quả'],
      ['H2', 'Chứng thực', 'Chứng thực bản sao', 'Qua bưu chính', '03/01/2023', '03/01/2023', null, 'Đang xử lý'],
    ]);
    const r = readWorkbook(book(s, budgetSheet(), staffSheet()));
    expect(r.tables.dossiers!.rows.map((x) => x.values.channel!.value)).toEqual(['online', 'postal']);
    expect(r.tables.dossiers!.rows[0].values.receivedAt!.value).toBeCloseTo(toSerial(2023, 1, 3, 8, 15));
    expect(r.tables.tthc).toBeUndefined();
    expect(byCode(r.issues, 'missing-table').filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('an empty workbook: every table is missing and nothing throws', () => {
    const r = readWorkbook({ sheets: [] });
    expect(Object.keys(r.tables)).toEqual([]);
    expect(codes(r.issues).every((c) => c === 'missing-table')).toBe(true);
    expect(r.info.decimals).toBe(1);
  });
});

describe('readWorkbook: overrides', () => {
  test('a table pinned to a range uses its first row as header; a field pinned to a column wins', () => {
    const s = sheet('Số liệu', [['ghi chép'], ['Nhóm', 'Nhận', 'Mạng', 'Tại chỗ', 'Xong'], ['Hộ tịch', 5, 3, 2, 5], ['Đất đai', 2, 0, 2, 1]]);
    const r = readWorkbook(book(s), {
      tables: { tthc: { sheet: 'Số liệu', range: 'A2:E4' } },
      fields: { tthc: { field: 'A', received: 'B', online: 'C', direct: 'D', resolved: 'E' } },
    });
    const t = r.tables.tthc!;
    expect(t.located.pinned).toBe(true);
    expect(t.located.range).toBe('A2:E4');
    expect(t.located.columns).toEqual({ field: 0, received: 1, online: 2, direct: 3, resolved: 4 });
    expect(t.rows.map((x) => x.values.online!.value)).toEqual([3, 0]);
  });

  test('a field pin moves a column away from the field matching chose', () => {
    const r = readWorkbook(book(bieu06()), { fields: { tthc: { online: 'D' } } });
    const c = r.tables.tthc!.located.columns;
    expect(c.online).toBe(3);
    expect(c.direct).toBeUndefined();
    expect(r.tables.tthc!.located.pinned).toBe(true);
  });
});

describe('readWorkbook: a workbook kept for the seed report', () => {
  test('every table is found on its sheet, with its range, and the seed errors are read as written', () => {
    const r = readWorkbook(seedBook());
    const where = Object.fromEntries(Object.entries(r.tables).map(([k, t]) => [k, `${t!.located.sheet}!${t!.located.range}`]));
    expect(where).toEqual({
      info: 'Thông tin!A1:B9',
      indicators: 'Chỉ tiêu!A1:C3',
      survey: 'Khảo sát!A1:B5',
      documents: 'VB đi!A2:D6',
      tthc: 'Biểu 06!A4:L9',
      staff: 'CBCC!A1:D5',
      budget: 'Ngân sách!A3:F7',
      investment: 'Đầu tư!A1:E2',
    });
    expect(r.info.recipients).toEqual(['UBND huyện Ba Tơ', 'Phòng Nội vụ huyện', 'Lưu: VT.']);
    expect(r.info.periodStart).toBe(toSerial(2022, 7, 8));
    const b = r.tables.budget!;
    // The unit slip stays as written (1.464.000 in a table in đồng): the checks name it.
    expect(b.rows[0].values.actual!.value).toBe(1464000);
    expect(b.rows[2].values.actual!.value).toBe(369000000);
    expect(r.tables.investment!.rows[0].values.statedPct!.value).toBe(50);
    const nat = byCode(r.issues, 'number-as-text').find((i) => i.cell === 'E4');
    expect(said(nat)).toContain('đã đọc là 1.464.000');
    expect(said(nat, 'en')).toContain('read as 1,464,000');
    expect(byCode(r.issues, 'missing-table').map((i) => i.table)).toEqual(['narrative']);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('readWorkbook: more overrides and layouts', () => {
  test('a pin to a sheet that is gone is said, and the table is looked for as usual', () => {
    const r = readWorkbook(book(bieu06()), { tables: { tthc: { sheet: 'Cũ', range: 'A1:C5' } } });
    expect(r.tables.tthc).toBeUndefined();
    const mt = byCode(r.issues, 'missing-table').filter((i) => i.table === 'tthc');
    expect(mt.map((i) => said(i)).join(' ')).toContain('«Cũ» A1:C5');
  });

  test('the info block pinned to a range', () => {
    const s = sheet('Tờ 1', [['Ngày báo cáo', '01/01/2020'], [], ['Ngày báo cáo', '05/04/2023'], ['Địa danh', 'Ba Bích']]);
    const r = readWorkbook(book(s), { tables: { info: { sheet: 'Tờ 1', range: 'A3:B4' } } });
    expect(r.info.reportDate).toBe(toSerial(2023, 4, 5));
    expect(r.tables.info!.located.pinned).toBe(true);
  });

  test('a title line right above the next table is not a row of the table before it', () => {
    const s = sheet('Tổng hợp', [['Mức độ', 'Tỷ lệ'], ['Rất hài lòng', 60], ['Hài lòng', 40], ['CÁN BỘ, CÔNG CHỨC'], ['Trình độ', 'Số lượng'], ['Đại học', 5]]);
    const r = readWorkbook(book(s));
    expect(r.tables.survey!.located.dataRows).toEqual([1, 2]);
    expect(r.tables.staff!.located.range).toBe('A5:B6');
    expect(byCode(r.issues, 'type-error')).toEqual([]);
  });
});

describe('readWorkbook: revenue and expenditure kept apart', () => {
  test('a "Thu" table and a "Chi" table on two sheets make one budget; a copy of the same side does not join', () => {
    const thu = sheet('Thu NS', [
      ['STT', 'Nội dung', 'Dự toán huyện giao', 'Thực hiện'],
      ['I', 'Tổng thu ngân sách', 300, 100],
      ['1', 'Thu phí, lệ phí', 300, 100],
    ]);
    const chi = sheet('Chi NS', [
      ['STT', 'Nội dung', 'Dự toán huyện giao', 'Thực hiện'],
      ['I', 'Tổng chi ngân sách', 200, 80],
    ]);
    const old = sheet('Thu NS (cũ)', [
      ['STT', 'Nội dung', 'Dự toán huyện giao', 'Thực hiện'],
      ['I', 'Tổng thu ngân sách', 250, 90],
    ]);
    const r = readWorkbook(book(thu, old, chi));
    const rows = r.tables.budget!.rows;
    expect(rows.map((x) => [x.sheet, x.values.content!.value])).toEqual([
      ['Thu NS', 'Tổng thu ngân sách'],
      ['Thu NS', 'Thu phí, lệ phí'],
      ['Chi NS', 'Tổng chi ngân sách'],
    ]);
    expect(r.tables.budget!.located.sheet).toBe('Thu NS');
    // Both parts are named where the tables found are listed (tester 11 item 2).
    expect(r.tables.budget!.located.parts).toEqual([
      { sheet: 'Thu NS', range: 'A1:D3' },
      { sheet: 'Chi NS', range: 'A1:D2' },
    ]);
  });
});
