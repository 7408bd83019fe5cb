import { SchemaMigration } from '../../kit/schemaMigration';

export class Migration002ContactsAndCreditScore extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s
        .alterTable('customer', (t) => {
          t.integer('credit_score');
        })
        .createTable('contact', (t) => {
          t.string('id', 64).primary();
          t.string('customer_id', 40).notNullable().references('id').inTable('customer').onDelete('CASCADE');
          t.string('name').notNullable();
          t.string('email');
          t.string('phone', 40);
          t.string('job_title');
          t.index(['customer_id']);
        }),
    );
  }
}
