import { largestRemainder, percent, roundHalfAway } from '../../src/core/round';

describe('roundHalfAway', () => {
  it.each([
    [2.45, 1, 2.5],
    [-2.45, 1, -2.5],
    [2.44, 1, 2.4],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [1.005, 2, 1.01],
    [-1.005, 2, -1.01],
    [1.0049, 2, 1],
    [84.795, 2, 84.8],
    [80.952381, 1, 81],
    [4.7619, 1, 4.8],
    [1220963992, 0, 1220963992],
    [1334567000000000, 0, 1334567000000000],
    [-1334567000000000, 0, -1334567000000000],
    [1220963992.45, 1, 1220963992.5],
    [0, 1, 0],
    [12.345, 0, 12],
    [0.15, 1, 0.2],
    [0.25, 1, 0.3],
    [0.35, 1, 0.4],
    [8.575, 2, 8.58],
  ])('roundHalfAway(%p, %p) = %p', (x, d, r) => {
    expect(roundHalfAway(x, d)).toBe(r);
  });

  it('defaults to one decimal and never returns -0', () => {
    expect(roundHalfAway(84.7619)).toBe(84.8);
    expect(Object.is(roundHalfAway(-0.01, 1), 0)).toBe(true);
    expect(Object.is(roundHalfAway(-0, 1), 0)).toBe(true);
  });
});

describe('percent', () => {
  it('computes rounded shares', () => {
    expect(percent(17, 21)).toBe(81);
    expect(percent(1, 21)).toBe(4.8);
    expect(percent(1, 3, 2)).toBe(33.33);
    expect(percent(2, 3, 2)).toBe(66.67);
    expect(percent(0, 5)).toBe(0);
    expect(percent(5, 5)).toBe(100);
    expect(percent(-1, 8)).toBe(-12.5);
  });

  it('gives null when it cannot be computed', () => {
    expect(percent(1, 0)).toBeNull();
    expect(percent(null, 5)).toBeNull();
    expect(percent(1, null)).toBeNull();
    expect(percent(NaN, 5)).toBeNull();
    expect(percent(1, Infinity)).toBeNull();
  });
});

describe('largestRemainder', () => {
  it('gives the schema example', () => {
    expect(largestRemainder([1, 17, 3])).toEqual([4.8, 80.9, 14.3]);
  });

  it('always adds up to exactly 100 (in units of the last decimal)', () => {
    const cases = [
      [1, 1, 1],
      [1, 2],
      [7, 11, 13, 17],
      [1, 0, 0],
      [3, 3, 3, 3, 3, 3, 3],
      [999, 1],
      [1, 1, 1, 1, 1, 1],
    ];
    for (const counts of cases) {
      for (const d of [0, 1, 2]) {
        const shares = largestRemainder(counts, d) as number[];
        const units = shares.reduce((a, s) => a + Math.round(s * 10 ** d), 0);
        expect(units).toBe(100 * 10 ** d);
      }
    }
  });

  it('gives leftover units to the largest remainders, ties to the first', () => {
    expect(largestRemainder([1, 1, 1])).toEqual([33.4, 33.3, 33.3]);
    expect(largestRemainder([1, 1, 1], 0)).toEqual([34, 33, 33]);
    expect(largestRemainder([1, 2], 0)).toEqual([33, 67]);
    expect(largestRemainder([1, 0, 0])).toEqual([100, 0, 0]);
    expect(largestRemainder([1, 3], 1)).toEqual([25, 75]);
  });

  it('gives nulls when there is nothing to share', () => {
    expect(largestRemainder([0, 0])).toEqual([null, null]);
    expect(largestRemainder([])).toEqual([]);
  });
});
