import { SchemaMigration } from '../../kit/schemaMigration';

/** The jobs the gateways run, and each run of them (subgraphs/audit/jobs/jobLedger.ts). */
export class Migration007ScheduledJobs extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s
        .createTable('scheduled_job', (t) => {
          t.string('name', 64).notNullable().primary();
          t.text('description').notNullable();
          t.string('schedule', 128);
          t.string('runs_as', 256).notNullable();
          t.datetime('registered_at', { precision: 3 }).notNullable();
          t.datetime('last_slot', { precision: 3 });
        })
        .createTable('job_run', (t) => {
          t.string('id', 64).notNullable().primary();
          t.string('job', 64).notNullable();
          t.string('slot', 80).notNullable();
          t.string('trigger', 16).notNullable();
          t.string('status', 16).notNullable();
          t.string('requested_by');
          t.datetime('requested_at', { precision: 3 }).notNullable();
          t.datetime('scheduled_for', { precision: 3 });
          t.string('runner', 128);
          t.integer('attempt').notNullable();
          t.datetime('started_at', { precision: 3 });
          t.datetime('finished_at', { precision: 3 });
          t.datetime('lease_until', { precision: 3 });
          t.text('outcome');
          t.unique(['job', 'slot']);
          t.index(['job', 'requested_at']);
          t.index(['status', 'lease_until']);
        }),
    );
  }
}
