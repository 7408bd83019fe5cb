import { SchemaMigration } from '../../kit/schemaMigration';

/** A billing schedule date is invoiced once, even when two requests race for it. */
export class Migration006OneInvoicePerBillingEntry extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s.alterTable('invoice', (t) => {
        t.unique(['billing_entry_id']);
      }),
    );
  }
}
