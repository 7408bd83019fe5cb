import { SchemaMigration } from '../../kit/schemaMigration';

export class Migration005MatchConfigurations extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s.createTable('match_configuration', (t) => {
        t.string('version', 64).primary();
        t.float('auto_merge').notNullable();
        t.float('review').notNullable();
        t.string('status', 16).notNullable();
        t.text('notes').notNullable();
        t.string('proposed_by').notNullable();
        t.datetime('proposed_at', { precision: 3 }).notNullable();
        t.string('approved_by');
        t.datetime('approved_at', { precision: 3 });
      }),
    );
  }
}
