/**
 * Issues: every problem found in the data, as data (frictionless-style): a code from a fixed vocabulary
 * (./codes.ts), a severity, where it is, the catalogue sentence it is said in (./sentences/) and the values
 * that sentence names. `issue()` is the one way to make one; `renderIssue()` words it where it is shown.
 */
import { formatNumberVi } from '../format';
import { CODE_CATALOGUE } from './codes';
import { SENTENCES, type HintKey, type SentenceHoles, type SentenceKey } from './sentences';
import type { Issue, IssueParam, IssueParams, IssuePlace, Lang, Severity } from './types';

export * from './types';
export { ISSUE_CODES, CODE_CATALOGUE, type IssueCode, type CodeEntry } from './codes';
export { SENTENCES, PHRASES, PIN_HINTS, type SentenceKey, type SentenceEntry, type PhraseKey, type PinHintKey, type HintKey } from './sentences';
export { renderIssue, issueText, issueMessage, decimalsOf, formatNumber } from './render';
export { SEVERITY_ORDER, countBySeverity } from './counts';

/** The values sentence K names, each of its placeholders given (others may be given for nested phrases). */
export type ParamsOf<K extends SentenceKey> = { [P in SentenceHoles<K>]: IssueParam } & IssueParams;

/** Where an issue is; an issue about no one cell says '' (docs/reporting-schema.md §3). */
export type Where = Partial<IssuePlace> & { sheet: string; cell: string };

/**
 * The one constructor of an issue: sentence `key` of the catalogue, at `where`, naming `params`.
 * The code is the sentence's; the severity is `options.severity`, else the sentence's, else the code's default.
 * `options.hint` gives another hint than the sentence's own (a catalogue phrase).
 */
export function issue<K extends SentenceKey>(
  key: K,
  where: Where,
  params: ParamsOf<K>,
  options: { severity?: Severity; hint?: HintKey; noFigure?: boolean; marksFigures?: boolean } = {},
): Issue {
  const entry = SENTENCES[key];
  const code = entry.code;
  const severity = options.severity ?? ('severity' in entry ? entry.severity : CODE_CATALOGUE[code].severity);
  const out: Issue = { code, severity, sheet: where.sheet, cell: where.cell, table: where.table ?? '', field: where.field ?? '', sentence: key, params };
  if (options.hint) out.hintKey = options.hint;
  if (options.noFigure) out.noFigure = true;
  if (options.marksFigures) out.marksFigures = true;
  return out;
}

/** Issues kept in the list per code and column: 6 000 bad rows make one short run of lines and a count, not 6 000 lines. */
export const KEPT_PER_COLUMN = 20;

/**
 * Keeps the first `keep` issues of each code, severity, sheet, table, field and column (the letters of
 * `cell`), in the given order; the last one kept says in `more` how many of its kind were left out.
 * Issue 16 §3: a list of tens of thousands of issues is unreadable and costly in every output.
 */
export function capIssues<T extends Omit<Issue, 'sentence' | 'params'>>(issues: readonly T[], keep = KEPT_PER_COLUMN): T[] {
  const seen = new Map<string, { count: number; last: T }>();
  const out: T[] = [];
  for (const i of issues) {
    const column = /^\$?([A-Za-z]+)/.exec(i.cell)?.[1] ?? '';
    const key = `${i.code}|${i.severity}|${i.sheet}|${i.table}|${i.field}|${column}`;
    const group = seen.get(key);
    if (!group) {
      seen.set(key, { count: 1, last: i });
      out.push(i);
    } else if (group.count++ < keep) {
      group.last = i;
      out.push(i);
    } else {
      group.last.more = (group.last.more ?? 0) + 1;
    }
  }
  return out;
}

/** The line said after an issue whose `more` counts others left out. */
export function moreInColumn(n: number, lang: Lang): string {
  const count = lang === 'vi' ? formatNumberVi(n) : n.toLocaleString('en-US');
  return lang === 'vi' ? `… và ${count} ô khác có cùng lỗi này trong cột.` : `… and ${count} more cells with the same problem in this column.`;
}
