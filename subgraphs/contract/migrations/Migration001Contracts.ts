import { SchemaMigration } from '../../kit/schemaMigration';

export class Migration001Contracts extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s
        .createTable('contract', (t) => {
          t.string('id', 64).primary();
          // A reference into the customer subgraph's database: no foreign key can span the two.
          t.string('customer_id', 40).notNullable();
          t.string('number', 64).notNullable().unique();
          t.date('start_date').notNullable();
          t.date('end_date');
          t.string('currency', 3).notNullable();
          t.bigInteger('total_value_minor').notNullable();
          t.string('status', 16).notNullable();
          t.index(['customer_id']);
        })
        .createTable('contract_line', (t) => {
          t.string('id', 80).primary();
          t.string('contract_id', 64).notNullable().references('id').inTable('contract').onDelete('CASCADE');
          t.string('product_code', 32).notNullable();
          t.string('description').notNullable();
          t.integer('quantity').notNullable();
          t.bigInteger('unit_price_minor').notNullable();
          t.bigInteger('amount_minor').notNullable();
          t.index(['contract_id']);
        })
        .createTable('invoice', (t) => {
          t.string('id', 80).primary();
          t.string('contract_id', 64).notNullable().references('id').inTable('contract').onDelete('CASCADE');
          t.string('customer_id', 40).notNullable();
          t.string('number', 64).notNullable().unique();
          t.date('issue_date').notNullable();
          t.date('due_date').notNullable();
          t.bigInteger('amount_minor').notNullable();
          t.string('currency', 3).notNullable();
          t.string('status', 16).notNullable();
          t.index(['contract_id']);
          t.index(['customer_id']);
        })
        .createTable('payment', (t) => {
          t.string('id', 96).primary();
          t.string('invoice_id', 80).notNullable().references('id').inTable('invoice').onDelete('CASCADE');
          t.date('received_on').notNullable();
          t.bigInteger('amount_minor').notNullable();
          t.string('currency', 3).notNullable();
          t.string('method', 32).notNullable();
          t.index(['invoice_id']);
        }),
    );
  }
}
