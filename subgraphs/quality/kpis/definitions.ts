import { currencyExponent } from '../../../lib/money';
import { euroEquivalent } from '../../../lib/referenceRates';
import { listingEvery } from '../../../lib/listingEvery';
import type { CheckFacts } from '../checks/facts';
import type { KpiName } from '../generated/enums';

/**
 * The quality KPIs finance watches, each counted over its own subjects: which customers (or
 * invoices) it looks at, which of them pass, and what a failure puts at stake, so the worst
 * offenders by revenue impact come first.
 */

/** Every KPI the SDL names, in the order a report lists them. */
export const KPI_NAMES = listingEvery<KpiName>()([
  'ADDRESS_COMPLETENESS',
  'TAX_CODE_VALIDITY',
  'PO_COVERAGE',
  'DUPLICATE_RATE',
  'BANK_DETAIL_VALIDITY',
]);

export interface KpiDefinition {
  name: KpiName;
  description: string;
  /** The numerator counts passing subjects, except for a rate of problems (duplicates) where it counts failing ones. */
  numeratorCounts: 'PASSING' | 'FAILING';
}

export const KPI_DEFINITIONS: Readonly<Record<KpiName, KpiDefinition>> = {
  ADDRESS_COMPLETENESS: {
    name: 'ADDRESS_COMPLETENESS',
    description: 'Customers whose billing address has street, city and postal code',
    numeratorCounts: 'PASSING',
  },
  TAX_CODE_VALIDITY: {
    name: 'TAX_CODE_VALIDITY',
    description: 'Customers with tax identifiers whose every identifier passes validation',
    numeratorCounts: 'PASSING',
  },
  PO_COVERAGE: {
    name: 'PO_COVERAGE',
    description: 'Invoices of customers requiring a purchase order that carry a valid one',
    numeratorCounts: 'PASSING',
  },
  DUPLICATE_RATE: {
    name: 'DUPLICATE_RATE',
    description: 'Customers suspected to duplicate another (match review pending)',
    numeratorCounts: 'FAILING',
  },
  BANK_DETAIL_VALIDITY: {
    name: 'BANK_DETAIL_VALIDITY',
    description: 'Customers with bank details and no bank-detail correction case open',
    numeratorCounts: 'PASSING',
  },
};

export interface Observation {
  kpi: KpiName;
  subjectId: string;
  customerId: string;
  passed: boolean;
  weight: number;
  detail: string | null;
}

/** What a problem with this customer puts at stake: open receivables, else signed contract value, in euro-equivalent. */
export function stakeOf(facts: CheckFacts): number {
  const sum = (amounts: readonly { currency: string; minor: number }[]) =>
    amounts.reduce((total, a) => total + euroEquivalent(a.minor, a.currency, currencyExponent(a.currency)), 0);
  const receivable = sum(facts.billing.arBalance);
  return receivable > 0 ? receivable : sum(facts.billing.contractValue);
}

export function observe(facts: CheckFacts): Observation[] {
  const { customer, billing } = facts;
  const weight = stakeOf(facts);
  const of = (kpi: KpiName, passed: boolean, detail: string | null, subjectId = customer.id): Observation => ({
    kpi,
    subjectId,
    customerId: customer.id,
    passed,
    weight,
    detail,
  });
  const observations = [
    of(
      'ADDRESS_COMPLETENESS',
      customer.billingAddressComplete,
      customer.billingAddressComplete ? null : 'billing address incomplete',
    ),
  ];
  if (customer.taxIds.length > 0) {
    const invalid = customer.taxIds.filter((t) => !t.valid);
    observations.push(
      of(
        'TAX_CODE_VALIDITY',
        invalid.length === 0,
        invalid.length ? invalid.map((t) => `${t.kind}: ${t.reasonCode}`).join(', ') : null,
      ),
    );
  }
  if (billing.purchaseOrderRequired) {
    // One subject per invoice needing a PO: those carrying a valid one pass, each missing one fails.
    const missing = billing.invoicesMissingPurchaseOrder;
    for (let i = 0; i < billing.invoicesNeedingPurchaseOrder - missing.length; i += 1)
      observations.push(of('PO_COVERAGE', true, null, `${customer.id}#po${i}`));
    for (const invoiceId of missing)
      observations.push(
        of('PO_COVERAGE', false, `invoice ${invoiceId} lacks the required purchase-order number`, invoiceId),
      );
  }
  observations.push(
    of('DUPLICATE_RATE', !customer.suspectedDuplicate, customer.suspectedDuplicate ? 'match review pending' : null),
  );
  if (customer.bankAccountsOnFile > 0 || facts.openBankCases > 0) {
    observations.push(
      of(
        'BANK_DETAIL_VALIDITY',
        facts.openBankCases === 0,
        facts.openBankCases ? `${facts.openBankCases} correction case(s) open` : null,
      ),
    );
  }
  return observations;
}

export interface KpiSummary {
  numerator: number;
  denominator: number;
  ratio: number | null;
  /** Customers failing it, the largest stake first (ties by id), each once. */
  topOffenders: { customerId: string; detail: string | null }[];
}

export function summarise(
  kpi: KpiName,
  observations: readonly (Pick<Observation, 'customerId' | 'passed' | 'weight'> & { detail?: string | null })[],
  top: number,
): KpiSummary {
  const failing = observations.filter((o) => !o.passed);
  const numerator =
    KPI_DEFINITIONS[kpi].numeratorCounts === 'PASSING' ? observations.length - failing.length : failing.length;
  const worst = new Map<string, { weight: number; detail: string | null }>();
  for (const o of failing)
    if (!worst.has(o.customerId)) worst.set(o.customerId, { weight: o.weight, detail: o.detail ?? null });
  const topOffenders = [...worst]
    .sort(([a, x], [b, y]) => y.weight - x.weight || a.localeCompare(b))
    .slice(0, top)
    .map(([customerId, { detail }]) => ({ customerId, detail }));
  return {
    numerator,
    denominator: observations.length,
    ratio: observations.length ? numerator / observations.length : null,
    topOffenders,
  };
}
