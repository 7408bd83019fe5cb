import { SchemaMigration } from '../../kit/schemaMigration';

/**
 * Every contract, invoice and payment carries its customer's jurisdiction, so the policy can decide
 * on an amount without asking another subgraph where the customer belongs.
 */
export class Migration002Jurisdiction extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s
        .alterTable('contract', (t) => {
          t.string('region', 8).notNullable().defaultTo('UNKNOWN');
        })
        .alterTable('invoice', (t) => {
          t.string('region', 8).notNullable().defaultTo('UNKNOWN');
        })
        .alterTable('payment', (t) => {
          t.string('region', 8).notNullable().defaultTo('UNKNOWN');
        }),
    );
  }
}
