/**
 * Bulk export detection: one operation returning many sensitive records, or one principal reading
 * many within a time window, is worth an alert. Counters live in this gateway's memory; with
 * several gateways they belong in a shared store (Redis), as the rate limits do.
 */

export interface BulkExportLimits {
  perOperation: number;
  perWindow: number;
  windowSeconds: number;
}

export class BulkExportMonitor {
  private readonly reads = new Map<string, { at: number; count: number }[]>();

  /** `onAlert` hears every alert as it is raised (the gateway reports it as a security event). */
  constructor(
    private readonly limits: BulkExportLimits,
    private readonly onAlert: (sub: string, alert: string) => void = () => undefined,
  ) {}

  /**
   * Records what a principal just read; returns why this calls for an alert, if it does. An
   * operation read in parts (the pages of an export) passes what its earlier parts read as
   * `readBefore`, so it alerts once, when its running total crosses the limit.
   */
  observe(sub: string, records: number, now = Date.now(), readBefore = 0): string | undefined {
    const alert = this.alertFor(sub, records, now, readBefore);
    if (alert) this.onAlert(sub, alert);
    return alert;
  }

  private alertFor(sub: string, records: number, now: number, readBefore: number): string | undefined {
    if (records <= 0) return undefined;
    const since = now - this.limits.windowSeconds * 1000;
    const history = (this.reads.get(sub) ?? []).filter((read) => read.at > since);
    const before = history.reduce((sum, read) => sum + read.count, 0);
    history.push({ at: now, count: records });
    this.reads.set(sub, history);
    const total = readBefore + records;
    if (readBefore <= this.limits.perOperation && total > this.limits.perOperation) {
      return `one operation returned ${total} sensitive records (limit ${this.limits.perOperation})`;
    }
    // Alert once when the window total crosses the limit, not on every read after it.
    if (before <= this.limits.perWindow && before + records > this.limits.perWindow) {
      return `${before + records} sensitive records read within ${this.limits.windowSeconds} s (limit ${this.limits.perWindow})`;
    }
    return undefined;
  }
}
