import { SchemaMigration } from '../../kit/schemaMigration';

/**
 * Standalone selling price tables under maker-checker; whether an input-method obligation is a
 * series of distinct units (a fact modifications are classified by); and the basis of a pricing tier change
 * (renegotiated: a modification; the contract's own terms: variable consideration) with the entry
 * its approval made in the contract's trail.
 */
export class Migration009StandaloneSellingPrices extends SchemaMigration {
  up(): void {
    const knex = this.getKnex();
    this.schema((s) =>
      s
        .createTable('standalone_selling_price', (t) => {
          t.string('id', 64).notNullable().primary();
          t.string('product_code', 32).notNullable();
          t.string('region', 8).notNullable();
          t.string('currency', 3).notNullable();
          t.string('segment', 16);
          t.string('pricing_tier', 16);
          t.date('valid_from').notNullable();
          t.date('valid_to');
          t.bigInteger('price_minor').notNullable();
          t.bigInteger('observable_min_minor');
          t.bigInteger('observable_max_minor');
          t.text('reason').notNullable();
          t.string('status', 16).notNullable();
          t.string('requested_by').notNullable();
          t.datetime('requested_at', { precision: 3 }).notNullable();
          t.string('decided_by');
          t.datetime('decided_at', { precision: 3 });
          t.text('decision_note');
          t.index(['product_code', 'region', 'currency']);
          t.index(['status']);
        })
        .alterTable('performance_obligation', (t) => {
          t.boolean('distinct_units').notNullable().defaultTo(knex.raw('false'));
        })
        .alterTable('pricing_tier_change', (t) => {
          t.string('basis', 16).notNullable().defaultTo('RENEGOTIATED');
          t.string('revenue_change_id', 64);
        }),
    );
  }
}
