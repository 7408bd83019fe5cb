/**
 * A lane of work with a fixed number of places: what comes while every place is taken waits its
 * turn, first come first served, in a queue of bounded length and for a bounded time. Heavy
 * operations (a BI page of revenue figures costs a subgraph far more than a read by id) go
 * through one, so that a crowd of them queues here instead of in the subgraphs' event loops,
 * where every request, light ones and writes included, would wait behind them until it timed out.
 */

export type Release = () => void;

interface Waiting {
  admit: (release: Release | undefined) => void;
  timer: NodeJS.Timeout | undefined;
}

export class WorkLane {
  private running = 0;
  private readonly waiting: Waiting[] = [];

  constructor(
    private readonly places: number,
    private readonly queueLength: number,
    private readonly maxWaitMs: number,
  ) {}

  /**
   * A place, with the function that gives it back; undefined when the queue is full or the wait ran
   * out. A `patient` entry (a page of an export already under way, whose refusal would cut a file
   * in half) waits its turn in the same line however long the line or the wait.
   */
  enter(patient = false): Promise<Release | undefined> {
    if (this.running < this.places) return Promise.resolve(this.take());
    if (!patient && this.waiting.length >= this.queueLength) return Promise.resolve(undefined);
    return new Promise((admit) => {
      const waiting: Waiting = { admit, timer: undefined };
      if (!patient)
        waiting.timer = setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(waiting), 1);
          admit(undefined);
        }, this.maxWaitMs);
      this.waiting.push(waiting);
    });
  }

  /** Operations running, and waiting. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  private take(): Release {
    this.running += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running -= 1;
      const next = this.waiting.shift();
      if (next) {
        clearTimeout(next.timer);
        next.admit(this.take());
      }
    };
  }
}
