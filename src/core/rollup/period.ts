/**
 * The period most communes report, and which communes differ from it (issue 14 point 1). Periods are
 * compared by their first and last days (Excel serials, whole days); a commune that gives no period
 * is flagged too. With a tie between periods, the one named by the earliest commune in input order wins.
 */
import type { PeriodCheck } from './types';

const key = (start: number | null, end: number | null) => `${start === null ? '' : Math.floor(start)}|${end === null ? '' : Math.floor(end)}`;

export function periodCheck(periods: { periodStart: number | null; periodEnd: number | null }[]): PeriodCheck {
  const tally = new Map<string, { n: number; start: number | null; end: number | null }>();
  for (const p of periods) {
    if (p.periodStart === null && p.periodEnd === null) continue;
    const k = key(p.periodStart, p.periodEnd);
    const t = tally.get(k) ?? {
      n: 0,
      start: p.periodStart === null ? null : Math.floor(p.periodStart),
      end: p.periodEnd === null ? null : Math.floor(p.periodEnd),
    };
    t.n++;
    tally.set(k, t);
  }
  let best: { k: string; n: number; start: number | null; end: number | null } | null = null;
  // Map keeps insertion order: a later period needs strictly more communes to win.
  for (const [k, t] of tally) if (!best || t.n > best.n) best = { k, ...t };
  return {
    majority: best ? { start: best.start, end: best.end } : null,
    differs: periods.map((p) => !best || key(p.periodStart, p.periodEnd) !== best.k),
  };
}
