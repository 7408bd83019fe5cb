/**
 * Token buckets, as plain functions over plain state. A bucket holds up to `burst` tokens and
 * refills at `perMinute`; a request takes one token from every bucket it is counted in, or, when
 * any of them is empty, takes none and learns how long until all of them hold one again.
 *
 * The Redis store runs the same arithmetic as a Lua script (redisBucketStore.ts); both are tested
 * against the same cases.
 */
export interface BucketRule {
  burst: number;
  perMinute: number;
}

export interface BucketState {
  tokens: number;
  /** When `tokens` was last computed, in ms. */
  at: number;
}

export type TakeResult =
  | { allowed: true; states: BucketState[] }
  | {
      allowed: false;
      retryAfterMs: number;
      /** Indexes of the buckets that are empty. */
      exhausted: number[];
    };

const MS_PER_MINUTE = 60_000;

export function refill(state: BucketState | undefined, rule: BucketRule, now: number): BucketState {
  if (!state) return { tokens: rule.burst, at: now };
  const elapsed = Math.max(0, now - state.at);
  return { tokens: Math.min(rule.burst, state.tokens + (elapsed * rule.perMinute) / MS_PER_MINUTE), at: now };
}

/** All or nothing: one token from each bucket, or none from any. */
export function takeFromBuckets(states: (BucketState | undefined)[], rules: BucketRule[], now: number): TakeResult {
  const refilled = states.map((state, index) => refill(state, rules[index], now));
  const waits = refilled.map((state, index) =>
    state.tokens >= 1 ? 0 : Math.ceil(((1 - state.tokens) * MS_PER_MINUTE) / rules[index].perMinute),
  );
  const exhausted = waits.flatMap((wait, index) => (wait > 0 ? [index] : []));
  if (exhausted.length > 0) return { allowed: false, retryAfterMs: Math.max(...waits), exhausted };
  return { allowed: true, states: refilled.map((state) => ({ tokens: state.tokens - 1, at: now })) };
}

/** How long until a bucket is full again: after that its state says nothing and may be dropped. */
export function msUntilFull(state: BucketState, rule: BucketRule): number {
  return Math.ceil(((rule.burst - state.tokens) * MS_PER_MINUTE) / rule.perMinute);
}
