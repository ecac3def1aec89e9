/**
 * Loading an .xlsx into exceljs's model, after the zip guard: only to write the report copy.
 * Reading values for the check does not need it (see read.ts and xlsx/).
 */
import type ExcelJS from 'exceljs';
import type { GuardResult } from '../../xlsx/zip/guard';
import { FileError, isFileError } from '../../xlsx/errors';
import { compactValidations } from './compactValidations';
import { unprefixXlsx } from '../../xlsx/unprefix';

/**
 * exceljs's data-validation reader stores one entry per cell of every range (A1:XFD1048576 would
 * exhaust memory), so validations are read only when the guard measured them small (validationSize.ts).
 * The conditional-format reader (xform/sheet/cf/*) keeps each `sqref` as one string and its rules as
 * a list, so its cost grows with the XML only, which the guard already caps: it is always read, and
 * the copy keeps the user's conditional formats.
 */
export const LOAD_OPTIONS = { ignoreNodes: ['dataValidations'] };
const FULL_LOAD_OPTIONS = { ignoreNodes: [] as string[] };

/** What the copy of a loaded workbook cannot carry over from the file. */
export interface CopyLosses {
  /** Data validations (dropdown lists) were not loaded: too large to read safely. */
  validations: boolean;
  charts: boolean;
  pivots: boolean;
}

/** What a copy of the guarded file will lack, known before exceljs loads it (validations counted when first asked). */
export function lossesOf(guard: GuardResult): CopyLosses {
  return {
    get validations() {
      return !guard.validationsSafe;
    },
    ...guard.dropped,
  };
}

/**
 * exceljs itself, imported when first needed: checking a file never needs it, and it is the biggest
 * module of the command line and of the web page's worker.
 */
export async function exceljs(): Promise<typeof ExcelJS> {
  const m = (await import('exceljs')) as unknown as { default?: typeof ExcelJS } & typeof ExcelJS;
  return m.default ?? m;
}

/**
 * Our reader has read the file by then, so a failure here is the copy not understanding how a part was
 * saved, not a broken file: the user is told how to get a copy. The technical cause (`detail`, English)
 * stays out of the sentence: --json prints it, the pane and the page keep it under «Chi tiết».
 */
export const cannotCopy = (detail: string) =>
  new FileError(
    'damaged',
    {
      vi: 'Đã đọc được số liệu, nhưng không ghi được bản sao có thêm sheet báo cáo vì tệp được lưu theo cách chương trình chưa đọc được; hãy mở tệp trong Excel, chọn Lưu thành (Save As) «Excel Workbook (.xlsx)» rồi thử lại.',
      en: 'The figures were read, but a copy with the report sheet cannot be written because of how the file was saved; open it in Excel, Save As «Excel Workbook (.xlsx)» and retry.',
    },
    detail,
  );

/** Loads bytes the guard already passed with exceljs; any exceljs failure becomes FileError 'damaged' saying so. */
export async function loadGuarded(bytes: Uint8Array, guard: GuardResult): Promise<ExcelJS.Workbook> {
  const ExcelJS = await exceljs();
  const options = guard.validationsSafe ? FULL_LOAD_OPTIONS : LOAD_OPTIONS;
  let wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer, options);
  } catch (e) {
    if (isFileError(e)) throw e;
    // Written with namespace prefixes? exceljs reads the same parts without them.
    const plain = unprefixXlsx(bytes);
    if (!plain) throw cannotCopy(e instanceof Error ? e.message.slice(0, 120) : 'exceljs');
    wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(plain as unknown as ExcelJS.Buffer, options);
    } catch (again) {
      throw cannotCopy(again instanceof Error ? again.message.slice(0, 120) : 'exceljs');
    }
  }
  if (guard.validationsSafe) compactValidations(wb);
  return wb;
}
