/**
 * Reading an .xlsx's values for the check: the zip guard inflates the parts (once, counting every byte),
 * then our own reader (xlsx/) turns them into a snapshot. exceljs is not involved.
 */
import type { SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import { REPORT_SHEET_TITLE } from '../../core/layout/types';
import type { Overrides } from '../../core/tables';
import { guardXlsx, DEFAULT_LIMITS, type GuardLimits, type GuardResult } from '../../xlsx/zip/guard';
import { isReadPart, readXlsx, type ReadXlsx } from '../../xlsx/read';
import { REPORT_SHEET_DEFINED_NAME, SETTINGS_SHEET, sheetOfReference } from './mark';

/** Guards the bytes, keeping inflated the parts the reader needs. */
export function guardForReading(bytes: Uint8Array, limits: GuardLimits = DEFAULT_LIMITS): GuardResult {
  return guardXlsx(bytes, limits, isReadPart);
}

/**
 * Reads the parts a guard kept, then lets them go (they are the biggest thing in memory).
 * The reader says itself when bytes the guard passed are damaged (FileError 'damaged'); any other
 * exception is a fault of the program and goes on as it is, so the front doors name it as ours
 * ("Đã có lỗi trong chương trình") instead of blaming the clerk's file.
 */
export function readGuarded(guard: GuardResult, onSheet?: (done: number, total: number) => void): ReadXlsx {
  try {
    return readXlsx(guard, onSheet);
  } finally {
    guard.release();
  }
}

/** A1 holds the report sheet's title: the content says the sheet is ours, as the mark does. */
function startsWithOurTitle(s: SheetSnapshot): boolean {
  const a1 = s.origin.row === 0 && s.origin.col === 0 ? s.values[0]?.[0] : undefined;
  return typeof a1 === 'string' && (Object.values(REPORT_SHEET_TITLE) as string[]).includes(a1.normalize('NFC').trim());
}

/**
 * The user's sheets as the core sees them: the add-in's settings sheet left out, its report sheet
 * marked. A sheet is ours only when every marker agrees: the defined name `_cchc_report_sheet` points
 * at its A1 and the sheet starts with our title (issue 16.6: a stale mark on a data sheet marks nothing).
 */
export function userSnapshot(read: ReadXlsx): WorkbookSnapshot {
  const marked = new Set<string>();
  for (const dn of read.workbook.definedNames) {
    if (dn.name !== REPORT_SHEET_DEFINED_NAME) continue;
    // One name may hold several references ("'A'!$A$1,'B'!$A$1"): commas outside quoted sheet names.
    for (const ref of dn.value.match(/(?:'(?:[^']|'')*'|[^,])+/g) ?? []) {
      const s = sheetOfReference(ref.trim());
      if (s && /!\$?A\$?1$/.test(ref.trim())) marked.add(s);
    }
  }
  return {
    sheets: read.snapshot.sheets
      .filter((s) => s.name !== SETTINGS_SHEET)
      .map((s) => (marked.has(s.name) && startsWithOurTitle(s) ? { ...s, madeByAddin: true } : s)),
  };
}

export async function readSnapshotFromXlsx(bytes: Uint8Array, limits: GuardLimits = DEFAULT_LIMITS): Promise<WorkbookSnapshot> {
  return userSnapshot(readGuarded(guardForReading(bytes, limits)));
}

/** The overrides the add-in saved in its settings sheet: JSON split over A2, A3... ({} when none or unreadable). */
export function overridesOf(read: ReadXlsx): Overrides {
  const sheet = read.snapshot.sheets.find((s) => s.name === SETTINGS_SHEET);
  if (!sheet || sheet.origin.col !== 0) return {};
  let json = '';
  for (let r = 1; ; r++) {
    const v = sheet.values[r - sheet.origin.row]?.[0];
    if (typeof v !== 'string' || v === '') break;
    json += v;
  }
  try {
    const parsed = JSON.parse(json) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Overrides) : {};
  } catch {
    return {};
  }
}
