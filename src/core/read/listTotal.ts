/**
 * A total row under a list of records (a staff list's people, a register's documents, an export's dossiers) that
 * states a count: "Cộng: 8 người", "Tổng số: 3 văn bản", "Cộng tháng 01: 02 văn bản", or "Cộng" with "8 người" in
 * the next cell. The figures
 * are counted from the list, never from the total; a count that is not the list's is said (sum-mismatch, a
 * warning: REPORTING-SCHEMA.md §3, "a Tổng cộng row = the sum of its rows"). A total counts the records since
 * the total above it (a group's subtotal) or every record above it (the list's); a total over the list (nothing
 * above it) counts the records under it.
 */
import { a1 } from '../address';
import { issue, type Bilingual, type Issue } from '../issues';
import type { TableName } from '../schema/types';
import type { Candidate } from './locate';
import { periodCountOf } from './countRows';
import { totalCountOf, isTotalText } from './values';

/** What one record of each list is, in the sentence. */
const NOUN: Partial<Record<TableName, Bilingual>> = {
  staff: { vi: 'người', en: 'people' },
  documents: { vi: 'văn bản', en: 'documents' },
  dossiers: { vi: 'hồ sơ', en: 'dossiers' },
};

/** The records typeRows kept: their sheet rows and which are totals. */
interface Records {
  length: number;
  rowOf(i: number): number;
  isTotal(i: number): boolean;
}

/** The issues of the list's total rows whose stated count is not the list's; none for a table whose row is no record. */
export function listTotalIssues(c: Candidate, records: Records): Issue[] {
  const noun = NOUN[c.spec.name];
  // A staff table of counts per level has rows that are levels, not people.
  if (!noun || (c.spec.name === 'staff' && c.match.columns.name === undefined && c.match.columns.givenName === undefined)) return [];
  const out: Issue[] = [];
  const totals: number[] = [];
  for (let i = 0; i < records.length; i++) if (records.isTotal(i)) totals.push(i);
  const plain = (from: number, to: number) => {
    let n = 0;
    for (let i = from; i < to; i++) if (!records.isTotal(i)) n++;
    return n;
  };
  totals.forEach((i, k) => {
    const stated = statedCount(c, records.rowOf(i));
    if (!stated) return;
    const all = plain(0, i);
    const since = plain(k > 0 ? totals[k - 1] + 1 : 0, i);
    const fits = all === 0 ? [plain(i + 1, k + 1 < totals.length ? totals[k + 1] : records.length)] : [since, all];
    if (fits.includes(stated.count)) return;
    const where = { sheet: c.grid.name, cell: stated.cell, table: c.spec.name, field: '' };
    out.push(issue('list-total-count', where, { label: stated.label, stated: stated.count, count: fits[fits.length - 1], noun }));
  });
  return out;
}

/** The count a total row states, the cell it is in and the label's text; null when it states none. */
function statedCount(c: Candidate, row: number): { count: number; cell: string; label: string } | null {
  const { grid } = c;
  for (let col = c.left; col <= c.right; col++) {
    const folded = grid.folded(row, col);
    const period = typeof grid.raw(row, col) === 'string' ? periodCountOf(folded) : null;
    if (typeof grid.raw(row, col) !== 'string' || (period === null && !isTotalText(folded))) continue;
    const label = grid.text(row, col).trim();
    const own = period ?? totalCountOf(folded);
    if (own !== null) return { count: own, cell: a1(row, col), label };
    // "Cộng" | "8 người": the first filled cell after the label.
    for (let next = col + 1; next <= c.right; next++) {
      if (grid.isBlank(row, next)) continue;
      const raw = grid.raw(row, next);
      const m = /^(\d+)(?: (?:nguoi|van ban|ho so))?$/.exec(grid.folded(row, next));
      const count = typeof raw === 'number' ? (Number.isInteger(raw) && raw >= 0 ? raw : null) : m ? Number(m[1]) : null;
      return count === null ? null : { count, cell: a1(row, next), label: `${label} ${grid.text(row, next).trim()}` };
    }
    return null;
  }
  return null;
}
