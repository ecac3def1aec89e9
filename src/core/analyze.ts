/** The whole pipeline in one call: read, check, compute. Every front door goes through here. */
import type { WorkbookSnapshot } from './snapshot';
import { capIssues, issueMessage, SEVERITY_ORDER, type Issue, type Lang } from './issues';
import type { Overrides, ReadTable } from './tables';
import type { TableName } from './schema/types';
import type { ReportInfo } from './reportInfo';
import type { FigureSources, Figures } from './figures/types';
import { readWorkbook } from './read';
import { checkTables } from './check';
import { computeFigures } from './figures';
import { unusedTthcFormApart } from './figures/unusedTthcForm';

export interface AnalyzeOptions {
  lang?: Lang;
  overrides?: Overrides;
  /** Dossier timing by exact time instead of calendar day. */
  exactTime?: boolean;
}

export interface Analysis {
  lang: Lang;
  /** The dossier timing rule the figures were computed with (stated in the report sheet and the draft). */
  exactTime: boolean;
  /** The workbook's sheet names in tab order (to list issues in that order). */
  sheets: string[];
  /**
   * The name of our own report sheet when the workbook holds one (the sheet `report` and the pane add, marked by the
   * defined name `_cchc_report_sheet` and its title: `madeByAddin`), never read as data. Absent: none. The roll-up
   * tells a report copy from the commune's own file by it (rollup/exclude.ts).
   */
  reportSheet?: string;
  tables: Partial<Record<TableName, ReadTable>>;
  info: ReportInfo;
  figures: Figures;
  sources: FigureSources;
  /** As data: each front door words them in its language where it shows them (renderIssue). */
  issues: Issue[];
}

export function analyze(snapshot: WorkbookSnapshot, options: AnalyzeOptions = {}): Analysis {
  const steps = analyzeInSteps(snapshot, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * `analyze` one step at a time: yields the fraction done (0..1) after each step (reading the tables,
 * computing the figures, checking them), so a front door can show a percentage and, on a UI thread,
 * let the page paint between steps. Returns the analysis.
 */
export function* analyzeInSteps(snapshot: WorkbookSnapshot, options: AnalyzeOptions = {}): Generator<number, Analysis, void> {
  const lang = options.lang ?? 'vi';
  const read = readWorkbook(snapshot, options.overrides ?? {});
  // Reading (locating tables, typing every cell) is most of the work.
  yield 0.6;
  const computed = computeFigures(read, { exactTime: options.exactTime });
  yield 0.8;
  const checked = checkTables(read);
  yield 0.95;
  // Kept per code and column, the rest counted (issue 16 §3): the list stays readable and bounded.
  // The issues of a TTHC form the figures do not use are set apart (figures/unusedTthcForm.ts).
  const issues = capIssues(uniqueIssues(unusedTthcFormApart(read.tables, [...read.issues, ...checked, ...computed.issues])));
  const ours = snapshot.sheets.find((s) => s.madeByAddin);
  return {
    lang,
    exactTime: options.exactTime ?? false,
    sheets: snapshot.sheets.map((s) => s.name),
    ...(ours ? { reportSheet: ours.name } : {}),
    tables: read.tables,
    info: read.info,
    figures: computed.figures,
    sources: computed.sources,
    issues,
  };
}

/** One issue per code and place (two checks may meet the same fact), most severe first, then by sheet order. */
function uniqueIssues(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const d of issues) {
    const key = `${d.code}|${d.sheet}|${d.cell}|${d.field}|${issueMessage(d, 'vi')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
