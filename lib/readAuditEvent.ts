import { AUDIT_EVENT_KINDS, AUDIT_OUTCOMES, type AuditEvent, type AuditEventKind } from './auditEvent';

/**
 * Checks that an event read from JSON has the shape its kind promises (lib/auditEvent.ts), and
 * gives it that type. Nothing is changed or filled in: a body is signed and hashed as it is.
 * Fields added to a kind after its first events were written may be absent; keys nobody declared
 * are left alone.
 */

export class AuditEventShapeError extends Error {}

/** The problem with a value at `path`, or undefined when it has the shape. */
type Check = (value: unknown, path: string) => string | undefined;

const text: Check = (value, path) => (typeof value === 'string' ? undefined : `${path} is not text`);

const count: Check = (value, path) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? undefined : `${path} is not a count`;

const nullable =
  (check: Check): Check =>
  (value, path) =>
    value === null ? undefined : check(value, path);

const optional =
  (check: Check): Check =>
  (value, path) =>
    value === undefined ? undefined : check(value, path);

const oneOf =
  (values: readonly string[]): Check =>
  (value, path) =>
    typeof value === 'string' && values.includes(value) ? undefined : `${path} is not one of ${values.join(', ')}`;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const anyObject: Check = (value, path) => (isPlainObject(value) ? undefined : `${path} is not an object`);

const list =
  (item: Check): Check =>
  (value, path) => {
    if (!Array.isArray(value)) return `${path} is not a list`;
    for (const [index, element] of value.entries()) {
      const problem = item(element, `${path}[${index}]`);
      if (problem) return problem;
    }
    return undefined;
  };

/** An object with these fields (and perhaps others). */
const shape =
  (fields: Record<string, Check>): Check =>
  (value, path) => {
    if (!isPlainObject(value)) return `${path} is not an object`;
    for (const [name, check] of Object.entries(fields)) {
      const problem = check(value[name], `${path}.${name}`);
      if (problem) return problem;
    }
    return undefined;
  };

/** An object used as a map: any keys, each value checked. */
const dictionary =
  (entry: Check): Check =>
  (value, path) => {
    if (!isPlainObject(value)) return `${path} is not an object`;
    for (const [key, element] of Object.entries(value)) {
      const problem = entry(element, `${path}.${key}`);
      if (problem) return problem;
    }
    return undefined;
  };

const principal = shape({
  sub: text,
  roles: list(text),
  regions: list(text),
  purpose: optional(text),
  purposeNotHonoured: optional(text),
});

const coordinate = shape({
  coordinate: text,
  classification: text,
  decision: oneOf(['ALLOW', 'MASK', 'DENY']),
  strategy: optional(text),
  via: optional(text),
});

const touchedRecord = shape({
  type: text,
  id: optional(text),
  customerId: optional(text),
  count,
  read: list(text),
  withheld: list(text),
  changed: list(text),
});

const BODIES: Record<AuditEventKind, Check> = {
  OPERATION: shape({
    principal,
    client: shape({ name: nullable(text), version: nullable(text) }),
    requestId: text,
    operation: shape({
      name: nullable(text),
      type: optional(oneOf(['query', 'mutation', 'subscription'])),
      hash: text,
      text,
      variables: anyObject,
    }),
    coordinates: list(coordinate),
    records: dictionary(count),
    touched: optional(list(touchedRecord)),
    touchedOmitted: optional(count),
    lookups: optional(list(shape({ coordinate: text, outcome: oneOf(['ALLOWED', 'REFUSED']) }))),
    outcome: oneOf(AUDIT_OUTCOMES),
    durationMs: count,
    export: optional(shape({ name: text, format: text })),
  }),
  ALERT: shape({ principal, requestId: text, alert: text, records: dictionary(count) }),
  ATTEMPT: shape({
    service: text,
    requestId: text,
    reason: text,
    claimed: nullable(anyObject),
    remoteAddress: optional(nullable(text)),
    operation: optional(shape({ name: nullable(text), hash: text })),
    alsoRefused: optional(count),
  }),
};

function isKind(kind: string): kind is AuditEventKind {
  return (AUDIT_EVENT_KINDS as readonly string[]).includes(kind);
}

/** The event with its type; throws AuditEventShapeError naming the first thing that does not fit. */
export function readAuditEvent(event: { id: string; kind: string; body: unknown }): AuditEvent {
  if (!isKind(event.kind))
    throw new AuditEventShapeError(`audit event ${event.id} has an unknown kind "${event.kind}"`);
  const problem = BODIES[event.kind](event.body, 'body');
  if (problem) throw new AuditEventShapeError(`audit event ${event.id} is not an ${event.kind} event: ${problem}`);
  return event as AuditEvent;
}
