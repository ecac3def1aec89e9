/**
 * The issue codes: a fixed vocabulary (docs/reporting-schema.md §3; tests and scripts outside the project
 * read these names), each with its title, what it means and its default severity, in both languages.
 * The sentences an issue of a code is said in are in ./sentences/.
 */
import type { Bilingual, Severity } from './types';

export const ISSUE_CODES = [
  'missing-table',
  'missing-label',
  'duplicate-label',
  'missing-cell',
  'type-error',
  'constraint-error',
  'formula-error',
  'number-as-text',
  'legacy-encoding',
  'duplicate-row',
  'sum-mismatch',
  'unit-mismatch',
  'balance-mismatch',
  'percent-mismatch',
  'date-after-report',
  'date-out-of-period',
  'number-order',
  'doc-number-format',
  'blank-row',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export interface CodeEntry {
  title: Bilingual;
  /** When the code is raised, in a sentence or two (what docs/reporting-schema.md §3 says). */
  meaning: Bilingual;
  /** The severity a sentence of this code has unless it says otherwise. */
  severity: Severity;
}

export const CODE_CATALOGUE: Record<IssueCode, CodeEntry> = {
  'missing-table': {
    title: { vi: 'Thiếu bảng', en: 'Missing table' },
    meaning: {
      vi: 'Không tìm thấy một bảng: lỗi khi bảng là bắt buộc, lưu ý khi không bắt buộc; cũng dùng khi bảng được đọc từ sheet ẩn hoặc vùng giống bảng không được đọc.',
      en: 'A table is not found: an error when it is required, a note when it is optional; also when a table is read from a hidden sheet or a range headed like it is not read.',
    },
    severity: 'error',
  },
  'missing-label': {
    title: { vi: 'Thiếu cột', en: 'Missing column' },
    meaning: {
      vi: 'Một bảng đã tìm thấy nhưng thiếu cột bắt buộc (hoặc thiếu dòng cần cho một số liệu).',
      en: 'A found table lacks a required column (or a line a figure needs).',
    },
    severity: 'error',
  },
  'duplicate-label': {
    title: { vi: 'Cột trùng tên', en: 'Duplicate column' },
    meaning: {
      vi: 'Hai cột cùng khớp một trường, hoặc hai vùng cùng giống một bảng; chỉ một được đọc.',
      en: 'Two columns match the same field, or two ranges look like the same table; only one is read.',
    },
    severity: 'warning',
  },
  'missing-cell': {
    title: { vi: 'Ô để trống', en: 'Blank cell' },
    meaning: {
      vi: 'Một giá trị cần có đang để trống (ngày báo cáo: cảnh báo; số liệu trong dòng: lỗi), hoặc không tính được một số liệu vì thiếu dữ liệu.',
      en: 'A required value is blank (the report date: a warning; a count in a data row: an error), or a figure cannot be computed for want of data.',
    },
    severity: 'error',
  },
  'type-error': {
    title: { vi: 'Sai kiểu dữ liệu', en: 'Wrong type' },
    meaning: {
      vi: 'Ô không chứa số, ngày hoặc giá trị thuộc danh mục ở nơi cần.',
      en: 'Not a number, a date or a known category where one is needed.',
    },
    severity: 'error',
  },
  'constraint-error': {
    title: { vi: 'Giá trị ngoài phạm vi', en: 'Value out of range' },
    meaning: {
      vi: 'Giá trị ngoài phạm vi cho phép: số lượng âm hoặc lẻ, tỷ lệ ngoài 0–100, chỉ tiêu ≤ 0, trình độ hay loại cán bộ không biết; ô ngoài lưới Excel.',
      en: 'Out of range: a negative or fractional count, a share outside 0–100, a target ≤ 0, an unknown education level or staff category; cells off Excel’s grid.',
    },
    severity: 'error',
  },
  'formula-error': {
    title: { vi: 'Lỗi công thức', en: 'Formula error' },
    meaning: {
      vi: 'Ô báo lỗi công thức (#DIV/0!, #REF!, #VALUE!, #N/A, #NAME?…).',
      en: 'The cell shows a formula error (#DIV/0!, #REF!, #VALUE!, #N/A, #NAME?…).',
    },
    severity: 'error',
  },
  'number-as-text': {
    title: { vi: 'Số ghi dạng chữ', en: 'Number stored as text' },
    meaning: { vi: 'Số được gõ dưới dạng chữ; vẫn được đọc.', en: 'A number typed as text; it is read anyway.' },
    severity: 'warning',
  },
  'legacy-encoding': {
    title: { vi: 'Bảng mã cũ', en: 'Legacy encoding' },
    meaning: {
      vi: 'Chữ gõ bằng bảng mã TCVN3 hoặc VNI, đã chuyển sang Unicode (nội dung sau khi chuyển ở phần gợi ý).',
      en: 'TCVN3 or VNI text found and converted to Unicode (the converted text is in the hint).',
    },
    severity: 'warning',
  },
  'duplicate-row': {
    title: { vi: 'Dòng lặp lại', en: 'Duplicate row' },
    meaning: {
      vi: 'Cùng một số văn bản, một người, một lĩnh vực hay một mã hồ sơ xuất hiện hai lần.',
      en: 'The same document number, person, field or dossier code appears twice.',
    },
    severity: 'warning',
  },
  'sum-mismatch': {
    title: { vi: 'Tổng không khớp', en: 'Sum mismatch' },
    meaning: {
      vi: 'Các số thành phần không cộng đúng bằng số tổng (trong dòng, dòng tổng cộng, dòng mục lớn của ngân sách, tỷ lệ khảo sát = 100%, tổng cán bộ).',
      en: 'Parts do not add up to their total (within a row, a total row, a budget heading line, survey shares = 100%, staff totals).',
    },
    severity: 'error',
  },
  'unit-mismatch': {
    title: { vi: 'Sai đơn vị tính', en: 'Unit slip' },
    meaning: {
      vi: 'Một tổng không khớp nhưng sẽ khớp nếu một vài ô được nhân hoặc chia cho 1.000 hay 1.000.000: các ô đó được chỉ ra; hoặc bảng ngân sách không ghi đơn vị tính mà số tiền quá nhỏ cho ngân sách một xã.',
      en: "A sum fails but holds when one or two of its cells are scaled by 10^±3 or 10^±6: those cells are named; or a budget states no unit and its amounts are too small for a commune's.",
    },
    severity: 'error',
  },
  'balance-mismatch': {
    title: { vi: 'Hồ sơ không cân', en: 'Dossiers do not balance' },
    meaning: { vi: 'Số hồ sơ tiếp nhận khác đã giải quyết + đang giải quyết.', en: 'Received ≠ resolved + pending.' },
    severity: 'warning',
  },
  'percent-mismatch': {
    title: { vi: 'Tỷ lệ không đúng', en: 'Percentage mismatch' },
    meaning: {
      vi: 'Tỷ lệ ghi không phải là số làm tròn đúng của tỷ lệ tính từ các số của nó (cảnh báo khi lệch dưới 1 điểm, lỗi khi hơn); tỷ lệ dòng tổng nằm ngoài tỷ lệ các dòng thành phần; chỉ tiêu khác với số liệu trong sổ tính.',
      en: 'A stated % is not the right rounding of the % computed from its amounts (a warning under one point off, else an error); a total’s % lies outside its parts’; an indicator differs from what the workbook itself gives.',
    },
    severity: 'warning',
  },
  'date-after-report': {
    title: { vi: 'Ngày sau ngày báo cáo', en: 'Date after the report' },
    meaning: { vi: 'Một ngày muộn hơn ngày báo cáo.', en: 'A date later than the report date.' },
    severity: 'error',
  },
  'date-out-of-period': {
    title: { vi: 'Ngày ngoài kỳ báo cáo', en: 'Date outside the period' },
    meaning: {
      vi: 'Ngày của văn bản hoặc hồ sơ nằm ngoài kỳ báo cáo; tiêu đề của một bảng ghi kỳ khác kỳ báo cáo; cũng là lưu ý khi kỳ báo cáo được lấy từ dòng tiêu đề, hoặc khi một bảng cùng loại của kỳ khác không được dùng.',
      en: 'A document or dossier date outside the reporting period; a table whose title states another period; also the note that the period was taken from a title line, or that a table of the same kind for another period is not used.',
    },
    severity: 'warning',
  },
  'number-order': {
    title: { vi: 'Số văn bản không theo thứ tự ngày', en: 'Numbers out of date order' },
    meaning: {
      vi: 'Cùng ký hiệu và cùng năm, văn bản số lớn hơn lại có ngày sớm hơn văn bản số nhỏ hơn.',
      en: 'Within one symbol and one year, a higher number bears an earlier date than a lower one.',
    },
    severity: 'warning',
  },
  'doc-number-format': {
    title: { vi: 'Số, ký hiệu sai thể thức', en: 'Malformed number/symbol' },
    meaning: {
      vi: 'Số, ký hiệu văn bản không theo dạng số/KÝ HIỆU của Nghị định 30/2020 (175/QĐ-UBND, 66/UBND).',
      en: 'A number/symbol not of the form number/SYMBOL-PARTS of Decree 30/2020 (175/QĐ-UBND, 66/UBND).',
    },
    severity: 'warning',
  },
  'blank-row': {
    title: { vi: 'Dòng trống', en: 'Blank row' },
    meaning: {
      vi: 'Một dòng trống nằm giữa bảng; dòng này được bỏ qua. Cũng là lưu ý khi bảng có dòng bị ẩn (vẫn được tính), hoặc có dòng «Trong đó: …» chi tiết một dòng phía trên (không cộng thêm).',
      en: 'A blank row inside a table; it is skipped. Also the note that a table has hidden rows (still counted), or rows «Trong đó: …» breaking a row above down (not added).',
    },
    severity: 'info',
  },
};
