import { SchemaMigration } from '../../kit/schemaMigration';

/** Disputes between teams about a record's field, and their timelines. Only adds tables. */
export class Migration013Disputes extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s
        .createTable('dispute', (t) => {
          t.string('id', 64).notNullable().primary();
          t.string('record_type', 64).notNullable();
          t.string('record_id', 64).notNullable();
          t.string('customer_id', 40).notNullable();
          t.string('region', 8).notNullable();
          t.string('coordinate', 160).notNullable();
          t.string('classification', 32);
          t.string('kind', 32);
          t.string('mask', 32);
          t.text('disputed_value');
          t.string('value_source', 16).notNullable();
          t.string('raising_team', 64).notNullable();
          t.string('counterparty_team', 64).notNullable();
          t.text('description').notNullable();
          t.string('status', 16).notNullable();
          t.integer('level').notNullable();
          t.json('assigned_to').notNullable();
          t.string('assigned_body', 64);
          t.datetime('level_since', { precision: 3 }).notNullable();
          t.datetime('due_at', { precision: 3 });
          t.string('opened_by').notNullable();
          t.datetime('opened_at', { precision: 3 }).notNullable();
          t.string('decision', 16);
          t.string('resolved_by');
          t.datetime('resolved_at', { precision: 3 });
          t.string('resulting_change_id', 64);
          t.index(['status', 'due_at']);
          t.index(['customer_id']);
        })
        .createTable('dispute_event', (t) => {
          t.string('id', 64).notNullable().primary();
          t.string('dispute_id', 64).notNullable().references('id').inTable('dispute').onDelete('CASCADE');
          t.integer('position').notNullable();
          t.string('kind', 16).notNullable();
          t.datetime('at', { precision: 3 }).notNullable();
          t.string('actor').notNullable();
          t.integer('level').notNullable();
          t.text('note');
          t.unique(['dispute_id', 'position']);
        }),
    );
  }
}
