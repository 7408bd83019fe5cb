import { createHash } from 'node:crypto';
import type { RateLimitConfig } from '../../lib/config';
import { rateLimited } from '../../lib/errors';
import type { Principal } from '../../lib/principal';
import type { BucketClaim, BucketStore } from './bucketStore';

export type RateLimitScope = 'principal' | 'client';

/**
 * Admits a request, or refuses it with 429 and how long to wait. Each request is counted in its
 * principal's bucket and, when it names its client (`apollographql-client-name`), in that client's
 * bucket too: one busy user cannot starve the others, nor one tool all its users. A request
 * without a client name is limited by its principal alone.
 */
export class RateLimiter {
  constructor(
    private readonly config: RateLimitConfig,
    private readonly store: BucketStore,
    private readonly onRefused: (scope: RateLimitScope) => void = () => undefined,
  ) {}

  /** Throws RATE_LIMITED (HTTP 429, `Retry-After`) when a bucket is empty. */
  async admit(principal: Principal, clientName: string | undefined): Promise<void> {
    const claims: (BucketClaim & { scope: RateLimitScope })[] = [
      { scope: 'principal', key: `principal:${bucketName(principal.sub)}`, rule: this.config.principal },
    ];
    if (clientName) claims.push({ scope: 'client', key: `client:${bucketName(clientName)}`, rule: this.config.client });
    const verdict = await this.store.take(claims);
    if (verdict.allowed) return;
    const scope = claims[verdict.exhausted[0]].scope;
    this.onRefused(scope);
    throw rateLimited(Math.max(1, Math.ceil(verdict.retryAfterMs / 1000)), scope);
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

/** Names are the caller's to choose: long ones are hashed so no key grows with them. */
function bucketName(name: string): string {
  return name.length <= 128 ? name : `sha256:${createHash('sha256').update(name).digest('hex')}`;
}
