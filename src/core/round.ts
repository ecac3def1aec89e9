/** Rounding as the schema asks: half away from zero, and largest remainder for shares of one whole. */

/** Rounds half away from zero to `decimals` places (2.45 -> 2.5, -2.45 -> -2.5), immune to 1.005-style float error. */
export function roundHalfAway(x: number, decimals = 1): number {
  const f = 10 ** decimals;
  const scaled = Math.abs(x) * f;
  // A whole number of units is already rounded; the nudge below would pass 0,5 above 5·10^14 (1.334.567 tỷ đồng).
  if (Number.isInteger(scaled)) return (Math.sign(x) * scaled) / f || 0;
  // Nudge by a relative epsilon so that 1.005 * 100 = 100.49999... still rounds up.
  const r = Math.floor(scaled + 0.5 + scaled * Number.EPSILON * 4) / f;
  return Math.sign(x) * r || 0;
}

/** x / whole * 100, rounded; null when it cannot be computed (no whole, or a missing part). */
export function percent(x: number | null, whole: number | null, decimals = 1): number | null {
  if (x === null || whole === null || whole === 0 || !Number.isFinite(x) || !Number.isFinite(whole)) return null;
  return roundHalfAway((x / whole) * 100, decimals);
}

/**
 * Shares of one whole in percent that add up to exactly 100 (largest-remainder method):
 * each share is floored to `decimals`, then the leftover units go to the largest remainders.
 * [1, 17, 3] of 21 -> [4.8, 80.9, 14.3]. Returns nulls when the total is 0.
 */
export function largestRemainder(counts: number[], decimals = 1): (number | null)[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total <= 0) return counts.map(() => null);
  const unit = 10 ** decimals;
  const exact = counts.map((c) => (c / total) * 100 * unit);
  const floors = exact.map((e) => Math.floor(e + 1e-9));
  let left = 100 * unit - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, rem: e - floors[i] })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]++;
    left--;
  }
  return floors.map((f) => f / unit);
}
