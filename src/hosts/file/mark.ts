/**
 * How the file host recognises what the add-in itself put into a workbook.
 * - The report sheet: a workbook-level defined name `_cchc_report_sheet` referring to A1 of that
 *   sheet. Excel keeps the reference right when the sheet is renamed, and a user's sheet of the
 *   same name never carries it. (exceljs cannot write sheet custom properties.) The Office host
 *   can read it with `workbook.names.getItemOrNullObject('_cchc_report_sheet')`.
 * - The user's overrides: JSON in cell A1 of a very hidden sheet `_cchc_settings`.
 * - Issue marks: conditional-format rules whose formula contains MARK_TAG (always true).
 */
import type ExcelJS from 'exceljs';
import { REPORT_SHEET_MARK } from '../../core/layout/types';
import { quoteSheet } from '../../core/address';

export const REPORT_SHEET_DEFINED_NAME = '_cchc_report_sheet';
export const SETTINGS_SHEET = '_cchc_settings';
/** Written into the settings sheet next to the overrides, so a person opening it sees whose it is. */
export const SETTINGS_MARK = REPORT_SHEET_MARK;
export const MARK_TAG = 'cchc-report-addin:mark';
/** Always true; the string constant is how the add-in finds its own rules again. */
export const MARK_FORMULA = `"${MARK_TAG}"<>""`;

/** The sheet named by a reference like `'Báo cáo'!$A$1` or `Data!A1`. */
export function sheetOfReference(ref: string): string | null {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return null;
  let s = ref.slice(0, bang);
  if (s.startsWith("'") && s.endsWith("'")) s = s.slice(1, -1).replace(/''/g, "'");
  return s;
}

/** Names of the sheets carrying the report mark (normally zero or one). */
export function markedReportSheets(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  for (const dn of wb.definedNames.model as { name: string; ranges: string[] }[]) {
    if (dn.name !== REPORT_SHEET_DEFINED_NAME) continue;
    for (const r of dn.ranges) {
      const s = sheetOfReference(r);
      if (s) out.push(s);
    }
  }
  return out;
}

export function markReportSheet(wb: ExcelJS.Workbook, sheet: string): void {
  wb.definedNames.add(`${quoteSheet(sheet)}!$A$1`, REPORT_SHEET_DEFINED_NAME);
}

export function unmarkReportSheets(wb: ExcelJS.Workbook): void {
  for (const s of markedReportSheets(wb)) wb.definedNames.remove(`${quoteSheet(s)}!$A$1`, REPORT_SHEET_DEFINED_NAME);
}
