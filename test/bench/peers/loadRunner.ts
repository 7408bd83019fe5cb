import autocannon from 'autocannon';
import type { InternalTokenConfig } from '../../../lib/config';
import type { Principal } from '../../../lib/principal';
import { INTERNAL_TOKEN_HEADER, mintInternalToken, type InternalCall } from '../../../lib/tokens/internalToken';

/**
 * The load generator of the peer benchmark, in a process of its own so that its CPU is nobody's
 * measurement. It sends one GraphQL request, through a gateway or straight to a subgraph (then each
 * with its own one-time internal token), for a fixed time over a fixed number of connections, and
 * reports what autocannon saw. A response whose body has GraphQL
 * `errors` counts as a failure, like a non-2xx status.
 */

export interface LoadCall {
  url: string;
  body: string;
  headers: Record<string, string>;
  /** Straight to a subgraph: each request needs a fresh internal token for this call. */
  internal?: InternalCall;
}

export interface LoadSpec {
  call: LoadCall;
  connections: number;
  durationSeconds: number;
  internalToken: InternalTokenConfig;
  principal: Principal;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  p50Ms: number;
  p99Ms: number;
  failures: number;
}

const POOL_LOW_WATER = 2000;
const REFILL_CHUNK = 250;

/** One-time tokens minted ahead of the requests that spend them, topped up between responses. */
class TokenPool {
  private readonly tokens: string[] = [];
  private refilling = false;

  constructor(
    private readonly spec: LoadSpec,
    private readonly call: InternalCall,
  ) {}

  async fill(count: number): Promise<void> {
    const minted = await Promise.all(
      Array.from({ length: count }, () =>
        mintInternalToken(this.spec.internalToken, { principal: this.spec.principal }, this.call),
      ),
    );
    this.tokens.push(...minted);
  }

  take(): string {
    if (this.tokens.length < POOL_LOW_WATER && !this.refilling) {
      this.refilling = true;
      void this.fill(REFILL_CHUNK).finally(() => (this.refilling = false));
    }
    // A dry pool sends a token the subgraph refuses: it shows as a failed request, never as speed.
    return this.tokens.pop() ?? 'exhausted';
  }
}

async function run(spec: LoadSpec): Promise<LoadResult> {
  const { call } = spec;
  const pool = call.internal ? new TokenPool(spec, call.internal) : undefined;
  await pool?.fill(POOL_LOW_WATER * 2);
  const result = await autocannon({
    url: call.url,
    connections: spec.connections,
    duration: spec.durationSeconds,
    method: 'POST',
    body: call.body,
    headers: { 'content-type': 'application/json', ...call.headers },
    ...(pool
      ? {
          requests: [
            {
              setupRequest: (request: autocannon.Request) => ({
                ...request,
                headers: { ...request.headers, [INTERNAL_TOKEN_HEADER]: pool.take() },
              }),
            },
          ],
        }
      : {}),
    verifyBody: (body) => typeof body === 'string' && !body.includes('"errors"'),
  });
  return {
    requests: result.requests.total,
    seconds: result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.errors + result.non2xx + result.mismatches,
  };
}

process.once('message', (spec: LoadSpec) => {
  run(spec).then(
    (result) => process.send?.({ type: 'done', result }, () => process.exit(0)),
    (error: Error) => process.send?.({ type: 'failed', message: error.stack ?? error.message }, () => process.exit(1)),
  );
});
