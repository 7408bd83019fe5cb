import { p } from '@mikro-orm/core';

/**
 * Property builders the entities share, so that each entity is declared once (with `defineEntity`)
 * and the schema the migrations build is exactly the one the entities describe.
 */

/** Whatever entity a many-to-one relation may point at. */
type ReferenceTarget = Parameters<typeof p.manyToOne>[0];

/** What happens to the rows holding a reference when the row they reference is deleted. */
export type OnDelete = 'cascade' | 'no action';

/**
 * The id of a row of `target` in the same database, enforced by a foreign key. The entity holds the
 * plain id (mapToPk), as the code reads and writes it. No index is implied: SQLite would add one and
 * PostgreSQL would not, so the entity declares the indexes it wants with its others.
 */
export function reference<Target extends ReferenceTarget>(target: Target, column: string, onDelete: OnDelete) {
  return p.manyToOne(target).mapToPk().fieldName(column).deleteRule(onDelete).updateRule('no action').index(false);
}

/**
 * A JSON value, kept as `json` on PostgreSQL (not MikroORM's default `jsonb`): the text is stored as
 * given, with its key order, which matters for payloads kept verbatim.
 */
export function json<T>() {
  return p.json<T>().columnType('json');
}

/** A point in time to the millisecond: JavaScript's precision, and the migrations' `timestamptz(3)`. */
export function instant() {
  return p.datetime(3);
}
