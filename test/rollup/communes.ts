/**
 * Generated sets of commune workbooks for the roll-up tests and bench: each commune's figures are
 * chosen here (so a test can sum them on its own), and written the way communes keep them — an
 * information sheet, a Biểu 06 TTHC table by field, a staff list, a budget, public investment and
 * indicators. Variants: a TCVN3 workbook (.VnTime fonts), a workbook with an error (a document
 * dated after the report), another period, a commune without an investment table, a superior agency stated.
 */
import ExcelJS from 'exceljs';
import { toTcvn3 } from '../helpers/legacyEncoders';

export interface TthcRow {
  field: string;
  online: number;
  direct: number;
  early: number;
  onTime: number;
  late: number;
}

export interface CommuneSpec {
  agency: string;
  /** [day, month, year] */
  start: [number, number, number];
  end: [number, number, number];
  tthc: TthcRow[];
  /** [name, category, education] */
  staff: [string, 'Cán bộ' | 'Công chức' | 'Không chuyên trách', string][];
  budget: { revSuperior: number; revCouncil: number; revActual: number; expSuperior: number; expCouncil: number; expActual: number };
  investment: { plan: number; disbursed: number } | null;
  indicators: [string, number, number][];
  /** Text written in TCVN3 with .VnTime fonts. */
  tcvn3?: boolean;
  /** A document dated after the report date (an error that changes no figure). */
  withError?: boolean;
  /** No «Từ ngày» / «Đến ngày» rows: the commune states no period. */
  noPeriod?: boolean;
  /** A «Cơ quan chủ quản» row (the district or province). */
  superior?: string;
}

/**
 * The name the roll-up gives a commune of this set, in the body's form: «UBND XÃ SỐ 3» -> «UBND xã Số 3» (identity.ts
 * communeNames; written out here, not computed by the code under test).
 */
export const inBody = (agency: string): string =>
  agency.replace(
    /^UBND XÃ (.*)$/u,
    (_, name: string) =>
      `UBND xã ${name
        .split(' ')
        .map((w) => w.charAt(0) + w.slice(1).toLocaleLowerCase('vi'))
        .join(' ')}`,
  );

const FIELDS = ['Hộ tịch', 'Chứng thực', 'Đất đai', 'Tư pháp'];
const EDU = ['Đại học', 'Trung cấp', 'Thạc sĩ', 'Cao đẳng', 'Đại học', 'Chưa qua đào tạo'];

/** The k-th commune of a set: figures vary with k so that ratios of sums differ from averages of ratios. */
export function communeSpec(k: number, over: Partial<CommuneSpec> = {}): CommuneSpec {
  const tthc = FIELDS.slice(0, 2 + (k % 3)).map((field, j): TthcRow => {
    const online = (k * 7 + j * 3) % 23;
    const direct = 5 + ((k * 11 + j * 5) % 37);
    const received = online + direct;
    const late = (k + j) % 4;
    const onTime = (k * 3 + j) % 5;
    return { field, online, direct, early: received - late - onTime, onTime, late };
  });
  const staff: CommuneSpec['staff'] = [];
  const people = 8 + (k % 7);
  for (let i = 0; i < people; i++) {
    const category = i < 3 ? 'Cán bộ' : i < people - 2 ? 'Công chức' : 'Không chuyên trách';
    staff.push([`Nguyễn Văn ${String.fromCharCode(65 + i)}`, category, EDU[(i + k) % EDU.length]]);
  }
  const m = 1_000_000;
  return {
    agency: `UBND XÃ SỐ ${k + 1}`,
    start: [1, 1, 2024],
    end: [31, 12, 2024],
    tthc,
    staff,
    budget: {
      revSuperior: (3000 + k * 170) * m,
      revCouncil: (3200 + k * 170) * m,
      revActual: (1500 + k * 233) * m,
      expSuperior: (2800 + k * 90) * m,
      expCouncil: (2900 + k * 90) * m,
      expActual: (1200 + k * 141) * m,
    },
    investment: { plan: (400 + k * 50) * m, disbursed: (100 + k * 61) * m },
    indicators: [
      ['Tỷ lệ kết quả giải quyết TTHC được số hóa', 50, 30 + (k % 40)],
      ['Tỷ lệ văn bản điện tử được ký số', 90, 80 + (k % 15)],
    ],
    ...over,
  };
}

const date = ([d, m, y]: [number, number, number]) => new Date(Date.UTC(y, m - 1, d));

export function communeWorkbook(spec: CommuneSpec): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const text = (c: ExcelJS.Cell, s: string) => {
    if (spec.tcvn3) {
      c.value = toTcvn3(s);
      c.font = { name: '.VnTime', size: 12 };
    } else c.value = s;
  };
  const rows = (ws: ExcelJS.Worksheet, top: number, values: (string | number | Date | null)[][]) =>
    values.forEach((r, i) =>
      r.forEach((v, j) => {
        if (v === null) return;
        const c = ws.getCell(top + i, j + 1);
        if (typeof v === 'string') text(c, v);
        else c.value = v;
      }),
    );
  const [, , year] = spec.end;
  const info = wb.addWorksheet('Thong tin');
  rows(info, 1, [
    ['THÔNG TIN BÁO CÁO'],
    ['Cơ quan ban hành', spec.agency],
    ...(spec.superior ? [['Cơ quan chủ quản', spec.superior]] : []),
    ['Ngày báo cáo', date([5, 1, year + 1])],
    ...(spec.noPeriod
      ? []
      : [
          ['Từ ngày', date(spec.start)],
          ['Đến ngày', date(spec.end)],
        ]),
  ]);
  const t = wb.addWorksheet('TTHC');
  rows(t, 1, [
    ['KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH'],
    ['STT', 'Lĩnh vực', 'Số hồ sơ tiếp nhận', 'Trực tuyến', 'Trực tiếp', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn'],
    ...spec.tthc.map((r, i) => [i + 1, r.field, r.online + r.direct, r.online, r.direct, r.early + r.onTime + r.late, r.early, r.onTime, r.late]),
  ]);
  const s = wb.addWorksheet('Can bo');
  rows(s, 1, [['STT', 'Họ và tên', 'Chức vụ', 'Loại', 'Trình độ chuyên môn'], ...spec.staff.map(([n, c, e], i) => [i + 1, n, 'Chuyên viên', c, e])]);
  const b = spec.budget;
  const bs = wb.addWorksheet('Ngan sach');
  rows(bs, 1, [
    ['BÁO CÁO THU CHI NGÂN SÁCH'],
    ['ĐVT: đồng'],
    ['STT', 'Nội dung', 'Dự toán cấp trên giao', 'Dự toán HĐND xã giao', 'Thực hiện'],
    ['I', 'Tổng thu ngân sách xã', b.revSuperior, b.revCouncil, b.revActual],
    ['II', 'Tổng chi ngân sách xã', b.expSuperior, b.expCouncil, b.expActual],
  ]);
  if (spec.investment) {
    const inv = wb.addWorksheet('Dau tu');
    rows(inv, 1, [
      ['ĐVT: đồng'],
      ['STT', 'Nguồn vốn', 'Kế hoạch vốn', 'Lũy kế giải ngân'],
      [1, 'Vốn ngân sách xã', spec.investment.plan, spec.investment.disbursed],
    ]);
  }
  const ind = wb.addWorksheet('Chi tieu');
  rows(ind, 1, [['STT', 'Chỉ tiêu', 'Kế hoạch (%)', 'Thực hiện (%)'], ...spec.indicators.map(([n, p, a], i) => [i + 1, n, p, a])]);
  if (spec.withError) {
    const d = wb.addWorksheet('So van ban');
    rows(d, 1, [
      ['STT', 'Số ký hiệu', 'Ngày ban hành', 'Trích yếu'],
      [1, '12/QĐ-UBND', date([3, 3, year]), 'Quyết định kiện toàn Ban chỉ đạo CCHC'],
      [2, '15/KH-UBND', date([20, 6, year + 1]), 'Kế hoạch CCHC năm sau'],
    ]);
  }
  return wb;
}

export async function communeBytes(spec: CommuneSpec): Promise<Uint8Array> {
  return new Uint8Array(await communeWorkbook(spec).xlsx.writeBuffer());
}
