import { MemoryBucketStore } from '../../../../gateway/rateLimit/memoryBucketStore';
import { RateLimiter } from '../../../../gateway/rateLimit/rateLimiter';
import { refill, takeFromBuckets } from '../../../../gateway/rateLimit/tokenBucket';
import { loadConfig } from '../../../../lib/config';
import type { Principal } from '../../../../lib/principal';
import { bucketStoreCases } from '../../../support/bucketStoreCases';

const rule = { burst: 2, perMinute: 60 };

describe('a token bucket', () => {
  it('starts full and refills at its rate, never above its burst', () => {
    expect(refill(undefined, rule, 1000)).toEqual({ tokens: 2, at: 1000 });
    expect(refill({ tokens: 0, at: 0 }, rule, 500)).toEqual({ tokens: 0.5, at: 500 });
    expect(refill({ tokens: 1, at: 0 }, rule, 60_000)).toEqual({ tokens: 2, at: 60_000 });
  });

  it('ignores a clock that went backwards instead of draining the bucket', () => {
    expect(refill({ tokens: 1, at: 5000 }, rule, 4000)).toEqual({ tokens: 1, at: 4000 });
  });

  it('takes one token from each bucket, or none, with the wait of the emptiest', () => {
    expect(takeFromBuckets([undefined, { tokens: 1.5, at: 0 }], [rule, rule], 0)).toEqual({
      allowed: true,
      states: [
        { tokens: 1, at: 0 },
        { tokens: 0.5, at: 0 },
      ],
    });
    expect(
      takeFromBuckets(
        [
          { tokens: 0.75, at: 0 },
          { tokens: 0.25, at: 0 },
        ],
        [rule, rule],
        0,
      ),
    ).toEqual({ allowed: false, retryAfterMs: 750, exhausted: [0, 1] });
  });
});

describe('the in-process bucket store', () => {
  bucketStoreCases(() => new MemoryBucketStore());

  it('drops buckets that are full again once it holds many, so a flood of names cannot grow it for ever', async () => {
    const clock = { now: 0 };
    const store = new MemoryBucketStore(() => clock.now);
    for (let i = 0; i <= 10_000; i += 1) await store.take([{ key: `client-${i}`, rule }]);
    expect(store.size).toBe(10_001);
    clock.now = 61_000;
    await store.take([{ key: 'one-more', rule }]);
    expect(store.size).toBe(1);
  });
});

describe('the rate limiter', () => {
  const config = loadConfig({
    RATE_LIMIT_PRINCIPAL_BURST: '2',
    RATE_LIMIT_PRINCIPAL_PER_MINUTE: '30',
    RATE_LIMIT_CLIENT_BURST: '3',
    RATE_LIMIT_CLIENT_PER_MINUTE: '6',
  }).rateLimits;
  const ana: Principal = { sub: 'ana', roles: ['finance_analyst'], regions: ['EU'] };
  const ben: Principal = { sub: 'ben', roles: ['finance_analyst'], regions: ['EU'] };

  it("refuses a principal over its budget with 429, Retry-After in whole seconds, and the budget's name", async () => {
    const refused: string[] = [];
    const limiter = new RateLimiter(config, new MemoryBucketStore(), (scope) => refused.push(scope));
    await limiter.admit(ana, undefined);
    await limiter.admit(ana, undefined);
    const error = await limiter.admit(ana, undefined).catch((caught) => caught);
    expect(error.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 2,
      scope: 'principal',
      http: { status: 429 },
    });
    expect([...error.extensions.http.headers]).toEqual([['retry-after', '2']]);
    expect(refused).toEqual(['principal']);
    await expect(limiter.admit(ben, undefined)).resolves.toBeUndefined();
  });

  it('counts every principal of one client name in that client budget too', async () => {
    const limiter = new RateLimiter(config, new MemoryBucketStore());
    await limiter.admit(ana, 'revenue-dashboard');
    await limiter.admit(ben, 'revenue-dashboard');
    await limiter.admit({ ...ana, sub: 'cleo' }, 'revenue-dashboard');
    await expect(limiter.admit({ ...ana, sub: 'dan' }, 'revenue-dashboard')).rejects.toMatchObject({
      extensions: { scope: 'client', retryAfterSeconds: 10 },
    });
    await expect(limiter.admit({ ...ana, sub: 'dan' }, 'billing-app')).resolves.toBeUndefined();
  });

  it('keys a caller-chosen name of any length or script by a bounded key', async () => {
    const keys: string[] = [];
    const store = new MemoryBucketStore();
    const spy = {
      take: (claims: { key: string }[]) => (keys.push(...claims.map(({ key }) => key)), store.take(claims as never)),
      close: () => store.close(),
    };
    const limiter = new RateLimiter(config, spy as never);
    await limiter.admit({ ...ana, sub: 'ä'.repeat(5000) }, '客户端'.repeat(100));
    expect(keys.every((key) => key.length < 100)).toBe(true);
    await limiter.admit(ana, '客户端');
    expect(keys).toContain('client:客户端');
  });
});
