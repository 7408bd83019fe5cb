import { formatMinor, parseMoney, type MinorMoney } from '../lib/money';
import type { Principal } from '../lib/principal';
import { compileField, type AttributeShape, type FieldPlan, type PolicyPlan } from './compile';
import type { Effective } from './decisions';
import { decideField, decideUnclassified } from './decide';
import { isClassification } from './classifications';
import {
  FIELD_KINDS,
  MASKING_STRATEGIES,
  mask,
  type FieldKind,
  type MaskingOptions,
  type MaskingStrategy,
} from './masking';

/**
 * Copies of classified values: a source record's payload, a change-log entry, a lineage record.
 * Classification belongs to the attribute, so a copy carries the classification of the attribute it
 * copies and gets exactly the decision and the mask the attribute's own field would get, for the
 * same principal and the same record jurisdiction. A copy of an attribute nobody has classified
 * yet gets the strictest decision there is.
 */

export type CopiedAttribute =
  /** A classified attribute, shaped as its own field is (class, kind of value, natural mask). */
  | { status: 'CLASSIFIED'; shape: AttributeShape }
  /** An attribute known to carry nothing classified (a name, an address of a company). */
  | { status: 'UNCLASSIFIED'; coordinate: string }
  /** Something nobody has classified yet, e.g. a key a source sent that its mapping does not know. */
  | { status: 'UNKNOWN'; name: string };

export function classified(shape: AttributeShape): CopiedAttribute {
  return { status: 'CLASSIFIED', shape };
}

export function unclassified(coordinate: string): CopiedAttribute {
  return { status: 'UNCLASSIFIED', coordinate };
}

export function unknownAttribute(name: string): CopiedAttribute {
  return { status: 'UNKNOWN', name };
}

/**
 * The attribute of a stored copy, from the class stored with it (a change-log entry keeps the class
 * its change was made under). A class that does not read as one is treated as unknown: the strictest.
 */
export function storedAttribute(
  name: string,
  stored: { coordinate?: string | null; classification?: string | null; kind?: string | null; mask?: string | null },
): CopiedAttribute {
  const { coordinate, classification, kind, mask } = stored;
  if (!coordinate) return unknownAttribute(name);
  if (!classification) return unclassified(coordinate);
  const known =
    isClassification(classification) &&
    (FIELD_KINDS as readonly string[]).includes(kind ?? '') &&
    (MASKING_STRATEGIES as readonly string[]).includes(mask ?? '');
  return known
    ? classified({ coordinate, classification, kind: kind as FieldKind, mask: mask as MaskingStrategy })
    : unknownAttribute(name);
}

/** The coordinate a copy is reported under in the audit trail. */
export function coordinateOf(attribute: CopiedAttribute): string {
  return attribute.status === 'CLASSIFIED'
    ? attribute.shape.coordinate
    : attribute.status === 'UNCLASSIFIED'
      ? attribute.coordinate
      : `unclassified:${attribute.name}`;
}

const compiledAttributes = new WeakMap<PolicyPlan, Map<string, FieldPlan>>();

/** The attribute's compiled field: the plan's own when this schema exposes it with the same class, else compiled once. */
function fieldOf(plan: PolicyPlan, shape: AttributeShape): FieldPlan {
  const own = plan.fields[shape.coordinate];
  if (own && own.classification === shape.classification && own.kind === shape.kind && own.mask === shape.mask)
    return own;
  const cache = compiledAttributes.get(plan) ?? new Map<string, FieldPlan>();
  compiledAttributes.set(plan, cache);
  const key = `${shape.coordinate}|${shape.classification}|${shape.kind}|${shape.mask}`;
  const field = cache.get(key) ?? compileField(plan.grants, shape);
  cache.set(key, field);
  return field;
}

/** What the principal gets of a copy of `attribute` belonging to a record of `recordRegion`; undefined when nothing classified is copied. */
export function decideCopy(
  plan: PolicyPlan,
  principal: Principal,
  attribute: CopiedAttribute,
  recordRegion: string | undefined,
): Effective | undefined {
  if (attribute.status === 'UNCLASSIFIED') return undefined;
  if (attribute.status === 'UNKNOWN') return decideUnclassified(plan, principal, recordRegion);
  return decideField(fieldOf(plan, attribute.shape), principal, recordRegion);
}

/** Money fields resolve to minor units, as copies are mostly stored; a copy stored as a decimal amount is read into them. */
function asFieldValue(value: unknown, kind: FieldKind): unknown {
  if (kind !== 'Money' || value === null || typeof value !== 'object') return value;
  const { amount, currency } = value as { amount?: unknown; currency?: unknown };
  return typeof amount === 'string' && typeof currency === 'string' ? parseMoney({ amount, currency }) : value;
}

/** A copy goes out as JSON, not through the `Money` type that formats a field, so a masked amount is formatted here. */
function asCopyValue(masked: unknown, kind: FieldKind): unknown {
  if (kind !== 'Money' || masked === null) return masked;
  const { minor, currency, bucket } = masked as MinorMoney;
  return { ...formatMinor(minor, currency), ...(bucket === undefined ? {} : { bucket }) };
}

/**
 * A copied value masked as its field would be. A value that does not have the shape the field's
 * masks expect cannot be masked faithfully, so it is withheld (null) rather than shown.
 */
export function maskCopy(strategy: MaskingStrategy, value: unknown, kind: FieldKind, options: MaskingOptions): unknown {
  if (value === null || value === undefined) return null;
  try {
    return asCopyValue(mask(strategy, asFieldValue(value, kind), kind, options), kind);
  } catch {
    return null;
  }
}
