import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { Migration } from '@mikro-orm/migrations';
import type { Knex } from '@mikro-orm/knex';

/** A table as knex's schema builder creates it; `knex` is there for raw defaults such as `knex.raw('false')`. */
export type TableDefinition = (table: Knex.CreateTableBuilder, knex: Knex) => void;

/**
 * A migration written with knex's schema builder, so one migration produces the right DDL for
 * SQLite and for PostgreSQL alike.
 */
export abstract class SchemaMigration extends Migration {
  protected schema(build: (schema: Knex.SchemaBuilder) => Knex.SchemaBuilder): void {
    const knex = this.getKnex();
    for (const statement of build(knex.schema).toSQL()) {
      this.addSql(statement.bindings?.length ? knex.raw(statement.sql, statement.bindings) : statement.sql);
    }
  }

  protected get onSqlite(): boolean {
    return this.driver instanceof BetterSqliteDriver;
  }

  /**
   * Recreates tables on SQLite, whose ALTER TABLE cannot change a column's type, nullability or
   * default, keeping every row. Tables are listed parents first. All are renamed aside, created anew
   * from their definitions and given their rows back, parents first; only then are the old ones
   * dropped. Foreign keys stay on throughout (SQLite ignores turning them off inside the migration's
   * transaction), so the usual create-copy-drop-rename would lose rows: dropping a parent table
   * deletes its rows, and the delete cascades into its children.
   */
  protected async rebuildSqliteTables(tables: Record<string, TableDefinition>): Promise<void> {
    const knex = this.getKnex();
    const names = Object.keys(tables);
    const aside = (name: string) => `${name}__rebuilt`;
    const columns = new Map<string, string[]>();
    for (const name of names) {
      const info = await this.execute(knex.raw('pragma table_info(??)', [name]));
      columns.set(
        name,
        info.map((column) => String(column.name)),
      );
      // The new table's indexes take the same names, so the old ones go first.
      const indexes = await this.execute(
        knex('sqlite_master').select('name').where({ type: 'index', tbl_name: name }).whereNotNull('sql'),
      );
      for (const index of indexes) this.addSql(knex.raw('drop index ??', [index.name]));
    }
    for (const name of names) this.addSql(knex.raw('alter table ?? rename to ??', [name, aside(name)]));
    for (const name of names) this.schema((s) => s.createTable(name, (t) => tables[name](t, knex)));
    for (const name of names) {
      const copied = columns.get(name) ?? [];
      this.addSql(knex.raw('insert into ?? (??) select ?? from ??', [name, copied, copied, aside(name)]));
    }
    for (const name of [...names].reverse()) this.schema((s) => s.dropTable(aside(name)));
  }
}
