/**
 * Ranking of communes by one figure, highest first, ties ranked equal ("1, 1, 3": standard
 * competition ranking). Values are compared as the communes' reports state them (rounded to their
 * decimals), so two communes printed alike share a rank. A commune without the figure is not ranked
 * and comes last, in input order.
 */
import type { Ranked } from './types';

export function rankDescending(values: (number | null)[]): Ranked[] {
  const known = values
    .map((value, index) => ({ index, value }))
    .filter((r): r is { index: number; value: number } => r.value !== null && Number.isFinite(r.value))
    .sort((a, b) => b.value - a.value || a.index - b.index);
  const out: Ranked[] = [];
  known.forEach((r, i) => {
    const rank = i > 0 && known[i - 1].value === r.value ? out[i - 1].rank : i + 1;
    out.push({ index: r.index, value: r.value, rank });
  });
  values.forEach((v, index) => {
    if (v === null || !Number.isFinite(v)) out.push({ index, value: null, rank: null });
  });
  return out;
}
