/**
 * A sheet laid out as this add-in's own report sheet: its first filled cell holds the report sheet's title
 * («SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH», REPORT_SHEET_TITLE). An unmarked one is a copy of an earlier report
 * (Excel's Move or Copy to another book does not carry the defined name `_cchc_report_sheet`, and a paste of
 * values carries neither): its figures are last period's results, never the clerk's data (tester 14, finding 6).
 */
import { REPORT_SHEET_TITLE } from '../layout/types';
import type { SheetSnapshot } from '../snapshot';

const TITLES = new Set(Object.values(REPORT_SHEET_TITLE).map((t) => t.toLocaleUpperCase('vi')));

/** True when the sheet's first filled cell (row by row, left to right) is the report sheet's title, in any case. */
export function startsWithReportTitle(sheet: SheetSnapshot): boolean {
  for (const row of sheet.values ?? []) {
    if (!Array.isArray(row)) continue;
    for (const v of row) {
      if (v === null || v === undefined || v === '') continue;
      return typeof v === 'string' && TITLES.has(v.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleUpperCase('vi'));
    }
  }
  return false;
}
