import { SchemaMigration } from '../../kit/schemaMigration';

export class Migration001ChangeLog extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s.createTable('change_log_entry', (t) => {
        t.string('id', 64).primary();
        t.string('entity', 64).notNullable();
        t.string('entity_id', 64).notNullable();
        t.string('field', 64).notNullable();
        t.text('old_value');
        t.text('new_value');
        t.string('actor').notNullable();
        t.datetime('at', { precision: 3 }).notNullable();
        t.text('reason');
        t.datetime('recorded_at', { precision: 3 }).notNullable();
        t.index(['entity', 'entity_id', 'at']);
      }),
    );
  }
}
