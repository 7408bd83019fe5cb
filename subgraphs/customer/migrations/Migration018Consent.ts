import { SchemaMigration } from '../../kit/schemaMigration';

/** Consent signals from the consent platform, and the batches they came in (idempotent on the batch id). */
export class Migration018Consent extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s
        .createTable('consent_batch', (t) => {
          t.string('id', 128).notNullable().primary();
          t.string('source', 64).notNullable();
          t.datetime('received_at', { precision: 3 }).notNullable();
          t.string('received_by').notNullable();
          t.json('result').notNullable();
        })
        .createTable('consent_signal', (t) => {
          t.string('id', 128).notNullable().primary();
          t.string('batch_id', 128).notNullable();
          t.string('customer_id', 40).notNullable().references('id').inTable('customer').onDelete('CASCADE');
          t.string('contact_id', 64).notNullable();
          t.string('channel', 16).notNullable();
          t.string('purpose', 32).notNullable();
          t.string('decision', 16).notNullable();
          t.datetime('given_at', { precision: 3 }).notNullable();
          t.string('source', 64).notNullable();
          t.datetime('received_at', { precision: 3 }).notNullable();
          t.string('received_by').notNullable();
          t.index(['customer_id', 'given_at']);
          t.index(['batch_id']);
        }),
    );
  }
}
