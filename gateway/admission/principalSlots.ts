/**
 * How many exports each principal is running on this gateway: an export holds a subgraph page
 * after page for as long as its reader keeps reading, so one caller may hold only a few at once.
 */
export class ExportSlots {
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

  /** Exports running for `sub`. */
  count(sub: string): number {
    return this.running.get(sub) ?? 0;
  }
}
