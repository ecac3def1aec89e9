/**
 * Issues: every problem found in the data, as data (frictionless-style): a code from a fixed
 * vocabulary, a severity, where it is, and a message in the user's language.
 */
import type { TableName } from './schema/types';
import { formatNumberVi } from './format';

export type Severity = 'error' | 'warning' | 'info';

export const ISSUE_CODES = [
  'missing-table',
  'missing-label',
  'duplicate-label',
  'missing-cell',
  'type-error',
  'constraint-error',
  'formula-error',
  'number-as-text',
  'legacy-encoding',
  'duplicate-row',
  'sum-mismatch',
  'unit-mismatch',
  'balance-mismatch',
  'percent-mismatch',
  'date-after-report',
  'date-out-of-period',
  'number-order',
  'doc-number-format',
  'blank-row',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export type Lang = 'vi' | 'en';

export interface Issue {
  code: IssueCode;
  severity: Severity;
  sheet: string;
  /** A1 cell or range on `sheet`; '' only when no cell can be named. */
  cell: string;
  table: TableName | '';
  /** Field key of the table's schema, '' when the issue is about a whole table or row. */
  field: string;
  message: string;
  hint?: string;
  /**
   * How many more issues of the same code, severity, sheet, table, field and column were found and
   * left out of the list after this one (see capIssues); absent = none.
   */
  more?: number;
}

/** Message text in both languages; checks build one of these and `localize` picks the language. */
export interface Bilingual {
  vi: string;
  en: string;
}

export interface IssueDraft extends Omit<Issue, 'message' | 'hint'> {
  message: Bilingual;
  hint?: Bilingual;
}

export function localize(d: IssueDraft, lang: Lang): Issue {
  const { hint, message, ...rest } = d;
  return hint ? { ...rest, message: message[lang], hint: hint[lang] } : { ...rest, message: message[lang] };
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Counts by severity, the issues left out of the list (`more`) included. */
export function countBySeverity(issues: readonly { severity: Severity; more?: number }[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity] += 1 + (typeof i.more === 'number' && i.more > 0 ? i.more : 0);
  return counts;
}

/** Issues kept in the list per code and column: 6 000 bad rows make one short run of lines and a count, not 6 000 lines. */
export const KEPT_PER_COLUMN = 20;

/**
 * Keeps the first `keep` issues of each code, severity, sheet, table, field and column (the letters of
 * `cell`), in the given order; the last one kept says in `more` how many of its kind were left out.
 * Issue 16 §3: a list of tens of thousands of issues is unreadable and costly in every output.
 */
export function capIssues<T extends Omit<Issue, 'message' | 'hint'>>(issues: readonly T[], keep = KEPT_PER_COLUMN): T[] {
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
