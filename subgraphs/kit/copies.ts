import type { GraphQLResolveInfo } from 'graphql';
import { forbidden } from '../../lib/errors';
import type { PolicyPlan } from '../../policies/compile';
import { classified, coordinateOf, decideCopy, maskCopy, type CopiedAttribute } from '../../policies/copies';
import type { SubgraphContext } from './context';

/**
 * Copies of classified values on their way out of a subgraph (source payloads, change-log values,
 * lineage): each is decided and masked as the attribute it copies (policies/copies.ts), and
 * reported for the audit trail like a read of the attribute's own field.
 */

const WITHHELD: unique symbol = Symbol('withheld');

export interface CopyOwner {
  /** The GraphQL type and object the copy is shown on, for the audit trail (the object names its record and customer). */
  typeName: string;
  object: unknown;
  /** The jurisdiction of the record the copied value belongs to. */
  region: string | undefined;
  /** The field the copy travels through, e.g. `SourceRecord.payload`. */
  via: string;
}

function classificationOf(attribute: CopiedAttribute): string {
  return attribute.status === 'CLASSIFIED' ? attribute.shape.classification : 'UNCLASSIFIED';
}

/** The copied value as the principal may see it, raw or masked, or WITHHELD where the attribute's field would be denied. */
function governCopy(context: SubgraphContext, attribute: CopiedAttribute, value: unknown, owner: CopyOwner): unknown {
  // GOVERNANCE=off (development only) measures what governance costs: copies go out as stored.
  if (!context.config.governance) return value ?? null;
  const decision = decideCopy(context.plan, context.principal, attribute, owner.region);
  if (decision === undefined || value === null || value === undefined) return value ?? null;
  const reported = {
    coordinate: coordinateOf(attribute),
    classification: classificationOf(attribute),
    decision: decision.effect,
    ...(decision.effect === 'MASK' ? { strategy: decision.strategy } : {}),
    via: owner.via,
  };
  if (decision.effect === 'DENY') {
    context.access.withheld(owner.typeName, owner.object, reported);
    return WITHHELD;
  }
  const kind = attribute.status === 'CLASSIFIED' ? attribute.shape.kind : 'String';
  const shown =
    decision.effect === 'ALLOW'
      ? value
      : maskCopy(decision.strategy, value, kind, { salt: context.config.maskingSalt, ...context.plan.masking });
  if (shown === null) context.access.withheld(owner.typeName, owner.object, reported);
  else context.access.read(owner.typeName, owner.object, reported);
  return shown;
}

/** What a key of a copied object holds, given its value: one attribute, or an object whose keys are classified in turn. */
export type KeyClassifier = (key: string, value: unknown) => CopiedAttribute | KeyClassifier;

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function governObject(
  context: SubgraphContext,
  object: Record<string, unknown>,
  classify: KeyClassifier,
  owner: CopyOwner,
  prefix: string,
  withheld: string[],
): Record<string, unknown> {
  const shown: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    const path = `${prefix}${key}`;
    const what = classify(key, value);
    if (typeof what === 'function' && isObject(value)) {
      shown[key] = governObject(context, value, what, owner, `${path}.`, withheld);
      continue;
    }
    // A key expected to hold an object but holding something else is a value nobody classified.
    const attribute: CopiedAttribute = typeof what === 'function' ? { status: 'UNKNOWN', name: path } : what;
    const governed = governCopy(context, attribute, value, owner);
    if (governed === WITHHELD) withheld.push(path);
    else shown[key] = governed;
  }
  return shown;
}

/**
 * A copied value of one attribute, or a copied JSON object (a source payload) governed key by key.
 * A value withheld whole makes the field null with FORBIDDEN, as the attribute's own field would be;
 * keys withheld from an object are left out, and the response says so with a FORBIDDEN error at
 * the field's path naming the keys (never their values).
 */
export function governedValueCopy(
  context: SubgraphContext,
  info: GraphQLResolveInfo,
  what: CopiedAttribute | KeyClassifier,
  value: unknown,
  owner: CopyOwner,
): unknown {
  if (typeof what === 'function' && isObject(value)) {
    const withheld: string[] = [];
    const shown = governObject(context, value, what, owner, '', withheld);
    if (withheld.length > 0)
      context.access.withheldParts(pathOf(info), `Not authorised to read ${withheld.join(', ')} of ${owner.via}`);
    return shown;
  }
  const attribute: CopiedAttribute = typeof what === 'function' ? { status: 'UNKNOWN', name: owner.via } : what;
  const shown = governCopy(context, attribute, value, owner);
  if (shown === WITHHELD) throw forbidden(`Not authorised to read ${coordinateOf(attribute)}`);
  return shown;
}

/** A column of bulk rows holding a copy of a classified value: which attribute it copies, and whose. */
export interface CopiedColumn<Row> {
  attribute: CopiedAttribute;
  value: (row: Row) => unknown;
  owner: (row: Row) => CopyOwner;
}

/** A column of bulk rows: a plain value read off the row, or a copied classified value. */
export type RowColumn<Row> = ((row: Row) => unknown) | CopiedColumn<Row>;

/** A column copying the field at `coordinate`, classified as this plan's schema classifies it. */
export function copiedColumn<Row>(
  plan: PolicyPlan,
  coordinate: string,
  value: (row: Row) => unknown,
  owner: (row: Row) => CopyOwner,
): CopiedColumn<Row> {
  const field = plan.fields[coordinate];
  if (!field) throw new Error(`${coordinate} is not classified in this schema, so its copies cannot be governed`);
  return { attribute: classified(field), value, owner };
}

/** Bulk rows' columns made once per policy plan: every customer of every page reads them. */
export function columnsPerPlan<Row>(
  make: (plan: PolicyPlan) => Record<string, RowColumn<Row>>,
): (plan: PolicyPlan) => Record<string, RowColumn<Row>> {
  const made = new WeakMap<PolicyPlan, Record<string, RowColumn<Row>>>();
  return (plan) => {
    let columns = made.get(plan);
    if (!columns) made.set(plan, (columns = make(plan)));
    return columns;
  };
}

/**
 * Rows for bulk reads (a BI export reads thousands a page), as plain cells rather than a GraphQL
 * object per value: each copied cell is decided, masked and reported exactly as its attribute's
 * own field would be. A cell withheld is null, and the response says so with one FORBIDDEN error
 * at the field's path naming the attributes withheld (never their values).
 */
export function governedRows<Row>(
  context: SubgraphContext,
  info: GraphQLResolveInfo,
  rows: readonly Row[],
  columns: Record<string, RowColumn<Row>>,
): Record<string, unknown>[] {
  const entries = Object.entries(columns);
  const withheld = new Set<string>();
  const shown = rows.map((row) => {
    const cells: Record<string, unknown> = {};
    for (const [name, column] of entries) {
      if (typeof column === 'function') {
        cells[name] = column(row) ?? null;
        continue;
      }
      const governed = governCopy(context, column.attribute, column.value(row), column.owner(row));
      if (governed === WITHHELD) withheld.add(coordinateOf(column.attribute));
      cells[name] = governed === WITHHELD ? null : governed;
    }
    return cells;
  });
  if (withheld.size > 0)
    context.access.withheldParts(pathOf(info), `Not authorised to read ${[...withheld].join(', ')}`);
  return shown;
}

function pathOf(info: GraphQLResolveInfo): (string | number)[] {
  const path: (string | number)[] = [];
  for (let step: GraphQLResolveInfo['path'] | undefined = info.path; step; step = step.prev) path.unshift(step.key);
  return path;
}
