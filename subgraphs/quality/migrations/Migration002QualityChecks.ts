import { SchemaMigration } from '../../kit/schemaMigration';

/**
 * Everything the quality checks keep per run or per day, so trends and comparisons are real:
 * KPI observations, payment anomalies, system extracts with their balances, count-drop alerts,
 * bank-detail correction cases, daily reconciliations, sampling audits and drift reports.
 */
export class Migration002QualityChecks extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s
        .alterTable('quality_run', (t) => {
          t.date('as_of');
          t.string('status', 16).notNullable().defaultTo('COMPLETED');
          t.datetime('finished_at', { precision: 3 });
          t.text('failure');
        })
        .alterTable('quality_result', (t) => {
          t.string('region', 8);
        })
        .createTable('kpi_observation', (t) => {
          t.string('id', 160).primary();
          t.string('run_id', 64).notNullable().references('id').inTable('quality_run').onDelete('CASCADE');
          t.string('kpi', 32).notNullable();
          t.string('subject_id', 100).notNullable();
          t.string('customer_id', 40).notNullable();
          t.string('region', 8).notNullable();
          t.string('segment', 16);
          t.boolean('passed').notNullable();
          t.double('weight').notNullable();
          t.text('detail');
          t.index(['run_id', 'kpi']);
        })
        .createTable('payment_anomaly', (t) => {
          t.string('id', 200).primary();
          t.string('run_id', 64).notNullable().references('id').inTable('quality_run').onDelete('CASCADE');
          t.string('customer_id', 40).notNullable();
          t.string('region', 8).notNullable();
          t.string('invoice_id', 80).notNullable();
          t.string('payment_id', 80).notNullable();
          t.string('kind', 32).notNullable();
          t.text('reason').notNullable();
          t.double('score');
          t.datetime('detected_at', { precision: 3 }).notNullable();
          t.index(['run_id']);
          t.index(['customer_id']);
        })
        .createTable('system_extract', (t) => {
          t.string('id', 80).primary();
          t.string('system', 16).notNullable();
          t.date('business_date').notNullable();
          t.datetime('taken_at', { precision: 3 }).notNullable();
          t.integer('customer_count').notNullable();
          t.datetime('received_at', { precision: 3 }).notNullable();
          t.string('received_by').notNullable();
          t.index(['system', 'taken_at']);
          t.index(['business_date']);
        })
        .createTable('extract_balance', (t) => {
          t.string('id', 130).primary();
          t.string('extract_id', 80).notNullable().references('id').inTable('system_extract').onDelete('CASCADE');
          t.string('customer_id', 40).notNullable();
          t.string('currency', 3).notNullable();
          t.bigInteger('ar_balance_minor').notNullable();
          t.index(['extract_id']);
        })
        .createTable('quality_alert', (t) => {
          t.string('id', 64).primary();
          t.string('kind', 32).notNullable();
          t.string('system', 16);
          t.string('extract_id', 80);
          t.text('message').notNullable();
          t.json('details').notNullable();
          t.datetime('raised_at', { precision: 3 }).notNullable();
          t.index(['raised_at']);
        })
        .createTable('correction_case', (t) => {
          t.string('id', 64).primary();
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
        })
        .createTable('reconciliation_report', (t) => {
          t.date('date').primary();
          t.datetime('computed_at', { precision: 3 }).notNullable();
          t.boolean('balanced').notNullable();
          t.json('result').notNullable();
          t.json('regions').notNullable();
        })
        .createTable('sampling_audit', (t) => {
          t.string('id', 64).primary();
          t.datetime('ran_at', { precision: 3 }).notNullable();
          t.string('ran_by').notNullable();
          t.string('seed', 100).notNullable();
          t.double('confidence').notNullable();
          t.double('margin').notNullable();
          t.integer('population').notNullable();
          t.integer('sample_size').notNullable();
          t.integer('errors').notNullable();
          t.double('error_rate').notNullable();
          t.double('lower').notNullable();
          t.double('upper').notNullable();
          t.json('findings').notNullable();
        }),
    );
  }
}
