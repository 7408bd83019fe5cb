import { SchemaMigration } from '../../kit/schemaMigration';

/**
 * The RACI of data domains and attributes, versioned with review. Only adds; the reviewed starting
 * assignment is recorded when the audit subgraph first starts (stewardship/startingAssignment.ts).
 */
export class Migration012Stewardship extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s.createTable('stewardship_assignment', (t) => {
        t.string('id', 64).notNullable().primary();
        t.string('subject', 160).notNullable();
        t.integer('version').notNullable();
        t.string('status', 16).notNullable();
        t.json('responsible').notNullable();
        t.json('accountable').notNullable();
        t.json('consulted').notNullable();
        t.json('informed').notNullable();
        t.text('reason').notNullable();
        t.string('proposed_by').notNullable();
        t.datetime('proposed_at', { precision: 3 }).notNullable();
        t.string('decided_by');
        t.datetime('decided_at', { precision: 3 });
        t.text('decision_note');
        t.unique(['subject', 'version']);
        t.index(['status']);
      }),
    );
  }
}
