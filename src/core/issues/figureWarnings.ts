/**
 * The warnings after which a figure or a text of the draft may be wrong: a stated % off, a sum or
 * unit off, a malformed symbol. The draft marks the figures they touch (word/marks.ts); the pane and
 * the page list them right after the errors (issue 11 §4). Kept apart from the draft's code so the
 * pane's first script holds this set without the draft's text helpers.
 */
import type { IssueCode } from './codes';
import type { Issue } from './types';

export const FIGURE_WARNINGS: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'sum-mismatch',
  'unit-mismatch',
  'balance-mismatch',
  'percent-mismatch',
  'constraint-error',
  'type-error',
  'duplicate-row',
  'doc-number-format',
  'date-out-of-period',
]);

/**
 * A warning that changes a figure: of a code of FIGURE_WARNINGS, on a cell that feeds one (not a column read only
 * to be checked, such as a birth date: `Issue.noFigure`). The draft marks these and the issue lists put them
 * right after the errors.
 */
export function changesFigure(i: Pick<Issue, 'severity' | 'code' | 'noFigure' | 'marksFigures'>): boolean {
  return i.severity === 'warning' && (FIGURE_WARNINGS.has(i.code) || !!i.marksFigures) && !i.noFigure;
}
