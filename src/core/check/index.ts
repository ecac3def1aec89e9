/** The checks of REPORTING-SCHEMA.md §3 that look at values across cells, rows and tables. */
import type { IssueDraft } from '../issues';
import type { ReadResult } from '../read';

export function checkTables(_read: ReadResult): IssueDraft[] {
  throw new Error('checkTables: not implemented yet');
}
