/**
 * What the pane shows of an analysis: counts and issues, where each table was found, the figures.
 * The web page's worker keeps the whole analysis (its typed rows are about 84 MB of structured
 * clone at 100 000 dossiers) and posts the page only this; reports and drafts are made from the
 * worker's copy (issue 15 point 4). A full Analysis is a view too, so the task pane passes its own.
 */
import type { Analysis } from '../core/analyze';
import type { LocatedTable } from '../core/tables';
import type { TableName } from '../core/schema/types';
import { questionedFigures, type Questioned } from '../core/rollup/questioned';

/** A found table without its rows: the located range, header rows and columns. */
export interface ShownTable {
  located: Omit<LocatedTable, 'dataRows'>;
}

export interface AnalysisView extends Omit<Analysis, 'tables' | 'sources'> {
  tables: Partial<Record<TableName, ShownTable>>;
  /** The figures the draft marks, with their issues' cells (for the roll-up page, which has no sources). */
  questioned?: Questioned;
}

/**
 * The view of `a` to post to the page: the issues as the analysis capped them (see capIssues), the
 * figures, the info and every table's location, the figures in question (questioned.ts); no typed rows, data-row
 * lists or figure sources.
 */
export function viewOf(a: Analysis): AnalysisView {
  const tables: AnalysisView['tables'] = {};
  for (const [name, t] of Object.entries(a.tables) as [TableName, NonNullable<Analysis['tables'][TableName]>][]) {
    const { dataRows: _dataRows, ...located } = t.located;
    tables[name] = { located };
  }
  return {
    lang: a.lang,
    exactTime: a.exactTime,
    sheets: a.sheets,
    ...(a.reportSheet ? { reportSheet: a.reportSheet } : {}),
    info: a.info,
    figures: a.figures,
    issues: a.issues,
    tables,
    questioned: questionedFigures(a),
  };
}
