import type { SqlEntityManager } from '@mikro-orm/knex';
import { today } from '../../../lib/calendar';
import { serviceUnavailable } from '../../../lib/errors';
import { SOURCE_SYSTEMS } from '../../../lib/sourceSystems';
import { CREDIT_LIMIT_POLICY } from '../../../policies/creditLimits';
import { readByKeys } from '../../kit/readByKeys';
import { changeCustomer } from '../changeCustomer';
import type { CustomerPatch } from '../changes';
import type { CustomerContext } from '../context';
import { CustomerEntity } from '../entities/Customer';
import { SourceRecordEntity } from '../entities/SourceRecord';
import type { CreditScoreDelivery, CreditScoreRefresh } from '../generated/resolvers';
import { bandProposal } from './bandProposal';
import { routeLimitChange } from './creditLimitChanges';
import {
  assignCustomers,
  checkScoreRecords,
  type AssignedScoreRow,
  type CustomerRef,
  type ScoreRow,
} from './scoreRows';
import type { CreditScoreSource } from './scoreSource';

/**
 * A credit score refresh: every delivery the vendor's adapter has waiting, oldest first, each checked
 * whole and then applied whole in one transaction, or refused with a reason per line and nothing of it
 * applied (it stays with the adapter to be corrected). Scores, and the limits of customers that moved
 * into another score band, change through the change path, on the caller's authority: a person, or
 * the credit-scores job. A delivery scored earlier than the score on file changes nothing of it.
 */

/** Customers whose rows are applied, and flushed, at a time: a large delivery's memory stays bounded. */
const CHUNK = 1000;
/** Merges chain (a survivor merged again); following a row to its survivor stops after this many. */
const MERGE_HOPS = 5;

type Counts = Pick<
  CreditScoreDelivery,
  'scoresChanged' | 'olderThanOnFile' | 'limitsChanged' | 'limitChangesRequested' | 'withoutBandLimit'
>;

/** Who each row's customer is, following merges to the survivor; undefined for one not on file. */
async function customerFinder(
  em: SqlEntityManager,
  rows: readonly ScoreRow[],
): Promise<(ref: CustomerRef) => string | undefined> {
  const bySource = new Map<string, string>();
  for (const system of SOURCE_SYSTEMS) {
    const ids = rows.flatMap(({ ref }) => ('sourceSystem' in ref && ref.sourceSystem === system ? [ref.sourceId] : []));
    const records = await readByKeys([...new Set(ids)], (keys) =>
      em.find(
        SourceRecordEntity,
        { sourceSystem: system, sourceId: { $in: keys } },
        { fields: ['sourceId', 'customerId'] },
      ),
    );
    for (const record of records) bySource.set(`${system}\u0000${record.sourceId}`, record.customerId);
  }
  const survivor = new Map<string, string | null>();
  let asked = [
    ...new Set([...rows.flatMap(({ ref }) => ('customerId' in ref ? [ref.customerId] : [])), ...bySource.values()]),
  ];
  for (let hop = 0; hop < MERGE_HOPS && asked.length > 0; hop += 1) {
    const found = await readByKeys(asked, (keys) =>
      em.find(CustomerEntity, { id: { $in: keys } }, { fields: ['id', 'mergedInto'] }),
    );
    for (const customer of found) survivor.set(customer.id, customer.mergedInto ?? null);
    asked = found.flatMap(({ mergedInto }) => (mergedInto && !survivor.has(mergedInto) ? [mergedInto] : []));
  }
  const follow = (id: string | undefined): string | undefined => {
    for (let hop = 0; id !== undefined && hop <= MERGE_HOPS; hop += 1) {
      if (!survivor.has(id)) return undefined;
      const next = survivor.get(id);
      if (!next) return id;
      id = next;
    }
    return undefined;
  };
  return (ref) =>
    follow('customerId' in ref ? ref.customerId : bySource.get(`${ref.sourceSystem}\u0000${ref.sourceId}`));
}

async function applyRows(
  em: SqlEntityManager,
  rows: readonly AssignedScoreRow[],
  source: string,
  reference: string,
  actor: string,
): Promise<Counts> {
  const counts: Counts = {
    scoresChanged: 0,
    olderThanOnFile: 0,
    limitsChanged: 0,
    limitChangesRequested: 0,
    withoutBandLimit: 0,
  };
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const customers = new Map(
      (await em.find(CustomerEntity, { id: { $in: chunk.map((row) => row.customerId) } })).map((c) => [c.id, c]),
    );
    for (const row of chunk) {
      const customer = customers.get(row.customerId)!;
      if (customer.creditScoreAsOf && row.asOf < customer.creditScoreAsOf) {
        counts.olderThanOnFile += 1;
        continue;
      }
      customer.creditScoreAsOf = row.asOf;
      if (customer.creditScore === row.score) continue;
      counts.scoresChanged += 1;
      let reason = `credit score refresh: ${source} delivery ${reference}, vendor reference ${row.vendorReference}, as of ${row.asOf}`;
      const patch: CustomerPatch = { creditScore: row.score };
      const proposal = bandProposal(customer.creditScore ?? null, row.score, customer.creditLimitCurrency ?? null);
      if (proposal.kind === 'NO_BAND_LIMIT') counts.withoutBandLimit += 1;
      if (proposal.kind === 'LIMIT') {
        const bandReason = `${reason}; the credit limit of the score band (credit limit policy ${CREDIT_LIMIT_POLICY.version})`;
        const route = await routeLimitChange(em, customer, proposal.limit, {
          origin: 'SCORE_BAND',
          requestedBy: actor,
          reason: bandReason,
        });
        if (route === 'APPLY') {
          patch.creditLimit = proposal.limit;
          reason = bandReason;
          counts.limitsChanged += 1;
        }
        if (route === 'AWAIT_APPROVAL') counts.limitChangesRequested += 1;
      }
      await changeCustomer(em, customer, patch, { actor, reason });
    }
    await em.flush();
    em.clear();
  }
  return counts;
}

async function refreshDelivery(
  context: CustomerContext,
  source: CreditScoreSource,
  reference: string,
): Promise<CreditScoreDelivery> {
  const delivery = await source.read(reference).catch((error: Error) => {
    context.log.warn({ err: error.message, reference }, 'a credit score delivery cannot be read');
    throw serviceUnavailable(`the credit score delivery ${reference} cannot be read (${source.name})`);
  });
  const checked = checkScoreRecords(delivery.records, today());
  const outcome = await context.em.transactional(async (em): Promise<CreditScoreDelivery> => {
    const assigned = assignCustomers(checked.rows, await customerFinder(em, checked.rows));
    const problems = [...delivery.problems, ...checked.problems, ...assigned.problems].sort((a, b) => a.line - b.line);
    const rows = delivery.records.length;
    if (problems.length > 0)
      return {
        reference,
        status: 'REFUSED',
        rows,
        scoresChanged: 0,
        olderThanOnFile: 0,
        limitsChanged: 0,
        limitChangesRequested: 0,
        withoutBandLimit: 0,
        problems,
      };
    const counts = await applyRows(em, assigned.rows, source.name, reference, context.principal.sub);
    return { reference, status: 'APPLIED', rows, ...counts, problems };
  });
  if (outcome.status === 'APPLIED')
    await source.markApplied(reference).catch((error: Error) => {
      context.log.warn({ err: error.message, reference }, 'an applied credit score delivery cannot be moved aside');
      // Applying it again changes nothing (its scores are on file, as of its dates): a retry finishes it.
      throw serviceUnavailable(
        `the credit score delivery ${reference} was applied but cannot be set aside (${source.name})`,
      );
    });
  return outcome;
}

export async function refreshCreditScores(
  context: CustomerContext,
  source: CreditScoreSource,
): Promise<CreditScoreRefresh> {
  const references = await source.waiting().catch((error: Error) => {
    context.log.warn({ err: error.message }, 'the credit score source cannot be read');
    throw serviceUnavailable(`the credit score source (${source.name}) cannot be read`);
  });
  const deliveries: CreditScoreDelivery[] = [];
  for (const reference of references) deliveries.push(await refreshDelivery(context, source, reference));
  return { source: source.name, deliveries };
}
