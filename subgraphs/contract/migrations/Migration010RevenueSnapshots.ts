import { SchemaMigration } from '../../kit/schemaMigration';

/** The tables whose rows a contract's revenue is computed from (revenue/contractTerms.ts's loadRevenueData). */
export const REVENUE_INPUT_TABLES = [
  'performance_obligation',
  'obligation_revision',
  'progress_measurement',
  'invoice',
  'billing_entry',
] as const;

/**
 * Stored revenue summaries, so a BI page reads one row per contract instead of recomputing its
 * schedule. A contract's `revenue_version` moves whenever a row its revenue is computed from is
 * written, by triggers in the database: every writer (the ORM, bulk loads, an operator's SQL)
 * moves it, and a stored summary counts only while its version is the contract's.
 *
 * A later migration that rebuilds one of these tables on SQLite (rebuildSqliteTables) drops its
 * triggers with it and must create them again.
 */
export class Migration010RevenueSnapshots extends SchemaMigration {
  up(): void {
    const knex = this.getKnex();
    this.schema((s) =>
      s
        .alterTable('contract', (t) => {
          t.integer('revenue_version').notNullable().defaultTo(knex.raw('0'));
        })
        .createTable('contract_revenue', (t) => {
          t.string('contract_id', 64).notNullable().references('id').inTable('contract').onDelete('CASCADE');
          t.date('as_of').notNullable();
          t.integer('revenue_version').notNullable();
          t.boolean('month_end').notNullable();
          t.boolean('has_obligations').notNullable();
          t.bigInteger('recognized_to_date_minor').notNullable();
          t.bigInteger('billed_to_date_minor').notNullable();
          t.bigInteger('deferred_minor').notNullable();
          t.bigInteger('unbilled_minor').notNullable();
          t.bigInteger('mrr_minor').notNullable();
          t.bigInteger('arr_minor').notNullable();
          t.primary(['contract_id', 'as_of']);
        }),
    );
    if (this.onSqlite) this.sqliteTriggers();
    else this.postgresTriggers();
  }

  /** SQLite has row triggers only, one per table and event. */
  private sqliteTriggers(): void {
    const bump = (ids: string) => `update contract set revenue_version = revenue_version + 1 where id in (${ids});`;
    for (const table of REVENUE_INPUT_TABLES) {
      this.addSql(
        `create trigger ${table}_revenue_insert after insert on ${table} begin ${bump('new.contract_id')} end`,
      );
      this.addSql(
        `create trigger ${table}_revenue_update after update on ${table} begin ${bump('old.contract_id, new.contract_id')} end`,
      );
      this.addSql(
        `create trigger ${table}_revenue_delete after delete on ${table} begin ${bump('old.contract_id')} end`,
      );
    }
  }

  /** PostgreSQL moves each contract once per statement, from the statement's transition tables, so a bulk load stays a bulk load. */
  private postgresTriggers(): void {
    const events = [
      ['insert', 'new table as changed', 'select contract_id from changed'],
      [
        'update',
        'old table as before new table as changed',
        'select contract_id from before union select contract_id from changed',
      ],
      ['delete', 'old table as before', 'select contract_id from before'],
    ] as const;
    for (const [event, , ids] of events) {
      this.addSql(
        `create function contract_revenue_moved_on_${event}() returns trigger language plpgsql as $$ begin ` +
          `update contract set revenue_version = revenue_version + 1 where id in (${ids}); return null; end $$`,
      );
    }
    for (const table of REVENUE_INPUT_TABLES) {
      for (const [event, transition] of events) {
        this.addSql(
          `create trigger ${table}_revenue_${event} after ${event} on ${table} referencing ${transition} ` +
            `for each statement execute function contract_revenue_moved_on_${event}()`,
        );
      }
    }
  }
}
