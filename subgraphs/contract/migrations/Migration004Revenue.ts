import { SchemaMigration } from '../../kit/schemaMigration';

/**
 * Revenue recognition (ASC 606 / IFRS 15): performance obligations with their allocation history,
 * progress, billing schedules, modifications, discount approvals, pricing tier changes, renewal
 * intent and the general-ledger lines month-end close reconciles against. History tables are
 * append-only: a revision, a modification or a decision is never rewritten.
 */
export class Migration004Revenue extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s
        .alterTable('contract', (t) => {
          t.string('segment', 32);
          t.string('pricing_tier', 16).notNullable().defaultTo('LIST');
          t.bigInteger('fixed_consideration_minor');
          t.json('variable_consideration');
          t.string('allocation_method', 24);
          t.bigInteger('discount_minor').notNullable().defaultTo(0);
          t.string('created_by');
          t.datetime('created_at', { precision: 3 });
        })
        .alterTable('invoice', (t) => {
          t.string('billing_entry_id', 80);
          t.bigInteger('list_amount_minor');
          t.string('pricing_tier', 16);
          t.string('purchase_order_number', 64);
        })
        .createTable('performance_obligation', (t) => {
          t.string('id', 80).primary();
          t.string('contract_id', 64).notNullable().references('id').inTable('contract').onDelete('CASCADE');
          t.integer('position').notNullable();
          t.string('description').notNullable();
          t.string('product_code', 32);
          t.string('pattern', 16).notNullable();
          t.date('start_date');
          t.date('end_date');
          t.date('transfer_date');
          t.bigInteger('standalone_selling_price_minor');
          t.boolean('residual').notNullable().defaultTo(false);
          t.bigInteger('observable_min_minor');
          t.bigInteger('observable_max_minor');
          t.string('added_by_modification_id', 64);
          t.string('removed_by_modification_id', 64);
          t.index(['contract_id']);
        })
        .createTable('obligation_revision', (t) => {
          t.string('id', 100).primary();
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
        })
        .createTable('progress_measurement', (t) => {
          t.string('id', 64).primary();
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
        })
        .createTable('billing_entry', (t) => {
          t.string('id', 80).primary();
          t.string('contract_id', 64).notNullable().references('id').inTable('contract').onDelete('CASCADE');
          t.date('bill_date').notNullable();
          t.bigInteger('amount_minor').notNullable();
          t.index(['contract_id']);
        })
        .createTable('contract_modification', (t) => {
          t.string('id', 64).primary();
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
        })
        .createTable('discount_approval', (t) => {
          t.string('id', 64).primary();
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
        })
        .createTable('pricing_tier_change', (t) => {
          t.string('id', 64).primary();
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
        })
        .createTable('renewal_intent', (t) => {
          t.string('id', 64).primary();
          t.string('contract_id', 64).notNullable().references('id').inTable('contract').onDelete('CASCADE');
          t.string('customer_id', 40).notNullable();
          t.string('signal', 16).notNullable();
          t.float('probability').notNullable();
          t.string('source', 32).notNullable();
          t.datetime('observed_at', { precision: 3 }).notNullable();
          t.string('recorded_by').notNullable();
          t.index(['contract_id']);
        })
        // No foreign keys: the ledger is another system, and lines pointing nowhere are what month-end looks for.
        .createTable('ledger_line', (t) => {
          t.string('id', 80).primary();
          t.string('period', 7).notNullable();
          t.string('account', 32).notNullable();
          t.string('contract_id', 64);
          t.string('obligation_id', 80);
          t.bigInteger('amount_minor').notNullable();
          t.string('currency', 3).notNullable();
          t.datetime('posted_at', { precision: 3 }).notNullable();
          t.index(['period']);
        }),
    );
  }
}
