import { SchemaMigration } from '../../kit/schemaMigration';

/**
 * Progress and contract line quantities become exact decimals written as text ("37.5"): a whole
 * number column held neither fractions nor, as a 32-bit integer on the way in, costs above about
 * 21 million in cents. Text, not a numeric type, because SQLite would store a numeric one as a
 * float. Existing whole numbers carry over as their digits.
 */
export class Migration008DecimalQuantities extends SchemaMigration {
  async up(): Promise<void> {
    if (!this.onSqlite) {
      const knex = this.getKnex();
      for (const [table, column] of [
        ['progress_measurement', 'completed_units'],
        ['progress_measurement', 'total_units'],
        ['contract_line', 'quantity'],
      ])
        this.addSql(
          knex.raw('alter table ?? alter column ?? type varchar(48) using ??::text', [table, column, column]),
        );
      return;
    }
    await this.rebuildSqliteTables({
      contract_line: (t) => {
        t.string('id', 80).notNullable().primary();
        t.string('contract_id', 64).notNullable().references('id').inTable('contract').onDelete('CASCADE');
        t.string('product_code', 32).notNullable();
        t.string('description').notNullable();
        t.string('quantity', 48).notNullable();
        t.bigInteger('unit_price_minor').notNullable();
        t.bigInteger('amount_minor').notNullable();
        t.index(['contract_id']);
      },
      progress_measurement: (t) => {
        t.string('id', 64).notNullable().primary();
        t.string('obligation_id', 80)
          .notNullable()
          .references('id')
          .inTable('performance_obligation')
          .onDelete('CASCADE');
        t.string('contract_id', 64).notNullable();
        t.date('as_of').notNullable();
        t.string('completed_units', 48).notNullable();
        t.string('total_units', 48).notNullable();
        t.string('recorded_by').notNullable();
        t.datetime('recorded_at', { precision: 3 }).notNullable();
        t.index(['contract_id']);
      },
    });
  }
}
