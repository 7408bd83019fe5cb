import type { CheckFacts } from '../checks/facts';
import type { KpiObservation } from '../entities/KpiObservation';
import type { PaymentAnomalyRecord } from '../entities/PaymentAnomalyRecord';
import type { QualityResult } from '../entities/QualityResult';
import type { QualityRun } from '../entities/QualityRun';
import { observe } from '../kpis/definitions';
import { profilePayments } from '../profiling/paymentBehaviour';
import { assess, type RuleFacts } from '../rules/catalogue';

/**
 * A quality run as plain data: every rule of the catalogue per customer (score and issues), every
 * KPI observation, and the payments that stand out, for a page of customers at a time, with a tally
 * the run's summary is made from. Storing it is the caller's job; the same functions serve the
 * nightly run and the demo history.
 */

/** What a run stores per customer, for any slice of its customers. */
export interface RunRows {
  results: QualityResult[];
  observations: KpiObservation[];
  anomalies: PaymentAnomalyRecord[];
}

export function ruleFactsOf(facts: CheckFacts, paymentAnomalies: number): RuleFacts {
  const { customer, billing } = facts;
  return {
    legalNamePresent: customer.legalNamePresent,
    countryValid: /^[A-Z]{2}$/.test(customer.country),
    taxIdOnFile: customer.taxIds.length > 0,
    billingAddressComplete: customer.billingAddressComplete,
    paymentTermsPresent: customer.paymentTermsPresent,
    creditLimitPresent: customer.creditLimitPresent,
    dunsPresent: customer.dunsPresent,
    shippingAddressPresent: customer.shippingAddressPresent,
    invalidTaxIdReasons: customer.taxIds.filter((t) => !t.valid).map((t) => `${t.kind} ${t.reasonCode ?? 'invalid'}`),
    openBankCases: facts.openBankCases,
    invoicesMissingPurchaseOrder: billing.invoicesMissingPurchaseOrder.length,
    suspectedDuplicate: customer.suspectedDuplicate,
    paymentAnomalies,
  };
}

/** What a run's summary is made of; slices' tallies add up. */
export interface RunTally {
  customers: number;
  scoreTotal: number;
}

export const NO_CUSTOMERS: RunTally = { customers: 0, scoreTotal: 0 };

export function addTallies(a: RunTally, b: RunTally): RunTally {
  return { customers: a.customers + b.customers, scoreTotal: a.scoreTotal + b.scoreTotal };
}

/** The rows of a run for some of its customers: a run over a million customers is evaluated page by page. */
export function evaluateCustomers(
  runId: string,
  checkedAt: Date,
  all: readonly CheckFacts[],
): RunRows & { tally: RunTally } {
  const results: QualityResult[] = [];
  const observations: KpiObservation[] = [];
  const anomalies: PaymentAnomalyRecord[] = [];
  let scoreTotal = 0;
  for (const facts of all) {
    const { customer } = facts;
    const { profile, anomalies: found } = profilePayments(customer.id, facts.billing.invoices);
    anomalies.push(
      ...found.map((a) => ({
        id: `${runId}_${a.paymentId}_${a.kind}`,
        runId,
        customerId: customer.id,
        region: customer.region,
        invoiceId: a.invoiceId,
        paymentId: a.paymentId,
        kind: a.kind,
        reason: a.reason,
        score: a.score,
        detectedAt: checkedAt,
      })),
    );
    const { customerId: _customerId, ...paymentProfile } = profile;
    const result = {
      id: `${runId}_${customer.id}`,
      runId,
      customerId: customer.id,
      region: customer.region,
      ...assess(ruleFactsOf(facts, found.length)),
      checkedAt,
      paymentProfile,
    };
    results.push(result);
    scoreTotal += result.score;
    observations.push(
      ...observe(facts).map((o) => ({
        ...o,
        id: `${runId}_${o.kpi}_${o.subjectId}`,
        runId,
        region: customer.region,
        segment: customer.segment,
      })),
    );
  }
  return { results, observations, anomalies, tally: { customers: results.length, scoreTotal } };
}

/** The run row of a finished run, from the tally of all its customers. */
export function completedRun(
  runId: string,
  asOf: string,
  startedAt: Date,
  finishedAt: Date,
  tally: RunTally,
): QualityRun {
  return {
    id: runId,
    startedAt,
    customersChecked: tally.customers,
    averageScore: tally.customers ? Math.round(tally.scoreTotal / tally.customers) : 0,
    asOf,
    status: 'COMPLETED',
    finishedAt,
    failure: null,
  };
}
