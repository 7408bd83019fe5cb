import { SchemaMigration } from '../../kit/schemaMigration';

/**
 * The database as the entities declare it. PostgreSQL already is. On SQLite the earlier migrations
 * left primary keys nullable (SQLite allows NULL in a primary key not declared NOT NULL), which only
 * recreating the tables can change.
 */
export class Migration005SchemaMatchesEntities extends SchemaMigration {
  async up(): Promise<void> {
    if (!this.onSqlite) return;
    await this.rebuildSqliteTables({
      change_log_entry: (t) => {
        t.string('id', 64).notNullable().primary();
        t.string('entity', 64).notNullable();
        t.string('entity_id', 64).notNullable();
        t.string('field', 64).notNullable();
        t.text('old_value');
        t.text('new_value');
        t.string('actor').notNullable();
        t.datetime('at', { precision: 3 }).notNullable();
        t.text('reason');
        t.datetime('recorded_at', { precision: 3 }).notNullable();
        t.string('coordinate');
        t.string('classification', 32);
        t.string('kind', 32);
        t.string('mask', 32);
        t.index(['entity', 'entity_id', 'at']);
      },
      audit_event: (t) => {
        t.string('id', 64).notNullable().primary();
        t.bigInteger('sequence').notNullable().unique();
        t.string('at', 32).notNullable();
        t.string('kind', 32).notNullable();
        t.text('body').notNullable();
        t.string('previous_hash', 64).notNullable();
        t.string('hash', 64).notNullable();
        t.string('sub').notNullable();
        t.string('roles').notNullable();
        t.text('coordinates').notNullable();
        t.string('client_name');
        t.text('origin');
        t.index(['at']);
        t.index(['sub']);
      },
      audit_checkpoint: (t) => {
        t.bigInteger('sequence').notNullable().primary();
        t.string('hash', 64).notNullable();
        t.string('at', 32).notNullable();
        t.string('key_id', 64).notNullable();
        t.text('signature').notNullable();
      },
      audit_event_record: (t) => {
        t.string('id', 80).notNullable().primary();
        t.bigInteger('sequence').notNullable();
        t.string('type', 64).notNullable();
        t.string('record_id');
        t.string('customer_id');
        t.text('classes').notNullable();
        t.string('access', 64).notNullable();
        t.index(['customer_id', 'sequence']);
        t.index(['record_id', 'sequence']);
        t.index(['sequence']);
      },
    });
  }
}
