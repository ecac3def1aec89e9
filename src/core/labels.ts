/**
 * The words every output shares, in one place (issue 13 §2 "the labels of severity and tables: one place";
 * issue 11 §1 "one word for a sheet, one for the info level, one style of quotes"). The command line, the
 * pane, the web page, the report sheet, the roll-up and the Word draft's note take them from here; the
 * schema's tables take their `label` from `TABLE_LABEL`. The writing rules behind them are in
 * docs/where-to-change-what.md ("Words the user reads"):
 * - a sheet is a "sheet" in Vietnamese too (the word on the pane's controls and on Excel's tabs; "trang"
 *   is a web page or a printed page here);
 * - the three levels are Lỗi / Cảnh báo / Lưu ý (Error / Warning / Note);
 * - an issue about no one sheet is filed under "Chung" (General);
 * - a name or a text quoted from the workbook or the product (a sheet, a file, a button, a cell's text)
 *   stands in «…», in both languages.
 */
import type { Bilingual, Lang, Severity } from './issues/types';
import type { TableName } from './schema/types';

/** A severity as one issue's tag: "Lỗi" / "Error". */
export const SEVERITY_LABEL: Record<Severity, Bilingual> = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  info: { vi: 'Lưu ý', en: 'Note' },
};

/** A severity as a heading over several issues or a filter: the same words, plural in English ("Errors"). */
export const SEVERITY_HEADING: Record<Severity, Bilingual> = {
  error: { vi: SEVERITY_LABEL.error.vi, en: 'Errors' },
  warning: { vi: SEVERITY_LABEL.warning.vi, en: 'Warnings' },
  info: { vi: SEVERITY_LABEL.info.vi, en: 'Notes' },
};

/** `n` issues of a severity in running text: "4 lỗi", "1 warning", "0 notes". */
export function severityCount(s: Severity, n: number, lang: Lang): string {
  const word = (n === 1 ? SEVERITY_LABEL : SEVERITY_HEADING)[s][lang];
  return `${n} ${word.toLocaleLowerCase(lang)}`;
}

/** What each table is called wherever it is named (REPORTING-SCHEMA.md §2; the schema's `label`). */
export const TABLE_LABEL: Record<TableName, Bilingual> = {
  info: { vi: 'Thông tin báo cáo', en: 'Report information' },
  indicators: { vi: 'Chỉ tiêu chủ yếu', en: 'Key indicators' },
  survey: { vi: 'Khảo sát mức độ hài lòng', en: 'Satisfaction survey' },
  documents: { vi: 'Văn bản ban hành', en: 'Documents issued' },
  tthc: { vi: 'Kết quả giải quyết TTHC', en: 'Administrative procedures (counts)' },
  dossiers: { vi: 'Danh sách hồ sơ TTHC', en: 'Dossier log' },
  staff: { vi: 'Cán bộ, công chức', en: 'Staff' },
  budget: { vi: 'Thu, chi ngân sách', en: 'Budget' },
  investment: { vi: 'Giải ngân vốn đầu tư công', en: 'Public investment' },
  narrative: { vi: 'Nội dung thuyết minh', en: 'Narrative' },
};

/** The group of issues about no one sheet (a table not found, the period): "Chung" / "General". */
export const GENERAL_LABEL: Bilingual = { vi: 'Chung', en: 'General' };

/** A sheet, in running text: "sheet" in both languages ("Sheet" at the start of a sentence). */
export const SHEET_WORD: Bilingual = { vi: 'sheet', en: 'sheet' };

/** The one quotation style, both languages: «text». */
export function quote(text: string): string {
  return `«${text}»`;
}
