import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { addDays } from '../../../lib/calendar';
import type { HoldScope } from '../../../policies/holdCoverage';
import { planPurge, type PurgePlan, type RetentionCandidate } from '../../../policies/purgePlan';
import { latestPurgeableDate } from '../../../policies/retentionRule';
import type { CustomerDirectory } from '../../kit/customerDirectory';
import type { ServiceClient } from '../../kit/serviceClient';
import { inTransaction } from '../../kit/transaction';
import { removeChangeLogEntries } from '../changes/changeLogRemoval';
import { ChangeLogEntryEntity } from '../entities/ChangeLogEntry';
import { RetentionPurgeRunEntity, type RetentionPurgeRun } from '../entities/RetentionPurgeRun';
import { activeHoldScopes } from '../legalHolds/legalHoldScope';
import {
  InvoicesIssuedThroughDocument,
  PurgeInvoicesDocument,
  type InvoicesIssuedThroughQuery,
} from './generated/invoiceRetention';

/**
 * The retention purge, run by the audit subgraph over every record class: it reads the records that
 * may be past retention (those dated on or before the class's earliest possible end), judges each
 * by its customer's billing country and the legal holds in force (policies/purgePlan.ts), and,
 * unless it is a dry run, has each subgraph remove what is past retention and not held, in one
 * transaction per subgraph: the invoices in the contract subgraph, then the change-log entries here
 * together with the run's report. A peer or the customer master that cannot be asked fails the run
 * before anything is removed. A hold placed while the run plans makes it plan again, so what a hold
 * placed before the removals begin covers is kept.
 */

const INVOICE_PAGE = 1000;
const CHANGE_PAGE = 5000;

export interface PurgeRequest {
  dryRun: boolean;
  asOf: string;
  startedBy: string;
}

interface PurgeServices {
  em: SqlEntityManager;
  peers: ServiceClient;
  customers: CustomerDirectory;
}

async function invoiceCandidates(peers: ServiceClient, through: string): Promise<RetentionCandidate[]> {
  const candidates: RetentionCandidate[] = [];
  let after: string | null = null;
  for (;;) {
    const answer: InvoicesIssuedThroughQuery = await peers.query('contract', InvoicesIssuedThroughDocument, {
      through,
      after,
      first: INVOICE_PAGE,
    });
    const page = answer.invoicesIssuedThrough;
    candidates.push(
      ...page.map((invoice) => ({ id: invoice.id, customerId: invoice.customerId, date: invoice.issueDate })),
    );
    if (page.length < INVOICE_PAGE) return candidates;
    after = page[page.length - 1].id;
  }
}

/** Change-log entries dated on or before `through`; an entry of another kind of record than a customer has no customer. */
async function changeLogCandidates(em: SqlEntityManager, through: string): Promise<RetentionCandidate[]> {
  const before = new Date(`${addDays(through, 1)}T00:00:00.000Z`);
  const candidates: RetentionCandidate[] = [];
  let after = '';
  for (;;) {
    const page = await em.find(
      ChangeLogEntryEntity,
      { at: { $lt: before }, id: { $gt: after } },
      {
        fields: ['id', 'entity', 'entityId', 'at'],
        orderBy: { id: 'asc' },
        limit: CHANGE_PAGE,
        disableIdentityMap: true,
      },
    );
    candidates.push(
      ...page.map((entry) => ({
        id: entry.id,
        customerId: entry.entity === 'Customer' ? entry.entityId : null,
        date: entry.at.toISOString().slice(0, 10),
      })),
    );
    if (page.length < CHANGE_PAGE) return candidates;
    after = page[page.length - 1].id;
  }
}

/** Each candidate's customer's billing country, from the customer master. */
async function countriesOf(
  customers: CustomerDirectory,
  candidates: readonly RetentionCandidate[],
): Promise<(customerId: string | null) => string | null | undefined> {
  const ids = [...new Set(candidates.flatMap((c) => (c.customerId ? [c.customerId] : [])))];
  const facts = await customers.factsOf(ids);
  const countries = new Map(ids.map((id, i) => [id, facts[i]?.billingCountry ?? null]));
  return (customerId) => (customerId ? countries.get(customerId) : null);
}

async function planClass(
  services: PurgeServices,
  recordClass: 'INVOICE_HISTORY' | 'CUSTOMER_CHANGE_LOG',
  holds: readonly HoldScope[],
  asOf: string,
): Promise<PurgePlan> {
  const through = latestPurgeableDate(recordClass, asOf);
  const candidates =
    recordClass === 'INVOICE_HISTORY'
      ? await invoiceCandidates(services.peers, through)
      : await changeLogCandidates(services.em, through);
  return planPurge(recordClass, candidates, await countriesOf(services.customers, candidates), holds, asOf);
}

const sameHolds = (a: readonly HoldScope[], b: readonly HoldScope[]) =>
  a.length === b.length && a.every((hold, i) => hold.id === b[i].id);

/** The plans of both classes under the holds in force, planned again if a hold was placed or released meanwhile. */
async function planUnderCurrentHolds(services: PurgeServices, asOf: string) {
  let holds = await activeHoldScopes(services.em);
  for (;;) {
    const invoices = await planClass(services, 'INVOICE_HISTORY', holds, asOf);
    const changes = await planClass(services, 'CUSTOMER_CHANGE_LOG', holds, asOf);
    const now = await activeHoldScopes(services.em);
    if (sameHolds(holds, now)) return { invoices, changes };
    holds = now;
  }
}

export async function runRetentionPurge(services: PurgeServices, request: PurgeRequest): Promise<RetentionPurgeRun> {
  const { em, peers } = services;
  const startedAt = new Date();
  const { invoices, changes } = await planUnderCurrentHolds(services, request.asOf);
  const lines = [...invoices.lines, ...changes.lines];
  const run: RetentionPurgeRun = {
    id: `rpr_${randomUUID()}`,
    dryRun: request.dryRun,
    asOf: request.asOf,
    startedBy: request.startedBy,
    startedAt,
    status: request.dryRun ? 'COMPLETED' : 'REMOVING',
    finishedAt: request.dryRun ? startedAt : null,
    removed: lines.reduce((sum, line) => sum + line.removed, 0),
    heldBack: lines.reduce((sum, line) => sum + line.heldBack.reduce((held, h) => held + h.records, 0), 0),
    lines,
  };
  // On record before anything goes: a removal that fails half-way still has its report.
  await em.fork().insert(RetentionPurgeRunEntity, run);
  if (request.dryRun) return run;
  const settle = (status: 'COMPLETED' | 'FAILED') => ({ ...run, status, finishedAt: new Date() });
  try {
    const invoiceIds = invoices.remove.flatMap((batch) => batch.ids);
    if (invoiceIds.length > 0) await peers.query('contract', PurgeInvoicesDocument, { ids: invoiceIds });
    return await inTransaction(em, async (tx) => {
      for (const batch of changes.remove)
        await removeChangeLogEntries(tx, batch.ids, { purgeRunId: run.id, rule: batch.rule });
      const completed = settle('COMPLETED');
      await tx.nativeUpdate(
        RetentionPurgeRunEntity,
        { id: run.id },
        { status: completed.status, finishedAt: completed.finishedAt },
      );
      return completed;
    });
  } catch (error) {
    const failed = settle('FAILED');
    await em
      .fork()
      .nativeUpdate(RetentionPurgeRunEntity, { id: run.id }, { status: failed.status, finishedAt: failed.finishedAt });
    throw error;
  }
}
