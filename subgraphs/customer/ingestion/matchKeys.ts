import { raw } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { CustomerEntity, type Customer } from '../entities/Customer';
import { CustomerMatchKeyEntity } from '../entities/CustomerMatchKey';
import { DEFAULT_MAX_BLOCK_SIZE, blockingKeys, type MatchRecord } from '../matching/engine';
import { bulkInsert } from '../../kit/bulkInsert';
import { linkableParties } from './linkableParties';
import { partyLinkageRecords, type LinkableParty } from './linkageRecords';
import type { MatchConfiguration } from './matchConfiguration';

/**
 * Blocking in the database: every customer's keys under the configuration's blocking rules are
 * kept in customer_match_key, computed by the same engine function (blockingKeys) that blocks
 * records in memory, so an incoming record finds exactly the customers the engine would pair it
 * with. A key held by more customers than its rule's block size is skipped, as in memory.
 */

const KEY_LENGTH = 255;

/**
 * A key as stored: its rule's place in the configuration, then the key (rules never share keys). A
 * configuration whose blocking rules differ in any way has every key rebuilt, so places are stable.
 */
function storedKey(rule: number, key: string): string {
  return `${rule}\u0001${key}`.slice(0, KEY_LENGTH);
}

function keysOfRecords(records: readonly MatchRecord[], configuration: MatchConfiguration): Set<string> {
  const keys = new Set<string>();
  configuration.blocking.forEach((rule, r) => {
    for (const record of records) for (const key of blockingKeys(record, rule)) keys.add(storedKey(r, key));
  });
  return keys;
}

/** A customer's keys: those of its golden record and of each of its source records. */
export function partyMatchKeys(party: LinkableParty, configuration: MatchConfiguration): string[] {
  return [...keysOfRecords(partyLinkageRecords(party), configuration)];
}

/** Recomputes the keys of these customers; call after any write that changes what they are matched on. */
export async function refreshMatchKeys(
  em: SqlEntityManager,
  customers: readonly Customer[],
  configuration: MatchConfiguration,
): Promise<void> {
  if (customers.length === 0) return;
  await em.flush();
  await em.nativeDelete(CustomerMatchKeyEntity, { customerId: { $in: customers.map((customer) => customer.id) } });
  // A merged customer is found through its survivor, which holds its source records.
  const live = customers.filter((customer) => !customer.mergedInto);
  const rows = (await linkableParties(em, live)).flatMap((party) =>
    partyMatchKeys(party, configuration).map((key) => ({ customerId: party.customer.id, key })),
  );
  await bulkInsert(em, CustomerMatchKeyEntity, rows);
}

const PAGE = 500;

/** Every customer's keys anew: when a configuration with other blocking rules comes into force. */
export async function rebuildMatchKeys(em: SqlEntityManager, configuration: MatchConfiguration): Promise<void> {
  await em.nativeDelete(CustomerMatchKeyEntity, {});
  let after = '';
  for (;;) {
    const customers = await em.find(CustomerEntity, { id: { $gt: after } }, { orderBy: { id: 'asc' }, limit: PAGE });
    await refreshMatchKeys(em, customers, configuration);
    em.clear();
    if (customers.length < PAGE) return;
    after = customers[customers.length - 1].id;
  }
}

/** Keys for the live customers that have none (written before keys existed). */
export async function fillMissingMatchKeys(em: SqlEntityManager, configuration: MatchConfiguration): Promise<void> {
  // Keyset paging: a customer left without a single key (a name of one-letter words) is passed, not met again.
  for (let after = ''; ;) {
    const missing = await em
      .createQueryBuilder(CustomerEntity, 'c')
      .where({ mergedInto: null, id: { $gt: after } })
      .andWhere('not exists (select 1 from customer_match_key k where k.customer_id = c.id)')
      .orderBy({ id: 'asc' })
      .limit(PAGE)
      .getResult();
    if (missing.length === 0) return;
    await em.transactional((tx) => refreshMatchKeys(tx, missing, configuration));
    if (missing.length < PAGE) return;
    after = missing[missing.length - 1].id;
    em.clear();
  }
}

/**
 * The customers sharing a key with the record, at most `limit`: its keys held by more customers
 * than their rule's block size are left out, as in memory.
 */
export async function customersSharingKeys(
  em: SqlEntityManager,
  record: MatchRecord,
  configuration: MatchConfiguration,
  limit = 500,
): Promise<string[]> {
  const capOf = new Map<string, number>();
  configuration.blocking.forEach((rule, r) => {
    for (const key of blockingKeys(record, rule))
      capOf.set(storedKey(r, key), rule.maxBlockSize ?? DEFAULT_MAX_BLOCK_SIZE);
  });
  if (capOf.size === 0) return [];
  const counts: { key: string; customers: number | string }[] = await em
    .createQueryBuilder(CustomerMatchKeyEntity)
    .select(['key', raw('count(*) as customers')])
    .where({ key: { $in: [...capOf.keys()] } })
    .groupBy('key')
    .execute();
  const usable = counts.filter((row) => Number(row.customers) <= (capOf.get(row.key) ?? 0)).map((row) => row.key);
  if (usable.length === 0) return [];
  const rows: { customerId: string }[] = await em
    .createQueryBuilder(CustomerMatchKeyEntity)
    .select('customerId')
    .distinct()
    .where({ key: { $in: usable } })
    .orderBy({ customerId: 'asc' })
    .limit(limit)
    .execute();
  return rows.map((row) => row.customerId);
}
