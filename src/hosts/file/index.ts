/**
 * The `file` host: the Host interface over the bytes of an .xlsx. Used by the command line, the
 * standalone web page and tests. No Node APIs here (no fs): callers pass bytes in and get bytes out.
 * Opening only guards the bytes. Reading values for the check uses our own reader (read.ts, xlsx/).
 * The report copy is the user's own package with our sheet's parts added (package/): no library
 * loads the user's workbook for it. Only the rarer jobs (issue marks, pinned overrides, template
 * sheets) still go through exceljs, which is handed a canonical zip rebuilt from the guard's parts,
 * never the user's bytes.
 *
 * What the add-in leaves in a workbook, and how it is found again (see mark.ts):
 * the report sheet by the defined name `_cchc_report_sheet`; overrides in the very hidden sheet
 * `_cchc_settings`; issue marks as conditional formats whose formula carries MARK_TAG.
 *
 * Known limits of a copy saved through exceljs (after those rarer jobs only): data validations are
 * dropped when their ranges are too large to read safely, charts and pivot tables are always dropped.
 * `copyWarnings()` says so.
 */
import type ExcelJS from 'exceljs';
import type { Host, Progress } from '../host';
import type { WorkbookSnapshot } from '../../core/snapshot';
import type { SheetLayout } from '../../core/layout/types';
import type { Bilingual, Issue } from '../../core/issues';
import type { Overrides } from '../../core/tables';
import { reportSheetName } from '../../core/layout/sheetName';
import { cannotCopy, exceljs, loadGuarded, lossesOf, type CopyLosses } from './load';
import { guardForReading, overridesOf, readGuarded, readSnapshotFromXlsx, userSnapshot } from './read';
import type { ReadXlsx } from '../../xlsx/read';
import { DEFAULT_LIMITS, type GuardLimits, type GuardResult } from '../../xlsx/zip/guard';
import { copyWarnings } from './losses';
import { sniffFormat, type LegacyFormat } from '../../xlsx/legacy/sniff';
import { formatNotKept } from '../../xlsx/legacy/note';
import { writeLayout, LISTS_SHEET } from './write';
import { FileError, isFileError } from '../../xlsx/errors';
import { addReportSheet, type PackagePart } from '../../xlsx/package/addSheet';
import { packageExtension, partsOfGuard, zipOfParts } from '../../xlsx/package/zipParts';
import { setHiddenSheet } from '../../xlsx/package/hiddenSheet';
import { copyMemoryNeeded, COPY_MEMORY_BUDGET, copyTooBig } from '../../xlsx/package/budget';
import { MARK_FORMULA, MARK_TAG, SETTINGS_MARK, SETTINGS_SHEET, markReportSheet, markedReportSheets, unmarkReportSheets } from './mark';

export { FileError, isFileError } from '../../xlsx/errors';
export { readSnapshotFromXlsx } from './read';
export { LOAD_OPTIONS } from './load';
export { guardXlsx, DEFAULT_LIMITS } from '../../xlsx/zip/guard';
export type { GuardLimits } from '../../xlsx/zip/guard';
export type { CopyLosses } from './load';

const MARK_FILL: Record<Issue['severity'], string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };
/** Excel keeps a cell's text up to 32 767 characters; overrides JSON is split into chunks below that. */
const CHUNK = 30000;

type CfRule = { formulae?: string[] };
type Cf = { ref: string; rules: CfRule[] };

function lower(s: string): string {
  return s.toLocaleLowerCase('vi');
}

async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new (await exceljs()).Workbook();
  wb.creator = 'CCHC report add-in';
  return wb;
}

export class FileHost implements Host {
  /** The exceljs model, loaded on first use. */
  private loading: Promise<ExcelJS.Workbook> | null = null;
  /** The file as opened, as our reader saw it (read on first use). */
  private read: ReadXlsx | null = null;
  /** Set once the add-in changes the workbook: later snapshots are read from a saved copy, so they see the change. */
  private changed: boolean;
  /** Overrides saved in this session (they win over the file's). */
  private overrides: Overrides | null = null;
  /** The package as changed by the report sheet (null: as opened). */
  private parts: PackagePart[] | null = null;
  /** The report sheet written in this session (ours whatever its content). */
  private written: string | null = null;
  /** Sheet names the copy had to shorten (over Excel's 31 characters). */
  private renamed = new Map<string, string>();

  private constructor(
    /** The opened file; null for a new workbook, and for an old format until its .xlsx is built. */
    private source: { bytes: Uint8Array; guard: GuardResult } | null,
    /** What save() cannot carry over from the opened file. */
    readonly losses: CopyLosses = { validations: false, charts: false, pivots: false },
    /** An old or exported format (.xls, XML 2003, HTML), already read: the copy is a new .xlsx of its sheets. */
    readonly convertedFrom: LegacyFormat | null = null,
    converted: ReadXlsx | null = null,
  ) {
    this.changed = source === null && converted === null;
    this.read = converted;
  }

  /**
   * Guards the bytes of an .xlsx (throws FileError when they cannot be used); reads nothing yet.
   * An .xls, XML Spreadsheet 2003 or HTML table (told by its bytes, whatever its name) is read now,
   * through the library loaded for it alone (legacy/read.ts), under its own size and cell limits.
   */
  static async open(bytes: Uint8Array, limits: GuardLimits = DEFAULT_LIMITS): Promise<FileHost> {
    const format = sniffFormat(bytes);
    if (format !== null && format !== 'zip') {
      const { readLegacy } = await import('../../xlsx/legacy/read');
      return new FileHost(null, undefined, format, await readLegacy(bytes, format, limits));
    }
    const guard = guardForReading(bytes, limits);
    return new FileHost({ bytes, guard }, lossesOf(guard));
  }

  /** One sentence per thing the saved copy lacks compared with the opened file (empty: nothing; always so for the report copy alone). */
  copyWarnings(): Bilingual[] {
    const out = this.loading && this.source && !this.convertedFrom ? copyWarnings(this.losses) : [];
    if (this.convertedFrom) out.unshift(formatNotKept(this.convertedFrom));
    if (this.renamed.size > 0) {
      const list = [...this.renamed].map(([from, to]) => `«${from}» → «${to}»`).join('; ');
      out.push({
        vi: `Excel chỉ cho tên sheet dài tối đa 31 ký tự nên bản sao báo cáo rút gọn tên ${this.renamed.size} sheet: ${list}; tệp gốc không bị thay đổi.`,
        en: `Excel allows sheet names of at most 31 characters, so the report copy shortens ${this.renamed.size} sheet names: ${list}; the original file is unchanged.`,
      });
    }
    return out;
  }

  /** A new empty workbook (the template). */
  static blank(): FileHost {
    return new FileHost(null);
  }

  /**
   * The exceljs model of the workbook, loaded on first use (FileError 'damaged' when exceljs cannot).
   * exceljs gets a canonical zip of the parts the guard checked (every part stored inflated, within the
   * guard's budget), never the user's own zip.
   */
  workbook(): Promise<ExcelJS.Workbook> {
    if (!this.loading && !this.source && this.convertedFrom && this.read) this.loading = this.loadConverted(this.read);
    if (!this.loading && this.source) {
      const guard = this.source.guard;
      const canonical = zipOfParts(this.parts ?? partsOfGuard(guard), true);
      // exceljs holds its own copy: the parts the guard kept for our reader can go (read later, they are inflated again).
      guard.release();
      this.loading = loadGuarded(canonical, guard);
    }
    this.loading ??= newWorkbook();
    return this.loading;
  }

  /** An old format's sheets as read, built into an .xlsx that then goes the way of any opened .xlsx. */
  private async loadConverted(read: ReadXlsx): Promise<ExcelJS.Workbook> {
    const { xlsxOfRead } = await import('./legacyCopy');
    const bytes = await xlsxOfRead(read);
    const guard = guardForReading(bytes);
    this.source = { bytes, guard };
    guard.release();
    return loadGuarded(bytes, guard);
  }

  private async changing(): Promise<ExcelJS.Workbook> {
    const wb = await this.workbook();
    this.changed = true;
    return wb;
  }

  private readFile(onSheet?: (done: number, total: number) => void): ReadXlsx {
    this.read ??= readGuarded(this.source!.guard, onSheet);
    return this.read;
  }

  async readSnapshot(onProgress?: (p: Progress) => void): Promise<WorkbookSnapshot> {
    onProgress?.({ fraction: null, stage: 'read' });
    const snap = this.changed
      ? await readSnapshotFromXlsx(await this.save())
      : userSnapshot(this.readFile((done, total) => onProgress?.({ fraction: done / total, stage: 'read' })));
    onProgress?.({ fraction: 1, stage: 'read' });
    return { sheets: snap.sheets.filter((s) => s.name !== LISTS_SHEET) };
  }

  /** A name not yet used in the workbook (sheet names are compared without case, as Excel does). */
  private freeName(wb: ExcelJS.Workbook, wanted: string): string {
    const taken = new Set(wb.worksheets.map((w) => lower(w.name)));
    if (!taken.has(lower(wanted))) return wanted;
    for (let n = 2; ; n++) {
      const candidate = `${wanted.slice(0, 31 - ` (${n})`.length)} (${n})`;
      if (!taken.has(lower(candidate))) return candidate;
    }
  }

  /**
   * The report sheet added to the package (see package/addSheet.ts), replacing only a sheet the add-in
   * made; after a job that loaded exceljs, written through exceljs. FileError 'too-large' when the copy
   * would pass COPY_MEMORY_BUDGET.
   */
  async writeReportSheet(layout: SheetLayout): Promise<string> {
    await this.convertToPackage();
    if (this.source && !this.loading) {
      const guard = this.source.guard;
      const needed = copyMemoryNeeded(this.source.bytes.length, guard, layout);
      if (needed > COPY_MEMORY_BUDGET) throw copyTooBig(needed);
      const ours = new Set(
        userSnapshot(this.readFile())
          .sheets.filter((s) => s.madeByAddin)
          .map((s) => s.name),
      );
      if (this.written) ours.add(this.written);
      let r: ReturnType<typeof addReportSheet>;
      try {
        r = addReportSheet(this.parts ?? partsOfGuard(guard), layout, { isOurs: (n) => ours.has(n) });
      } catch (e) {
        if (isFileError(e)) throw e;
        throw cannotCopy(e instanceof Error ? e.message.slice(0, 120) : String(e));
      }
      this.parts = r.parts;
      this.written = r.sheet;
      for (const [from, to] of r.renamed) this.renamed.set(from, to);
      this.changed = true;
      return r.sheet;
    }
    return this.writeReportSheetExceljs(layout);
  }

  /** An old format: its sheets as read are built into an .xlsx package, which then gets our parts as any other. */
  private async convertToPackage(): Promise<void> {
    if (!this.source && this.convertedFrom && this.read && !this.loading) {
      const { xlsxOfRead } = await import('./legacyCopy');
      const bytes = await xlsxOfRead(this.read);
      this.source = { bytes, guard: guardForReading(bytes) };
    }
  }

  private async writeReportSheetExceljs(layout: SheetLayout): Promise<string> {
    const wb = await this.changing();
    // Replace only the sheet the add-in marked; a user's sheet of the same name is left alone.
    for (const name of markedReportSheets(wb)) {
      const ws = wb.getWorksheet(name);
      if (ws) wb.removeWorksheet(ws.id);
    }
    unmarkReportSheets(wb);
    const name = this.freeName(wb, reportSheetName(wb.worksheets.map((w) => w.name)));
    const ws = wb.addWorksheet(name, { properties: { tabColor: { argb: 'FF2F5597' } } });
    writeLayout(wb, ws, { ...layout, name });
    markReportSheet(wb, name);
    return name;
  }

  async addTemplateSheets(layouts: SheetLayout[]): Promise<string[]> {
    const wb = await this.changing();
    const names: string[] = [];
    for (const layout of layouts) {
      const name = this.freeName(wb, layout.name);
      writeLayout(wb, wb.addWorksheet(name), { ...layout, name });
      names.push(name);
    }
    return names;
  }

  async markIssues(issues: Issue[]): Promise<number> {
    const wb = await this.changing();
    const marked = new Set(markedReportSheets(wb));
    let count = 0;
    const seen = new Set<string>();
    for (const issue of issues) {
      if (!issue.cell || marked.has(issue.sheet)) continue;
      const ws = wb.getWorksheet(issue.sheet);
      if (!ws) continue;
      const key = `${issue.sheet}!${issue.cell}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ws.addConditionalFormatting({
        // A cell, a range, or several of them ("E6, E7"): Excel wants them separated by spaces.
        ref: issue.cell
          .split(/[\s,;]+/)
          .filter(Boolean)
          .join(' '),
        rules: [
          {
            type: 'expression',
            priority: 1,
            formulae: [MARK_FORMULA],
            style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: MARK_FILL[issue.severity] } } },
          },
        ],
      });
      count++;
    }
    return count;
  }

  async clearMarks(): Promise<void> {
    const wb = await this.changing();
    for (const ws of wb.worksheets) {
      const list = (ws as unknown as { conditionalFormattings: Cf[] }).conditionalFormattings;
      if (!list) continue;
      const kept = list.filter((cf) => !cf.rules.some((r) => (r.formulae ?? []).some((f) => f.includes(MARK_TAG))));
      (ws as unknown as { conditionalFormattings: Cf[] }).conditionalFormattings = kept;
    }
  }

  /** There is no window to select in: nothing to do. */
  async selectCell(_sheet: string, _cell: string): Promise<void> {}

  async getSelection(): Promise<{ sheet: string; range: string }> {
    throw new FileError('unreadable', {
      vi: 'Không có vùng chọn khi làm việc trên tệp; hãy nhập vùng (ví dụ B4:H20).',
      en: 'There is no selection when working on a file; type the range instead (e.g. B4:H20).',
    });
  }

  async loadOverrides(): Promise<Overrides> {
    if (this.overrides) return this.overrides;
    if (!this.source) return {};
    return overridesOf(this.readFile());
  }

  /**
   * The overrides as JSON in A2, A3… of the very hidden sheet `_cchc_settings` (A1: whose it is). Written
   * into the user's own package (package/hiddenSheet.ts) unless exceljs already holds the workbook: no
   * library has to understand the package for a pin to reach the copy (tester 6 item 17).
   */
  async saveOverrides(overrides: Overrides): Promise<void> {
    await this.convertToPackage();
    if (this.source && !this.loading) {
      const json = JSON.stringify(overrides);
      const lines = [SETTINGS_MARK];
      for (let i = 0; i < json.length; i += CHUNK) lines.push(json.slice(i, i + CHUNK));
      try {
        this.parts = setHiddenSheet(this.parts ?? partsOfGuard(this.source.guard), SETTINGS_SHEET, lines);
      } catch (e) {
        if (isFileError(e)) throw e;
        throw cannotCopy(e instanceof Error ? e.message.slice(0, 120) : String(e));
      }
      this.overrides = overrides;
      this.changed = true;
      return;
    }
    const wb = await this.changing();
    this.overrides = overrides;
    const old = wb.getWorksheet(SETTINGS_SHEET);
    if (old) wb.removeWorksheet(old.id);
    const ws = wb.addWorksheet(SETTINGS_SHEET);
    ws.state = 'veryHidden';
    ws.getCell(1, 1).value = SETTINGS_MARK;
    const json = JSON.stringify(overrides);
    for (let i = 0, r = 2; i < json.length; i += CHUNK, r++) ws.getCell(r, 1).value = json.slice(i, i + CHUNK);
  }

  /**
   * The extension save()'s bytes need: 'xlsm' when the user's macro-enabled package is re-zipped with its
   * macros (Excel refuses it named .xlsx), 'xlsx' for exceljs's save (which drops the macros) and converted formats.
   */
  copyExtension(): 'xlsx' | 'xlsm' {
    return this.source && !this.loading ? packageExtension(this.parts ?? partsOfGuard(this.source.guard)) : 'xlsx';
  }

  /** The workbook's bytes: the package re-zipped (the report copy), or exceljs's save after the rarer jobs. */
  async save(): Promise<Uint8Array> {
    if (this.source && !this.loading) return zipOfParts(this.parts ?? partsOfGuard(this.source.guard));
    const buf = await (await this.workbook()).xlsx.writeBuffer();
    return new Uint8Array(buf as ArrayBuffer);
  }
}
