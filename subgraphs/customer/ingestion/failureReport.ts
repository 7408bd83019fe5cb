import type { FailedInput } from '../entities/FailedInput';

/**
 * What the exception queue hears of a failed input: its reference, the source system, the latest
 * reason and, once a later record or event made it good, the resolution. The queue is read by roles
 * that may not see the values a record carried, and a reason may quote them (`unknown payment terms
 * "DE89..."`, `country "..."`), so every quoted fragment is cut out before a reason leaves here; the
 * input itself stays in this subgraph's database.
 */

export interface FailureReport {
  source: string;
  subject: string;
  reference: string;
  error: string;
  failedAt: string;
  resolvedAt: string | null;
  resolution: string | null;
}

/** Longest reason sent; the exception queue keeps the latest one per item. */
export const MAX_REPORTED_ERROR = 2000;

/** A quoted fragment, or a quote left open and everything after it. */
const QUOTED = /"[^"]*"|“[^”]*”|["“”].*$/gs;

/** The text with every quoted fragment replaced by `"…"`, and anything after a quote left open cut off. */
export function withoutQuotedValues(text: string): string {
  return text.replace(QUOTED, (fragment) => (fragment.length > 1 && /["”]$/.test(fragment) ? '"…"' : '"…'));
}

export function failureReportOf(input: FailedInput): FailureReport {
  return {
    source: input.source,
    subject: input.subject,
    reference: input.id,
    error: withoutQuotedValues(input.lastError).slice(0, MAX_REPORTED_ERROR),
    failedAt: input.lastFailedAt.toISOString(),
    resolvedAt: input.resolvedAt?.toISOString() ?? null,
    resolution: input.resolution == null ? null : withoutQuotedValues(input.resolution).slice(0, MAX_REPORTED_ERROR),
  };
}
