import { SchemaMigration } from '../../kit/schemaMigration';

/** Security incidents and their timelines. Only adds. */
export class Migration016Incidents extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s
        .createTable('security_incident', (t) => {
          t.string('id', 64).notNullable().primary();
          t.string('kind', 32).notNullable();
          t.string('severity', 16).notNullable();
          t.string('playbook_id', 32).notNullable();
          t.string('subject', 256).notNullable();
          t.text('detail').notNullable();
          t.string('reported_by', 32).notNullable();
          t.string('status', 16).notNullable();
          t.integer('occurrences').notNullable();
          t.datetime('opened_at', { precision: 3 }).notNullable();
          t.datetime('last_seen_at', { precision: 3 }).notNullable();
          t.datetime('acknowledged_at', { precision: 3 });
          t.string('acknowledged_by');
          t.datetime('resolved_at', { precision: 3 });
          t.string('resolved_by');
          t.text('resolution');
          t.datetime('notify_due_at', { precision: 3 });
          t.integer('notify_failures').notNullable();
          t.integer('entries').notNullable();
          t.index(['kind', 'subject', 'status']);
          t.index(['status', 'last_seen_at']);
          t.index(['notify_due_at']);
        })
        .createTable('security_incident_entry', (t) => {
          t.string('id', 64).notNullable().primary();
          t.string('incident_id', 64).notNullable().references('id').inTable('security_incident').onDelete('CASCADE');
          t.integer('position').notNullable();
          t.string('kind', 32).notNullable();
          t.datetime('at', { precision: 3 }).notNullable();
          t.string('actor').notNullable();
          t.integer('occurrences').notNullable();
          t.text('note');
          t.unique(['incident_id', 'position']);
        }),
    );
  }
}
