import { SchemaMigration } from '../../kit/schemaMigration';

/**
 * The database as the entities declare it. PostgreSQL already is. On SQLite the earlier migrations
 * left primary keys nullable (SQLite allows NULL in a primary key not declared NOT NULL), a default
 * quoted as text, and doubles declared as `float`, which only recreating the tables can change.
 */
export class Migration004SchemaMatchesEntities extends SchemaMigration {
  async up(): Promise<void> {
    if (!this.onSqlite) return;
    await this.rebuildSqliteTables({
      quality_run: (t) => {
        t.string('id', 64).notNullable().primary();
        t.datetime('started_at', { precision: 3 }).notNullable();
        t.integer('customers_checked').notNullable();
        t.integer('average_score').notNullable();
        t.date('as_of');
        t.string('status', 16).notNullable().defaultTo('COMPLETED');
        t.datetime('finished_at', { precision: 3 });
        t.text('failure');
      },
      quality_result: (t) => {
        t.string('id', 128).notNullable().primary();
        t.string('run_id', 64).notNullable().references('id').inTable('quality_run').onDelete('CASCADE');
        t.string('customer_id', 40).notNullable();
        t.integer('score').notNullable();
        t.json('issues').notNullable();
        t.datetime('checked_at', { precision: 3 }).notNullable();
        t.string('region', 8);
        t.json('payment_profile');
        t.index(['customer_id']);
      },
      kpi_observation: (t) => {
        t.string('id', 160).notNullable().primary();
        t.string('run_id', 64).notNullable().references('id').inTable('quality_run').onDelete('CASCADE');
        t.string('kpi', 32).notNullable();
        t.string('subject_id', 100).notNullable();
        t.string('customer_id', 40).notNullable();
        t.string('region', 8).notNullable();
        t.string('segment', 16);
        t.boolean('passed').notNullable();
        t.specificType('weight', 'double').notNullable();
        t.text('detail');
        t.index(['run_id', 'kpi']);
      },
      payment_anomaly: (t) => {
        t.string('id', 200).notNullable().primary();
        t.string('run_id', 64).notNullable().references('id').inTable('quality_run').onDelete('CASCADE');
        t.string('customer_id', 40).notNullable();
        t.string('region', 8).notNullable();
        t.string('invoice_id', 80).notNullable();
        t.string('payment_id', 80).notNullable();
        t.string('kind', 32).notNullable();
        t.text('reason').notNullable();
        t.specificType('score', 'double');
        t.datetime('detected_at', { precision: 3 }).notNullable();
        t.index(['run_id']);
        t.index(['customer_id']);
      },
      system_extract: (t) => {
        t.string('id', 80).notNullable().primary();
        t.string('system', 16).notNullable();
        t.date('business_date').notNullable();
        t.datetime('taken_at', { precision: 3 }).notNullable();
        t.integer('customer_count').notNullable();
        t.datetime('received_at', { precision: 3 }).notNullable();
        t.string('received_by').notNullable();
        t.index(['system', 'taken_at']);
        t.index(['business_date']);
      },
      extract_balance: (t) => {
        t.string('id', 130).notNullable().primary();
        t.string('extract_id', 80).notNullable().references('id').inTable('system_extract').onDelete('CASCADE');
        t.string('customer_id', 40).notNullable();
        t.string('currency', 3).notNullable();
        t.bigInteger('ar_balance_minor').notNullable();
        t.index(['extract_id']);
      },
      quality_alert: (t) => {
        t.string('id', 64).notNullable().primary();
        t.string('kind', 32).notNullable();
        t.string('system', 16);
        t.string('extract_id', 80);
        t.text('message').notNullable();
        t.json('details').notNullable();
        t.datetime('raised_at', { precision: 3 }).notNullable();
        t.index(['raised_at']);
      },
      correction_case: (t) => {
        t.string('id', 64).notNullable().primary();
        t.string('customer_id', 40).notNullable();
        t.string('region', 8).notNullable();
        t.string('kind', 32).notNullable();
        t.string('field', 64).notNullable();
        t.string('reason_code', 32).notNullable();
        t.text('message').notNullable();
        t.string('system', 16).notNullable();
        t.string('extract_id', 80).notNullable();
        t.string('status', 16).notNullable();
        t.datetime('opened_at', { precision: 3 }).notNullable();
        t.datetime('due_at', { precision: 3 }).notNullable();
        t.datetime('resolved_at', { precision: 3 });
        t.string('resolved_by');
        t.text('resolution_note');
        t.index(['status', 'due_at']);
        t.index(['customer_id']);
      },
      reconciliation_report: (t) => {
        t.date('date').notNullable().primary();
        t.datetime('computed_at', { precision: 3 }).notNullable();
        t.boolean('balanced').notNullable();
        t.json('result').notNullable();
        t.json('regions').notNullable();
      },
      sampling_audit: (t) => {
        t.string('id', 64).notNullable().primary();
        t.datetime('ran_at', { precision: 3 }).notNullable();
        t.string('ran_by').notNullable();
        t.string('seed', 100).notNullable();
        t.specificType('confidence', 'double').notNullable();
        t.specificType('margin', 'double').notNullable();
        t.integer('population').notNullable();
        t.integer('sample_size').notNullable();
        t.integer('errors').notNullable();
        t.specificType('error_rate', 'double').notNullable();
        t.specificType('lower', 'double').notNullable();
        t.specificType('upper', 'double').notNullable();
        t.json('findings').notNullable();
      },
    });
  }
}
