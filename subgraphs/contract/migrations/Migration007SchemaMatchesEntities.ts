import { SchemaMigration } from '../../kit/schemaMigration';

/**
 * The database as the entities declare it. A renewal probability is a double, as the code writes
 * it, no longer a four-byte real; each value is carried over as the number the application read
 * back. On PostgreSQL the discount's default becomes a plain 0, as the entity declares it. On
 * SQLite the earlier migrations left primary keys nullable (SQLite allows NULL in a primary key not
 * declared NOT NULL) and numeric defaults quoted as text, which only recreating the tables can change.
 */
export class Migration007SchemaMatchesEntities extends SchemaMigration {
  async up(): Promise<void> {
    if (!this.onSqlite) {
      const knex = this.getKnex();
      this.addSql(knex.raw('alter table ?? alter column ?? set default 0', ['contract', 'discount_minor']));
      // Through text: the real 0.7 widened directly would read back as 0.699999988079071.
      this.addSql(
        knex.raw('alter table ?? alter column ?? type double precision using ??::text::double precision', [
          'renewal_intent',
          'probability',
          'probability',
        ]),
      );
      return;
    }
    await this.rebuildSqliteTables({
      contract: (t, knex) => {
        t.string('id', 64).notNullable().primary();
        t.string('customer_id', 40).notNullable();
        t.string('number', 64).notNullable().unique();
        t.date('start_date').notNullable();
        t.date('end_date');
        t.string('currency', 3).notNullable();
        t.bigInteger('total_value_minor').notNullable();
        t.string('status', 16).notNullable();
        t.string('region', 8).notNullable().defaultTo('UNKNOWN');
        t.string('segment', 32);
        t.string('pricing_tier', 16).notNullable().defaultTo('LIST');
        t.bigInteger('fixed_consideration_minor');
        t.json('variable_consideration');
        t.string('allocation_method', 24);
        t.bigInteger('discount_minor').notNullable().defaultTo(knex.raw('0'));
        t.string('created_by');
        t.datetime('created_at', { precision: 3 });
        t.index(['customer_id']);
      },
      contract_line: (t) => {
        t.string('id', 80).notNullable().primary();
        t.string('contract_id', 64).notNullable().references('id').inTable('contract').onDelete('CASCADE');
        t.string('product_code', 32).notNullable();
        t.string('description').notNullable();
        t.integer('quantity').notNullable();
        t.bigInteger('unit_price_minor').notNullable();
        t.bigInteger('amount_minor').notNullable();
        t.index(['contract_id']);
      },
      invoice: (t) => {
        t.string('id', 80).notNullable().primary();
        t.string('contract_id', 64).notNullable().references('id').inTable('contract').onDelete('CASCADE');
        t.string('customer_id', 40).notNullable();
        t.string('number', 64).notNullable().unique();
        t.date('issue_date').notNullable();
        t.date('due_date').notNullable();
        t.bigInteger('amount_minor').notNullable();
        t.string('currency', 3).notNullable();
        t.string('status', 16).notNullable();
        t.string('region', 8).notNullable().defaultTo('UNKNOWN');
        t.string('billing_entry_id', 80).unique();
        t.bigInteger('list_amount_minor');
        t.string('pricing_tier', 16);
        t.string('purchase_order_number', 64);
        t.index(['contract_id']);
        t.index(['customer_id']);
      },
      payment: (t) => {
        t.string('id', 96).notNullable().primary();
        t.string('invoice_id', 80).notNullable().references('id').inTable('invoice').onDelete('CASCADE');
        t.date('received_on').notNullable();
        t.bigInteger('amount_minor').notNullable();
        t.string('currency', 3).notNullable();
        t.string('method', 32).notNullable();
        t.string('region', 8).notNullable().defaultTo('UNKNOWN');
        t.index(['invoice_id']);
      },
      write_off: (t) => {
        t.string('id', 64).notNullable().primary();
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
      },
      performance_obligation: (t, knex) => {
        t.string('id', 80).notNullable().primary();
        t.string('contract_id', 64).notNullable().references('id').inTable('contract').onDelete('CASCADE');
        t.integer('position').notNullable();
        t.string('description').notNullable();
        t.string('product_code', 32);
        t.string('pattern', 16).notNullable();
        t.date('start_date');
        t.date('end_date');
        t.date('transfer_date');
        t.bigInteger('standalone_selling_price_minor');
        t.boolean('residual').notNullable().defaultTo(knex.raw('false'));
        t.bigInteger('observable_min_minor');
        t.bigInteger('observable_max_minor');
        t.string('added_by_modification_id', 64);
        t.string('removed_by_modification_id', 64);
        t.index(['contract_id']);
      },
      obligation_revision: (t) => {
        t.string('id', 100).notNullable().primary();
        t.string('obligation_id', 80)
          .notNullable()
          .references('id')
          .inTable('performance_obligation')
          .onDelete('CASCADE');
        t.string('contract_id', 64).notNullable();
        t.integer('sequence').notNullable();
        t.date('effective_date').notNullable();
        t.bigInteger('allocated_minor').notNullable();
        t.bigInteger('carried_minor');
        t.string('treatment', 24).notNullable();
        t.string('modification_id', 64);
        t.unique(['obligation_id', 'sequence']);
        t.index(['contract_id']);
      },
      progress_measurement: (t) => {
        t.string('id', 64).notNullable().primary();
        t.string('obligation_id', 80)
          .notNullable()
          .references('id')
          .inTable('performance_obligation')
          .onDelete('CASCADE');
        t.string('contract_id', 64).notNullable();
        t.date('as_of').notNullable();
        t.bigInteger('completed_units').notNullable();
        t.bigInteger('total_units').notNullable();
        t.string('recorded_by').notNullable();
        t.datetime('recorded_at', { precision: 3 }).notNullable();
        t.index(['contract_id']);
      },
      billing_entry: (t) => {
        t.string('id', 80).notNullable().primary();
        t.string('contract_id', 64).notNullable().references('id').inTable('contract').onDelete('CASCADE');
        t.date('bill_date').notNullable();
        t.bigInteger('amount_minor').notNullable();
        t.index(['contract_id']);
      },
      contract_modification: (t) => {
        t.string('id', 64).notNullable().primary();
        t.string('contract_id', 64).notNullable().references('id').inTable('contract').onDelete('CASCADE');
        t.integer('sequence').notNullable();
        t.string('type', 24).notNullable();
        t.date('effective_date').notNullable();
        t.text('reason').notNullable();
        t.string('requested_by').notNullable();
        t.datetime('created_at', { precision: 3 }).notNullable();
        t.bigInteger('consideration_change_minor').notNullable();
        t.bigInteger('price_concession_minor').notNullable();
        t.bigInteger('transaction_price_before_minor').notNullable();
        t.bigInteger('transaction_price_after_minor').notNullable();
        t.bigInteger('recognized_on_effective_date_minor').notNullable();
        t.bigInteger('remaining_before_minor').notNullable();
        t.bigInteger('remaining_after_minor').notNullable();
        t.json('terms').notNullable();
        t.unique(['contract_id', 'sequence']);
      },
      discount_approval: (t) => {
        t.string('id', 64).notNullable().primary();
        t.string('contract_id', 64).notNullable().references('id').inTable('contract').onDelete('CASCADE');
        t.string('customer_id', 40).notNullable();
        t.string('region', 8).notNullable();
        t.string('currency', 3).notNullable();
        t.bigInteger('standalone_total_minor').notNullable();
        t.bigInteger('transaction_price_minor').notNullable();
        t.bigInteger('discount_minor').notNullable();
        t.integer('discount_basis_points').notNullable();
        t.string('status', 16).notNullable();
        t.string('requested_by').notNullable();
        t.datetime('requested_at', { precision: 3 }).notNullable();
        t.string('decided_by');
        t.datetime('decided_at', { precision: 3 });
        t.text('decision_note');
        t.index(['status']);
        t.index(['contract_id']);
      },
      pricing_tier_change: (t) => {
        t.string('id', 64).notNullable().primary();
        t.string('contract_id', 64).notNullable().references('id').inTable('contract').onDelete('CASCADE');
        t.string('customer_id', 40).notNullable();
        t.string('region', 8).notNullable();
        t.string('from_tier', 16).notNullable();
        t.string('tier', 16).notNullable();
        t.date('effective_from').notNullable();
        t.text('reason').notNullable();
        t.string('status', 16).notNullable();
        t.string('requested_by').notNullable();
        t.datetime('requested_at', { precision: 3 }).notNullable();
        t.string('decided_by');
        t.datetime('decided_at', { precision: 3 });
        t.text('decision_note');
        t.index(['status']);
        t.index(['contract_id']);
      },
      renewal_intent: (t) => {
        t.string('id', 64).notNullable().primary();
        t.string('contract_id', 64).notNullable().references('id').inTable('contract').onDelete('CASCADE');
        t.string('customer_id', 40).notNullable();
        t.string('signal', 16).notNullable();
        t.specificType('probability', 'double').notNullable();
        t.string('source', 32).notNullable();
        t.datetime('observed_at', { precision: 3 }).notNullable();
        t.string('recorded_by').notNullable();
        t.index(['contract_id']);
      },
      ledger_line: (t) => {
        t.string('id', 80).notNullable().primary();
        t.string('period', 7).notNullable();
        t.string('account', 32).notNullable();
        t.string('contract_id', 64);
        t.string('obligation_id', 80);
        t.bigInteger('amount_minor').notNullable();
        t.string('currency', 3).notNullable();
        t.datetime('posted_at', { precision: 3 }).notNullable();
        t.index(['period']);
      },
      purchase_order_rule: (t) => {
        t.string('customer_id', 40).notNullable().primary();
        t.string('region', 8).notNullable();
        t.boolean('required').notNullable();
        t.string('pattern', 200);
        t.string('updated_by').notNullable();
        t.datetime('updated_at', { precision: 3 }).notNullable();
      },
    });
  }
}
