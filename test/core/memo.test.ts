import { memoized } from '../../src/core/memo';

describe('memoized', () => {
  it('computes each key once, and starts over past its limit', () => {
    const calls: string[] = [];
    const upper = memoized(2, (k) => {
      calls.push(k);
      return k.toUpperCase();
    });
    expect([upper('a'), upper('a'), upper('b'), upper('a')]).toEqual(['A', 'A', 'B', 'A']);
    expect(calls).toEqual(['a', 'b']);
    upper('c'); // the third key: the memory starts over with it
    upper('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('remembers falsy answers too', () => {
    let n = 0;
    const never = memoized(10, () => {
      n++;
      return null;
    });
    never('x');
    never('x');
    expect(n).toBe(1);
  });
});
