import { SchemaMigration } from '../../kit/schemaMigration';

/** Each audit event keeps the signed origin of the process that produced it. */
export class Migration004EventOrigins extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s.alterTable('audit_event', (t) => {
        t.text('origin');
      }),
    );
  }
}
