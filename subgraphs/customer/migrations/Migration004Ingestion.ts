import { SchemaMigration } from '../../kit/schemaMigration';

export class Migration004Ingestion extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s
        .alterTable('source_record', (t) => {
          t.integer('source_version').notNullable().defaultTo(0);
          t.datetime('verified_at', { precision: 3 });
          t.string('batch_id', 128);
          t.string('mapping_version', 64);
          t.float('match_score');
          t.string('match_rule', 32);
        })
        .createTable('ingest_batch', (t) => {
          t.string('id', 128).primary();
          t.string('source_system', 16).notNullable();
          t.datetime('received_at', { precision: 3 }).notNullable();
          t.json('result').notNullable();
        })
        .createTable('attribute_lineage', (t) => {
          t.string('id', 128).primary();
          t.string('customer_id', 40).notNullable().references('id').inTable('customer').onDelete('CASCADE');
          t.string('field', 32).notNullable();
          t.text('value');
          t.string('source_system', 16).notNullable();
          t.string('source_record_id', 64).notNullable();
          t.string('batch_id', 128);
          t.datetime('verified_at', { precision: 3 });
          t.string('rule', 32).notNullable();
          t.unique(['customer_id', 'field']);
        })
        .createTable('match_review', (t) => {
          t.string('id', 64).primary();
          t.string('source_record_id', 64).notNullable();
          t.string('customer_id', 40).notNullable();
          t.string('candidate_customer_id', 40).notNullable();
          t.float('score').notNullable();
          t.string('rule', 32).notNullable();
          t.json('reasons').notNullable();
          t.string('status', 16).notNullable();
          t.datetime('created_at', { precision: 3 }).notNullable();
          t.string('decided_by');
          t.datetime('decided_at', { precision: 3 });
          t.index(['status']);
        })
        .alterTable('customer', (t) => {
          t.string('merged_into', 40);
        })
        .createTable('customer_merge', (t) => {
          t.string('id', 64).primary();
          t.string('survivor_id', 40).notNullable();
          t.string('merged_id', 40).notNullable();
          t.json('source_record_ids').notNullable();
          t.string('previous_status', 16).notNullable();
          t.datetime('merged_at', { precision: 3 }).notNullable();
          t.string('merged_by').notNullable();
          t.text('reason').notNullable();
          t.datetime('unmerged_at', { precision: 3 });
          t.string('unmerged_by');
          t.index(['merged_id']);
        })
        .createTable('cdc_position', (t) => {
          t.string('id', 96).primary();
          t.integer('sequence').notNullable();
          t.string('source', 16).notNullable();
          t.datetime('applied_at', { precision: 3 }).notNullable();
        }),
    );
  }
}
