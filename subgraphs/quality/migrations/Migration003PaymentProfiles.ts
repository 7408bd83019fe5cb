import { SchemaMigration } from '../../kit/schemaMigration';

/** Each run keeps every customer's payment profile next to its score, so payment behaviour has a history too. */
export class Migration003PaymentProfiles extends SchemaMigration {
  up(): void {
    this.schema((s) =>
      s.alterTable('quality_result', (t) => {
        t.json('payment_profile');
      }),
    );
  }
}
