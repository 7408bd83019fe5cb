import DataLoader from 'dataloader';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { lastDayOfMonth, monthOf, today } from '../../../lib/calendar';
import { groupBy } from '../../../lib/groupBy';
import { BillingEntryEntity } from '../entities/BillingEntry';
import { ContractEntity } from '../entities/Contract';
import { ContractRevenueEntity, type ContractRevenue } from '../entities/ContractRevenue';
import { InvoiceEntity } from '../entities/Invoice';
import { ObligationRevisionEntity } from '../entities/ObligationRevision';
import { PerformanceObligationEntity } from '../entities/PerformanceObligation';
import { ProgressRecordEntity } from '../entities/ProgressRecord';
import { revenueSummary, type RevenueSummary } from '../revrec/revenueSchedule';
import type { Billing, ObligationTerms } from '../revrec/types';
import { billingsOf, obligationTerms, REVENUE_ROW_ORDER } from './contractTerms';

/**
 * Contracts' revenue summaries, computed once per version of their rows and kept: a BI page of a
 * hundred customers reads a row per contract instead of loading and recomputing every schedule.
 *
 * Staleness is ruled out by the contract's `revenue_version`, which database triggers move on every
 * write of a row revenue is computed from (Migration010RevenueSnapshots). A summary is stored with the
 * version read *before* its rows were, so a write that lands while it is computed leaves it stale
 * rather than wrong, and the next read computes it again.
 */

export interface ContractRevenueFigures {
  /** A contract without obligations recognises nothing and adds no currency to a customer's revenue. */
  hasObligations: boolean;
  summary: RevenueSummary;
}

const KEY_SEPARATOR = '|';

/** The loader key of a contract's figures on a day. */
export function revenueKey(contractId: string, asOf: string): string {
  return `${asOf}${KEY_SEPARATOR}${contractId}`;
}

function splitKey(key: string): { asOf: string; contractId: string } {
  const at = key.indexOf(KEY_SEPARATOR);
  return { asOf: key.slice(0, at), contractId: key.slice(at + 1) };
}

/**
 * Which days are worth keeping: today (what a BI page asks by default) and past month ends (what
 * reporting asks again). Other days are computed each time, so no caller can fill the table with
 * arbitrary dates.
 */
export function isKeptDay(asOf: string, on: string = today()): boolean {
  return asOf === on || (asOf < on && asOf === lastDayOfMonth(monthOf(asOf)));
}

/** Figures per contract and day: stored ones where current, the rest computed (and stored when worth keeping). */
export function contractRevenueLoader(em: SqlEntityManager): DataLoader<string, ContractRevenueFigures> {
  return new DataLoader(
    async (keys) => {
      const figures = await contractFigures(em, keys.map(splitKey));
      return keys.map((key) => figures.get(key) ?? new Error(`no contract ${splitKey(key).contractId}`));
    },
    { maxBatchSize: 2000 },
  );
}

/**
 * A batch of contracts on days: their versions read once, the summaries kept for all the days in
 * one read (an export asks for twelve month ends of every contract of a page at once), the rest
 * computed day by day.
 */
export async function contractFigures(
  em: SqlEntityManager,
  wanted: { asOf: string; contractId: string }[],
): Promise<Map<string, ContractRevenueFigures | Error>> {
  const contractIds = [...new Set(wanted.map((key) => key.contractId))];
  // Versions first: a summary computed from rows read after them is at least that new.
  const versions = await revenueVersions(em, contractIds);
  const figures = new Map<string, ContractRevenueFigures | Error>();
  const keptDays = [...new Set(wanted.map((key) => key.asOf))].filter((asOf) => isKeptDay(asOf));
  if (keptDays.length > 0) {
    for (const row of await storedSummaries(em, contractIds, keptDays))
      if (versions.get(row.contractId) === Number(row.revenueVersion))
        figures.set(revenueKey(row.contractId, row.asOf), figuresOf(row));
  }
  const missing = wanted.filter(
    (key) => versions.has(key.contractId) && !figures.has(revenueKey(key.contractId, key.asOf)),
  );
  for (const [asOf, dayKeys] of groupBy(missing, (key) => key.asOf)) {
    const computed = await computeFigures(
      em,
      dayKeys.map((key) => key.contractId),
      asOf,
    );
    const sound = new Map<string, ContractRevenueFigures>();
    for (const [contractId, value] of computed) {
      figures.set(revenueKey(contractId, asOf), value);
      if (!(value instanceof Error)) sound.set(contractId, value);
    }
    // Inside a transaction the rows read may yet be rolled back; only committed rows are worth keeping.
    // Keeping is a saving, not the answer: if it fails (a busy database), the next read computes again.
    if (isKeptDay(asOf) && sound.size > 0 && !em.isInTransaction())
      await storeSummaries(em, sound, versions, asOf).catch(() => undefined);
  }
  return figures;
}

async function revenueVersions(em: SqlEntityManager, contractIds: string[]): Promise<Map<string, number>> {
  const rows = await em
    .createQueryBuilder(ContractEntity)
    .select(['id', 'revenueVersion'])
    .where({ id: { $in: contractIds } })
    .execute('all');
  return new Map(rows.map((row) => [row.id, Number(row.revenueVersion)]));
}

async function storedSummaries(
  em: SqlEntityManager,
  contractIds: string[],
  days: string[],
): Promise<ContractRevenue[]> {
  return em
    .createQueryBuilder(ContractRevenueEntity)
    .select('*')
    .where({ contractId: { $in: contractIds }, asOf: days.length === 1 ? days[0] : { $in: days } })
    .execute('all');
}

/** Rows read without hydration: PostgreSQL returns bigints as text and SQLite booleans as 0 or 1. */
function figuresOf(row: ContractRevenue): ContractRevenueFigures {
  return {
    hasObligations: Boolean(row.hasObligations),
    summary: {
      recognizedToDateMinor: Number(row.recognizedToDateMinor),
      billedToDateMinor: Number(row.billedToDateMinor),
      deferredMinor: Number(row.deferredMinor),
      unbilledMinor: Number(row.unbilledMinor),
      mrrMinor: Number(row.mrrMinor),
      arrMinor: Number(row.arrMinor),
    },
  };
}

/** What a contract without obligations contributes. */
export const NO_REVENUE: RevenueSummary = {
  recognizedToDateMinor: 0,
  billedToDateMinor: 0,
  deferredMinor: 0,
  unbilledMinor: 0,
  mrrMinor: 0,
  arrMinor: 0,
};

/**
 * Computes from the rows as stored now, past any identity map or request cache that may hold older
 * copies. A contract whose rows break a revenue rule gets its error, alone: the others on the page still answer.
 */
async function computeFigures(
  em: SqlEntityManager,
  contractIds: string[],
  asOf: string,
): Promise<Map<string, ContractRevenueFigures | Error>> {
  const fresh = { disableIdentityMap: true } as const;
  const ofContracts = { contractId: { $in: contractIds } };
  const [obligations, revisions, progress, invoices, entries] = await Promise.all([
    em.find(PerformanceObligationEntity, ofContracts, { ...fresh, orderBy: REVENUE_ROW_ORDER.obligations }),
    em.find(ObligationRevisionEntity, ofContracts, { ...fresh, orderBy: REVENUE_ROW_ORDER.revisions }),
    em.find(ProgressRecordEntity, ofContracts, { ...fresh, orderBy: REVENUE_ROW_ORDER.progress }),
    em.find(InvoiceEntity, ofContracts, { ...fresh, orderBy: REVENUE_ROW_ORDER.invoices }),
    em.find(BillingEntryEntity, ofContracts, { ...fresh, orderBy: REVENUE_ROW_ORDER.billingEntries }),
  ]);
  const rowsOf = <T extends { contractId: string }>(rows: T[]) => groupBy(rows, (row) => row.contractId);
  const [obligationsOf, revisionsOf, progressOf, invoicesOf, entriesOf] = [
    rowsOf(obligations),
    rowsOf(revisions),
    rowsOf(progress),
    rowsOf(invoices),
    rowsOf(entries),
  ];
  const figures = new Map<string, ContractRevenueFigures | Error>();
  for (const contractId of contractIds) {
    const contractRevisions = revisionsOf.get(contractId) ?? [];
    const contractProgress = progressOf.get(contractId) ?? [];
    const terms = (obligationsOf.get(contractId) ?? []).map((obligation) =>
      obligationTerms(obligation, contractRevisions, contractProgress),
    );
    const billings = billingsOf(invoicesOf.get(contractId) ?? [], entriesOf.get(contractId) ?? [], asOf);
    figures.set(contractId, summarised(terms, billings, asOf));
  }
  return figures;
}

function summarised(terms: ObligationTerms[], billings: Billing[], asOf: string): ContractRevenueFigures | Error {
  if (terms.length === 0) return { hasObligations: false, summary: NO_REVENUE };
  try {
    return { hasObligations: true, summary: revenueSummary(terms, billings, asOf) };
  } catch (error) {
    return error as Error;
  }
}

async function storeSummaries(
  em: SqlEntityManager,
  figures: Map<string, ContractRevenueFigures>,
  versions: Map<string, number>,
  asOf: string,
): Promise<void> {
  const on = today();
  const rows = [...figures].map(([contractId, { hasObligations, summary }]) => ({
    contractId,
    asOf,
    revenueVersion: versions.get(contractId) as number,
    monthEnd: asOf === lastDayOfMonth(monthOf(asOf)),
    hasObligations,
    ...summary,
  }));
  await em.createQueryBuilder(ContractRevenueEntity).insert(rows).onConflict(['contractId', 'asOf']).merge().execute();
  // Earlier days' summaries that are not month ends were kept for their day only.
  await em
    .createQueryBuilder(ContractRevenueEntity)
    .delete({ contractId: { $in: [...figures.keys()] }, asOf: { $lt: on }, monthEnd: false })
    .execute();
}
