import { SchemaMigration } from '../../kit/schemaMigration';

/**
 * Values set by a steward's edit or a change event take part in survivorship (attribute_assertion),
 * and lineage can name them: a steward's edit has no source record, and names who made it.
 */
export class Migration010AttributeAssertions extends SchemaMigration {
  async up(): Promise<void> {
    this.schema((s) =>
      s.createTable('attribute_assertion', (t) => {
        t.string('id', 128).notNullable().primary();
        t.string('customer_id', 40).notNullable().references('id').inTable('customer').onDelete('CASCADE');
        t.string('field', 32).notNullable();
        t.json('value').notNullable();
        t.string('source_system', 16).notNullable();
        t.string('rule', 32).notNullable();
        t.string('actor');
        t.datetime('verified_at', { precision: 3 }).notNullable();
        t.unique(['customer_id', 'field', 'source_system']);
      }),
    );
    if (!this.onSqlite) {
      this.schema((s) =>
        s.alterTable('attribute_lineage', (t) => {
          t.string('source_record_id', 64).nullable().alter();
          t.string('actor');
        }),
      );
      return;
    }
    await this.rebuildSqliteTables({
      attribute_lineage: (t) => {
        t.string('id', 128).notNullable().primary();
        t.string('customer_id', 40).notNullable().references('id').inTable('customer').onDelete('CASCADE');
        t.string('field', 32).notNullable();
        t.text('value');
        t.string('source_system', 16).notNullable();
        t.string('source_record_id', 64);
        t.string('batch_id', 128);
        t.datetime('verified_at', { precision: 3 });
        t.string('actor');
        t.string('rule', 32).notNullable();
        t.unique(['customer_id', 'field']);
      },
    });
  }
}
