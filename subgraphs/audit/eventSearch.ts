import type { SqlEntityManager } from '@mikro-orm/knex';
import { AuditEventRecordEntity } from './entities/AuditEventRecord';
import { AuditEventRowEntity } from './entities/AuditEventRow';
import type { AuditEventFilter, InputMaybe } from './generated/resolvers';

/**
 * Searching the trail: a page of events in sequence order, after a sequence, that match a filter.
 * The principal, kind and client are indexed with the sequence behind them
 * (Migration006AuditSearchIndexes), and the records touched with theirs, so a page filtered by any
 * of them is read in order straight off an index however long the trail. A time window alone is read
 * through the `at` index and sorted.
 */

/** LIKE on the delimited filter columns; the delimiters stop `admin` from matching `sysadmin`. */
function eventWhere(filter: InputMaybe<AuditEventFilter> | undefined): Record<string, unknown>[] {
  const where: Record<string, unknown>[] = [];
  if (!filter) return where;
  if (filter.sub) where.push({ sub: filter.sub });
  if (filter.kind) where.push({ kind: filter.kind });
  if (filter.client) where.push({ clientName: filter.client });
  if (filter.role) where.push({ roles: { $like: `%,${filter.role.replace(/[%_,]/g, '')},%` } });
  if (filter.coordinate) where.push({ coordinates: { $like: `%|${filter.coordinate.replace(/[%_|]/g, '')}|%` } });
  for (const [bound, op] of [
    [filter.from, '$gte'],
    [filter.to, '$lte'],
  ] as const) {
    if (bound) where.push({ at: { [op]: bound.toISOString() } });
  }
  return where;
}

/** Conditions on the records an event touched (customer, record, classification read), or none. */
function recordWhere(filter: InputMaybe<AuditEventFilter> | undefined): Record<string, unknown>[] {
  const where: Record<string, unknown>[] = [];
  if (filter?.customerId) where.push({ customerId: filter.customerId });
  if (filter?.recordId) where.push({ recordId: filter.recordId });
  if (filter?.classification) where.push({ classes: { $like: `%|${filter.classification.replace(/[%_|]/g, '')}|%` } });
  return where;
}

/** The statement of a search: up to `limit` events after `afterSequence` that match the filter, oldest first. */
export function auditEventQuery(
  em: SqlEntityManager,
  filter: InputMaybe<AuditEventFilter> | undefined,
  afterSequence: number,
  limit: number,
) {
  const query = em
    .createQueryBuilder(AuditEventRowEntity)
    .select('*')
    .where({ $and: [...eventWhere(filter), { sequence: { $gt: afterSequence } }] })
    .orderBy({ sequence: 'asc' })
    .limit(limit);
  const byRecord = recordWhere(filter);
  if (byRecord.length > 0) {
    const touching = em.createQueryBuilder(AuditEventRecordEntity).select('sequence').where({ $and: byRecord });
    query.andWhere({ sequence: { $in: touching.getKnexQuery() } });
  }
  return query;
}
