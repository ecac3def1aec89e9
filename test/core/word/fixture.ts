/**
 * The seed report's data as an Analysis built by hand (no reader involved), and helpers to
 * unzip a generated .docx and read its XML parts.
 */
import { unzipSync, strFromU8 } from 'fflate';
import type { Analysis } from '../../../src/core/analyze';
import type { Figures } from '../../../src/core/figures/types';
import { EMPTY_INFO, type ReportInfo } from '../../../src/core/reportInfo';
import type { TableName } from '../../../src/core/schema/types';
import type { ReadTable, TypedRow } from '../../../src/core/tables';
import { toSerial } from '../../../src/core/format';

type Values = Record<string, string | number | null>;

/** A read table from plain rows (cells are named A1.. only for shape; the draft does not use them). */
export function table(name: TableName, rows: (Values | [Values, Partial<TypedRow>])[]): ReadTable {
  const typed: TypedRow[] = rows.map((r, k) => {
    const [values, extra] = Array.isArray(r) ? r : [r, {}];
    return {
      table: name,
      sheet: name,
      row: k + 4,
      isTotal: false,
      values: Object.fromEntries(Object.entries(values).map(([key, v]) => [key, { value: v, raw: v, cell: `A${k + 5}`, text: v === null ? '' : String(v) }])),
      ...extra,
    };
  });
  return {
    located: { table: name, sheet: name, range: 'A4:H20', headerRows: [3], dataRows: typed.map((t) => t.row), columns: {} },
    rows: typed,
  };
}

export const SEED_INFO: ReportInfo = {
  agency: 'UBND XÃ BA BÍCH',
  superior: 'UBND HUYỆN BA TƠ',
  number: '5/BC-UBND',
  place: 'Ba Bích',
  reportDate: toSerial(2023, 4, 5),
  periodStart: toSerial(2022, 7, 8),
  periodEnd: toSerial(2023, 3, 31),
  title:
    'Sơ kết 02 năm thực hiện Chương trình số 23-CTr/HU ngày 08/7/2022 của Huyện ủy về thực hiện Nghị quyết số 04-NQ/TU ngày 18/10/2021 của Tỉnh ủy Quảng Ngãi',
  addressee: null,
  signAuthority: 'TM. ỦY BAN NHÂN DÂN',
  signerTitle: 'CHỦ TỊCH',
  signer: 'Phạm Văn Lương',
  recipients: ['UBND huyện', 'Phòng Nội vụ', 'TT Đảng ủy xã', 'TT HĐND xã', 'CT, PCT UBND xã'],
  decimals: 1,
};

const d = (y: number, m: number, day: number) => toSerial(y, m, day);

export const SEED_DOCUMENTS = table('documents', [
  { number: '175/QĐ-UBND', date: d(2022, 12, 28), summary: 'Quyết định về việc Ban hành Kế hoạch cải cách hành chính năm 2023' },
  {
    number: '20/QĐ-UBND',
    date: d(2023, 2, 17),
    summary: 'Quyết định về việc phân công tham mưu, thực hiện nhiệm vụ UBND tỉnh giao tại kế hoạch CCHC năm 2023',
  },
  {
    number: '21/QĐ-UBND',
    date: d(2023, 2, 17),
    summary: 'Quyết định về việc ban hành Kế hoạch khắc phục, cải thiện và nâng cao Chỉ số cải cách hành chính (PAR INDEX) năm 2023',
  },
  { number: '66/UBND', date: d(2022, 9, 22), summary: 'Công văn về việc đẩy mạnh sử dụng dịch vụ công trực tuyến (mức độ 3)' },
  { number: '75/UBND', date: d(2022, 10, 18), summary: 'Công văn về việc đẩy mạnh sử dụng dịch vụ công trực tuyến (mức độ 3)' },
  {
    number: '17/UBND',
    date: d(2023, 2, 8),
    summary: 'Công văn về việc tiếp tục thực hiện đăng nhập các hồ sơ tiếp nhận và trả kết quả trên Hệ thống thông tin giải quyết TTHC tỉnh',
  },
  { number: '19/UBND', date: d(2023, 2, 14), summary: 'Công văn về việc tiếp tục đẩy mạnh sử dụng dịch vụ công trực tuyến năm 2023' },
  { number: '20/KH-UBND', date: d(2023, 2, 28), summary: 'Kế hoạch tự kiểm tra việc thực hiện cải cách hành chính năm 2023' },
  { number: '36/KH-UBND', date: d(2023, 3, 28), summary: 'Kế hoạch tuyên truyền cải cách hành chính năm 2023' },
]);

export const SEED_NARRATIVE = table('narrative', [
  {
    section: '2.1',
    part: 'result',
    text: 'UBND xã đã tổ chức họp 02 cuộc họp định kỳ, để đánh giá thường xuyên, kịp thời, toàn diện kết quả thực hiện công tác CCHC của xã.',
  },
  {
    section: '2.1',
    part: 'limit',
    text: 'Công tác lãnh đạo, chỉ đạo thực hiện một số lĩnh vực công tác cải cách hành chính còn hạn chế, chưa quyết liệt.',
  },
  {
    section: 'Mục 2.3.',
    part: 'limit',
    text: '- Nhiều hồ sơ tuy đã xử lý xong nhưng chậm kết thúc trên phần mềm, dẫn đến hồ sơ bị xếp vào tình trạng trễ hạn.\n+ Nguyên nhân chủ quan: việc xử lý hồ sơ trên phần mềm của cán bộ lãnh đạo có lúc chưa kịp thời.',
  },
  { section: 'III', part: 'result', text: 'Công tác CCHC được Đảng ủy, HĐND, UBND xã xác định là nội dung quan trọng, thường xuyên.' },
  { section: 'V', part: null, text: '- Kính đề nghị UBND huyện bố trí kinh phí hàng năm cho việc thực hiện CCHC tại xã.' },
]);

export const SEED_BUDGET = table('budget', [
  [{ order: 'I', content: 'Tổng thu ngân sách', estimateSuperior: 5_856_000, estimateCouncil: 5_856_000, actual: 1_464_000 }, { level: 1 }],
  [{ order: '1', content: 'Thu cân đối ngân sách', estimateSuperior: 5_763_158, estimateCouncil: 5_763_158, actual: 1_095_000 }, { level: 2 }],
  [{ order: '2', content: 'Bổ sung có mục tiêu', estimateSuperior: 1_476_000_000, estimateCouncil: null, actual: 369_000_000 }, { level: 2 }],
  [{ order: 'II', content: 'Tổng chi ngân sách', estimateSuperior: 6_104_819_960, estimateCouncil: 6_000_000_000, actual: 1_220_963_992 }, { level: 1 }],
]);

const tthcCounts = (c: Partial<Record<string, number | null>>) => ({
  received: null,
  online: null,
  direct: null,
  carriedOver: null,
  resolved: null,
  early: null,
  onTime: null,
  late: null,
  pending: null,
  pendingInTime: null,
  pendingOverdue: null,
  onlinePct: null,
  onTimePct: null,
  latePct: null,
  ...c,
});

export function seedFigures(): Figures {
  return {
    indicators: [
      {
        name: 'Văn bản trao đổi giữa các cơ quan nhà nước được thực hiện dưới dạng điện tử, được ký số chuyên dùng',
        target: 100,
        actual: 100,
        achievement: 100,
      },
      { name: 'hồ sơ công việc tại xã được xử lý trên môi trường mạng', target: 60, actual: 80, achievement: 133.3 },
      { name: 'Tỷ lệ hài lòng của người dân, tổ chức trong giải quyết thủ tục hành chính', target: 90, actual: 98.23, achievement: 109.1 },
    ],
    survey: { veryHigh: 84.8, high: 13.4, neutral: 1.8, low: 0, satisfied: 98.2 },
    documents: { total: 9, byType: { 'Quyết định': 3, 'Công văn': 4, 'Kế hoạch': 2 } },
    tthc: {
      ...tthcCounts({
        received: 289,
        online: 8,
        direct: 281,
        resolved: 289,
        early: 175,
        onTime: 0,
        late: 114,
        onlinePct: 2.8,
        onTimePct: 60.6,
        latePct: 39.4,
      }),
      byField: [
        { field: 'Hộ tịch', ...tthcCounts({ received: 200, online: 5, direct: 195, resolved: 200, early: 120, onTime: 0, late: 80 }) },
        { field: 'Chứng thực', ...tthcCounts({ received: 89, online: 3, direct: 86, resolved: 89, early: 55, onTime: 0, late: 34 }) },
      ],
    } as Figures['tthc'],
    staff: {
      total: 21,
      canBo: 11,
      congChuc: 10,
      khongChuyenTrach: 12,
      education: {
        postgraduate: { count: 1, pct: 4.8 },
        university: { count: 17, pct: 80.9 },
        college: { count: 0, pct: 0 },
        secondary: { count: 3, pct: 14.3 },
        none: { count: 0, pct: 0 },
      },
    },
    budget: {
      revenue: { estimateSuperior: 5_856_000, estimateCouncil: 5_856_000, actual: 1_464_000, pctSuperior: 25, pctCouncil: 25 },
      expenditure: {
        estimateSuperior: 6_104_819_960,
        estimateCouncil: 6_000_000_000,
        actual: 1_220_963_992,
        pctSuperior: 20,
        pctCouncil: 20.3,
      },
    },
    investment: { plan: 380_000_000, disbursed: 190_000_000, pct: 50 },
  };
}

/** The seed as an Analysis: every table present, some narrative written, the rest left to the clerk. */
export function seedAnalysis(): Analysis {
  return {
    lang: 'vi',
    exactTime: false,
    sheets: [],
    tables: {
      documents: SEED_DOCUMENTS,
      narrative: SEED_NARRATIVE,
      budget: SEED_BUDGET,
      tthc: table('tthc', []),
      staff: table('staff', []),
    },
    info: { ...SEED_INFO, recipients: [...SEED_INFO.recipients] },
    figures: seedFigures(),
    sources: {},
    issues: [],
  };
}

/** An analysis with nothing found: every figure block null, info empty. */
export function emptyAnalysis(): Analysis {
  return {
    lang: 'vi',
    exactTime: false,
    sheets: [],
    tables: {},
    info: { ...EMPTY_INFO, recipients: [] },
    figures: { indicators: null, survey: null, documents: null, tthc: null, staff: null, budget: null, investment: null },
    sources: {},
    issues: [],
  };
}

/** The XML parts of a .docx, by path. */
export function unzipDocx(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files)
      .filter(([p]) => p.endsWith('.xml') || p.endsWith('.rels'))
      .map(([p, u]) => [p, strFromU8(u)]),
  );
}

/** Text of each paragraph (<w:p>) of an XML part, runs joined. */
export function paragraphs(xml: string): string[] {
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) =>
    (p.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? []).map((t) => decode(t.replace(/<[^>]+>/g, ''))).join(''),
  );
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The raw XML of the first paragraph whose text contains `needle`. */
export function paragraphXml(xml: string, needle: string): string {
  const all = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  const hit = all.find((p) => paragraphs(p)[0]?.includes(needle));
  if (!hit) throw new Error(`no paragraph with "${needle}"`);
  return hit;
}
