import { SchemaMigration } from '../../kit/schemaMigration';

/** Source records and change events that failed, kept for retries and reported to the exception queue. */
export class Migration017FailedInputs extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s.createTable('failed_input', (t) => {
        t.string('id', 128).notNullable().primary();
        t.string('source', 16).notNullable();
        t.string('subject', 16).notNullable();
        t.string('match_key', 160).notNullable();
        t.integer('sequence');
        t.json('payload').notNullable();
        t.text('last_error').notNullable();
        t.integer('attempts').notNullable();
        t.datetime('first_failed_at', { precision: 3 }).notNullable();
        t.datetime('last_failed_at', { precision: 3 }).notNullable();
        t.datetime('resolved_at', { precision: 3 });
        t.text('resolution');
        t.boolean('reported').notNullable();
        t.index(['source', 'match_key']);
        t.index(['reported']);
      }),
    );
  }
}
