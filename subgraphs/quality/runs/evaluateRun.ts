import type { CheckFacts } from '../checks/facts';
import type { KpiObservation } from '../entities/KpiObservation';
import type { PaymentAnomalyRecord } from '../entities/PaymentAnomalyRecord';
import type { QualityResult } from '../entities/QualityResult';
import type { QualityRun } from '../entities/QualityRun';
import { observe } from '../kpis/definitions';
import { profilePayments } from '../profiling/paymentBehaviour';
import { assess, type RuleFacts } from '../rules/catalogue';

/**
 * One quality run over all customers, as plain data: every rule of the catalogue per customer
 * (score and issues), every KPI observation, and the payments that stand out. Storing it is the
 * caller's job; the same function serves the nightly run and the demo history.
 */

export interface RunOutput {
  run: QualityRun;
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

export function evaluateRun(runId: string, asOf: string, checkedAt: Date, all: readonly CheckFacts[]): RunOutput {
  const results: QualityResult[] = [];
  const observations: KpiObservation[] = [];
  const anomalies: PaymentAnomalyRecord[] = [];
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
    results.push({
      id: `${runId}_${customer.id}`,
      runId,
      customerId: customer.id,
      region: customer.region,
      ...assess(ruleFactsOf(facts, found.length)),
      checkedAt,
      paymentProfile,
    });
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
  const average = results.length ? Math.round(results.reduce((sum, r) => sum + r.score, 0) / results.length) : 0;
  return {
    run: {
      id: runId,
      startedAt: checkedAt,
      customersChecked: results.length,
      averageScore: average,
      asOf,
      status: 'COMPLETED',
      finishedAt: checkedAt,
      failure: null,
    },
    results,
    observations,
    anomalies,
  };
}
