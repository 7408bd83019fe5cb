import { SchemaMigration } from '../../kit/schemaMigration';

/** The key a client sent with issueInvoice, so that its retry gets the invoice instead of an error. */
export class Migration011InvoiceIdempotencyKeys extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s.alterTable('invoice', (t) => {
        t.string('idempotency_key', 128);
        t.unique(['idempotency_key']);
      }),
    );
  }
}
