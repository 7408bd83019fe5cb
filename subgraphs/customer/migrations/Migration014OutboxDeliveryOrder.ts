import { SchemaMigration } from '../../kit/schemaMigration';

/**
 * The change relay reads the oldest undelivered changes, `where delivered_at is null order by at,
 * id limit 200`. With only delivered_at indexed, each batch sorted every pending change: a backlog
 * of 1.5 million seeded changes took over a second per batch and hours in all. An index of the
 * pending changes alone, in delivery order, serves each batch straight off it on both engines
 * (PostgreSQL would not take the order from an index after an `is null` condition) and shrinks as
 * changes are delivered.
 */
export class Migration014OutboxDeliveryOrder extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s.alterTable('change_outbox', (t) => t.dropIndex(['delivered_at'], 'change_outbox_delivered_at_index')),
    );
    this.addSql('create index change_outbox_pending_index on change_outbox (at, id) where delivered_at is null');
  }
}
