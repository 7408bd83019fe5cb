import { SchemaMigration } from '../../kit/schemaMigration';

/** Legal holds, and the retention purge's runs with their reports. Only adds tables. */
export class Migration010LegalHolds extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s
        .createTable('legal_hold', (t) => {
          t.string('id', 64).notNullable().primary();
          t.string('matter', 200).notNullable();
          t.text('description').notNullable();
          t.json('customer_ids').notNullable();
          t.json('record_classes').notNullable();
          t.date('from_date');
          t.date('to_date');
          t.string('placed_by').notNullable();
          t.datetime('placed_at', { precision: 3 }).notNullable();
          t.string('released_by');
          t.datetime('released_at', { precision: 3 });
          t.text('release_reason');
          t.index(['released_at']);
        })
        .createTable('retention_purge_run', (t) => {
          t.string('id', 64).notNullable().primary();
          t.boolean('dry_run').notNullable();
          t.date('as_of').notNullable();
          t.string('started_by').notNullable();
          t.datetime('started_at', { precision: 3 }).notNullable();
          t.string('status', 16).notNullable();
          t.datetime('finished_at', { precision: 3 });
          t.integer('removed').notNullable();
          t.integer('held_back').notNullable();
          t.json('lines').notNullable();
          t.index(['started_at']);
        }),
    );
  }
}
