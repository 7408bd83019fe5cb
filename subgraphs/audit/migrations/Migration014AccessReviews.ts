import { SchemaMigration } from '../../kit/schemaMigration';

/**
 * Access reviews: role assignments from the identity provider with their history, the reviews
 * opened per quarter, and the decisions on each principal. Only adds tables.
 */
export class Migration014AccessReviews extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s
        .createTable('role_assignment', (t) => {
          t.string('id', 64).notNullable().primary();
          t.string('principal').notNullable();
          t.string('display_name', 256);
          t.string('role', 32).notNullable();
          t.datetime('held_from', { precision: 3 }).notNullable();
          t.datetime('held_until', { precision: 3 });
          t.string('source', 256).notNullable();
          t.index(['principal', 'held_from']);
          t.index(['held_until']);
        })
        .createTable('access_review', (t) => {
          t.string('period', 16).notNullable().primary();
          t.datetime('opened_at', { precision: 3 }).notNullable();
          t.string('opened_by').notNullable();
        })
        .createTable('access_review_decision', (t) => {
          t.string('id', 64).notNullable().primary();
          t.string('period', 16).notNullable();
          t.string('principal').notNullable();
          t.string('decision', 8).notNullable();
          t.string('reviewer').notNullable();
          t.datetime('decided_at', { precision: 3 }).notNullable();
          t.text('note');
          t.unique(['period', 'principal'], { indexName: 'access_review_decision_period_principal_unique' });
        }),
    );
  }
}
