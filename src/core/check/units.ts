/**
 * Unit slips: a sum of amounts that fails, but holds once one or two of its cells are scaled by
 * 10^±3 or 10^±6 (a value typed in nghìn đồng or triệu đồng in a sheet in đồng, or the reverse).
 * Seed: 1.464.000 = 1.095.000 + 369.000.000 fails; scaling 1.464.000 and 1.095.000 by 1.000 makes it hold.
 *
 * Several scalings may make a sum hold (here also 369.000.000 / 1.000). The most plausible wins:
 * 1. the one that makes the most stated percentages of the scaled rows agree with their amounts;
 * 2. the one that brings the scaled values nearest the size of the table's other amounts;
 * 3. the one scaling fewer cells; 4. scaling up (dropped zeros are the usual slip).
 */
export const UNIT_FACTORS = [1e3, 1e6, 1e-3, 1e-6];

export interface UnitTerm {
  value: number;
  /** Whether the row's stated % agrees with its amounts if this cell held `v`; null when it cannot tell. */
  pctFits?: (v: number) => boolean | null;
}

export interface UnitFix {
  /** Index into [total, ...parts] -> factor. */
  scaled: { index: number; factor: number }[];
}

/** Sum holds for amounts: ±1 đồng, widened by the rounding a value typed in a bigger unit carried. */
export function amountSumHolds(total: number, parts: number[], slack = 0): boolean {
  const sum = parts.reduce((a, b) => a + b, 0);
  return Math.abs(total - sum) <= 1 + slack + 1e-9 * Math.max(Math.abs(total), Math.abs(sum));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Finds the most plausible scaling of one or two terms that makes total = Σ parts hold, or null.
 * `others`: the table's other amounts (not in this sum), to judge the usual size of its values.
 */
export function findUnitFix(total: UnitTerm, parts: UnitTerm[], others: number[]): UnitFix | null {
  const terms = [total, ...parts];
  const candidates: UnitFix[] = [];
  const tryFix = (scaled: { index: number; factor: number }[]) => {
    const v = terms.map((t) => t.value);
    let slack = 0;
    for (const s of scaled) {
      v[s.index] *= s.factor;
      if (s.factor > 1) slack += s.factor / 2;
    }
    if (amountSumHolds(v[0], v.slice(1), slack)) candidates.push({ scaled });
  };
  const nonZero = terms.map((t, i) => (t.value !== 0 ? i : -1)).filter((i) => i >= 0);
  for (const i of nonZero) for (const f of UNIT_FACTORS) tryFix([{ index: i, factor: f }]);
  for (let a = 0; a < nonZero.length; a++)
    for (let b = a + 1; b < nonZero.length; b++)
      for (const f of UNIT_FACTORS)
        for (const g of UNIT_FACTORS)
          tryFix([
            { index: nonZero[a], factor: f },
            { index: nonZero[b], factor: g },
          ]);
  if (candidates.length === 0) return null;

  const logs = others.filter((x) => x !== 0 && Number.isFinite(x)).map((x) => Math.log10(Math.abs(x)));
  const ref = logs.length > 0 ? median(logs) : null;
  const score = (c: UnitFix) => {
    let pct = 0;
    let size = 0;
    let up = 0;
    for (const { index, factor } of c.scaled) {
      const t = terms[index];
      const after = t.pctFits?.(t.value * factor) ?? null;
      const before = t.pctFits?.(t.value) ?? null;
      pct += (after ? 1 : 0) - (before ? 1 : 0);
      if (ref !== null) {
        const lv = Math.log10(Math.abs(t.value));
        size += Math.abs(lv + Math.log10(factor) - ref) - Math.abs(lv - ref);
      }
      up += Math.log10(factor);
    }
    return { pct, size, n: c.scaled.length, up };
  };
  const scored = candidates.map((c) => ({ c, s: score(c) }));
  scored.sort((x, y) => y.s.pct - x.s.pct || x.s.size - y.s.size || x.s.n - y.s.n || y.s.up - x.s.up);
  return scored[0].c;
}
