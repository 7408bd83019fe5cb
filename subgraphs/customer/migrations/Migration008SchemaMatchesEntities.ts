import { SchemaMigration } from '../../kit/schemaMigration';

/**
 * The database as the entities declare it. PostgreSQL already is. On SQLite the earlier migrations
 * left primary keys nullable (SQLite allows NULL in a primary key not declared NOT NULL) and
 * numeric defaults quoted as text, which only recreating the tables can change.
 */
export class Migration008SchemaMatchesEntities extends SchemaMigration {
  async up(): Promise<void> {
    if (!this.onSqlite) return;
    await this.rebuildSqliteTables({
      customer: (t, knex) => {
        t.string('id', 40).notNullable().primary();
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
        t.boolean('credit_hold').notNullable().defaultTo(knex.raw('false'));
        t.string('status', 16).notNullable();
        t.datetime('created_at', { precision: 3 }).notNullable();
        t.datetime('updated_at', { precision: 3 }).notNullable();
        t.datetime('verified_at', { precision: 3 });
        t.integer('credit_score');
        t.string('merged_into', 40);
        t.string('segment', 16);
        t.index(['country']);
        t.index(['region']);
        t.index(['segment']);
      },
      tax_identifier: (t) => {
        t.string('id', 64).notNullable().primary();
        t.string('customer_id', 40).notNullable().references('id').inTable('customer').onDelete('CASCADE');
        t.string('kind', 32).notNullable();
        t.string('value', 64).notNullable();
        t.string('country', 2).notNullable();
        t.index(['customer_id']);
        t.index(['value']);
      },
      source_record: (t, knex) => {
        t.string('id', 64).notNullable().primary();
        t.string('customer_id', 40).notNullable().references('id').inTable('customer').onDelete('CASCADE');
        t.string('source_system', 16).notNullable();
        t.string('source_id', 128).notNullable();
        t.json('payload').notNullable();
        t.datetime('ingested_at', { precision: 3 }).notNullable();
        t.integer('source_version').notNullable().defaultTo(knex.raw('0'));
        t.datetime('verified_at', { precision: 3 });
        t.string('batch_id', 128);
        t.string('mapping_version', 64);
        t.float('match_score');
        t.string('match_rule', 32);
        t.json('held_attributes');
        t.unique(['source_system', 'source_id']);
        t.index(['customer_id']);
      },
      customer_hierarchy: (t) => {
        t.string('id', 100).notNullable().primary();
        t.string('parent_id', 40).notNullable().references('id').inTable('customer');
        t.string('child_id', 40).notNullable().references('id').inTable('customer');
        t.string('relationship', 32).notNullable();
        t.datetime('since', { precision: 3 }).notNullable();
        t.unique(['child_id']);
        t.index(['parent_id']);
      },
      contact: (t) => {
        t.string('id', 64).notNullable().primary();
        t.string('customer_id', 40).notNullable().references('id').inTable('customer').onDelete('CASCADE');
        t.string('name').notNullable();
        t.string('email');
        t.string('phone', 40);
        t.string('job_title');
        t.index(['customer_id']);
      },
      bank_account: (t) => {
        t.string('id', 64).notNullable().primary();
        t.string('customer_id', 40).notNullable().references('id').inTable('customer').onDelete('CASCADE');
        t.text('iban_ciphertext').notNullable();
        t.string('iban_index', 64).notNullable().unique();
        t.string('iban_last_four', 4).notNullable();
        t.string('bic', 11);
        t.string('account_holder');
        t.string('currency', 3);
        t.datetime('created_at', { precision: 3 }).notNullable();
        t.index(['customer_id']);
      },
      payment_card: (t) => {
        t.string('id', 64).notNullable().primary();
        t.string('customer_id', 40).notNullable().references('id').inTable('customer').onDelete('CASCADE');
        t.string('token', 36).notNullable();
        t.string('brand', 16).notNullable();
        t.string('last_four', 4).notNullable();
        t.integer('expiry_month').notNullable();
        t.integer('expiry_year').notNullable();
        t.datetime('created_at', { precision: 3 }).notNullable();
        t.unique(['customer_id', 'token']);
      },
      attribute_lineage: (t) => {
        t.string('id', 128).notNullable().primary();
        t.string('customer_id', 40).notNullable().references('id').inTable('customer').onDelete('CASCADE');
        t.string('field', 32).notNullable();
        t.text('value');
        t.string('source_system', 16).notNullable();
        t.string('source_record_id', 64).notNullable();
        t.string('batch_id', 128);
        t.datetime('verified_at', { precision: 3 });
        t.string('rule', 32).notNullable();
        t.unique(['customer_id', 'field']);
      },
      change_outbox: (t) => {
        t.string('id', 64).notNullable().primary();
        t.string('customer_id', 40).notNullable();
        t.string('field', 64).notNullable();
        t.text('old_value');
        t.text('new_value');
        t.string('actor').notNullable();
        t.datetime('at', { precision: 3 }).notNullable();
        t.text('reason').notNullable();
        t.datetime('delivered_at', { precision: 3 });
        t.index(['delivered_at']);
      },
      ingest_batch: (t) => {
        t.string('id', 128).notNullable().primary();
        t.string('source_system', 16).notNullable();
        t.datetime('received_at', { precision: 3 }).notNullable();
        t.json('result').notNullable();
      },
      match_review: (t) => {
        t.string('id', 64).notNullable().primary();
        t.string('source_record_id', 64).notNullable();
        t.string('customer_id', 40).notNullable();
        t.string('candidate_customer_id', 40).notNullable();
        t.float('score').notNullable();
        t.string('rule', 32).notNullable();
        t.json('reasons').notNullable();
        t.string('status', 16).notNullable();
        t.datetime('created_at', { precision: 3 }).notNullable();
        t.string('decided_by');
        t.datetime('decided_at', { precision: 3 });
        t.index(['status']);
      },
      customer_merge: (t) => {
        t.string('id', 64).notNullable().primary();
        t.string('survivor_id', 40).notNullable();
        t.string('merged_id', 40).notNullable();
        t.json('source_record_ids').notNullable();
        t.string('previous_status', 16).notNullable();
        t.datetime('merged_at', { precision: 3 }).notNullable();
        t.string('merged_by').notNullable();
        t.text('reason').notNullable();
        t.datetime('unmerged_at', { precision: 3 });
        t.string('unmerged_by');
        t.index(['merged_id']);
      },
      cdc_position: (t) => {
        t.string('id', 96).notNullable().primary();
        t.integer('sequence').notNullable();
        t.string('source', 16).notNullable();
        t.datetime('applied_at', { precision: 3 }).notNullable();
      },
      match_configuration: (t) => {
        t.string('version', 64).notNullable().primary();
        t.float('auto_merge').notNullable();
        t.float('review').notNullable();
        t.string('status', 16).notNullable();
        t.text('notes').notNullable();
        t.string('proposed_by').notNullable();
        t.datetime('proposed_at', { precision: 3 }).notNullable();
        t.string('approved_by');
        t.datetime('approved_at', { precision: 3 });
      },
    });
  }
}
