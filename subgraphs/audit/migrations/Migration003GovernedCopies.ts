import { SchemaMigration } from '../../kit/schemaMigration';

/**
 * Change-log entries carry the class of the attribute they changed, and audit events name the
 * records they touched. Entries logged before this migration get the class their field had then;
 * a field not listed stays unknown and is governed as the strictest class.
 */

const CLASSES_BEFORE: Record<string, { coordinate: string; classification?: string; kind?: string; mask?: string }> = {
  name: { coordinate: 'Customer.name' },
  legalName: { coordinate: 'Customer.legalName' },
  billingAddress: { coordinate: 'Customer.billingAddress' },
  shippingAddress: { coordinate: 'Customer.shippingAddress' },
  paymentTermsCode: { coordinate: 'Customer.paymentTerms' },
  status: { coordinate: 'Customer.status' },
  bankAccounts: { coordinate: 'Customer.bankAccounts' },
  parent: { coordinate: 'Customer.parent' },
  mergedInto: { coordinate: 'Customer.mergedInto' },
  duns: { coordinate: 'Customer.duns', classification: 'TAX', kind: 'String', mask: 'LAST_FOUR' },
  creditLimit: { coordinate: 'Customer.creditLimit', classification: 'CREDIT', kind: 'Money', mask: 'ROUND' },
  creditHold: { coordinate: 'Customer.creditHold', classification: 'CREDIT', kind: 'Boolean', mask: 'NULLIFY' },
  creditScore: { coordinate: 'Customer.creditScore', classification: 'CREDIT', kind: 'Int', mask: 'NULLIFY' },
};

export class Migration003GovernedCopies extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s
        .alterTable('change_log_entry', (t) => {
          t.string('coordinate');
          t.string('classification', 32);
          t.string('kind', 32);
          t.string('mask', 32);
        })
        .createTable('audit_event_record', (t) => {
          t.string('id', 80).primary();
          t.bigInteger('sequence').notNullable();
          t.string('type', 64).notNullable();
          t.string('record_id');
          t.string('customer_id');
          t.text('classes').notNullable();
          t.string('access', 64).notNullable();
          t.index(['customer_id', 'sequence']);
          t.index(['record_id', 'sequence']);
          t.index(['sequence']);
        }),
    );
    const knex = this.getKnex();
    for (const [field, attribute] of Object.entries(CLASSES_BEFORE)) {
      this.addSql(knex('change_log_entry').where({ entity: 'Customer', field }).update(attribute).toQuery());
    }
  }
}
