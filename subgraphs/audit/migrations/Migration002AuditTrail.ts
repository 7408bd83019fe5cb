import { SchemaMigration } from '../../kit/schemaMigration';

export class Migration002AuditTrail extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s
        .createTable('audit_event', (t) => {
          t.string('id', 64).primary();
          // Unique: two writers racing for the same position fail instead of forking the chain.
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
          t.index(['at']);
          t.index(['sub']);
        })
        .createTable('audit_checkpoint', (t) => {
          t.bigInteger('sequence').primary();
          t.string('hash', 64).notNullable();
          t.string('at', 32).notNullable();
          t.string('key_id', 64).notNullable();
          t.text('signature').notNullable();
        }),
    );
  }
}
