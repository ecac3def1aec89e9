/**
 * A table whose rows are consecutive periods (tester 15 item 23, T71): «Tháng 01/2025 | Tháng 02/2025 | Tháng
 * 03/2025» (maybe a «Cộng quý I» below) in a column no figure is read from. Flows (received, resolved) add up over
 * the rows; stocks (pending at a month's end, carried over at its start) do not (figures/tthc.ts).
 */
import { fold } from '../text/fold';
import { leadingPeriod } from './periodLabel';
import type { TypedRow } from '../tables';
import type { Candidate } from './locate';

/**
 * The first and last period labels (as written) when every row of `rows` other than the totals is labelled with a
 * period in one column no figure is read from, two different ones at least, in order of time; null otherwise.
 */
export function periodRows(c: Candidate, rows: readonly TypedRow[]): { first: string; last: string } | null {
  const read = new Set(Object.values(c.match.columns as Record<string, number>));
  const body = rows.filter((r) => !r.isTotal);
  if (body.length < 2) return null;
  for (let col = c.left; col <= c.right; col++) {
    if (read.has(col)) continue;
    // «Tháng 01/2025», «Tháng 1», «Thang 12 nam 2024», «Quý II/2025», «T3» at the start of each cell (periodLabel.ts).
    const months: { first: number; last: number }[] = [];
    for (const r of body) {
      const p = leadingPeriod(fold(c.grid.text(r.row, col)));
      if (!p) break;
      months.push(p);
    }
    if (months.length !== body.length) continue;
    // In order of time, none overlapping the one above.
    if (!months.every((m, i) => i === 0 || m.first > months[i - 1].last)) continue;
    return { first: c.grid.text(body[0].row, col).trim(), last: c.grid.text(body[body.length - 1].row, col).trim() };
  }
  return null;
}
