import { SchemaMigration } from '../../kit/schemaMigration';

/**
 * The change relay reads the oldest undelivered changes, `where delivered_at is null order by at,
 * id limit 200`. With only delivered_at indexed, each batch sorted every pending change: a backlog
 * of 1.5 million seeded changes took over a second per batch and hours in all. Indexing the order
 * too lets each batch be read straight off the index.
 */
export class Migration014OutboxDeliveryOrder extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s.alterTable('change_outbox', (t) => {
        t.dropIndex(['delivered_at'], 'change_outbox_delivered_at_index');
        t.index(['delivered_at', 'at', 'id'], 'change_outbox_delivered_at_at_id_index');
      }),
    );
  }
}
