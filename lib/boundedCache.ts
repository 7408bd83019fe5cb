/** A function remembered per string key, up to a number of keys, and a way to forget everything. */
export interface BoundedCache<T> {
  (key: string): T;
  clear(): void;
}

/**
 * Remembers `compute` per key. At `limit` keys everything is dropped and remembering starts again:
 * memory stays flat without bookkeeping per entry.
 */
export function boundedCache<T>(compute: (key: string) => T, limit: number): BoundedCache<T> {
  let cache = new Map<string, T>();
  const cached = (key: string): T => {
    let hit = cache.get(key);
    if (hit === undefined) {
      if (cache.size >= limit) cache = new Map();
      hit = compute(key);
      cache.set(key, hit);
    }
    return hit;
  };
  cached.clear = () => {
    cache = new Map();
  };
  return cached;
}
