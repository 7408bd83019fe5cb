import { SchemaMigration } from '../../kit/schemaMigration';

export class Migration003PaymentInstruments extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s
        .createTable('bank_account', (t) => {
          t.string('id', 64).primary();
          t.string('customer_id', 40).notNullable().references('id').inTable('customer').onDelete('CASCADE');
          t.text('iban_ciphertext').notNullable();
          // HMAC-SHA256 as hex. Unique: customerByIban is an exact lookup that names one customer.
          t.string('iban_index', 64).notNullable().unique();
          t.string('iban_last_four', 4).notNullable();
          t.string('bic', 11);
          t.string('account_holder');
          t.string('currency', 3);
          t.datetime('created_at', { precision: 3 }).notNullable();
          t.index(['customer_id']);
        })
        .createTable('payment_card', (t) => {
          t.string('id', 64).primary();
          t.string('customer_id', 40).notNullable().references('id').inTable('customer').onDelete('CASCADE');
          t.string('token', 36).notNullable();
          t.string('brand', 16).notNullable();
          t.string('last_four', 4).notNullable();
          t.integer('expiry_month').notNullable();
          t.integer('expiry_year').notNullable();
          t.datetime('created_at', { precision: 3 }).notNullable();
          // The same card once per customer; the index also serves the per-customer lookups.
          t.unique(['customer_id', 'token']);
        }),
    );
  }
}
