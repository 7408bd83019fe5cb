import { raw, type FilterQuery } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Customer } from './entities/Customer';

/**
 * Customers whose search text holds any of the folded needles (matching/names/searchText.ts), answered from a
 * trigram index (Migration013NameSearchIndex) rather than by reading every customer. PostgreSQL's
 * GIN trigram index serves LIKE on the column itself; on SQLite the FTS5 trigram table is asked, one
 * needle at a time, since it cannot use its index for an OR of patterns. Needles hold no LIKE
 * wildcards (the caller refuses them).
 */
export function nameSearchCondition(em: SqlEntityManager, needles: readonly string[]): FilterQuery<Customer> {
  const patterns = needles.map((needle) => `%${needle}%`);
  if (!(em.getDriver() instanceof BetterSqliteDriver))
    return { $or: patterns.map((pattern) => ({ searchText: { $like: pattern } })) };
  const matches = patterns.map(() => 'select rowid from customer_name_search where search_text like ?').join(' union ');
  return { [raw((alias: string) => `${alias}.rowid in (${matches})`, patterns)]: [] } as FilterQuery<Customer>;
}
