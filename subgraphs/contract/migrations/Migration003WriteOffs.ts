import { SchemaMigration } from '../../kit/schemaMigration';

export class Migration003WriteOffs extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s.createTable('write_off', (t) => {
        t.string('id', 64).primary();
        t.string('invoice_id', 80).notNullable().references('id').inTable('invoice').onDelete('CASCADE');
        t.string('customer_id', 40).notNullable();
        t.string('region', 8).notNullable();
        t.bigInteger('amount_minor').notNullable();
        t.string('currency', 3).notNullable();
        t.text('reason').notNullable();
        t.string('status', 16).notNullable();
        t.string('requested_by').notNullable();
        t.datetime('requested_at', { precision: 3 }).notNullable();
        t.string('decided_by');
        t.datetime('decided_at', { precision: 3 });
        t.text('decision_note');
        t.index(['invoice_id']);
        t.index(['status']);
      }),
    );
  }
}
