export interface RetryBackoff {
  /** The first retry waits up to this long; each further one up to twice as long as the one before. */
  baseMs: number;
  /** No retry waits longer than this. */
  maxMs: number;
}

/**
 * How long to wait before retry number `retry` (1 for the first): "full jitter", a uniform draw
 * between zero and the exponential ceiling, so gateways retrying against one recovering subgraph
 * spread out instead of arriving together.
 */
export function retryDelayMs(retry: number, backoff: RetryBackoff, random: () => number = Math.random): number {
  const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}
