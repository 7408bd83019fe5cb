import { SchemaMigration } from '../../kit/schemaMigration';

/** The DPIA register, the register of processing agreements and vendor contracts, and their alerts. Only adds. */
export class Migration015Registers extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s
        .createTable('dpia', (t) => {
          t.string('id', 64).notNullable().primary();
          t.string('initiative', 200).notNullable();
          t.string('purpose', 64).notNullable();
          t.json('data_categories').notNullable();
          t.json('risks').notNullable();
          t.json('mitigations').notNullable();
          t.string('status', 16).notNullable();
          t.date('review_on').notNullable();
          t.string('created_by').notNullable();
          t.datetime('created_at', { precision: 3 }).notNullable();
          t.string('updated_by').notNullable();
          t.datetime('updated_at', { precision: 3 }).notNullable();
          t.string('submitted_by');
          t.datetime('submitted_at', { precision: 3 });
          t.string('decided_by');
          t.datetime('decided_at', { precision: 3 });
          t.text('decision_note');
          t.string('last_reviewed_by');
          t.datetime('last_reviewed_at', { precision: 3 });
          t.string('retired_by');
          t.datetime('retired_at', { precision: 3 });
          t.text('retirement_reason');
          t.index(['status', 'purpose']);
        })
        .createTable('processing_agreement', (t) => {
          t.string('id', 64).notNullable().primary();
          t.string('partner', 200).notNullable();
          t.string('kind', 16).notNullable();
          t.json('data_categories').notNullable();
          t.json('regions').notNullable();
          t.text('retention_clause').notNullable();
          t.text('export_clause').notNullable();
          t.date('starts_on').notNullable();
          t.date('expires_on').notNullable();
          t.string('owner', 200).notNullable();
          t.string('status', 16).notNullable();
          t.string('created_by').notNullable();
          t.datetime('created_at', { precision: 3 }).notNullable();
          t.string('updated_by').notNullable();
          t.datetime('updated_at', { precision: 3 }).notNullable();
          t.string('terminated_by');
          t.datetime('terminated_at', { precision: 3 });
          t.text('termination_reason');
          t.index(['status', 'expires_on']);
        })
        .createTable('compliance_alert', (t) => {
          t.string('id', 64).notNullable().primary();
          t.string('kind', 32).notNullable();
          t.string('subject_id', 64).notNullable();
          t.string('subject', 200).notNullable();
          t.date('due_on').notNullable();
          t.integer('threshold_days').notNullable();
          t.datetime('raised_at', { precision: 3 }).notNullable();
          t.datetime('cleared_at', { precision: 3 });
          t.string('cleared_by');
          t.text('clearance');
          t.unique(['subject_id', 'due_on', 'threshold_days']);
          t.index(['cleared_at', 'raised_at']);
        }),
    );
  }
}
