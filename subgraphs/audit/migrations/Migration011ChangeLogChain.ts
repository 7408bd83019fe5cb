import type { SqlEntityManager } from '@mikro-orm/knex';
import { SchemaMigration } from '../../kit/schemaMigration';
import { chainPending } from '../changes/changeLogChain';

/**
 * The change log made tamper-evident: each entry's link in a hash chain, the signed checkpoints of
 * the chain's head, and the tombstones the retention purge leaves. The history so far is chained in
 * feed order here; its first signature comes with the next recording (a migration has no key).
 * Only adds: a gateway of the previous release goes on answering, and what that release records
 * meanwhile is chained by the next recording of this one.
 */
export class Migration011ChangeLogChain extends SchemaMigration {
  async up(): Promise<void> {
    const knex = this.getKnex();
    const ddl = knex.schema
      .alterTable('change_log_entry', (t) => {
        t.string('previous_hash', 64);
        t.string('hash', 64);
      })
      .createTable('change_log_checkpoint', (t) => {
        t.bigInteger('sequence').notNullable().primary();
        t.string('hash', 64).notNullable();
        t.string('at', 32).notNullable();
        t.string('key_id', 64).notNullable();
        t.text('signature').notNullable();
      })
      .createTable('change_log_tombstone', (t) => {
        t.bigInteger('sequence').notNullable().primary();
        t.string('entry_id', 64).notNullable();
        t.string('previous_hash', 64).notNullable();
        t.string('hash', 64).notNullable();
        t.string('purge_run_id', 128).notNullable();
        t.string('rule').notNullable();
        t.datetime('removed_at', { precision: 3 }).notNullable();
      });
    // Run now, not queued: the backfill below reads and writes the new columns.
    for (const statement of ddl.toSQL()) await this.execute(statement.sql, statement.bindings as unknown[]);
    await this.execute(
      'create index change_log_entry_unchained_index on change_log_entry (sequence) where hash is null',
    );
    await chainPending(this.getEntityManager() as SqlEntityManager);
  }
}
