import { Migration } from '@mikro-orm/migrations';
import type { Knex } from '@mikro-orm/knex';

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
}
