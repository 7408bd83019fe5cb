import { SchemaMigration } from '../../kit/schemaMigration';

/**
 * Name search by index instead of a scan of every customer: `search_text LIKE '%needle%'` (the
 * text and the needle are folded for every script, matching/names/searchText.ts) is answered from
 * trigrams.
 *
 * - PostgreSQL: a GIN trigram index (pg_trgm) on search_text, which LIKE uses as it is.
 * - SQLite: an FTS5 table with the trigram tokenizer over search_text, kept by triggers. It holds no
 *   copy of the text (external content) and is keyed by the customer row's rowid. SQLite may renumber
 *   rowids on VACUUM or when a migration rebuilds the table (rebuildSqliteTables): either must be
 *   followed by `insert into customer_name_search(customer_name_search) values ('rebuild')`, and a
 *   rebuild of `customer` must create these triggers again.
 */
export class Migration013NameSearchIndex extends SchemaMigration {
  up(): void {
    if (!this.onSqlite) {
      this.addSql('create extension if not exists pg_trgm');
      this.addSql('create index customer_search_text_trigram on customer using gin (search_text gin_trgm_ops)');
      return;
    }
    const index = 'customer_name_search';
    const remove = `insert into ${index} (${index}, rowid, search_text) values ('delete', old.rowid, old.search_text);`;
    const add = `insert into ${index} (rowid, search_text) values (new.rowid, new.search_text);`;
    this.addSql(
      `create virtual table ${index} using fts5(search_text, tokenize = 'trigram', content = 'customer', content_rowid = 'rowid')`,
    );
    this.addSql(`insert into ${index} (${index}) values ('rebuild')`);
    this.addSql(`create trigger ${index}_insert after insert on customer begin ${add} end`);
    this.addSql(`create trigger ${index}_delete after delete on customer begin ${remove} end`);
    this.addSql(`create trigger ${index}_update after update of search_text on customer begin ${remove} ${add} end`);
  }
}
