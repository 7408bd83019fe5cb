import { SchemaMigration } from '../../kit/schemaMigration';

/** Per customer: must an invoice carry a purchase-order number, and in which form. */
export class Migration005PurchaseOrderRules extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s.createTable('purchase_order_rule', (t) => {
        t.string('customer_id', 40).primary();
        t.string('region', 8).notNullable();
        t.boolean('required').notNullable();
        t.string('pattern', 200);
        t.string('updated_by').notNullable();
        t.datetime('updated_at', { precision: 3 }).notNullable();
      }),
    );
  }
}
