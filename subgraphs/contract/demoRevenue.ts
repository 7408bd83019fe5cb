import { addDays, addMonths, daysBetween, monthOf } from '../../lib/calendar';
import { splitEvenly, type DemoContract } from '../../lib/demo/book';
import type { BillingEntry } from './entities/BillingEntry';
import type { LedgerLineRecord } from './entities/LedgerLine';
import type { ObligationRevision } from './entities/ObligationRevision';
import type { PerformanceObligation } from './entities/PerformanceObligation';
import type { ProgressRecord } from './entities/ProgressRecord';
import { obligationTerms } from './revenue/contractTerms';
import { contractSchedule } from './revrec/revenueSchedule';
import type { SatisfactionPattern } from './generated/enums';

/**
 * The revenue side of a demo contract, derived from its lines: subscriptions and support are
 * recognised ratably over the term, implementation by hours worked (input method), training when
 * the day is given. Every line sells at its standalone price, so the allocation is the line amount.
 * The ledger holds the schedule's revenue for the last closed month, so month-end starts clean.
 */

export const LEDGER_REVENUE_ACCOUNT = '4000-REVENUE';
const IMPLEMENTATION_DAYS = 90;
const IMPLEMENTATION_HOURS = 400;
const TRAINING_AFTER_DAYS = 30;

function patternOf(productCode: string): SatisfactionPattern {
  if (productCode === 'IMPL') return 'INPUT_METHOD';
  if (productCode === 'TRAIN') return 'POINT_IN_TIME';
  return 'RATABLE';
}

export interface DemoRevenue {
  obligations: PerformanceObligation[];
  revisions: ObligationRevision[];
  progress: ProgressRecord[];
  billingEntries: BillingEntry[];
  /** Invoice id to the billing entry it bills. */
  invoiceEntries: Map<string, string>;
  ledgerLines: LedgerLineRecord[];
}

export function demoRevenue(contract: DemoContract, asOf: string): DemoRevenue {
  const obligations: PerformanceObligation[] = [];
  const revisions: ObligationRevision[] = [];
  const progress: ProgressRecord[] = [];
  contract.lines.forEach((line, position) => {
    const id = `${contract.id}.${line.id.slice(contract.id.length + 1)}`;
    const pattern = patternOf(line.productCode);
    const implementationEnd = addDays(contract.startDate, IMPLEMENTATION_DAYS - 1);
    const trainingDay = addDays(contract.startDate, TRAINING_AFTER_DAYS);
    obligations.push({
      id,
      contractId: contract.id,
      position,
      description: line.description,
      productCode: line.productCode,
      pattern,
      startDate: pattern === 'POINT_IN_TIME' ? null : contract.startDate,
      endDate: pattern === 'RATABLE' ? contract.endDate : pattern === 'INPUT_METHOD' ? implementationEnd : null,
      transferDate: pattern === 'POINT_IN_TIME' && trainingDay <= asOf ? trainingDay : null,
      standaloneSellingPriceMinor: line.amountMinor,
      residual: false,
      // Implementation is one project measured in hours, not units delivered one by one.
      distinctUnits: false,
      observableMinMinor: null,
      observableMaxMinor: null,
      addedByModificationId: null,
      removedByModificationId: null,
    });
    revisions.push({
      id: `${id}#1`,
      obligationId: id,
      contractId: contract.id,
      sequence: 1,
      effectiveDate: contract.startDate,
      allocatedMinor: line.amountMinor,
      carriedMinor: null,
      treatment: 'INITIAL',
      modificationId: null,
    });
    if (pattern === 'INPUT_METHOD') {
      // Hours logged every 30 days, evenly, up to the as-of date.
      for (let day = 29; day < IMPLEMENTATION_DAYS && addDays(contract.startDate, day) <= asOf; day += 30) {
        const measuredOn = addDays(contract.startDate, day);
        progress.push({
          id: `${id}@${measuredOn}`,
          obligationId: id,
          contractId: contract.id,
          asOf: measuredOn,
          completedUnits: String(Math.round((IMPLEMENTATION_HOURS * (day + 1)) / IMPLEMENTATION_DAYS)),
          totalUnits: String(IMPLEMENTATION_HOURS),
          recordedBy: 'demo',
          recordedAt: new Date(`${measuredOn}T18:00:00.000Z`),
        });
      }
    }
  });

  // Quarterly in advance over the whole term, the invoices raised so far bill the first dates.
  const quarters = Math.max(1, Math.round(daysBetween(contract.startDate, addDays(contract.endDate, 1)) / 91));
  const amounts = splitEvenly(contract.totalValueMinor, quarters);
  const billingEntries = amounts.map((amountMinor, q) => ({
    id: `${contract.id}_b${q + 1}`,
    contractId: contract.id,
    billDate: addMonths(contract.startDate, q * 3),
    amountMinor,
  }));
  const invoiceEntries = new Map(contract.invoices.map((invoice, q) => [invoice.id, billingEntries[q].id]));

  const closedMonth = monthOf(addMonths(`${monthOf(asOf)}-01`, -1));
  const schedule = contractSchedule(
    obligations.map((o) => obligationTerms(o, revisions, progress)),
    [],
    closedMonth,
    closedMonth,
  );
  const ledgerLines = schedule.obligations
    .filter((s) => s.rows[0].recognizedMinor !== 0)
    .map((s) => ({
      id: `gl_${closedMonth}_${s.obligationId}`,
      period: closedMonth,
      account: LEDGER_REVENUE_ACCOUNT,
      contractId: contract.id,
      obligationId: s.obligationId,
      amountMinor: s.rows[0].recognizedMinor,
      currency: contract.currency,
      postedAt: new Date(`${asOf}T00:00:00.000Z`),
    }));
  return { obligations, revisions, progress, billingEntries, invoiceEntries, ledgerLines };
}
