/**
 * The work a subgraph goes on with after it has answered: a quality run, delivering the change
 * outbox, recording a refused call. Tracked in one place, so that shutdown finishes it instead of
 * cutting it off, and so that a caller (an operator's drain, a test) can await the moment all of it
 * is done instead of guessing how long it takes.
 */
export class BackgroundWork {
  private readonly pending = new Set<Promise<unknown>>();
  private readonly flushers: (() => void)[] = [];

  /** Follows `work` until it settles; returns it unchanged. */
  track<T>(work: Promise<T>): Promise<T> {
    this.pending.add(work);
    const forget = () => this.pending.delete(work);
    work.then(forget, forget);
    return work;
  }

  /** Something to start at once when settling is asked for, e.g. delivering what waits for a timer. */
  onSettle(flush: () => void): void {
    this.flushers.push(flush);
  }

  /** Starts what waits for a timer, then resolves once nothing is in flight, including work started meanwhile. */
  async settled(): Promise<void> {
    for (const flush of this.flushers) flush();
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }
}
