import { SchemaMigration } from '../../kit/schemaMigration';

/**
 * The change feed: every recorded change numbered in the order it was recorded (the history so far
 * numbered as it stands), and the webhook subscriptions that read it. Only adds: a gateway of the
 * previous release goes on answering while this rolls out.
 */
export class Migration009ChangeFeed extends SchemaMigration {
  up(): void {
    const knex = this.getKnex();
    this.schema((s) =>
      s.alterTable('change_log_entry', (t) => {
        t.bigInteger('sequence');
      }),
    );
    this.addSql(
      knex
        .raw(
          `update change_log_entry set sequence = numbered.n
           from (select id, row_number() over (order by recorded_at, id) as n from change_log_entry) as numbered
           where numbered.id = change_log_entry.id`,
        )
        .toQuery(),
    );
    this.schema((s) =>
      s
        .alterTable('change_log_entry', (t) => {
          t.unique(['sequence']);
        })
        .createTable('webhook_subscription', (t) => {
          t.string('id', 64).notNullable().primary();
          t.string('url', 2048).notNullable();
          t.text('description').notNullable();
          t.string('owner').notNullable();
          t.string('roles', 256).notNullable();
          t.string('regions', 256).notNullable();
          t.datetime('created_at', { precision: 3 }).notNullable();
          t.datetime('deleted_at', { precision: 3 });
          t.bigInteger('delivered_through').notNullable();
          t.datetime('last_delivered_at', { precision: 3 });
          t.integer('failures').notNullable();
          t.text('last_error');
          t.datetime('next_attempt_at', { precision: 3 }).notNullable();
          t.string('leased_by', 128);
          t.datetime('lease_until', { precision: 3 });
          t.index(['next_attempt_at']);
          t.index(['owner']);
        }),
    );
    this.addSql(
      'create index change_log_entry_unnumbered_index on change_log_entry (recorded_at, id) where sequence is null',
    );
  }
}
