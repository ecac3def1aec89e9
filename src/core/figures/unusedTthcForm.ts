/**
 * Both TTHC forms filled in one workbook (a Biểu 06 results table and a dossier list, REPORTING-SCHEMA §2: `tthc` and
 * `dossiers`): the results table gives the figures (figures/index.ts, the figure of record), the list none, so the
 * list's issues change no figure of the report and are set apart from the results table's.
 */
import { issue, type Issue } from '../issues';
import { TABLE_LABEL } from '../labels';
import type { ReadResult } from '../read';
import { recordCount } from '../columns';
import type { ReadTable } from '../tables';

/** The issue that compares the two forms: it is about the choice itself, and keeps its severity. */
const ABOUT_BOTH = new Set(['tthc-forms-disagree']);

/**
 * `issues` with those of the TTHC form not used lowered to info (an error or warning there changes no figure: an
 * error is «a figure would be wrong», REPORTING-SCHEMA §3), and one info at the unused table saying which form
 * gives the figures and how many issues were lowered (tthc-form-not-used, code duplicate-label like other
 * candidates of a table not read). `issues` unchanged unless both forms have rows. Pure: new issue
 * objects are made for the ones lowered.
 */
export function unusedTthcFormApart(tables: ReadResult['tables'], issues: readonly Issue[]): Issue[] {
  const { tthc: used, dossiers: unused } = tables;
  // A blank form (a template's results table with no rows) is no second form: the other one is simply used.
  if (!used || !unused || !hasRows(used) || !hasRows(unused)) return [...issues];
  const unusedName = unused.located.table;
  let lowered = 0;
  const out = issues.map((i) => {
    if (i.table !== unusedName || i.severity === 'info' || ABOUT_BOTH.has(i.sentence)) return i;
    lowered++;
    return { ...i, severity: 'info' as const };
  });
  const where = { sheet: unused.located.sheet, cell: unused.located.range, table: unusedName, field: '' };
  const params = {
    used: TABLE_LABEL[used.located.table],
    usedSheet: used.located.sheet,
    unused: TABLE_LABEL[unusedName],
    unusedSheet: unused.located.sheet,
  };
  out.push(lowered > 0 ? issue('tthc-form-not-used-lowered', where, { ...params, count: lowered }) : issue('tthc-form-not-used', where, params));
  return out;
}

function hasRows(t: ReadTable): boolean {
  return recordCount(t) > 0;
}
