import type { BucketStore } from '../../gateway/rateLimit/bucketStore';

/**
 * The cases every rate-limit bucket store must pass, in this process or in Redis: the two run the
 * same arithmetic in two languages, so they are held to the same cases.
 */
export function bucketStoreCases(makeStore: () => BucketStore | Promise<BucketStore>): void {
  let store: BucketStore;
  let run = 0;
  beforeEach(async () => {
    store = await makeStore();
    run += 1;
  });
  afterEach(() => store.close());
  const key = (name: string) => `${name}-${run}`;
  const slow = { burst: 3, perMinute: 6 };

  it('admits a burst, then refuses and says when one token will be back', async () => {
    const claims = [{ key: key('ana'), rule: slow }];
    const verdicts = [];
    for (let i = 0; i < 4; i += 1) verdicts.push(await store.take(claims));
    expect(verdicts.slice(0, 3)).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }]);
    expect(verdicts[3]).toMatchObject({ allowed: false, exhausted: [0] });
    const { retryAfterMs } = verdicts[3] as { retryAfterMs: number };
    expect(retryAfterMs).toBeGreaterThan(9_000);
    expect(retryAfterMs).toBeLessThanOrEqual(10_000);
  });

  it('takes from every bucket or from none', async () => {
    const full = { key: key('full'), rule: slow };
    const empty = { key: key('empty'), rule: { burst: 1, perMinute: 1 } };
    expect(await store.take([empty])).toEqual({ allowed: true });
    expect(await store.take([full, empty])).toMatchObject({ allowed: false, exhausted: [1] });
    for (let i = 0; i < 3; i += 1) expect(await store.take([full])).toEqual({ allowed: true });
    expect(await store.take([full])).toMatchObject({ allowed: false, exhausted: [0] });
  });

  it('names every empty bucket and waits for the slowest', async () => {
    const a = { key: key('a'), rule: { burst: 1, perMinute: 60 } };
    const b = { key: key('b'), rule: { burst: 1, perMinute: 6 } };
    await store.take([a, b]);
    const verdict = await store.take([a, b]);
    expect(verdict).toMatchObject({ allowed: false, exhausted: [0, 1] });
    expect((verdict as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(9_000);
  });

  it('keeps buckets apart', async () => {
    const rule = { burst: 1, perMinute: 1 };
    expect(await store.take([{ key: key('one'), rule }])).toEqual({ allowed: true });
    expect(await store.take([{ key: key('two'), rule }])).toEqual({ allowed: true });
    expect(await store.take([{ key: key('one'), rule }])).toMatchObject({ allowed: false });
  });

  it('refills at its rate', async () => {
    const fast = [{ key: key('fast'), rule: { burst: 2, perMinute: 120 } }];
    await store.take(fast);
    await store.take(fast);
    expect(await store.take(fast)).toMatchObject({ allowed: false });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await store.take(fast)).toEqual({ allowed: true });
  });
}
