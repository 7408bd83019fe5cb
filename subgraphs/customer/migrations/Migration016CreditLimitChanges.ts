import { SchemaMigration } from '../../kit/schemaMigration';

/**
 * Credit data kept current by rule: the day the risk vendor scored each customer (a delivery scored
 * earlier changes nothing), and the raises of credit limits that wait for a second person.
 */
export class Migration016CreditLimitChanges extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s
        .alterTable('customer', (t) => {
          t.date('credit_score_as_of');
        })
        .createTable('credit_limit_change', (t) => {
          t.string('id', 64).notNullable().primary();
          t.string('customer_id', 40).notNullable();
          t.string('region', 8).notNullable();
          t.string('origin', 16).notNullable();
          t.bigInteger('current_limit_minor');
          t.string('current_limit_currency', 3);
          t.bigInteger('proposed_limit_minor').notNullable();
          t.string('proposed_limit_currency', 3).notNullable();
          t.text('reason').notNullable();
          t.string('policy_version', 32).notNullable();
          t.string('status', 16).notNullable();
          t.string('requested_by').notNullable();
          t.datetime('requested_at', { precision: 3 }).notNullable();
          t.string('decided_by');
          t.datetime('decided_at', { precision: 3 });
          t.text('decision_note');
          t.index(['customer_id']);
          t.index(['status', 'requested_at']);
        }),
    );
    this.addSql(
      "create unique index credit_limit_change_one_waiting on credit_limit_change (customer_id) where status = 'REQUESTED'",
    );
  }
}
