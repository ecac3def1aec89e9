/**
 * The warnings after which a figure or a text of the draft may be wrong: a stated % off, a sum or
 * unit off, a malformed symbol. The draft marks the figures they touch (word/marks.ts); the pane and
 * the page list them right after the errors (issue 11 §4). Kept apart from the draft's code so the
 * pane's first script holds this set without the draft's text helpers.
 */
import type { IssueCode } from './codes';
import type { Issue } from './types';
import type { SentenceKey } from './sentences';

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
 * Warnings of another code that put in question every figure of their table: a table read from a hidden sheet
 * (most often last year's list kept out of sight, tester 11 item 2).
 */
export const FIGURE_SENTENCES: ReadonlySet<SentenceKey> = new Set<SentenceKey>(['read-from-hidden']);

/**
 * A warning that changes a figure: of a code of FIGURE_WARNINGS, on a cell that feeds one (not a column read only
 * to be checked, such as a birth date: `Issue.noFigure`). The draft marks these and the issue lists put them
 * right after the errors.
 */
export function changesFigure(i: Pick<Issue, 'severity' | 'code' | 'noFigure'> & Partial<Pick<Issue, 'sentence' | 'marksFigures'>>): boolean {
  return (
    i.severity === 'warning' &&
    (FIGURE_WARNINGS.has(i.code) || !!i.marksFigures || (i.sentence !== undefined && FIGURE_SENTENCES.has(i.sentence))) &&
    !i.noFigure
  );
}
