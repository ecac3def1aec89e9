/**
 * Issues: every problem found in the data, as data (frictionless-style): a code from a fixed
 * vocabulary, a severity, where it is, and a message in the user's language.
 */
import type { TableName } from './schema/types';

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

export function countBySeverity(issues: readonly { severity: Severity }[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  return counts;
}
