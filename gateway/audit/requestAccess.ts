import type { AccessDecision, AccessedRecord, AccessLookup, AccessReportData } from '../../lib/accessReport';

/**
 * What one client request did with classified data, gathered from the access reports of every
 * subgraph call made for it (lib/accessReport.ts). The audit event is written from it:
 * whose values were shown or withheld, what was changed, which lookups were made.
 */

export interface AccessSummary {
  /** Records whose classified values were shown (raw or masked), per type: what bulk-export alerts count. */
  records: Record<string, number>;
  /** The records touched, named, at most `maxNamed` of them. */
  touched: AccessedRecord[];
  /** Records touched beyond the bound: counted, not named. */
  touchedOmitted: number;
  decisions: AccessDecision[];
  lookups: AccessLookup[];
}

function isReport(value: unknown): value is AccessReportData {
  const report = value as Partial<AccessReportData> | null;
  return (
    typeof report === 'object' &&
    report !== null &&
    Array.isArray(report.records) &&
    Array.isArray(report.decisions) &&
    Array.isArray(report.lookups)
  );
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

export class RequestAccess {
  private readonly records = new Map<string, AccessedRecord>();
  private omitted = 0;
  private readonly decisions = new Map<string, AccessDecision>();
  private readonly lookups = new Map<string, AccessLookup>();
  private reports = 0;

  /** Adds a subgraph's report; anything that is not one is ignored. */
  add(report: unknown): void {
    if (!isReport(report)) return;
    this.reports += 1;
    this.omitted += typeof report.omitted === 'number' ? report.omitted : 0;
    for (const decision of report.decisions)
      this.decisions.set(`${decision.coordinate}|${decision.decision}|${decision.via ?? ''}`, decision);
    for (const lookup of report.lookups) this.lookups.set(`${lookup.coordinate}|${lookup.outcome}`, lookup);
    for (const record of report.records) {
      const key = `${record.type}\u0000${record.id ?? ''}\u0000${record.customerId ?? ''}`;
      const known = this.records.get(key);
      if (!known) {
        this.records.set(key, {
          ...record,
          read: [...record.read],
          withheld: [...record.withheld],
          changed: [...record.changed],
        });
        continue;
      }
      // The same record reached through several subgraphs is still one record.
      known.count = record.id === undefined ? known.count + record.count : 1;
      known.read = union(known.read, record.read);
      known.withheld = union(known.withheld, record.withheld);
      known.changed = union(known.changed, record.changed);
    }
  }

  /** True when no subgraph reported touching anything classified. */
  isEmpty(): boolean {
    return this.reports === 0;
  }

  summary(maxNamed: number): AccessSummary {
    const all = [...this.records.values()];
    const records: Record<string, number> = {};
    for (const record of all)
      if (record.read.length > 0) records[record.type] = (records[record.type] ?? 0) + record.count;
    return {
      records,
      touched: all.slice(0, maxNamed),
      touchedOmitted: this.omitted + Math.max(0, all.length - maxNamed),
      decisions: [...this.decisions.values()],
      lookups: [...this.lookups.values()],
    };
  }
}
