import type { BucketRule } from './tokenBucket';

/** One request's claim on the buckets it is counted in, with each bucket's rule. */
export interface BucketClaim {
  key: string;
  rule: BucketRule;
}

export type BucketVerdict = { allowed: true } | { allowed: false; retryAfterMs: number; exhausted: number[] };

/** Where buckets live: in this process, or in Redis shared by every gateway. */
export interface BucketStore {
  take(claims: BucketClaim[]): Promise<BucketVerdict>;
  close(): Promise<void>;
}
