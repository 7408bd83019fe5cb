import type { EntitySchema, RequiredEntityData } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';

const CHUNK = 500;

/** Inserts many rows in multi-row statements, bypassing the unit of work: for seeding and bulk loads. */
export async function bulkInsert<T extends object>(
  em: SqlEntityManager,
  entity: EntitySchema<T>,
  rows: RequiredEntityData<T>[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await em.insertMany<T>(entity, rows.slice(start, start + CHUNK));
  }
}
