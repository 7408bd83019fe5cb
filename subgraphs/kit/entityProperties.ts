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

/**
 * A row's own id, at most `length` characters: 64 hold a prefix and a UUID (`wo_…`) or a demo book id;
 * an id made of other ids (`<contract id>_l1`) needs more, and its entity says how much.
 */
export function rowId(length = 64) {
  return p.string().length(length).primary();
}

/** The id of a row kept without a foreign key (another system's row, or history that outlives it), sized as `rowId`. */
export function unkeyedReference(length = 64) {
  return p.string().length(length);
}

/** A customer's id (`cus_…`); outside the customer subgraph's database no foreign key can reach the customer. */
export function customerId() {
  return p.string().length(40);
}

/** An amount of money in minor units (cents) of its row's currency: whole numbers, exact as a bigint. */
export function minorAmount() {
  return p.bigint('number');
}

/** An ISO 4217 currency code, e.g. EUR. */
export function currencyCode() {
  return p.string().length(3);
}

/** The customer's jurisdiction (lib/regions.ts), which the policy decides on. */
export function regionCode() {
  return p.string().length(8);
}

/** A jurisdiction added to a table that held rows already: those read UNKNOWN, which counts as nobody's region. */
export function regionCodeOrUnknown() {
  return regionCode().default('UNKNOWN');
}

/** Where a row stands in its lifecycle: one upper-case word such as ACTIVE or PENDING. */
export function status<Status extends string = string>() {
  return p.string().length(16).$type<Status>();
}

/** The name of a system that sends data, e.g. CRM (lib/sourceSystems.ts) or GL. */
export function systemName<System extends string = string>() {
  return p.string().length(16).$type<System>();
}
