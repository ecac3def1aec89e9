/**
 * The `file` host: the Host interface over an .xlsx loaded with exceljs. Used by the command line,
 * the standalone web page and tests. No Node APIs here (no fs): callers pass bytes in and get bytes out.
 *
 * What the add-in leaves in a workbook, and how it is found again (see mark.ts):
 * the report sheet by the defined name `_cchc_report_sheet`; overrides in the very hidden sheet
 * `_cchc_settings`; issue marks as conditional formats whose formula carries MARK_TAG.
 *
 * Known limits of the saved copy (exceljs): data validations are dropped when their ranges are too
 * large to read safely, charts and pivot tables are always dropped. `copyWarnings()` says so.
 */
import ExcelJS from 'exceljs';
import type { Host, Progress } from '../host';
import type { WorkbookSnapshot } from '../../core/snapshot';
import type { SheetLayout } from '../../core/layout/types';
import type { Bilingual, Issue } from '../../core/issues';
import type { Overrides } from '../../core/tables';
import { reportSheetName } from '../../core/layout/sheetName';
import { loadXlsxWithLosses, snapshotOf, type CopyLosses } from './read';
import { copyWarnings } from './losses';
import { writeLayout, LISTS_SHEET } from './write';
import { DEFAULT_LIMITS, type GuardLimits } from './zipGuard';
import { FileError } from './errors';
import {
  MARK_FORMULA,
  MARK_TAG,
  SETTINGS_MARK,
  SETTINGS_SHEET,
  markReportSheet,
  markedReportSheets,
  unmarkReportSheets,
} from './mark';

export { FileError, isFileError } from './errors';
export { readSnapshotFromXlsx } from './read';
export { guardXlsx, DEFAULT_LIMITS } from './zipGuard';
export type { GuardLimits } from './zipGuard';
export type { CopyLosses } from './read';

const MARK_FILL: Record<Issue['severity'], string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };
/** Excel keeps a cell's text up to 32 767 characters; overrides JSON is split into chunks below that. */
const CHUNK = 30000;

type CfRule = { formulae?: string[] };
type Cf = { ref: string; rules: CfRule[] };

function lower(s: string): string {
  return s.toLocaleLowerCase('vi');
}

export class FileHost implements Host {
  private constructor(
    readonly workbook: ExcelJS.Workbook,
    /** What save() cannot carry over from the opened file. */
    readonly losses: CopyLosses = { validations: false, charts: false, pivots: false },
  ) {}

  /** Guards and loads the bytes of an .xlsx (throws FileError when they cannot be used). */
  static async open(bytes: Uint8Array, limits: GuardLimits = DEFAULT_LIMITS): Promise<FileHost> {
    const { workbook, losses } = await loadXlsxWithLosses(bytes, limits);
    return new FileHost(workbook, losses);
  }

  /** One sentence per thing the saved copy lacks compared with the opened file (empty: nothing). */
  copyWarnings(): Bilingual[] {
    return copyWarnings(this.losses);
  }

  /** A new empty workbook (the template). */
  static blank(): FileHost {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'CCHC report add-in';
    return new FileHost(wb);
  }

  async readSnapshot(onProgress?: (p: Progress) => void): Promise<WorkbookSnapshot> {
    onProgress?.({ fraction: null, stage: 'read' });
    const snap = snapshotOf(this.workbook);
    snap.sheets = snap.sheets.filter((s) => s.name !== LISTS_SHEET);
    onProgress?.({ fraction: 1, stage: 'read' });
    return snap;
  }

  private sheetNames(): string[] {
    return this.workbook.worksheets.map((w) => w.name);
  }

  /** A name not yet used (sheet names are compared without case, as Excel does). */
  private freeName(wanted: string): string {
    const taken = new Set(this.sheetNames().map(lower));
    if (!taken.has(lower(wanted))) return wanted;
    for (let n = 2; ; n++) {
      const candidate = `${wanted.slice(0, 31 - ` (${n})`.length)} (${n})`;
      if (!taken.has(lower(candidate))) return candidate;
    }
  }

  async writeReportSheet(layout: SheetLayout): Promise<string> {
    // Replace only the sheet the add-in marked; a user's sheet of the same name is left alone.
    for (const name of markedReportSheets(this.workbook)) {
      const ws = this.workbook.getWorksheet(name);
      if (ws) this.workbook.removeWorksheet(ws.id);
    }
    unmarkReportSheets(this.workbook);
    const name = this.freeName(reportSheetName(this.sheetNames()));
    const ws = this.workbook.addWorksheet(name, { properties: { tabColor: { argb: 'FF2F5597' } } });
    writeLayout(this.workbook, ws, { ...layout, name });
    markReportSheet(this.workbook, name);
    return name;
  }

  async addTemplateSheets(layouts: SheetLayout[]): Promise<string[]> {
    const names: string[] = [];
    for (const layout of layouts) {
      const name = this.freeName(layout.name);
      writeLayout(this.workbook, this.workbook.addWorksheet(name), { ...layout, name });
      names.push(name);
    }
    return names;
  }

  async markIssues(issues: Issue[]): Promise<number> {
    const marked = new Set(markedReportSheets(this.workbook));
    let count = 0;
    const seen = new Set<string>();
    for (const issue of issues) {
      if (!issue.cell || marked.has(issue.sheet)) continue;
      const ws = this.workbook.getWorksheet(issue.sheet);
      if (!ws) continue;
      const key = `${issue.sheet}!${issue.cell}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ws.addConditionalFormatting({
        // A cell, a range, or several of them ("E6, E7"): Excel wants them separated by spaces.
        ref: issue.cell.split(/[\s,;]+/).filter(Boolean).join(' '),
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
    for (const ws of this.workbook.worksheets) {
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
    const ws = this.workbook.getWorksheet(SETTINGS_SHEET);
    if (!ws) return {};
    let json = '';
    for (let r = 2; ; r++) {
      const v = ws.getCell(r, 1).value;
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

  async saveOverrides(overrides: Overrides): Promise<void> {
    const old = this.workbook.getWorksheet(SETTINGS_SHEET);
    if (old) this.workbook.removeWorksheet(old.id);
    const ws = this.workbook.addWorksheet(SETTINGS_SHEET);
    ws.state = 'veryHidden';
    ws.getCell(1, 1).value = SETTINGS_MARK;
    const json = JSON.stringify(overrides);
    for (let i = 0, r = 2; i < json.length; i += CHUNK, r++) ws.getCell(r, 1).value = json.slice(i, i + CHUNK);
  }

  async save(): Promise<Uint8Array> {
    const buf = await this.workbook.xlsx.writeBuffer();
    return new Uint8Array(buf as ArrayBuffer);
  }
}
