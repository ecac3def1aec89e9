/**
 * What lies right under a table (no blank row) is no row of it, for every kind of table (tester 17 S20, S23, D13,
 * T22, T28): a footnote «(*) …», a prose summary «Tổng số: 03 người (01 cán bộ, 02 công chức).», a signature line
 * «Người lập biểu | Trưởng bộ phận một cửa» with the signers' names under it. One end-of-table rule
 * (read/footer.ts) serves the staff list, the register, the dossier export, the budget and Biểu 06. Guards: a
 * register's long trích yếu and a budget line «Thu khác (*)» stay rows. Real .xlsx written and read back.
 */
import ExcelJS from 'exceljs';
import { put, roundTrip } from './harness';
import type { Analysis } from '../../src/core/analyze';
import { TTHC_SUB, TTHC_TOP } from '../helpers/tthcHeader';

type Row = (ExcelJS.CellValue | null)[];
const D = (y: number, m: number, d: number, h = 0) => new Date(Date.UTC(y, m - 1, d, h));

const INFO: Row[] = [
  ['THÔNG TIN CHUNG'],
  [],
  ['Cơ quan ban hành', 'UBND XÃ BA TƠ'],
  ['Địa danh', 'Ba Tơ'],
  ['Ngày báo cáo', D(2025, 10, 5)],
  ['Từ ngày', D(2025, 7, 1)],
  ['Đến ngày', D(2025, 9, 30)],
];

async function book(sheet: string, rows: Row[]): Promise<Analysis> {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Thong tin'), 1, INFO);
  put(wb.addWorksheet(sheet), 1, rows);
  return roundTrip(wb);
}
/** The sheet's issues above info level, as «severity code cell». */
const raised = (a: Analysis, sheet: string) =>
  a.issues.filter((i) => i.sheet === sheet && i.severity !== 'info').map((i) => `${i.severity} ${i.code} ${i.cell}`);

/** Lines put right under the last row. */
const UNDER: [string, Row[]][] = [
  ['a footnote «(*) …»', [['(*) Số liệu tính đến ngày 30/9/2025.']]],
  ['a prose summary «Tổng số: 03 … (…)»', [['Tổng số: 03 bản ghi (xem chi tiết ở sheet kèm theo), số liệu đến 30/9/2025.']]],
  [
    'a signature line with the names under it',
    [
      [null, 'Người lập biểu', null, null, 'Trưởng bộ phận một cửa'],
      [null, 'Lê Văn Cường', null, null, 'Trần Thị Bình'],
    ],
  ],
  [
    'a date line, «NGƯỜI LẬP BIỂU | THỦ TRƯỞNG ĐƠN VỊ» and names',
    [
      [null, null, null, 'Ba Tơ, ngày 30 tháng 9 năm 2025'],
      [null, 'NGƯỜI LẬP BIỂU', null, 'THỦ TRƯỞNG ĐƠN VỊ'],
      [null, 'Lê Văn Cường', null, 'Nguyễn Văn An'],
    ],
  ],
];

const STAFF: Row[] = [
  ['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'],
  [1, 'Nguyễn Văn An', 'Chủ tịch UBND', 'Cán bộ', 'Đại học'],
  [2, 'Lê Văn Cường (*)', 'Văn phòng - Thống kê', 'Công chức', 'Trung cấp'],
  [3, 'Phạm Thị Dung', 'Tư pháp - Hộ tịch', 'Công chức', 'Đại học'],
];

describe('a line right under a staff list ends it (tester 17 S20, S23)', () => {
  it.each([
    ...UNDER,
    ['«Tổng số: 03 người (01 cán bộ, 02 công chức).»', [['Tổng số: 03 người (01 cán bộ, 02 công chức).']]],
    ['«Tổng số người: 03 (01 cán bộ, 02 công chức).»', [['Tổng số người: 03 (01 cán bộ, 02 công chức).']]],
    ['«(*) Đang đi học lớp Đại học Luật.»', [['(*) Đang đi học lớp Đại học Luật.']]],
  ] as [string, Row[]][])('%s', async (_n, lines) => {
    const a = await book('CBCC', [...STAFF, ...lines]);
    expect(a.tables.staff?.located.range).toBe('A1:E4');
    expect(a.figures.staff).toMatchObject({ total: 3, canBo: 1, congChuc: 2 });
    expect(a.figures.staff?.education.university.count).toBe(2);
    expect(a.figures.staff?.education.secondary.count).toBe(1);
    expect(raised(a, 'CBCC')).toEqual([]);
  });
});

const REGISTER: Row[] = [
  ['Số ký hiệu', 'Ngày ban hành', 'Trích yếu', 'Người ký', 'Nơi nhận'],
  ['30/QĐ-UBND', D(2025, 7, 10), 'Quyết định kiện toàn Ban chỉ đạo CCHC', 'Nguyễn Văn An', 'Các ban ngành'],
  ['31/KH-UBND', D(2025, 7, 20), 'Kế hoạch CCHC quý III', 'Nguyễn Văn An', 'Các ban ngành'],
  ['500/UBND', D(2025, 8, 15), 'V/v triển khai CCHC', 'Trần Văn Bình', 'Các thôn'],
];

describe('a line right under a register ends it (tester 17 D13)', () => {
  it.each([...UNDER, ['«(*) Không thống kê văn bản mật.»', [['(*) Không thống kê văn bản mật.']]]] as [string, Row[]][])('%s', async (_n, lines) => {
    const a = await book('VB di', [...REGISTER, ...lines]);
    expect(a.tables.documents?.located.range).toBe('A1:E4');
    expect(a.figures.documents?.total).toBe(3);
    expect(raised(a, 'VB di')).toEqual([]);
  });

  it('a document whose only filled cells are text stays a row (guard)', async () => {
    const a = await book('VB di', [
      ...REGISTER,
      ['32/BC-UBND', '25/9/2025', 'Tổng số 3 người được khen thưởng, báo cáo kết quả thi đua', 'KT. Chủ tịch', 'Huyện'],
    ]);
    expect(a.figures.documents?.total).toBe(4);
  });
});

const EXPORT: Row[] = [
  ['Mã hồ sơ', 'Lĩnh vực', 'Kênh', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả', 'Trạng thái'],
  ['C1', 'Hộ tịch', 'Trực tuyến', D(2025, 7, 2, 8), D(2025, 7, 4, 17), D(2025, 7, 3, 9), 'Đã trả kết quả'],
  ['C2', 'Hộ tịch', 'Trực tiếp', D(2025, 8, 4, 8), D(2025, 8, 6, 17), D(2025, 8, 6, 10), 'Đã trả kết quả'],
  ['C3', 'Chứng thực', 'Trực tiếp', D(2025, 9, 1, 8), D(2025, 9, 2, 17), D(2025, 9, 5, 10), 'Đã trả kết quả'],
  ['C4', 'Đất đai', 'Trực tuyến', D(2025, 9, 22, 8), D(2025, 10, 6, 17), null, 'Đang giải quyết'],
];

describe('a line right under a dossier export ends it (tester 17 T22, T28)', () => {
  it.each([
    ...UNDER,
    ['«Tổng cộng: 4 hồ sơ» then «(*) Trạng thái tính đến 30/09/2025.»', [['Tổng cộng: 4 hồ sơ'], ['(*) Trạng thái tính đến 30/09/2025.']]],
    ['«Tổng cộng 4 hồ sơ, trong đó 2 hồ sơ trực tuyến.»', [['Tổng cộng 4 hồ sơ, trong đó 2 hồ sơ trực tuyến.']]],
  ] as [string, Row[]][])('%s', async (_n, lines) => {
    const a = await book('Ho so', [...EXPORT, ...lines]);
    expect(a.figures.tthc).toMatchObject({ received: 4, online: 2, direct: 2, resolved: 3, early: 1, onTime: 1, late: 1, pending: 1 });
    expect(raised(a, 'Ho so')).toEqual([]);
  });
});

const BUDGET: Row[] = [
  ['ĐVT: đồng'],
  ['STT', 'Nội dung', 'Dự toán huyện giao', 'Dự toán HĐND xã giao', 'Thực hiện'],
  ['I', 'Tổng thu ngân sách xã', 3000000000, 3000000000, 2250000000],
  [1, 'Thu tại xã', 1000000000, 1000000000, 750000000],
  [2, 'Thu khác (*)', 2000000000, 2000000000, 1500000000],
  ['II', 'Tổng chi ngân sách xã', 3000000000, 3000000000, 2100000000],
];

describe('a line right under a budget ends it; «Thu khác (*)» stays a line', () => {
  it.each(UNDER)('%s', async (_n, lines) => {
    const a = await book('NS', [...BUDGET, ...lines]);
    expect(a.tables.budget?.located.range).toBe('A2:E6');
    expect(a.figures.budget?.revenue.actual).toBe(2.25e9);
    expect(a.figures.budget?.expenditure.actual).toBe(2.1e9);
    expect(raised(a, 'NS').filter((l) => l.startsWith('error'))).toEqual([]);
  });
});

const BIEU06: Row[] = [TTHC_TOP, TTHC_SUB, [1, 'Hộ tịch', 60, 20, 40, 0, 58, 10, 45, 3, 2, 2, 0], [2, 'Chứng thực', 40, 10, 30, 0, 40, 5, 35, 0, 0, 0, 0]];

describe('a line right under Biểu 06 ends it', () => {
  it.each(UNDER)('%s', async (_n, lines) => {
    const a = await book('Bieu 06', [...BIEU06, ...lines]);
    expect(a.figures.tthc).toMatchObject({ received: 100, online: 30, resolved: 98, pending: 2 });
    expect(raised(a, 'Bieu 06').filter((l) => l.startsWith('error'))).toEqual([]);
  });
});
