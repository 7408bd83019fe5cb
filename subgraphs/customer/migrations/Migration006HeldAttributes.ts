import { SchemaMigration } from '../../kit/schemaMigration';

/** Attributes of a source record held back from the golden record until a steward approves them. */
export class Migration006HeldAttributes extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s.alterTable('source_record', (t) => {
        t.json('held_attributes');
      }),
    );
  }
}
