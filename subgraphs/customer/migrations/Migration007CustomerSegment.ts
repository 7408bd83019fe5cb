import { SchemaMigration } from '../../kit/schemaMigration';

/** The customer segment (ENTERPRISE, MID_MARKET, SMB): how finance slices quality and revenue. */
export class Migration007CustomerSegment extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s.alterTable('customer', (t) => {
        t.string('segment', 16);
        t.index(['segment']);
      }),
    );
  }
}
