/**
 * The template (docs/reporting-schema.md §5): blank input sheets for a new user, one per table, whose headers
 * are the schema's own labels so that the reader finds them again. Headers stay Vietnamese in both
 * languages (they are what the reader matches); only the instruction line follows `lang`.
 */
import { columnLetter, rangeA1 } from '../address';
import type { Lang } from '../issues';
import { SCHEMA } from '../schema';
import { DOCUMENT_TYPES } from '../schema/documents';
import type { FieldKind, FieldSpec, TableName } from '../schema/types';
import { SheetBuilder } from './builder';
import { HEADER_FILL, tr } from './blocks/common';
import type { SheetLayout } from './types';

/** Sheet names of the template, in report order. */
export const TEMPLATE_SHEETS: Record<TableName, string> = {
  info: 'Thông tin',
  indicators: 'Chỉ tiêu',
  survey: 'Khảo sát',
  documents: 'Văn bản',
  tthc: 'TTHC',
  dossiers: 'Hồ sơ',
  staff: 'Cán bộ',
  budget: 'Ngân sách',
  investment: 'Đầu tư công',
  narrative: 'Thuyết minh',
};

/** The values offered in dropdowns: words the reader maps back to each category. */
export const CATEGORY_CHOICES: Record<string, string[]> = {
  'survey.level': ['Rất hài lòng', 'Hài lòng', 'Bình thường', 'Không hài lòng'],
  'staff.category': ['Cán bộ', 'Công chức', 'Không chuyên trách'],
  'staff.education': ['Sau đại học', 'Đại học', 'Cao đẳng', 'Trung cấp', 'Chưa qua đào tạo'],
  'dossiers.channel': ['Trực tuyến', 'Trực tiếp', 'Bưu chính'],
  'documents.type': Object.keys(DOCUMENT_TYPES),
  'narrative.part': ['Kết quả', 'Hạn chế', 'Nguyên nhân'],
};

/** Blank data rows prepared (borders, formats, dropdowns) under each header. */
const DATA_ROWS: Partial<Record<TableName, number>> = { documents: 100, dossiers: 300, staff: 60, narrative: 60 };
const DEFAULT_ROWS = 30;

/** Fields left out of the per-person staff sheet (they belong to the per-level form). */
const STAFF_PER_PERSON = ['name', 'position', 'category', 'education'];

const INSTRUCTIONS: Record<TableName, { vi: string; en: string }> = {
  info: {
    vi: 'Ghi thông tin của báo cáo vào cột bên phải; ngày ghi dạng dd/mm/yyyy; nơi nhận mỗi nơi một dòng; số chữ số thập phân để trống là 1.',
    en: 'Fill the report details in the right-hand column; dates as dd/mm/yyyy; one recipient per line; decimal places blank means 1.',
  },
  indicators: {
    vi: 'Mỗi dòng một chỉ tiêu; kế hoạch và thực hiện ghi theo phần trăm (ví dụ 60 nghĩa là 60%).',
    en: 'One indicator per row; target and actual in percent (e.g. 60 means 60%).',
  },
  survey: {
    vi: 'Mỗi dòng một mức độ hài lòng (chọn trong danh sách); tỷ lệ ghi theo phần trăm, các tỷ lệ cộng lại bằng 100.',
    en: 'One satisfaction level per row (pick from the list); shares in percent, adding up to 100.',
  },
  documents: {
    vi: 'Mỗi dòng một văn bản đã ban hành; số ký hiệu ghi đúng dạng 175/QĐ-UBND; loại văn bản có thể để trống (lấy theo ký hiệu).',
    en: 'One document issued per row; number/symbol like 175/QĐ-UBND; the type may be left blank (taken from the symbol).',
  },
  tthc: {
    vi: 'Mỗi dòng một lĩnh vực (theo Biểu 06), dòng cuối «Tổng cộng»; hoặc dùng sheet «Hồ sơ» nếu có danh sách hồ sơ xuất từ hệ thống một cửa.',
    en: 'One field per row (form 06), last row «Tổng cộng»; or use the «Hồ sơ» sheet when you have the dossier export from the one-stop system.',
  },
  dossiers: {
    vi: 'Dán danh sách hồ sơ xuất từ hệ thống một cửa, mỗi dòng một hồ sơ; ngày giờ ghi dạng dd/mm/yyyy hh:mm.',
    en: 'Paste the dossier export from the one-stop system, one dossier per row; dates as dd/mm/yyyy hh:mm.',
  },
  staff: {
    vi: 'Mỗi dòng một người; chọn loại (cán bộ, công chức, không chuyên trách) và trình độ chuyên môn trong danh sách.',
    en: 'One person per row; pick the category (cán bộ, công chức, part-time) and the education level from the lists.',
  },
  budget: {
    vi: 'Dòng «Tổng thu» và «Tổng chi» ghi STT I, II; các khoản con ghi 1, 2 hoặc 1.1, a); số tiền ghi theo đơn vị tính bên dưới.',
    en: 'Write the «Tổng thu» and «Tổng chi» lines with order I, II; their items 1, 2 or 1.1, a); amounts in the unit below.',
  },
  investment: {
    vi: 'Mỗi dòng một nguồn vốn hoặc dự án; dòng tổng (nếu có) ghi «Tổng cộng»; số tiền ghi theo đơn vị tính bên dưới.',
    en: 'One capital source or project per row; a total row (if any) reads «Tổng cộng»; amounts in the unit below.',
  },
  narrative: {
    vi: 'Mỗi dòng một đoạn văn cho báo cáo: mục theo đề cương (ví dụ 2.3, III), phần (kết quả, hạn chế, nguyên nhân) và nội dung.',
    en: 'One paragraph per row for the report: section of the outline (e.g. 2.3, III), part (result, limit, cause) and text.',
  },
};

function numFmtOf(kind: FieldKind, table: TableName): string {
  switch (kind) {
    case 'count':
    case 'amount':
      return '#,##0';
    case 'percent':
      return '0.00';
    case 'number':
      return 'General';
    case 'date':
      return table === 'dossiers' ? 'dd/mm/yyyy hh:mm' : 'dd/mm/yyyy';
    default:
      // Text stays text: "1/2" or "08" must not turn into a date or a number.
      return '@';
  }
}

function widthOf(f: FieldSpec): number {
  if (['summary', 'text', 'content', 'name', 'procedure'].includes(f.key)) return 40;
  if (f.kind === 'date') return 18;
  return Math.min(30, Math.max(12, Math.ceil(f.label.vi.length * 0.9) + 2));
}

const HEADER = { bold: true, border: true, align: 'center' as const, wrap: true, fill: HEADER_FILL };

function titleLines(b: SheetBuilder, table: TableName, lang: Lang, lastCol: number): void {
  const title = b.put(0, SCHEMA[table].label.vi.toUpperCase(), { bold: true, size: 14 }, false);
  b.merge(title, rangeA1(0, 0, 0, Math.max(lastCol, 1)));
  b.next();
  b.put(0, tr(lang, INSTRUCTIONS[table].vi, INSTRUCTIONS[table].en), { italic: true, size: 11 }, false);
  b.next();
  // The unit line, where amounts are: the reader converts amounts to đồng from it.
  if (SCHEMA[table].fields.some((f) => f.kind === 'amount')) b.put(0, 'ĐVT: đồng', { italic: true }, false);
  b.next();
}

/** Blank bordered data rows with each column's format, and dropdowns on the category columns. */
function dataRows(b: SheetBuilder, table: TableName, fields: FieldSpec[], lists: SheetLayout['lists'] & object): void {
  const count = DATA_ROWS[table] ?? DEFAULT_ROWS;
  const first = b.row;
  for (let r = 0; r < count; r++) {
    fields.forEach((f, col) => b.put(col, null, { border: true, numFmt: numFmtOf(f.kind, table), wrap: f.kind === 'text' && widthOf(f) >= 40 }, false));
    b.next();
  }
  fields.forEach((f, col) => {
    const values = CATEGORY_CHOICES[`${table}.${f.key}`];
    if (values) lists.push({ range: `${columnLetter(col)}${first + 1}:${columnLetter(col)}${first + count}`, values });
  });
}

function rowsSheet(table: TableName, lang: Lang): SheetLayout {
  const spec = SCHEMA[table];
  const fields = table === 'staff' ? spec.fields.filter((f) => STAFF_PER_PERSON.includes(f.key)) : spec.fields.filter((f) => !f.formOnly);
  const b = new SheetBuilder();
  titleLines(b, table, lang, fields.length - 1);
  const headerRow = b.row;
  fields.forEach((f, col) => b.put(col, f.label.vi, HEADER, false));
  b.next();
  const lists: NonNullable<SheetLayout['lists']> = [];
  dataRows(b, table, fields, lists);
  return {
    name: TEMPLATE_SHEETS[table],
    cells: b.cells,
    merges: b.merges,
    columnWidths: fields.map(widthOf),
    printTitleRows: [headerRow, headerRow],
    freezeRows: headerRow + 1,
    lists,
  };
}

/** Biểu 06's two-level header: received / resolved / pending, each with its parts. */
const TTHC_GROUPS: { upper: string; leaves: { key: string; label: string }[] }[] = [
  {
    upper: 'Số hồ sơ tiếp nhận',
    leaves: [
      { key: 'received', label: 'Tổng số' },
      { key: 'online', label: 'Trực tuyến' },
      { key: 'direct', label: 'Trực tiếp và bưu chính' },
      { key: 'carriedOver', label: 'Kỳ trước chuyển sang' },
    ],
  },
  {
    upper: 'Đã giải quyết',
    leaves: [
      { key: 'resolved', label: 'Tổng số' },
      { key: 'early', label: 'Trước hạn' },
      { key: 'onTime', label: 'Đúng hạn' },
      { key: 'late', label: 'Quá hạn' },
    ],
  },
  {
    upper: 'Đang giải quyết',
    leaves: [
      { key: 'pending', label: 'Tổng số' },
      { key: 'pendingInTime', label: 'Trong hạn' },
      { key: 'pendingOverdue', label: 'Quá hạn' },
    ],
  },
];

function tthcSheet(lang: Lang): SheetLayout {
  const spec = SCHEMA.tthc;
  const b = new SheetBuilder();
  const leafCount = TTHC_GROUPS.reduce((n, g) => n + g.leaves.length, 0);
  titleLines(b, 'tthc', lang, leafCount);
  const upper = b.row;
  const field = b.put(0, spec.fields.find((f) => f.key === 'field')!.label.vi, HEADER, false);
  b.merge(field, rangeA1(upper, 0, upper + 1, 0));
  const order: FieldSpec[] = [spec.fields.find((f) => f.key === 'field')!];
  let col = 1;
  for (const g of TTHC_GROUPS) {
    const top = b.put(col, g.upper, HEADER, false);
    b.merge(top, rangeA1(upper, col, upper, col + g.leaves.length - 1));
    // The other cells of the merged area keep their borders.
    for (let c = col + 1; c < col + g.leaves.length; c++) b.put(c, null, HEADER, false);
    col += g.leaves.length;
  }
  b.next();
  b.put(0, null, HEADER, false);
  col = 1;
  for (const g of TTHC_GROUPS) {
    for (const leaf of g.leaves) {
      b.put(col++, leaf.label, HEADER, false);
      order.push(spec.fields.find((f) => f.key === leaf.key)!);
    }
  }
  b.next();
  const lists: NonNullable<SheetLayout['lists']> = [];
  dataRows(b, 'tthc', order, lists);
  return {
    name: TEMPLATE_SHEETS.tthc,
    cells: b.cells,
    merges: b.merges,
    columnWidths: order.map((f, i) => (i === 0 ? 30 : 12)),
    printTitleRows: [upper, upper + 1],
    freezeRows: upper + 2,
    lists,
  };
}

/** The info sheet: labels in column A, the values beside them in column B. */
function infoSheet(lang: Lang): SheetLayout {
  const b = new SheetBuilder();
  titleLines(b, 'info', lang, 1);
  for (const f of SCHEMA.info.fields) {
    b.put(0, f.label.vi, { bold: true, border: true }, false);
    b.put(1, null, { border: true, numFmt: numFmtOf(f.kind, 'info'), wrap: true }, false);
    b.next();
  }
  return { name: TEMPLATE_SHEETS.info, cells: b.cells, merges: b.merges, columnWidths: [26, 60] };
}

export function templateLayouts(lang: Lang): SheetLayout[] {
  return (Object.keys(TEMPLATE_SHEETS) as TableName[]).map((t) => ({
    ...(t === 'info' ? infoSheet(lang) : t === 'tthc' ? tthcSheet(lang) : rowsSheet(t, lang)),
    table: t,
  }));
}
