/**
 * A remembered pure function of a string, for the texts a sheet repeats down thousands of rows (field
 * names, channels, statuses, number formats). The memory is bounded: past `limit` entries it starts over.
 */
export function memoized<T>(limit: number, compute: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let v = known.get(key);
    if (v === undefined && !known.has(key)) {
      v = compute(key);
      if (known.size >= limit) known.clear();
      known.set(key, v);
    }
    return v as T;
  };
}
