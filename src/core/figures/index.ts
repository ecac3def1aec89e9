/** The figures of docs/reporting-schema.md §4, computed from typed rows. */
import { issue, type Issue } from '../issues';
import type { ReadResult } from '../read';
import type { ReadTable } from '../tables';
import { recordCount } from '../columns';
import { computeBudget } from './budget';
import { newContext, type FigureContext } from './common';
import { computeDocuments } from './documents';
import { computeDossiers } from './dossiers';
import { computeIndicators } from './indicators';
import { computeInvestment } from './investment';
import { computeStaff } from './staff';
import { computeSurvey } from './survey';
import { computeTthcCounts } from './tthc';
import type { FigureSources, Figures, TthcFigures } from './types';
import type { ReportInfo } from '../reportInfo';

export { TIMING_RULE, timingRule } from './dossiers';

export interface FigureOptions {
  /** Compare dossier dates to the second (Quyết định 766/QĐ-TTg) instead of by calendar day. */
  exactTime?: boolean;
}

export interface ComputedFigures {
  figures: Figures;
  sources: FigureSources;
  issues: Issue[];
}

/** True when the TTHC figures come from the dossier log (no counts table with rows), so the timing rule applies. */
export function tthcFromDossiers(tables: ReadResult['tables']): boolean {
  return !hasRows(tables.tthc) && hasRows(tables.dossiers);
}

function hasRows(t: ReadTable | undefined): t is ReadTable {
  return !!t && recordCount(t) > 0;
}

export function computeFigures(read: ReadResult, options: FigureOptions = {}): ComputedFigures {
  const { info } = read;
  // A table found with no data rows (a blank template sheet) is no data: its block is null, not zeros.
  const tables = Object.fromEntries(Object.entries(read.tables).filter(([, t]) => hasRows(t))) as ReadResult['tables'];
  const ctx = newContext(info.decimals ?? 1);
  const figures: Figures = {
    indicators: tables.indicators ? computeIndicators(tables.indicators, ctx) : null,
    survey: tables.survey ? computeSurvey(tables.survey, ctx) : null,
    documents: tables.documents ? computeDocuments(tables.documents, ctx, info) : null,
    // The clerk's counts table (Biểu 06) is the figure of record; the dossier log is used when there is none.
    tthc: tables.tthc ? computeTthcCounts(tables.tthc, ctx) : tables.dossiers ? computeDossiers(tables.dossiers, info, !!options.exactTime, ctx) : null,
    staff: tables.staff ? computeStaff(tables.staff, ctx) : null,
    budget: tables.budget ? computeBudget(tables.budget, ctx) : null,
    investment: tables.investment ? computeInvestment(tables.investment, ctx) : null,
  };
  if (figures.tthc && tables.tthc && tables.dossiers) compareTthcForms(figures.tthc, tables.tthc, tables.dossiers, info, !!options.exactTime, ctx);
  return { figures, sources: ctx.sources, issues: ctx.issues };
}

/**
 * Both TTHC forms filled (tester 14 finding 7): the results table (Biểu 06) is the figure of record, the dossier list
 * is counted aside (its own figure issues dropped) and, when its received or resolved count differs, a warning at the
 * list names both totals and says which one the report uses, so the list's other issues are read as not counting.
 */
function compareTthcForms(used: TthcFigures, summary: ReadTable, list: ReadTable, info: ReportInfo, exactTime: boolean, ctx: FigureContext): void {
  const aside = computeDossiers(list, info, exactTime, newContext(info.decimals ?? 1));
  if (aside.received === used.received && aside.resolved === used.resolved) return;
  const n = (v: number | null) => v ?? '—';
  ctx.issues.push(
    issue(
      'tthc-forms-disagree',
      { sheet: list.located.sheet, cell: list.located.range, table: 'dossiers', field: '' },
      {
        summarySheet: summary.located.sheet,
        listSheet: list.located.sheet,
        summaryReceived: n(used.received),
        summaryResolved: n(used.resolved),
        listReceived: n(aside.received),
        listResolved: n(aside.resolved),
      },
    ),
  );
}
