/**
 * The communes' reporting period (issue 14 point 1; the clerk-tester's roll-up faults). Periods are
 * compared by their first and last days (Excel serials, whole days). A period is the majority's only
 * when MORE than half of the communes that state a period share it: one file's period is never taken
 * for the province's when the others all differ. Without a majority nobody is left out: every commune
 * is summed and every output says the periods differ (`mixed`). A commune giving no period is always
 * summed and flagged as giving none.
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
  // Strictly more than half: there is at most one such period, so no tie to break.
  const best = [...tally].find(([, t]) => 2 * t.n > stated);
  return {
    majority: best ? { start: best[1].start, end: best[1].end } : null,
    mixed: !best && tally.size > 1,
    differs: periods.map((p) => !best || key(p.periodStart, p.periodEnd) !== best[0]),
  };
}
