/**
 * How many long-running requests each principal holds open on this gateway (bulk exports, change
 * streams): each holds subgraph reads for as long as its reader keeps reading, so one caller may
 * hold only a few at once.
 */
export class PrincipalSlots {
  private readonly running = new Map<string, number>();

  constructor(private readonly perPrincipal: number) {}

  /** Takes a slot for `sub`; false when all of its slots are taken. */
  take(sub: string): boolean {
    const now = this.running.get(sub) ?? 0;
    if (now >= this.perPrincipal) return false;
    this.running.set(sub, now + 1);
    return true;
  }

  release(sub: string): void {
    const left = (this.running.get(sub) ?? 1) - 1;
    if (left > 0) this.running.set(sub, left);
    else this.running.delete(sub);
  }

  /** Slots `sub` holds. */
  count(sub: string): number {
    return this.running.get(sub) ?? 0;
  }
}
