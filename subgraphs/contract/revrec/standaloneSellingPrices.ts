/**
 * Standalone selling price (SSP) tables (ASC 606-10-32-31 to 32-35, IFRS 15.76-80): the price a
 * product sells for on its own, per region, currency, customer segment and pricing tier, for an
 * effective period, with the range of prices observed. Allocation takes an obligation's SSP from
 * here when the caller gives none, and a residual obligation its observable range.
 *
 * Which entry applies to a sale: among the APPROVED entries for the product, region and currency
 * in effect on the day, those for the sale's segment or for every segment (null), and for its
 * tier or every tier (null). The most specific wins (a segment match and a tier match count one
 * each); then the latest to take effect; then the latest decided.
 */
import { DomainRefusal, amountMessage, quoted } from '../../../lib/domainRefusal';
import type { ApprovalStatus, CustomerSegment, PricingTier } from '../generated/enums';

export interface SspEntry {
  productCode: string;
  region: string;
  currency: string;
  /** Null: every segment. */
  segment?: CustomerSegment | null;
  /** Null: every tier. */
  pricingTier?: PricingTier | null;
  validFrom: string;
  /** Last day in effect; null: open. */
  validTo?: string | null;
  priceMinor: number;
  observableMinMinor?: number | null;
  observableMaxMinor?: number | null;
  status: ApprovalStatus;
  decidedAt?: Date | null;
}

/** What a sale looks up an SSP by. */
export interface SspQuery {
  productCode: string;
  region: string;
  currency: string;
  segment: CustomerSegment | null;
  pricingTier: PricingTier;
  date: string;
}

export class SspTableError extends DomainRefusal {}

/** Refuses an entry that cannot be right: a range not holding its price, an end before its start. */
export function checkSspEntry(entry: Omit<SspEntry, 'status'>): void {
  if (entry.validTo != null && entry.validTo < entry.validFrom)
    throw new SspTableError(`validTo ${entry.validTo} is before validFrom ${entry.validFrom}`);
  const { observableMinMinor: min, observableMaxMinor: max } = entry;
  if ((min == null) !== (max == null)) throw new SspTableError('give both ends of the observable range, or neither');
  if (min != null && max != null && !(min <= entry.priceMinor && entry.priceMinor <= max))
    throw new SspTableError(
      amountMessage`the price ${quoted(entry.priceMinor)} is outside its own observable range ${quoted(min)} to ${quoted(max)}`,
    );
}

function specificity(entry: SspEntry): number {
  return (entry.segment == null ? 0 : 1) + (entry.pricingTier == null ? 0 : 1);
}

function applies(entry: SspEntry, query: SspQuery): boolean {
  return (
    entry.status === 'APPROVED' &&
    entry.productCode === query.productCode &&
    entry.region === query.region &&
    entry.currency === query.currency &&
    (entry.segment == null || entry.segment === query.segment) &&
    (entry.pricingTier == null || entry.pricingTier === query.pricingTier) &&
    entry.validFrom <= query.date &&
    (entry.validTo == null || query.date <= entry.validTo)
  );
}

/** Whether `a` takes precedence over `b` for the same sale. */
function outranks(a: SspEntry, b: SspEntry): boolean {
  if (specificity(a) !== specificity(b)) return specificity(a) > specificity(b);
  if (a.validFrom !== b.validFrom) return a.validFrom > b.validFrom;
  return (a.decidedAt?.getTime() ?? 0) >= (b.decidedAt?.getTime() ?? 0);
}

/** The entry that applies to the sale, or undefined when the table has none. */
export function standaloneSellingPriceFor<T extends SspEntry>(entries: readonly T[], query: SspQuery): T | undefined {
  let found: T | undefined;
  for (const entry of entries) if (applies(entry, query) && (!found || outranks(entry, found))) found = entry;
  return found;
}
