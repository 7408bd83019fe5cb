import { SchemaMigration } from '../../kit/schemaMigration';

/**
 * Tax exemption certificates per customer and jurisdiction, and on each invoice how it was taxed:
 * its treatment, its jurisdiction, the certificate it was decided on and, when issued taxable
 * although a certificate fits it, why for review. Invoices raised before read TAXABLE.
 */
export class Migration012TaxExemptions extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s
        .createTable('tax_exemption_certificate', (t) => {
          t.string('id', 64).notNullable().primary();
          t.string('customer_id', 40).notNullable();
          t.string('region', 8).notNullable();
          t.string('jurisdiction', 6).notNullable();
          t.string('certificate_number', 64).notNullable();
          t.boolean('all_products').notNullable();
          t.json('product_codes').notNullable();
          t.date('valid_from').notNullable();
          t.date('valid_to');
          t.string('status', 16).notNullable();
          t.string('document_reference', 500);
          t.string('provider', 32).notNullable();
          t.string('source', 200).notNullable();
          t.datetime('created_at', { precision: 3 }).notNullable();
          t.datetime('updated_at', { precision: 3 }).notNullable();
          t.index(['customer_id']);
          t.unique(['customer_id', 'jurisdiction', 'certificate_number'], {
            indexName: 'tax_exemption_certificate_unique',
          });
        })
        .alterTable('invoice', (t) => {
          t.string('tax_treatment', 16).notNullable().defaultTo('TAXABLE');
          t.string('tax_jurisdiction', 6);
          t.string('tax_exemption_id', 64);
          t.string('tax_review', 16);
        }),
    );
  }
}
