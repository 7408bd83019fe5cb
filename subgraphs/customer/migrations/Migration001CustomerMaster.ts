import { SchemaMigration } from '../../kit/schemaMigration';

export class Migration001CustomerMaster extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s
        .createTable('customer', (t) => {
          t.string('id', 40).primary();
          t.string('name').notNullable();
          t.string('legal_name');
          t.string('native_name');
          t.string('native_script', 8);
          t.string('country', 2).notNullable();
          t.string('region', 8).notNullable();
          t.string('duns', 9);
          t.json('billing_address');
          t.json('shipping_address');
          t.string('payment_terms_code', 32);
          t.bigInteger('credit_limit_minor');
          t.string('credit_limit_currency', 3);
          t.boolean('credit_hold').notNullable().defaultTo(false);
          t.string('status', 16).notNullable();
          t.datetime('created_at', { precision: 3 }).notNullable();
          t.datetime('updated_at', { precision: 3 }).notNullable();
          t.datetime('verified_at', { precision: 3 });
          t.index(['country']);
          t.index(['region']);
        })
        .createTable('tax_identifier', (t) => {
          t.string('id', 64).primary();
          t.string('customer_id', 40).notNullable().references('id').inTable('customer').onDelete('CASCADE');
          t.string('kind', 32).notNullable();
          t.string('value', 64).notNullable();
          t.string('country', 2).notNullable();
          t.index(['customer_id']);
          t.index(['value']);
        })
        .createTable('source_record', (t) => {
          t.string('id', 64).primary();
          t.string('customer_id', 40).notNullable().references('id').inTable('customer').onDelete('CASCADE');
          t.string('source_system', 16).notNullable();
          t.string('source_id', 128).notNullable();
          t.json('payload').notNullable();
          t.datetime('ingested_at', { precision: 3 }).notNullable();
          t.unique(['source_system', 'source_id']);
          t.index(['customer_id']);
        })
        .createTable('customer_hierarchy', (t) => {
          t.string('id', 100).primary();
          t.string('parent_id', 40).notNullable().references('id').inTable('customer');
          t.string('child_id', 40).notNullable().references('id').inTable('customer');
          t.string('relationship', 32).notNullable();
          t.datetime('since', { precision: 3 }).notNullable();
          // One parent per account: a child cannot sit in two hierarchies at once.
          t.unique(['child_id']);
          t.index(['parent_id']);
        })
        .createTable('change_outbox', (t) => {
          t.string('id', 64).primary();
          t.string('customer_id', 40).notNullable();
          t.string('field', 64).notNullable();
          t.text('old_value');
          t.text('new_value');
          t.string('actor').notNullable();
          t.datetime('at', { precision: 3 }).notNullable();
          t.text('reason').notNullable();
          t.datetime('delivered_at', { precision: 3 });
          t.index(['delivered_at']);
        }),
    );
  }
}
