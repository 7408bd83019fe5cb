import { SchemaMigration } from '../../kit/schemaMigration';

/**
 * Customers' blocking keys for the linkage engine; and a configuration's comparisons and blocking
 * rules kept with its thresholds (null: the built-in ones).
 */
export class Migration011CustomerMatchKeys extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s
        .createTable('customer_match_key', (t) => {
          t.string('customer_id', 40).notNullable().references('id').inTable('customer').onDelete('CASCADE');
          t.string('key', 255).notNullable();
          t.primary(['customer_id', 'key']);
          t.index(['key']);
        })
        .alterTable('match_configuration', (t) => {
          t.json('linkage');
        }),
    );
    // Filled in by the subgraph at start (fillMissingMatchKeys): it needs the mapping of every
    // source record, which belongs to the running code, not to a migration.
  }
}
