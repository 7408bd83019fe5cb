import type { RecordClass } from './retention';
import { coveringHold, type HoldScope } from './holdCoverage';
import { describeRetention, isPastRetention, keptUntil, retentionFor } from './retentionRule';

/**
 * What the retention purge does with candidate records, as plain data: each is kept (its period
 * is not over), held back (over, but a legal hold covers it) or removed. The report groups them by
 * class and jurisdiction, naming the rule applied, the holds and the first ids: ids and counts,
 * never a record's values.
 */

export interface RetentionCandidate {
  id: string;
  customerId: string | null;
  date: string;
}

export interface PurgeReportLine {
  recordClass: RecordClass;
  /** The country judged by, or DEFAULT where the customer's country is not known. */
  jurisdiction: string;
  rule: string;
  by: 'RULE' | 'DEFAULT';
  /** Records past retention: removed, or held back. */
  expired: number;
  removed: number;
  heldBack: { holdId: string; matter: string; records: number }[];
  /** The first ids past retention and not held, in date order. */
  firstIds: string[];
  /** The latest keptUntil among them: nothing dated later was past its period. */
  latestKeptUntil: string;
}

export interface PurgePlan {
  /** The ids to remove, by the rule (in words) that let them go. */
  remove: { rule: string; ids: string[] }[];
  lines: PurgeReportLine[];
}

export const FIRST_IDS_REPORTED = 10;

/**
 * The plan for one class on `asOf`: `countryOf` gives each candidate's jurisdiction (its customer's
 * billing country; undefined when unknown), `holds` the active legal holds.
 */
export function planPurge(
  recordClass: RecordClass,
  candidates: readonly RetentionCandidate[],
  countryOf: (customerId: string | null) => string | null | undefined,
  holds: readonly HoldScope[],
  asOf: string,
): PurgePlan {
  const lines = new Map<string, PurgeReportLine>();
  const remove = new Map<string, string[]>();
  const ordered = [...candidates].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  for (const candidate of ordered) {
    const applied = retentionFor(recordClass, countryOf(candidate.customerId));
    if (!isPastRetention(applied, candidate.date, asOf)) continue;
    const jurisdiction = applied.country ?? 'DEFAULT';
    const line = lines.get(jurisdiction) ?? {
      recordClass,
      jurisdiction,
      rule: describeRetention(applied),
      by: applied.by,
      expired: 0,
      removed: 0,
      heldBack: [],
      firstIds: [],
      latestKeptUntil: '',
    };
    lines.set(jurisdiction, line);
    line.expired += 1;
    const until = keptUntil(applied, candidate.date);
    if (until > line.latestKeptUntil) line.latestKeptUntil = until;
    const hold = coveringHold(holds, { ...candidate, recordClass });
    if (hold) {
      const held = line.heldBack.find((h) => h.holdId === hold.id);
      if (held) held.records += 1;
      else line.heldBack.push({ holdId: hold.id, matter: hold.matter, records: 1 });
      continue;
    }
    line.removed += 1;
    if (line.firstIds.length < FIRST_IDS_REPORTED) line.firstIds.push(candidate.id);
    remove.set(line.rule, [...(remove.get(line.rule) ?? []), candidate.id]);
  }
  return {
    remove: [...remove].map(([rule, ids]) => ({ rule, ids })),
    lines: [...lines.values()].sort((a, b) => a.jurisdiction.localeCompare(b.jurisdiction)),
  };
}
