import { customerSearchText } from '../entities/Customer';
import { SchemaMigration } from '../../kit/schemaMigration';

/**
 * The names a customer is searched by, folded for every script (matching/names/searchText.ts), and
 * filled in for the customers already there. The text is derived: a later change to the folding
 * reruns this fill, never edits rows by hand.
 */
export class Migration009NameSearchText extends SchemaMigration {
  async up(): Promise<void> {
    this.schema((s) => s.alterTable('customer', (t) => t.text('search_text').notNullable().defaultTo('')));
    const knex = this.getKnex();
    const customers = await this.execute(knex('customer').select('id', 'name', 'legal_name', 'native_name'));
    for (const row of customers) {
      const searchText = customerSearchText({
        name: String(row.name),
        legalName: row.legal_name as string | null,
        nativeName: row.native_name as string | null,
      });
      this.addSql(knex('customer').update({ search_text: searchText }).where({ id: row.id }));
    }
  }
}
