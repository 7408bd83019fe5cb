import type { BucketClaim, BucketStore, BucketVerdict } from './bucketStore';
import { msUntilFull, takeFromBuckets, type BucketState } from './tokenBucket';

/** Above this many buckets, full ones are dropped: a flood of new names cannot grow memory for ever. */
const SWEEP_ABOVE = 10_000;

interface StoredBucket extends BucketState {
  fullAt: number;
}

/** Buckets in this process: one gateway's budget. */
export class MemoryBucketStore implements BucketStore {
  private readonly buckets = new Map<string, StoredBucket>();
  private readonly now: () => number;
  private lastSweep = 0;

  constructor(now: () => number = Date.now) {
    this.now = now;
  }

  async take(claims: BucketClaim[]): Promise<BucketVerdict> {
    const now = this.now();
    const result = takeFromBuckets(
      claims.map(({ key }) => this.buckets.get(key)),
      claims.map(({ rule }) => rule),
      now,
    );
    if (!result.allowed) return result;
    result.states.forEach((state, index) =>
      this.buckets.set(claims[index].key, { ...state, fullAt: now + msUntilFull(state, claims[index].rule) }),
    );
    if (this.buckets.size > SWEEP_ABOVE && now - this.lastSweep >= 1000) this.sweep(now);
    return { allowed: true };
  }

  get size(): number {
    return this.buckets.size;
  }

  async close(): Promise<void> {
    this.buckets.clear();
  }

  private sweep(now: number): void {
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) if (bucket.fullAt <= now) this.buckets.delete(key);
  }
}
