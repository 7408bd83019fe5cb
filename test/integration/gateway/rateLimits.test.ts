import { randomBytes } from 'node:crypto';
import { startGateway, type RunningGateway } from '../../../gateway/server';
import { RedisBucketStore } from '../../../gateway/rateLimit/redisBucketStore';
import { MemoryBucketStore } from '../../../gateway/rateLimit/memoryBucketStore';
import type { CustosConfig, SubgraphName } from '../../../lib/config';
import { createLogger } from '../../../lib/logger';
import { bucketStoreCases } from '../../support/bucketStoreCases';
import { describeIf } from '../../support/skipUnless';
import { graphql, startTestFederation, type TestFederation } from '../../support/federation';

/** Rate limits through real HTTP: 429 with Retry-After, per principal and client, one budget across gateways through Redis. */

const QUERY = '{ customers(first: 1) { totalCount } }';
const REDIS_URL = process.env.TEST_REDIS_URL;
const TIGHT = {
  RATE_LIMIT_PRINCIPAL_BURST: '3',
  RATE_LIMIT_PRINCIPAL_PER_MINUTE: '1',
  RATE_LIMIT_CLIENT_BURST: '5',
  RATE_LIMIT_CLIENT_PER_MINUTE: '1',
};

function subgraphUrls(federation: TestFederation): Record<SubgraphName, string> {
  return Object.fromEntries(
    Object.entries(federation.subgraphs).map(([name, subgraph]) => [name, subgraph.url]),
  ) as Record<SubgraphName, string>;
}

async function statuses(
  urls: string[],
  token: string,
  count: number,
  headers: Record<string, string> = {},
): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i < count; i += 1)
    seen.push((await graphql(urls[i % urls.length], QUERY, { token, headers })).status);
  return seen;
}

describe('rate limits on one gateway', () => {
  let federation: TestFederation;
  const extra: RunningGateway[] = [];
  beforeAll(async () => {
    federation = await startTestFederation(TIGHT);
  });
  afterAll(async () => {
    for (const gateway of extra) await gateway.close();
    await federation?.close();
  });

  it('answer 429 with Retry-After once a principal has spent its burst, and spare everyone else', async () => {
    const token = await federation.token({ sub: 'hasty', roles: ['finance_analyst'] });
    expect(await statuses([federation.gateway.url], token, 3)).toEqual([200, 200, 200]);
    const response = await fetch(federation.gateway.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(response.status).toBe(429);
    // One token a minute: the wait is a minute less the time the three requests took (seconds on a busy machine).
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(45);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: `Too many requests for this principal; retry after ${retryAfter} s`,
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter, scope: 'principal' },
        },
      ],
    });

    const other = await federation.token({ sub: 'patient', roles: ['finance_analyst'] });
    expect(await statuses([federation.gateway.url], other, 1)).toEqual([200]);
    expect(await (await fetch(federation.gateway.url.replace(/\/graphql$/, '/metrics'))).text()).toContain(
      'custos_rate_limited_total{scope="principal"} 1',
    );
  });

  it('answer 401, not 429, to a caller without a valid token: the budget is per principal', async () => {
    const statusesWithoutToken = await Promise.all(
      Array.from({ length: 5 }, async () => (await graphql(federation.gateway.url, QUERY)).status),
    );
    expect(statusesWithoutToken).toEqual([401, 401, 401, 401, 401]);
  });

  it('hold every principal of one client name to that client budget as well', async () => {
    const headers = { 'apollographql-client-name': 'nightly-export' };
    const seen: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const token = await federation.token({ sub: `export-worker-${i}`, roles: ['bi_reader'] });
      seen.push(...(await statuses([federation.gateway.url], token, 1, headers)));
    }
    expect(seen).toEqual([200, 200, 200, 200, 200, 429]);
    const token = await federation.token({ sub: 'export-worker-0', roles: ['bi_reader'] });
    const { status, body } = await graphql(federation.gateway.url, QUERY, { token, headers });
    expect(status).toBe(429);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', scope: 'client' });
  });

  it('are counted by each gateway alone without Redis', async () => {
    const second = await startGateway({ config: federation.config, port: 0, subgraphUrls: subgraphUrls(federation) });
    extra.push(second);
    const token = await federation.token({ sub: 'roaming', roles: ['finance_analyst'] });
    expect(await statuses([federation.gateway.url, second.url], token, 8)).toEqual([
      200, 200, 200, 200, 200, 200, 429, 429,
    ]);
  });

  it("fall back to the gateway's own budget while Redis cannot be reached, instead of refusing or not limiting", async () => {
    const config: CustosConfig = {
      ...federation.config,
      rateLimits: { ...federation.config.rateLimits, redisUrl: 'redis://127.0.0.1:1' },
    };
    const gateway = await startGateway({ config, port: 0, subgraphUrls: subgraphUrls(federation) });
    extra.push(gateway);
    const token = await federation.token({ sub: 'redis-less', roles: ['finance_analyst'] });
    expect(await statuses([gateway.url], token, 4)).toEqual([200, 200, 200, 429]);
  });
});

const withRedis = describeIf(Boolean(REDIS_URL), 'TEST_REDIS_URL (.ci/run starts a Redis and sets it)');
if (!REDIS_URL)
  console.warn('rateLimits.test: skipping the Redis cases: set TEST_REDIS_URL (`.ci/run` starts a Redis and sets it)');

withRedis('the Redis bucket store', () => {
  const prefix = `custos-test:${randomBytes(4).toString('hex')}:`;
  bucketStoreCases(async () => {
    const store = new RedisBucketStore({
      url: REDIS_URL as string,
      keyPrefix: prefix,
      timeoutMs: 1000,
      fallback: new FailingStore(),
      log: createLogger('test', 'silent'),
    });
    expect(await store.connect(5000)).toBe(true);
    return store;
  });
});

/** Stands in for the fallback where a case must prove Redis itself decided. */
class FailingStore extends MemoryBucketStore {
  override async take(): Promise<never> {
    throw new Error('the Redis store fell back: Redis did not answer');
  }
}

withRedis('rate limits shared through Redis', () => {
  let federation: TestFederation;
  let second: RunningGateway;
  beforeAll(async () => {
    federation = await startTestFederation({
      ...TIGHT,
      RATE_LIMIT_PRINCIPAL_BURST: '6',
      REDIS_URL: REDIS_URL as string,
      REDIS_KEY_PREFIX: `custos-test:${randomBytes(4).toString('hex')}:`,
    });
    second = await startGateway({ config: federation.config, port: 0, subgraphUrls: subgraphUrls(federation) });
  });
  afterAll(async () => {
    await second?.close();
    await federation?.close();
  });

  it('give two gateways one budget: a principal alternating between them gets its burst once, not twice', async () => {
    const token = await federation.token({ sub: 'two-doors', roles: ['finance_analyst'] });
    const seen = await statuses([federation.gateway.url, second.url], token, 12);
    expect(seen).toEqual([200, 200, 200, 200, 200, 200, 429, 429, 429, 429, 429, 429]);
  });

  it('keep the budget when requests arrive at both gateways at once', async () => {
    const token = await federation.token({ sub: 'stampede', roles: ['finance_analyst'] });
    const urls = [federation.gateway.url, second.url];
    const seen = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => (await graphql(urls[i % 2], QUERY, { token })).status),
    );
    expect(seen.filter((status) => status === 200)).toHaveLength(6);
    expect(seen.filter((status) => status === 429)).toHaveLength(14);
  });
});
