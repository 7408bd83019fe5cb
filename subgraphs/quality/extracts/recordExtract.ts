import type { SqlEntityManager } from '@mikro-orm/knex';
import { randomUUID } from 'node:crypto';
import { badUserInput } from '../../../lib/errors';
import { parseMoney } from '../../../lib/money';
import { requiredText } from '../../../lib/textInput';
import type { QualityConfig } from '../../../lib/config';
import { SYNTHETIC_BUSINESS_DATE } from '../../../lib/syntheticMarker';
import { bulkInsert } from '../../kit/bulkInsert';
import type { CustomerDirectory } from '../../kit/customerDirectory';
import { checkCountDrop } from '../alerts/countDrop';
import { CorrectionCaseEntity, type CorrectionCase } from '../entities/CorrectionCase';
import { ExtractBalanceEntity } from '../entities/ExtractBalance';
import { QualityAlertEntity, type QualityAlert } from '../entities/QualityAlert';
import { ReconciliationReportEntity } from '../entities/ReconciliationReport';
import { SystemExtractEntity } from '../entities/SystemExtract';
import type { LedgerSystem } from '../generated/enums';
import { reconcile } from '../reconciliation/reconcile';
import { validateIdentifier } from '../validators/validateIdentifier';
import type { SystemExtractInput } from '../generated/resolvers';

/**
 * A system's daily extract arrives: it is kept (balances only; bank details are checked and never
 * stored), compared with the system's recent extracts (count drop), its bank details validated
 * (failures open a correction case with a deadline), and the day's reconciliation recomputed.
 */

export interface ExtractReceipt {
  extractId: string;
  system: LedgerSystem;
  customerCount: number;
  duplicate: boolean;
  alerts: QualityAlert[];
  correctionCasesOpened: number;
}

const MAX_ROWS = 200_000;
const RECENT_EXTRACTS = 10;
const DAY_MS = 86_400_000;

function parse(input: SystemExtractInput) {
  const id = requiredText(input.id, 'extract.id', 80);
  const { businessDate, takenAt } = input;
  if (input.customers.length > MAX_ROWS)
    throw badUserInput(`an extract holds at most ${MAX_ROWS} rows`, 'extract.customers');
  const seen = new Set<string>();
  const rows = input.customers.map((row, i) => {
    const customerId = requiredText(row.customerId, `extract.customers[${i}].customerId`, 40);
    const { minor, currency } = parseMoney(
      { amount: row.arBalance, currency: row.currency },
      `extract.customers[${i}].arBalance`,
    );
    const key = `${customerId}/${currency}`;
    if (seen.has(key))
      throw badUserInput(`extract.customers[${i}]: ${customerId} appears twice in ${currency}`, 'extract.customers');
    seen.add(key);
    return {
      customerId,
      currency,
      arBalanceMinor: minor,
      iban: row.iban?.trim() || null,
      routingNumber: row.routingNumber?.trim() || null,
    };
  });
  return { id, system: input.system, businessDate, takenAt, rows };
}

/** Bank details that fail validation, one per customer and field (what is wrong, never the value). */
function bankProblems(rows: ReturnType<typeof parse>['rows']) {
  return rows.flatMap((row) =>
    (
      [
        ['iban', row.iban, 'IBAN'],
        ['routingNumber', row.routingNumber, 'US_ABA_ROUTING'],
      ] as const
    ).flatMap(([field, value, kind]) => {
      if (!value) return [];
      const { reason } = validateIdentifier(kind, value);
      return reason ? [{ customerId: row.customerId, field, reason }] : [];
    }),
  );
}

/** Where customers belong, for the policy on their balances. */
export type RegionLookup = (customerIds: string[]) => Promise<Record<string, string>>;

/** Asks the customer master (through the directory every subgraph asks it by), as the quality service. */
export function directoryRegions(customers: CustomerDirectory): RegionLookup {
  return async (customerIds) => {
    const facts = await customers.factsOf(customerIds);
    return Object.fromEntries(facts.flatMap((found) => (found ? [[found.id, found.region]] : [])));
  };
}

/** An extract's balances as plain rows: a million customers' worth would not fit the identity map. */
async function extractBalances(em: SqlEntityManager, extractId: string) {
  const rows = await em
    .createQueryBuilder(ExtractBalanceEntity)
    .select(['customerId', 'currency', 'arBalanceMinor'])
    .where({ extractId })
    .execute('all');
  // PostgreSQL returns bigints as text when read without hydration.
  return rows.map((row) => ({ ...row, arBalanceMinor: Number(row.arBalanceMinor) }));
}

/** Recomputes and stores the reconciliation of `date` from the latest extract of each system for it. */
export async function reconcileDay(
  em: SqlEntityManager,
  regionsOf: RegionLookup,
  date: string,
  now: Date,
): Promise<void> {
  const extracts = await em.find(
    SystemExtractEntity,
    { businessDate: date },
    { orderBy: { takenAt: 'desc', id: 'desc' } },
  );
  const latest = new Map<LedgerSystem, string>();
  for (const extract of extracts) if (!latest.has(extract.system)) latest.set(extract.system, extract.id);
  if (!latest.has('BILLING')) return;
  const systems = [];
  for (const [system, extractId] of latest) systems.push({ system, balances: await extractBalances(em, extractId) });
  const result = reconcile(date, systems);
  const regions = await regionsOf([...new Set(result.explainingCustomers.map((c) => c.customerId))]);
  const existing = await em.findOne(ReconciliationReportEntity, { date });
  const values = { computedAt: now, balanced: result.balanced, result, regions };
  if (existing) Object.assign(existing, values);
  else em.create(ReconciliationReportEntity, { date, ...values });
  await em.flush();
}

export async function recordExtract(
  em: SqlEntityManager,
  customers: CustomerDirectory,
  config: QualityConfig,
  input: SystemExtractInput,
  receivedBy: string,
  now = new Date(),
): Promise<ExtractReceipt> {
  const extract = parse(input);
  const receipt = (duplicate: boolean, alerts: QualityAlert[], cases: number): ExtractReceipt => ({
    extractId: extract.id,
    system: extract.system,
    customerCount: new Set(extract.rows.map((r) => r.customerId)).size,
    duplicate,
    alerts,
    correctionCasesOpened: cases,
  });
  if (await em.count(SystemExtractEntity, { id: extract.id })) {
    // A retry after a failed reconciliation heals it: recomputing is idempotent.
    await reconcileDay(em, directoryRegions(customers), extract.businessDate, now);
    return receipt(true, [], 0);
  }

  const problems = bankProblems(extract.rows);
  const regions =
    problems.length > 0 ? await directoryRegions(customers)([...new Set(problems.map((p) => p.customerId))]) : {};
  const customerCount = new Set(extract.rows.map((r) => r.customerId)).size;

  const outcome = await em.transactional(async (tx) => {
    // Synthetic probes describe their own day: they neither raise count-drop alerts nor count in a system's history.
    const synthetic = extract.businessDate === SYNTHETIC_BUSINESS_DATE;
    const previous = synthetic
      ? []
      : await tx.find(
          SystemExtractEntity,
          { system: extract.system, takenAt: { $lt: extract.takenAt }, businessDate: { $ne: SYNTHETIC_BUSINESS_DATE } },
          { orderBy: { takenAt: 'desc' }, limit: RECENT_EXTRACTS },
        );
    tx.create(SystemExtractEntity, {
      id: extract.id,
      system: extract.system,
      businessDate: extract.businessDate,
      takenAt: extract.takenAt,
      customerCount,
      receivedAt: now,
      receivedBy,
    });
    await tx.flush();
    await bulkInsert(
      tx,
      ExtractBalanceEntity,
      extract.rows.map((row) => ({
        id: `${extract.id}/${row.customerId}/${row.currency}`,
        extractId: extract.id,
        customerId: row.customerId,
        currency: row.currency,
        arBalanceMinor: row.arBalanceMinor,
      })),
    );
    const alerts: QualityAlert[] = [];
    const drop = checkCountDrop(
      { extractId: extract.id, system: extract.system, takenAt: extract.takenAt.toISOString(), customerCount },
      previous.map((p) => ({
        extractId: p.id,
        system: p.system,
        takenAt: p.takenAt.toISOString(),
        customerCount: p.customerCount,
      })),
      { maxDropFraction: config.countDropFraction },
    );
    if (drop) {
      alerts.push(
        tx.create(QualityAlertEntity, {
          id: `qa_${randomUUID()}`,
          kind: 'COUNT_DROP',
          system: extract.system,
          extractId: extract.id,
          message: drop.message,
          details: { ...drop },
          raisedAt: now,
        }),
      );
    }
    // One open case per customer and field: a failing value sent again does not restart the clock.
    const open = await tx.find(CorrectionCaseEntity, {
      status: 'OPEN',
      customerId: { $in: problems.map((p) => p.customerId) },
    });
    const cases: CorrectionCase[] = [];
    for (const problem of problems) {
      if (
        open.some((c) => c.customerId === problem.customerId && c.field === problem.field) ||
        cases.some((c) => c.customerId === problem.customerId && c.field === problem.field)
      )
        continue;
      cases.push(
        tx.create(CorrectionCaseEntity, {
          id: `cc_${randomUUID()}`,
          customerId: problem.customerId,
          region: regions[problem.customerId] ?? 'UNKNOWN',
          kind: 'BANK_DETAILS',
          field: problem.field,
          reasonCode: problem.reason.code,
          message: problem.reason.message,
          system: extract.system,
          extractId: extract.id,
          status: 'OPEN',
          openedAt: now,
          dueAt: new Date(now.getTime() + config.correctionSlaDays * DAY_MS),
        }),
      );
    }
    return { alerts, cases: cases.length };
  });
  await reconcileDay(em, directoryRegions(customers), extract.businessDate, now);
  return receipt(false, outcome.alerts, outcome.cases);
}
