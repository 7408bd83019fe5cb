import { SchemaMigration } from '../../kit/schemaMigration';

export class Migration001QualityResults extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s
        .createTable('quality_run', (t) => {
          t.string('id', 64).primary();
          t.datetime('started_at', { precision: 3 }).notNullable();
          t.integer('customers_checked').notNullable();
          t.integer('average_score').notNullable();
        })
        .createTable('quality_result', (t) => {
          t.string('id', 128).primary();
          t.string('run_id', 64).notNullable().references('id').inTable('quality_run').onDelete('CASCADE');
          t.string('customer_id', 40).notNullable();
          t.integer('score').notNullable();
          t.json('issues').notNullable();
          t.datetime('checked_at', { precision: 3 }).notNullable();
          t.index(['customer_id']);
        }),
    );
  }
}
