/**
 * A circuit breaker for calls to one subgraph. After `failureThreshold` failures in a row it opens:
 * calls fail at once instead of waiting on a service that is down (and piling load on it as it
 * comes back). After `openMs` it half-opens and lets one call through as a probe: success closes it,
 * failure opens it for another `openMs`. Plain state over an injectable clock, so tests need no timers.
 */
export type CircuitState = 'CLOSED' | 'OPEN' | 'HALF_OPEN';

export interface CircuitBreakerOptions {
  failureThreshold: number;
  openMs: number;
  now?: () => number;
}

export class CircuitBreaker {
  private readonly failureThreshold: number;
  private readonly openMs: number;
  private readonly now: () => number;
  private failuresInARow = 0;
  private openedAt: number | undefined;
  private probeInFlight = false;

  constructor(options: CircuitBreakerOptions) {
    this.failureThreshold = options.failureThreshold;
    this.openMs = options.openMs;
    this.now = options.now ?? Date.now;
  }

  get state(): CircuitState {
    if (this.openedAt === undefined) return 'CLOSED';
    return this.now() - this.openedAt >= this.openMs ? 'HALF_OPEN' : 'OPEN';
  }

  /** Whether a call may go out now; in half-open, only the one probe may. */
  tryAcquire(): boolean {
    switch (this.state) {
      case 'CLOSED':
        return true;
      case 'OPEN':
        return false;
      case 'HALF_OPEN':
        if (this.probeInFlight) return false;
        this.probeInFlight = true;
        return true;
    }
  }

  recordSuccess(): void {
    this.failuresInARow = 0;
    this.openedAt = undefined;
    this.probeInFlight = false;
  }

  recordFailure(): void {
    this.failuresInARow += 1;
    if (this.probeInFlight || this.failuresInARow >= this.failureThreshold) this.openedAt = this.now();
    this.probeInFlight = false;
  }

  /** A call that went out but ended neither way (a client's own error): frees the probe slot. */
  release(): void {
    this.probeInFlight = false;
  }
}
