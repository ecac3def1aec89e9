/**
 * The communes' reporting period (issue 14 point 1; brief cli11 item 3). Periods are compared by their first and last
 * days (Excel serials, whole days). Reports of different periods are never summed into one total: the total is of ONE
 * period, the one stated by more than half of the communes stating a period (`chosen: 'majority'`); failing that, the one
 * stated by the most (`'most'`), and of several stated by as many, the latest (`'latest'`: the period being reported
 * now, not an old file sent by mistake). Communes of any other period are left out with their reason. A commune giving
 * no period is summed and flagged as giving none: nothing says its period differs.
 */
import type { PeriodCheck } from './types';

const key = (start: number | null, end: number | null) => `${start === null ? '' : Math.floor(start)}|${end === null ? '' : Math.floor(end)}`;

/** True when a commune states no period at all (neither first nor last day). */
export const noPeriod = (p: { periodStart: number | null; periodEnd: number | null }) => p.periodStart === null && p.periodEnd === null;

export function periodCheck(periods: { periodStart: number | null; periodEnd: number | null }[]): PeriodCheck {
  const tally = new Map<string, { n: number; start: number | null; end: number | null }>();
  let stated = 0;
  for (const p of periods) {
    if (noPeriod(p)) continue;
    stated++;
    const k = key(p.periodStart, p.periodEnd);
    const t = tally.get(k) ?? {
      n: 0,
      start: p.periodStart === null ? null : Math.floor(p.periodStart),
      end: p.periodEnd === null ? null : Math.floor(p.periodEnd),
    };
    t.n++;
    tally.set(k, t);
  }
  // Most communes first; of as many, the latest end, then the latest start (a day not given counts as the earliest).
  const day = (x: number | null) => x ?? -Infinity;
  const ranked = [...tally].sort(([, a], [, b]) => b.n - a.n || day(b.end) - day(a.end) || day(b.start) - day(a.start));
  const best = ranked[0];
  const chosen = !best ? null : 2 * best[1].n > stated ? 'majority' : ranked.length > 1 && ranked[1][1].n === best[1].n ? 'latest' : 'most';
  return {
    majority: best ? { start: best[1].start, end: best[1].end } : null,
    chosen,
    differs: periods.map((p) => !best || key(p.periodStart, p.periodEnd) !== best[0]),
  };
}
