/**
 * The reader's issue messages: one clear sentence each in Vietnamese and English, naming the
 * table and the column by their schema labels. The clerk is never blamed.
 */
import type { Bilingual, IssueCode, IssueDraft, Severity } from '../issues';
import type { FieldSpec, TableSpec } from '../schema/types';
import { formatNumberVi } from '../format';

export interface Place {
  sheet: string;
  cell: string;
}

function quote(t: string, max = 60): string {
  const s = t.replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function draft(
  code: IssueCode,
  severity: Severity,
  place: Place,
  spec: TableSpec,
  field: FieldSpec | null,
  message: Bilingual,
  hint: Bilingual,
): IssueDraft {
  return { code, severity, sheet: place.sheet, cell: place.cell, table: spec.name, field: field?.key ?? '', message, hint };
}

/** "Ô D7 của bảng Kết quả giải quyết TTHC (cột Trực tuyến)" */
function where(place: Place, spec: TableSpec, field: FieldSpec | null): Bilingual {
  const col = field ? ` (cột ${field.label.vi})` : '';
  const colEn = field ? ` (column ${field.label.en})` : '';
  return {
    vi: `Ô ${place.cell} trang «${place.sheet}» của bảng ${spec.label.vi}${col}`,
    en: `Cell ${place.cell} on sheet "${place.sheet}" of the table ${spec.label.en}${colEn}`,
  };
}

/**
 * Cells the file places nowhere on Excel's grid (references beyond XFD or row 1048576, row 0, malformed):
 * not read, and said once per sheet (issue 16 §8). Excel itself would have to repair such a file.
 */
export function unreadCells(sheet: string, count: number, first: string[]): IssueDraft {
  const refs = first.map((r) => `«${quote(r, 20)}»`).join(', ') + (count > first.length ? ', …' : '');
  const n = formatNumberVi(count);
  return {
    code: 'constraint-error',
    severity: 'warning',
    sheet,
    cell: '',
    table: '',
    field: '',
    message: {
      vi: `Trang «${sheet}» có ${n} ô ghi địa chỉ không có trong Excel (${refs}), ngoài cột XFD, hàng 1048576 hoặc không đọc được: các ô này không được đọc.`,
      en: `Sheet "${sheet}" has ${count} cells whose address is not on Excel's grid (${refs}), beyond column XFD, row 1048576 or unreadable: they were not read.`,
    },
    hint: {
      vi: 'Mở tệp bằng Excel, kiểm tra lại số liệu rồi lưu lại.',
      en: 'Open the file in Excel, check the figures and save it again.',
    },
  };
}

export function emptyTable(spec: TableSpec, place: Place, firstDataCell: string): IssueDraft {
  return draft(
    'missing-cell',
    spec.required ? 'error' : 'info',
    place,
    spec,
    null,
    {
      vi: `Bảng ${spec.label.vi} ở trang «${place.sheet}» mới có dòng tiêu đề, chưa có dòng số liệu nào.`,
      en: `The table ${spec.label.en} on sheet "${place.sheet}" has its header but no data rows yet.`,
    },
    {
      vi: `Nhập số liệu dưới dòng tiêu đề, từ ô ${firstDataCell} trở xuống.`,
      en: `Enter the data under the header, from ${firstDataCell} down.`,
    },
  );
}

export function missingTable(spec: TableSpec, satisfiedBy?: TableSpec): IssueDraft {
  const cols = spec.fields
    .filter((f) => f.required)
    .map((f) => f.label.vi)
    .join(', ');
  const colsEn = spec.fields
    .filter((f) => f.required)
    .map((f) => f.label.en)
    .join(', ');
  const other = satisfiedBy ? ` hoặc bảng ${satisfiedBy.label.vi}` : '';
  const otherEn = satisfiedBy ? ` or the table ${satisfiedBy.label.en}` : '';
  return draft(
    'missing-table',
    spec.required ? 'error' : 'info',
    { sheet: '', cell: '' },
    spec,
    null,
    spec.required
      ? {
          vi: `Chưa tìm thấy bảng ${spec.label.vi}${other} trong sổ tính, nên chưa tính được phần số liệu này.`,
          en: `The table ${spec.label.en}${otherEn} was not found in the workbook, so its figures cannot be computed.`,
        }
      : {
          vi: `Chưa tìm thấy bảng ${spec.label.vi}; phần tương ứng của báo cáo sẽ để trống cho người soạn điền.`,
          en: `The table ${spec.label.en} was not found; its part of the report is left blank for you to fill in.`,
        },
    {
      vi: `Thêm một trang có dòng tiêu đề cột (${cols || 'các cột của bảng'}), hoặc chỉ định vùng của bảng trong phần điều chỉnh.`,
      en: `Add a sheet with a header row (${colsEn || 'the table columns'}), or pin the table to a range in the overrides.`,
    },
  );
}

export function missingLabel(spec: TableSpec, field: FieldSpec, place: Place): IssueDraft {
  const syn = field.synonyms.slice(0, 3).join('», «');
  return draft(
    'missing-label',
    'error',
    place,
    spec,
    field,
    {
      vi: `Bảng ${spec.label.vi} ở vùng ${place.cell} trang «${place.sheet}» không có cột ${field.label.vi}.`,
      en: `The table ${spec.label.en} at ${place.cell} on sheet "${place.sheet}" has no column ${field.label.en}.`,
    },
    {
      vi: `Đặt tên cột có chữ «${syn}», hoặc chỉ định cột cho ${field.label.vi} trong phần điều chỉnh.`,
      en: `Name a column with "${syn}", or pin a column to ${field.label.en} in the overrides.`,
    },
  );
}

export function duplicateLabel(spec: TableSpec, field: FieldSpec, place: Place, kept: string): IssueDraft {
  return draft(
    'duplicate-label',
    'warning',
    place,
    spec,
    field,
    {
      vi: `Cột ở ô ${place.cell} trang «${place.sheet}» cũng mang tên ${field.label.vi} của bảng ${spec.label.vi}; chỉ cột ${kept} được đọc.`,
      en: `The column at ${place.cell} is also named ${field.label.en} in the table ${spec.label.en}; only column ${kept} is read.`,
    },
    {
      vi: `Đổi tên một trong hai cột, hoặc chỉ định cột đúng cho ${field.label.vi} trong phần điều chỉnh.`,
      en: `Rename one of the two columns, or pin the right column to ${field.label.en} in the overrides.`,
    },
  );
}

export function missingCell(spec: TableSpec, field: FieldSpec, place: Place, severity: Severity): IssueDraft {
  const w = where(place, spec, field);
  return draft(
    'missing-cell',
    severity,
    place,
    spec,
    field,
    { vi: `${w.vi} đang để trống.`, en: `${w.en} is blank.` },
    blankHint(field, place.cell),
  );
}

/** What to type into a blank cell depends on what the field holds. */
function blankHint(field: FieldSpec, cell: string): Bilingual {
  switch (field.kind) {
    case 'count':
    case 'amount':
    case 'number':
      return { vi: `Nhập số vào ô ${cell} (ghi 0 nếu không có).`, en: `Enter a number in ${cell} (0 if there is none).` };
    case 'percent':
      return { vi: `Nhập tỷ lệ (%) vào ô ${cell}.`, en: `Enter the percentage in ${cell}.` };
    case 'date':
      return { vi: `Nhập ngày vào ô ${cell}, dạng dd/mm/yyyy (ví dụ 05/04/2023).`, en: `Enter the date in ${cell} as dd/mm/yyyy (e.g. 05/04/2023).` };
    default:
      return { vi: `Nhập nội dung vào ô ${cell}.`, en: `Enter the text in ${cell}.` };
  }
}

/** A number typed with more digits than Excel keeps (15): an identifier, or a figure that cannot be exact. */
export function tooManyDigits(spec: TableSpec, field: FieldSpec, place: Place, text: string): IssueDraft {
  const w = where(place, spec, field);
  return draft(
    'type-error',
    'error',
    place,
    spec,
    field,
    {
      vi: `${w.vi} ghi «${quote(text)}», dài hơn 15 chữ số: Excel không giữ đúng được số này.`,
      en: `${w.en} holds "${quote(text)}", longer than 15 digits: Excel cannot keep this number exactly.`,
    },
    { vi: `Kiểm tra lại số ở ô ${place.cell}.`, en: `Check the number in ${place.cell}.` },
  );
}

export function notANumber(spec: TableSpec, field: FieldSpec, place: Place, text: string): IssueDraft {
  const w = where(place, spec, field);
  return draft(
    'type-error',
    'error',
    place,
    spec,
    field,
    { vi: `${w.vi} chứa chữ «${quote(text)}», không phải số.`, en: `${w.en} holds "${quote(text)}", which is not a number.` },
    { vi: `Ghi số vào ô ${place.cell}, ví dụ 1.234 hoặc 12,5.`, en: `Write a number in ${place.cell}, e.g. 1,234 or 12.5.` },
  );
}

export function notADate(spec: TableSpec, field: FieldSpec, place: Place, text: string): IssueDraft {
  const w = where(place, spec, field);
  return draft(
    'type-error',
    'error',
    place,
    spec,
    field,
    { vi: `${w.vi} chứa «${quote(text)}», không đọc được thành ngày.`, en: `${w.en} holds "${quote(text)}", which cannot be read as a date.` },
    { vi: `Ghi ngày theo dạng dd/mm/yyyy, ví dụ 05/04/2023.`, en: `Write the date as dd/mm/yyyy, e.g. 05/04/2023.` },
  );
}

export function unknownCategory(
  spec: TableSpec,
  field: FieldSpec,
  place: Place,
  text: string,
  code: 'type-error' | 'constraint-error',
  severity: Severity,
): IssueDraft {
  const w = where(place, spec, field);
  const allowed = Object.values(field.categories ?? {})
    .map((words) => words[0])
    .filter(Boolean)
    .join(', ');
  return draft(
    code,
    severity,
    place,
    spec,
    field,
    {
      vi: `${w.vi} ghi «${quote(text)}», không thuộc loại nào đã biết.`,
      en: `${w.en} says "${quote(text)}", which is not a known category.`,
    },
    { vi: `Ghi một trong các giá trị: ${allowed}.`, en: `Write one of: ${allowed}.` },
  );
}

/** A TRUE/FALSE cell where a number, date or text is needed. */
export function booleanValue(spec: TableSpec, field: FieldSpec, place: Place, text: string): IssueDraft {
  const w = where(place, spec, field);
  return draft(
    'type-error',
    'error',
    place,
    spec,
    field,
    {
      vi: `${w.vi} chứa giá trị đúng/sai «${quote(text)}» của Excel, không phải ${field.label.vi.toLocaleLowerCase('vi')}.`,
      en: `${w.en} holds Excel's true/false value "${quote(text)}", not a ${field.label.en.toLowerCase()}.`,
    },
    blankHint(field, place.cell),
  );
}

export function formulaError(spec: TableSpec, field: FieldSpec | null, place: Place, error: string): IssueDraft {
  const w = where(place, spec, field);
  return draft(
    'formula-error',
    'error',
    place,
    spec,
    field,
    { vi: `${w.vi} báo lỗi công thức ${error}.`, en: `${w.en} shows the formula error ${error}.` },
    {
      vi: `Sửa công thức ở ô ${place.cell} (thường do chia cho 0 hoặc tham chiếu đến ô đã xóa).`,
      en: `Fix the formula in ${place.cell} (often a division by zero or a reference to a deleted cell).`,
    },
  );
}

export function numberAsText(spec: TableSpec, field: FieldSpec, place: Place, text: string, value: number): IssueDraft {
  const w = where(place, spec, field);
  return draft(
    'number-as-text',
    'warning',
    place,
    spec,
    field,
    {
      vi: `${w.vi} ghi số dưới dạng chữ «${quote(text)}»; đã đọc là ${formatPlain(value)}.`,
      en: `${w.en} holds the number as text "${quote(text)}"; it was read as ${formatPlainEn(value)}.`,
    },
    {
      vi: `Đổi ô ${place.cell} sang kiểu số để Excel tự cộng được.`,
      en: `Turn ${place.cell} into a number so that Excel can add it up.`,
    },
  );
}

/** 1464000 -> "1.464.000", 98.23 -> "98,23" (as many decimals as the value has, up to 6). */
function formatPlain(x: number): string {
  const frac = /\.(\d+)/.exec(String(x))?.[1] ?? '';
  return formatNumberVi(x, Math.min(frac.length, 6));
}

function formatPlainEn(x: number): string {
  return x.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

export function legacyEncoding(spec: TableSpec, field: FieldSpec | null, place: Place, enc: 'tcvn3' | 'vni', converted: string): IssueDraft {
  const w = where(place, spec, field);
  const name = enc === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI';
  return draft(
    'legacy-encoding',
    'warning',
    place,
    spec,
    field,
    { vi: `${w.vi} được gõ bằng bảng mã ${name}; đã chuyển sang Unicode.`, en: `${w.en} is typed in the ${name} encoding; it was converted to Unicode.` },
    {
      vi: `Nội dung sau khi chuyển: «${quote(converted, 120)}»; nên chuyển trang này sang Unicode (Times New Roman).`,
      en: `Converted text: "${quote(converted, 120)}"; consider converting the sheet to Unicode (Times New Roman).`,
    },
  );
}

export function blankRow(spec: TableSpec, place: Place): IssueDraft {
  return draft(
    'blank-row',
    'info',
    place,
    spec,
    null,
    {
      vi: `Bảng ${spec.label.vi} có dòng trống ở ${place.cell} trang «${place.sheet}»; dòng này được bỏ qua.`,
      en: `The table ${spec.label.en} has a blank row at ${place.cell} on sheet "${place.sheet}"; it is skipped.`,
    },
    { vi: `Xóa dòng trống nếu không cần.`, en: `Delete the blank row if it is not needed.` },
  );
}

export function unitAssumed(spec: TableSpec, place: Place): IssueDraft {
  return draft(
    'missing-cell',
    'info',
    place,
    spec,
    null,
    {
      vi: `Bảng ${spec.label.vi} ở trang «${place.sheet}» không ghi đơn vị tính; số tiền được hiểu là đồng.`,
      en: `The table ${spec.label.en} on sheet "${place.sheet}" states no unit; amounts are taken as đồng.`,
    },
    {
      vi: `Thêm dòng «ĐVT: đồng» (hoặc nghìn đồng, triệu đồng) phía trên bảng.`,
      en: `Add a line "ĐVT: đồng" (or nghìn đồng, triệu đồng) above the table.`,
    },
  );
}

export function pinNotFound(spec: TableSpec, sheet: string, range: string): IssueDraft {
  return draft(
    'missing-table',
    spec.required ? 'error' : 'warning',
    { sheet: '', cell: '' },
    spec,
    null,
    {
      vi: `Vùng đã chỉ định cho bảng ${spec.label.vi} («${sheet}» ${range}) không còn trong sổ tính.`,
      en: `The range pinned for the table ${spec.label.en} ("${sheet}" ${range}) is no longer in the workbook.`,
    },
    {
      vi: `Chỉ định lại vùng của bảng, hoặc bỏ chỉ định để tự tìm.`,
      en: `Pin the table to a range again, or remove the pin to let it be found.`,
    },
  );
}

/**
 * A total left blank, or a formula saved without its value (a file written by a program, not by Excel), that its
 * parts determine: the figure is computed from them and the clerk is told which cell and how to make it hold.
 */
export function totalFromParts(spec: TableSpec, field: FieldSpec, place: Place, value: number, parts: string): IssueDraft {
  const w = where(place, spec, field);
  const shown = formatNumberVi(value, Number.isInteger(value) ? 0 : 2);
  return draft(
    'missing-cell',
    'warning',
    place,
    spec,
    field,
    {
      vi: `${w.vi} là ô tổng nhưng không có giá trị (để trống, hoặc công thức chưa được lưu kết quả); đã tính từ các ô ${parts}: ${shown}.`,
      en: `${w.en} is a total with no value (blank, or a formula saved without its result); it was computed from ${parts}: ${shown}.`,
    },
    {
      vi: `Nếu ô có công thức, hãy mở tệp bằng Excel và lưu lại để Excel ghi kết quả; nếu ô để trống, hãy nhập tổng ${shown}.`,
      en: `If the cell holds a formula, open the file in Excel and save it so that Excel stores the result; if it is blank, enter the total ${shown}.`,
    },
  );
}

/** Another place that could hold the table, not read because the one read has better evidence or is visible. */
export function otherCandidate(spec: TableSpec, place: Place, read: Place, hidden: boolean): IssueDraft {
  const why = hidden
    ? { vi: 'vì đó là trang ẩn', en: 'because that sheet is hidden' }
    : { vi: 'vì số liệu ở đó ít dấu hiệu của bảng này hơn', en: 'because its values show less of that table' };
  return draft(
    'duplicate-label',
    'info',
    place,
    spec,
    null,
    {
      vi: `Vùng ${place.cell} trang «${place.sheet}» cũng giống bảng ${spec.label.vi} nhưng không được đọc ${why.vi}; bảng được đọc ở ${read.cell} trang «${read.sheet}».`,
      en: `The range ${place.cell} on sheet "${place.sheet}" also looks like the table ${spec.label.en} but is not read ${why.en}; the table is read at ${read.cell} on sheet "${read.sheet}".`,
    },
    {
      vi: `Nếu bảng đúng là ở vùng này, hãy chỉ định vùng của bảng ${spec.label.vi} trong phần điều chỉnh.`,
      en: `If this range holds the right table, pin the table ${spec.label.en} to it in the overrides.`,
    },
  );
}

/** No visible sheet holds the table: it is read from a hidden one, which the clerk may not know is there. */
export function readFromHidden(spec: TableSpec, place: Place): IssueDraft {
  return draft(
    'missing-table',
    'info',
    place,
    spec,
    null,
    {
      vi: `Không trang đang hiện nào có bảng ${spec.label.vi}; bảng được đọc từ trang ẩn «${place.sheet}» (${place.cell}).`,
      en: `No visible sheet holds the table ${spec.label.en}; it is read from the hidden sheet "${place.sheet}" (${place.cell}).`,
    },
    {
      vi: `Nếu đó là số liệu cũ, hãy nhập bảng của kỳ này vào một trang đang hiện; nếu đúng, có thể bỏ ẩn trang «${place.sheet}».`,
      en: `If those are old figures, enter this period's table on a visible sheet; if they are right, you may unhide "${place.sheet}".`,
    },
  );
}

/** A range headed like the table whose values or words say it is something else (a payroll, an applicant list). */
export function notOnEvidence(spec: TableSpec, place: Place, against: string[]): IssueDraft {
  const words = against.map((w) => `«${w}»`).join(', ');
  return draft(
    'missing-table',
    'info',
    place,
    spec,
    null,
    against.length
      ? {
          vi: `Vùng ${place.cell} trang «${place.sheet}» có tiêu đề cột giống bảng ${spec.label.vi} nhưng không được đọc là bảng đó: có cột hoặc dòng ${words} của một loại bảng khác.`,
          en: `The range ${place.cell} on sheet "${place.sheet}" is headed like the table ${spec.label.en} but is not read as it: it has ${words}, which belong to another kind of table.`,
        }
      : {
          vi: `Vùng ${place.cell} trang «${place.sheet}» có tiêu đề cột giống bảng ${spec.label.vi} nhưng không được đọc là bảng đó: các giá trị trong cột không giống số liệu của bảng này.`,
          en: `The range ${place.cell} on sheet "${place.sheet}" is headed like the table ${spec.label.en} but is not read as it: its values do not look like that table's.`,
        },
    {
      vi: `Nếu đây đúng là bảng ${spec.label.vi}, hãy chỉ định vùng của bảng trong phần điều chỉnh.`,
      en: `If this is the table ${spec.label.en}, pin the table to this range in the overrides.`,
    },
  );
}

/** An `info` block without the row of a field it should give (the report date): where to add that row. */
export function missingInfoRow(spec: TableSpec, field: FieldSpec, place: Place, valueCell: string, severity: Severity): IssueDraft {
  return draft(
    'missing-cell',
    severity,
    place,
    spec,
    field,
    {
      vi: `Bảng ${spec.label.vi} trang «${place.sheet}» chưa có dòng ${field.label.vi}.`,
      en: `The table ${spec.label.en} on sheet "${place.sheet}" has no row ${field.label.en}.`,
    },
    {
      vi: `Thêm một dòng: ô ${place.cell} ghi «${field.label.vi}», ô ${valueCell} ghi giá trị${field.kind === 'date' ? ' (dạng dd/mm/yyyy)' : ''}.`,
      en: `Add a row: "${field.label.vi}" in ${place.cell}, the value in ${valueCell}${field.kind === 'date' ? ' (as dd/mm/yyyy)' : ''}.`,
    },
  );
}
