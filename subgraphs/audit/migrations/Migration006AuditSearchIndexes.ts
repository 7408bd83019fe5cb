import { SchemaMigration } from '../../kit/schemaMigration';

/**
 * An auditor's search reads events in sequence order: `where sub = ? and sequence > ? order by
 * sequence limit 51`. With `sub` indexed alone, a principal with millions of events (a BI service
 * account) had every one of them sorted for each page. Indexing the sequence behind each equality
 * filter (principal, kind, client) lets a page be read straight off the index.
 */
export class Migration006AuditSearchIndexes extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s.alterTable('audit_event', (t) => {
        t.dropIndex(['sub'], 'audit_event_sub_index');
        t.index(['sub', 'sequence'], 'audit_event_sub_sequence_index');
        t.index(['kind', 'sequence'], 'audit_event_kind_sequence_index');
        t.index(['client_name', 'sequence'], 'audit_event_client_name_sequence_index');
      }),
    );
  }
}
