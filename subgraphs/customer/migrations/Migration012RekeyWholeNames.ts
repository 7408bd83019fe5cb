import { SchemaMigration } from '../../kit/schemaMigration';

/**
 * Blocking keys are derived data, and the engine now keys a long name by its whole words run
 * together (engine/companyNames.ts), which keys stored before lack. They are all dropped here and
 * computed anew by the subgraph at start (fillMissingMatchKeys), as when keys were introduced.
 */
export class Migration012RekeyWholeNames extends SchemaMigration {
  up(): void {
    this.addSql('delete from customer_match_key');
  }
}
