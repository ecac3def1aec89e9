/**
 * Tables that look like the commune's own but are another kind (tester 13 items 1–5, 7, 11, 12, 18, 23): words of the
 * title, the sheet's name or the header set them aside (schema `evidence.setAside`, `against`), whatever their values.
 * Alone, the table is missing and an info note names the sheet and the words; beside the real table, the real one is
 * read. Workbooks written with exceljs and read back through the whole pipeline.
 */
import ExcelJS from 'exceljs';
import type { Analysis } from '../../../src/core/analyze';
import type { TableName } from '../../../src/core/schema/types';
import { put, roundTrip, located, brief } from '../../generality/harness';
import { said } from '../../helpers/words';
import { toTcvn3 } from '../../helpers/legacyEncoders';

type Rows = (ExcelJS.CellValue | undefined)[][];

function book(...sheets: [string, Rows][]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of sheets) put(wb.addWorksheet(name), 1, rows);
  return wb;
}

/** The info note that names `sheet` as set aside for `table`, in Vietnamese. */
function setAsideNote(a: Analysis, table: TableName, sheet: string): string {
  return said(a.issues.find((i) => i.code === 'missing-table' && i.table === table && i.sheet === sheet && i.severity === 'info'));
}

/** Errors on the look-alike's sheet (a set-aside table is not checked). */
const errorsOn = (a: Analysis, sheet: string) => brief(a).filter((l) => l.startsWith('error') && l.includes(` ${sheet}!`));

const OUTGOING: Rows = [
  ['SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2025'],
  [],
  ['STT', 'Số, ký hiệu văn bản', 'Ngày tháng văn bản', 'Tên loại và trích yếu nội dung', 'Người ký'],
  [1, '14/QĐ-UBND', '12/02/2025', 'Quyết định kiện toàn bộ phận một cửa', 'Chủ tịch'],
  [2, '15/UBND', '20/02/2025', 'V/v rà soát thủ tục hành chính', 'Phó Chủ tịch'],
];

const INCOMING: Rows = [
  ['SỔ ĐĂNG KÝ CÔNG VĂN ĐẾN NĂM 2025'],
  [],
  ['Ngày đến', 'Số đến', 'Nơi gửi', 'Số, ký hiệu', 'Ngày tháng', 'Trích yếu nội dung', 'Người nhận'],
  ['04/02/2025', 7, 'UBND huyện', '31/KH-UBND', '01/02/2025', 'Kế hoạch kiểm tra công tác cải cách hành chính', 'Văn phòng'],
  ['10/02/2025', 8, 'Sở Tư pháp', '102/STP-HCTP', '06/02/2025', 'Hướng dẫn chứng thực bản sao điện tử', 'Tư pháp'],
  ['15/02/2025', 9, 'UBND tỉnh', '44/QĐ-UBND', '12/02/2025', 'Quyết định công bố danh mục thủ tục hành chính', 'Văn phòng'],
];

describe('documents: a register of documents received or a list of laws in force is not the register of documents issued', () => {
  it('an incoming register alone: no documents table, a note naming its sheet and «số đến»', async () => {
    const a = await roundTrip(book(['CV đến', INCOMING]));
    expect(a.tables.documents).toBeUndefined();
    expect(a.figures.documents).toBeNull();
    expect(setAsideNote(a, 'documents', 'CV đến')).toMatch(/«số đến»/);
  });

  it('a list of the legal documents in force (issuers, «Tình trạng hiệu lực»): no documents table', async () => {
    const a = await roundTrip(
      book([
        'Văn bản pháp luật',
        [
          ['DANH MỤC VĂN BẢN LÀM CĂN CỨ'],
          ['STT', 'Số, ký hiệu', 'Ngày ban hành', 'Cơ quan ban hành', 'Trích yếu nội dung', 'Tình trạng hiệu lực'],
          [1, '118/2025/NĐ-CP', '09/06/2025', 'Chính phủ', 'Về thực hiện thủ tục hành chính theo cơ chế một cửa', 'Còn hiệu lực'],
          [2, '03/2024/TT-BNV', '15/03/2024', 'Bộ Nội vụ', 'Quy định chế độ báo cáo công tác cải cách hành chính', 'Còn hiệu lực'],
        ],
      ]),
    );
    expect(a.tables.documents).toBeUndefined();
    expect(setAsideNote(a, 'documents', 'Văn bản pháp luật')).toMatch(/«tình trạng hiệu lực»/);
  });

  it('control: a register of documents sent and received («Ngày đi/Ngày đến» in one column) is read', async () => {
    const rows = OUTGOING.map((r, i) => (i === 0 ? ['SỔ THEO DÕI VĂN BẢN ĐI, ĐẾN'] : i === 2 ? [...r, 'Ngày đi/Ngày đến'] : i > 2 ? [...r, '25/02/2025'] : r));
    const a = await roundTrip(book(['Sổ VB', rows]));
    expect(located(a, 'documents')).toEqual({ sheet: 'Sổ VB', range: 'A3:F5' });
    expect(a.figures.documents?.total).toBe(2);
  });

  it('control: beside a bigger incoming register, the outgoing register is read', async () => {
    const a = await roundTrip(book(['Đến', INCOMING], ['Đi', OUTGOING]));
    expect(located(a, 'documents')).toEqual({ sheet: 'Đi', range: 'A3:E5' });
    expect(a.figures.documents).toEqual({ total: 2, byType: { 'Quyết định': 1, 'Công văn': 1 } });
  });
});

const STAFF: Rows = [
  ['DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ'],
  [],
  ['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'],
  [1, 'Hà Văn Lâm', 'Chủ tịch UBND', 'Cán bộ', 'Đại học'],
  [2, 'Võ Thị Hạnh', 'Công chức Văn phòng - Thống kê', 'Công chức', 'Đại học'],
  [3, 'Lò Văn Sơn', 'Công chức Địa chính', 'Công chức', 'Trung cấp'],
  [4, 'Đỗ Thị Yến', 'Công chức Tư pháp - Hộ tịch', 'Công chức', 'Thạc sĩ'],
];

const PARTY: Rows = [
  ['DANH SÁCH ĐẢNG VIÊN CHI BỘ CƠ QUAN'],
  [],
  ['STT', 'Họ và tên', 'Năm sinh', 'Ngày vào Đảng', 'Chức vụ', 'Trình độ chuyên môn'],
  [1, 'Hà Văn Lâm', 1978, '10/05/2001', 'Bí thư chi bộ', 'Đại học'],
  [2, 'Bùi Văn Khánh', 1965, '02/09/1990', 'Đảng viên', 'Trung cấp'],
  [3, 'Mai Thị Thu', 1992, '19/05/2016', 'Phó Bí thư', 'Cao đẳng'],
  [4, 'Lý Văn Tài', 1959, '03/02/1985', 'Đảng viên', 'Sơ cấp'],
  [5, 'Tạ Thị Hoa', 1988, '06/01/2012', 'Đảng viên', 'Đại học'],
];

describe('staff: lists of party members, applicants, trainees or village workers are not the commune staff list', () => {
  it.each<[string, string, Rows, RegExp]>([
    ['party members', 'Đảng viên', PARTY, /«đảng viên»/],
    [
      'applicants',
      'Tuyển dụng',
      [
        ['KẾT QUẢ XÉT TUYỂN: DANH SÁCH THÍ SINH'],
        ['STT', 'Họ và tên', 'Ngày sinh', 'Trình độ chuyên môn', 'Vị trí dự tuyển'],
        [1, 'Kim Văn Phúc', '03/04/1998', 'Đại học', 'Công chức Văn hóa - Xã hội'],
        [2, 'Lương Thị Gấm', '21/12/2000', 'Cao đẳng', 'Công chức Văn phòng - Thống kê'],
      ],
      /«thí sinh»/,
    ],
    [
      'trainees of a course',
      'Tập huấn',
      [
        ['DANH SÁCH HỌC VIÊN LỚP TẬP HUẤN NGHIỆP VỤ MỘT CỬA'],
        ['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Đơn vị công tác', 'Trình độ chuyên môn'],
        [1, 'Âu Văn Bảo', 'Công chức Văn phòng', 'Công chức', 'UBND xã Sơn Hà', 'Đại học'],
        [2, 'Nông Thị Lan', 'Công chức Tư pháp', 'Công chức', 'UBND xã Sơn Kỳ', 'Đại học'],
        [3, 'Triệu Văn Định', 'Phó Chủ tịch', 'Cán bộ', 'UBND xã Sơn Ba', 'Thạc sĩ'],
      ],
      /«học viên»/,
    ],
    [
      'village part-time workers',
      'KCT thôn',
      [
        ['DANH SÁCH NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH Ở THÔN'],
        ['STT', 'Họ và tên', 'Thôn', 'Chức danh', 'Trình độ chuyên môn', 'Mức phụ cấp'],
        [1, 'Hoàng Văn Chiến', 'Thôn Gò Da', 'Trưởng thôn', 'Trung cấp', 1.5],
        [2, 'Đinh Thị Xuân', 'Thôn Nước Lăng', 'Chi hội trưởng Phụ nữ', 'Sơ cấp', 1.2],
      ],
      /«ở thôn»/,
    ],
    [
      'poor households (tester 15 item 8, T28)',
      'Hộ nghèo',
      [
        ['DANH SÁCH HỘ NGHÈO, HỘ CẬN NGHÈO NĂM 2025'],
        ['STT', 'Họ và tên chủ hộ', 'Năm sinh', 'Thôn', 'Số nhân khẩu', 'Loại hộ', 'Trình độ'],
        [1, 'Nguyễn Văn Dũng', 1970, 'Thôn 1', 5, 'Nghèo', 'Chưa qua đào tạo'],
        [2, 'Phạm Thị Én', 1982, 'Thôn 2', 4, 'Cận nghèo', 'Trung cấp'],
        [3, 'Đinh Văn Giàu', 1965, 'Thôn 3', 3, 'Nghèo', 'Chưa qua đào tạo'],
      ],
      /«hộ nghèo»/,
    ],
    [
      'household heads without a title',
      'Danh sách',
      [
        ['STT', 'Họ và tên chủ hộ', 'Số nhân khẩu', 'Loại hộ', 'Trình độ chuyên môn'],
        [1, 'Nguyễn Văn Dũng', 5, 'Nghèo', 'Chưa qua đào tạo'],
        [2, 'Phạm Thị Én', 4, 'Cận nghèo', 'Trung cấp'],
      ],
      /«chủ hộ»/,
    ],
  ])('%s alone: no staff table, staff figures null, no error on the list', async (_kind, name, rows, word) => {
    const a = await roundTrip(book([name, rows]));
    expect(a.tables.staff).toBeUndefined();
    expect(a.figures.staff).toBeNull();
    expect(errorsOn(a, name)).toEqual([]);
    expect(setAsideNote(a, 'staff', name)).toMatch(word);
  });

  it('control: beside a bigger party list, the staff list is read', async () => {
    const a = await roundTrip(book(['Đảng viên', PARTY], ['CBCC', STAFF]));
    expect(located(a, 'staff')).toEqual({ sheet: 'CBCC', range: 'A3:E7' });
    const s = a.figures.staff!;
    expect([s.total, s.canBo, s.congChuc]).toEqual([4, 1, 3]);
    expect(s.education.university).toEqual({ count: 2, pct: 50 });
    expect(s.education.postgraduate).toEqual({ count: 1, pct: 25 });
    expect(s.education.secondary).toEqual({ count: 1, pct: 25 });
    expect(errorsOn(a, 'Đảng viên')).toEqual([]);
  });

  it('a staff record with a «Ngày vào Đảng» column is still the staff list', async () => {
    const rows = STAFF.map((r, i) => (i < 2 ? r : [...r, i === 2 ? 'Ngày vào Đảng' : '01/01/2010']));
    const a = await roundTrip(book(['CBCC', rows]));
    expect(located(a, 'staff')).toEqual({ sheet: 'CBCC', range: 'A3:F7' });
    expect(a.figures.staff?.total).toBe(4);
  });
});

const RECEPTION: Rows = [
  ['BÁO CÁO CÔNG TÁC TIẾP CÔNG DÂN, XỬ LÝ ĐƠN KIẾN NGHỊ, PHẢN ÁNH QUÝ II/2025'],
  [],
  ['STT', 'Lĩnh vực', 'Số đơn tiếp nhận', 'Trực tiếp', 'Qua bưu chính', 'Đã giải quyết', 'Đang giải quyết', 'Quá hạn'],
  [1, 'Đất đai', 9, 7, 2, 6, 3, 1],
  [2, 'Môi trường', 4, 4, 0, 4, 0, 0],
  [3, 'Chính sách', 6, 5, 1, 5, 1, 0],
];

const TTHC: Rows = [
  ['KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH QUÝ II/2025'],
  [],
  ['STT', 'Lĩnh vực', 'Tổng số hồ sơ tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết'],
  [1, 'Hộ tịch', 80, 30, 50, 78, 40, 37, 1, 2],
  [2, 'Chứng thực', 120, 20, 100, 120, 100, 20, 0, 0],
];

describe('tthc: citizen reception and petitions are not the TTHC results', () => {
  it('a reception summary alone: no tthc table, tthc null, a note naming «tiếp công dân»', async () => {
    const a = await roundTrip(book(['Tiếp công dân', RECEPTION]));
    expect(a.tables.tthc).toBeUndefined();
    expect(a.figures.tthc).toBeNull();
    expect(a.issues.some((i) => i.code === 'missing-table' && i.table === 'tthc' && i.severity === 'error')).toBe(true);
    expect(setAsideNote(a, 'tthc', 'Tiếp công dân')).toMatch(/«tiếp công dân»/);
  });

  it('control: beside it, the TTHC table is read', async () => {
    const a = await roundTrip(book(['Tiếp công dân', RECEPTION], ['TTHC', TTHC]));
    expect(located(a, 'tthc')?.sheet).toBe('TTHC');
    const t = a.figures.tthc!;
    expect([t.received, t.online, t.resolved, t.late, t.pending]).toEqual([200, 50, 198, 1, 2]);
  });
});

const FUND: Rows = [
  ['QUYẾT TOÁN THU, CHI QUỸ ĐỀN ƠN ĐÁP NGHĨA XÃ NĂM 2024'],
  ['ĐVT: đồng'],
  ['STT', 'Nội dung', 'Kế hoạch', 'Thực hiện'],
  ['I', 'Tồn quỹ đầu năm', null, 8000000],
  ['II', 'Tổng thu', 30000000, 32000000],
  ['III', 'Tổng chi', 35000000, 31000000],
  ['IV', 'Tồn quỹ cuối năm', null, 9000000],
];

const BUDGET: Rows = [
  ['THU CHI NGÂN SÁCH XÃ NĂM 2024'],
  ['ĐVT: đồng'],
  ['STT', 'Nội dung', 'Dự toán HĐND xã giao', 'Thực hiện'],
  ['I', 'Tổng thu ngân sách xã', 6000000000, 6300000000],
  ['II', 'Tổng chi ngân sách xã', 5800000000, 5600000000],
];

describe('budget: a fund’s receipts and payments are not the commune budget', () => {
  it('a fund alone: no budget table, no indicators either, budget null', async () => {
    const a = await roundTrip(book(['Quỹ ĐƠĐN', FUND]));
    expect(a.tables.budget).toBeUndefined();
    expect(a.tables.indicators).toBeUndefined();
    expect(a.figures.budget).toBeNull();
    expect(setAsideNote(a, 'budget', 'Quỹ ĐƠĐN')).toMatch(/«quỹ»/);
    expect(errorsOn(a, 'Quỹ ĐƠĐN')).toEqual([]);
  });

  it('control: beside it, the budget is read; a quarter («QUÝ») is no fund', async () => {
    const quarter = BUDGET.map((r, i) => (i === 0 ? ['THU CHI NGÂN SÁCH XÃ QUÝ IV NĂM 2024'] : r));
    const a = await roundTrip(book(['Quỹ ĐƠĐN', FUND], ['Ngân sách', quarter]));
    expect(located(a, 'budget')?.sheet).toBe('Ngân sách');
    expect(a.figures.budget?.revenue.actual).toBe(6300000000);
    expect(a.figures.budget?.expenditure.estimateCouncil).toBe(5800000000);
  });
});

describe('indicators: targets in other units are not the CCHC indicators in %', () => {
  const KTXH: Rows = [
    ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2024'],
    [],
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
    [1, 'Sản lượng lương thực có hạt', 'tấn', 9500, 9800],
    [2, 'Diện tích lúa', 'ha', 620, 615],
    [3, 'Tỷ lệ hộ nghèo', '%', 4, 3.6],
  ];

  it('socio-economic targets with a unit column: no indicators, no budget, no errors', async () => {
    const a = await roundTrip(book(['KTXH', KTXH]));
    expect(a.tables.indicators).toBeUndefined();
    expect(a.tables.budget).toBeUndefined();
    expect(a.figures.indicators).toBeNull();
    expect(errorsOn(a, 'KTXH')).toEqual([]);
  });

  it('control: a unit column saying % on every row is read', async () => {
    const a = await roundTrip(
      book([
        'Chỉ tiêu CCHC',
        [
          ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'],
          [1, 'Tỷ lệ hồ sơ giải quyết đúng hạn', '%', 95, 98],
          [2, 'Tỷ lệ hồ sơ trực tuyến', '%', 50, 40],
        ],
      ]),
    );
    expect(located(a, 'indicators')).toEqual({ sheet: 'Chỉ tiêu CCHC', range: 'A1:E3' });
    expect(a.figures.indicators?.map((i) => i.achievement)).toEqual([103.2, 80]);
  });
});

describe('other lists of people titled without diacritics or in TCVN3 are set aside as with them (staffmisc item 2)', () => {
  const people: Rows = [
    ['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'],
    [1, 'Nguyễn Văn Tư', 'Chủ tịch UBND', 'Cán bộ', 'Trung cấp'],
    [2, 'Nguyễn Văn Năm', 'Địa chính', 'Công chức', 'Trung cấp'],
    [3, 'Nguyễn Văn Sáu', 'Văn phòng - Thống kê', 'Công chức', 'Đại học'],
  ];
  it.each<[string, string, string, RegExp]>([
    ['retired, in capitals without diacritics', 'Sheet1', 'DANH SACH CAN BO NGHI HUU', /«nghỉ hưu»/],
    ['retired, the sheet named without diacritics', 'ds nghi huu', '', /«nghỉ hưu»/],
    ['retired «nghỉ chế độ»', 'Sheet1', 'Danh sách cán bộ nghỉ chế độ năm 2025', /«nghỉ chế độ»/],
    ['retired, without diacritics, lower case', 'Sheet1', 'danh sach can bo da nghi che do', /«nghỉ chế độ»/],
    ['left their post', 'Sheet1', 'DANH SACH CAN BO THOI VIEC', /«thôi việc»/],
    ['applicants', 'Sheet1', 'DANH SACH THI SINH DU TUYEN CONG CHUC', /«thí sinh»/],
    ['poor households', 'Sheet1', 'DANH SACH HO NGHEO NAM 2025', /«hộ nghèo»/],
  ])('%s: no staff table, a note naming the words', async (_kind, sheet, title, word) => {
    const a = await roundTrip(book([sheet, title ? [[title], [], ...people] : people]));
    expect(a.tables.staff).toBeUndefined();
    expect(a.figures.staff).toBeNull();
    expect(setAsideNote(a, 'staff', sheet)).toMatch(word);
  });

  it('a retired list titled in TCVN3 (.VnTime): set aside as its converted title says', async () => {
    const wb = book(['Sheet1', [[], [], ...people]]);
    const cell = wb.getWorksheet('Sheet1')!.getCell('A1');
    cell.value = toTcvn3('Danh sách cán bộ, công chức đã nghỉ hưu');
    cell.font = { name: '.VnTime', size: 13 };
    const a = await roundTrip(wb);
    expect(a.tables.staff).toBeUndefined();
    expect(setAsideNote(a, 'staff', 'Sheet1')).toMatch(/«nghỉ hưu»/);
  });

  it('control: a staff list titled without diacritics is read; a quarter typed «QUY» is no fund', async () => {
    const staff = STAFF.map((r, i) => (i === 0 ? ['DANH SACH CAN BO CONG CHUC XA DI HOC TAI HOC VIEN CHINH TRI'] : r));
    const quarter = BUDGET.map((r, i) => (i === 0 ? ['THU CHI NGAN SACH XA QUY IV NAM 2024'] : r));
    const a = await roundTrip(book(['CBCC', staff], ['Ngan sach', quarter]));
    expect(located(a, 'staff')?.sheet).toBe('CBCC');
    expect(a.figures.staff?.total).toBe(4);
    expect(located(a, 'budget')?.sheet).toBe('Ngan sach');
    expect(a.figures.budget?.revenue.actual).toBe(6300000000);
  });
});
