import { SchemaMigration } from '../../kit/schemaMigration';

/** The exception queue, and job runs that retry a failed one after a backoff. */
export class Migration008ExceptionQueue extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s
        .createTable('exception_item', (t) => {
          t.string('id', 64).notNullable().primary();
          t.string('source', 32).notNullable();
          t.string('subject', 128).notNullable();
          t.string('reference', 128).notNullable();
          t.string('payload_ref', 256);
          t.text('error').notNullable();
          t.string('status', 16).notNullable();
          t.integer('attempts').notNullable();
          t.datetime('next_attempt_at', { precision: 3 });
          t.datetime('first_failed_at', { precision: 3 }).notNullable();
          t.datetime('last_failed_at', { precision: 3 }).notNullable();
          t.datetime('resolved_at', { precision: 3 });
          t.string('resolved_by');
          t.text('resolution');
          t.unique(['source', 'reference']);
          t.index(['status', 'last_failed_at']);
        })
        .alterTable('job_run', (t) => {
          t.string('retry_of', 64);
          t.datetime('not_before', { precision: 3 });
        }),
    );
  }
}
