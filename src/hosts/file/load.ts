/**
 * Loading an .xlsx into exceljs's model, after the zip guard: only to write the report copy.
 * Reading values for the check does not need it (see read.ts and xlsx/).
 */
import type ExcelJS from 'exceljs';
import { damaged, type GuardResult } from './zipGuard';
import { isFileError } from './errors';
import { compactValidations } from './compactValidations';

/**
 * exceljs's data-validation reader stores one entry per cell of every range (A1:XFD1048576 would
 * exhaust memory), so validations are read only when the guard measured them small (validationSize.ts).
 * The conditional-format reader (xform/sheet/cf/*) keeps each `sqref` as one string and its rules as
 * a list, so its cost grows with the XML only, which the guard already caps: it is always read, and
 * the copy keeps the user's conditional formats.
 */
export const LOAD_OPTIONS = { ignoreNodes: ['dataValidations'] };
export const FULL_LOAD_OPTIONS = { ignoreNodes: [] as string[] };

/** What the copy of a loaded workbook cannot carry over from the file. */
export interface CopyLosses {
  /** Data validations (dropdown lists) were not loaded: too large to read safely. */
  validations: boolean;
  charts: boolean;
  pivots: boolean;
}

/** What a copy of the guarded file will lack, known before exceljs loads it. */
export function lossesOf(guard: GuardResult): CopyLosses {
  return { validations: !guard.validationsSafe, ...guard.dropped };
}

/**
 * exceljs itself, imported when first needed: checking a file never needs it, and it is the biggest
 * module of the command line and of the web page's worker.
 */
export async function exceljs(): Promise<typeof ExcelJS> {
  const m = (await import('exceljs')) as unknown as { default?: typeof ExcelJS } & typeof ExcelJS;
  return m.default ?? m;
}

/** Loads bytes the guard already passed with exceljs; any exceljs failure becomes FileError 'damaged'. */
export async function loadGuarded(bytes: Uint8Array, guard: GuardResult): Promise<ExcelJS.Workbook> {
  const wb = new (await exceljs()).Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer, guard.validationsSafe ? FULL_LOAD_OPTIONS : LOAD_OPTIONS);
  } catch (e) {
    if (isFileError(e)) throw e;
    throw damaged(e instanceof Error ? e.message.slice(0, 120) : undefined);
  }
  if (guard.validationsSafe) compactValidations(wb);
  return wb;
}
