/**
 * Drift between source systems and the golden record: a source record whose latest value for a
 * field no longer agrees with the golden value, and since when.
 *
 * Values are compared after normalisation, so that formatting is not mistaken for drift: Unicode
 * NFKC (Unicode Standard Annex #15: full-width letters, ligatures and non-breaking spaces become
 * their plain forms), whitespace trimmed and collapsed, case ignored. A field absent from an
 * observation was not observed there and neither breaks nor starts a run; a null or blank value
 * was observed as empty. A source that never held a value for the field does not manage it, so it
 * is not drift. `since` is when the current disagreement began: the earliest observation of the
 * unbroken run of disagreeing values that ends with the latest one.
 */
import { comparableText } from '../../../lib/comparableText';

export interface SourceObservation {
  sourceSystem: string;
  sourceId: string;
  /** ISO 8601 instant. */
  observedAt: string;
  attributes: Readonly<Record<string, string | null | undefined>>;
}

export interface DriftFinding {
  field: string;
  sourceSystem: string;
  sourceId: string;
  goldenValue: string | null;
  sourceValue: string | null;
  since: string;
}

type Attributes = Readonly<Record<string, string | null | undefined>>;

export class DriftError extends Error {}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function detectDrift(
  golden: Attributes,
  observations: readonly SourceObservation[],
  fields: readonly string[],
): DriftFinding[] {
  validateFields(fields);
  observations.forEach((observation) => validateObservation(observation, fields));
  fields.forEach((field) => validateValue(valueOf(golden, field), `golden ${field}`));

  const records = [...groupBySourceRecord(observations).values()];
  return fields
    .flatMap((field) => records.flatMap((history) => driftOf(field, valueOf(golden, field) ?? null, history)))
    .sort(
      (a, b) =>
        compareText(a.field, b.field) ||
        compareText(a.sourceSystem, b.sourceSystem) ||
        compareText(a.sourceId, b.sourceId),
    );
}

/** Comparable form of a value; null and blank are both the empty string. */

function validateFields(fields: readonly string[]): void {
  if (fields.length === 0) throw new DriftError('name at least one field to compare');
  for (const field of fields) if (field.trim() === '') throw new DriftError('field names must not be empty');
  const duplicate = fields.find((field, i) => fields.indexOf(field) !== i);
  if (duplicate !== undefined) throw new DriftError(`field ${duplicate} is listed twice`);
}

function validateObservation(observation: SourceObservation, fields: readonly string[]): void {
  const where = `observation of ${observation.sourceSystem}/${observation.sourceId}`;
  if (observation.sourceSystem.trim() === '' || observation.sourceId.trim() === '')
    throw new DriftError(`${where}: sourceSystem and sourceId must not be empty`);
  if (!ISO_INSTANT.test(observation.observedAt) || Number.isNaN(Date.parse(observation.observedAt))) {
    throw new DriftError(`${where}: observedAt "${observation.observedAt}" is not an ISO 8601 instant`);
  }
  for (const field of fields) validateValue(valueOf(observation.attributes, field), `${where}, field ${field}`);
}

/** Callers outside TypeScript can send anything; a number here would otherwise be compared as text silently. */
function validateValue(value: unknown, where: string): void {
  if (value !== undefined && value !== null && typeof value !== 'string')
    throw new DriftError(`${where}: value must be a string or null, got ${typeof value}`);
}

/** Own properties only: a field called "constructor" must not read Object.prototype. */
function valueOf(attributes: Attributes, field: string): string | null | undefined {
  return Object.hasOwn(attributes, field) ? attributes[field] : undefined;
}

/** Each source record's observations, oldest first (same instant: as listed). */
function groupBySourceRecord(observations: readonly SourceObservation[]): Map<string, SourceObservation[]> {
  const records = new Map<string, SourceObservation[]>();
  for (const observation of observations) {
    const key = JSON.stringify([observation.sourceSystem, observation.sourceId]);
    const history = records.get(key);
    if (history) history.push(observation);
    else records.set(key, [observation]);
  }
  for (const history of records.values()) history.sort((a, b) => Date.parse(a.observedAt) - Date.parse(b.observedAt));
  return records;
}

function driftOf(field: string, goldenValue: string | null, history: readonly SourceObservation[]): DriftFinding[] {
  const observed = history.flatMap((observation) => {
    const value = valueOf(observation.attributes, field);
    return value === undefined ? [] : [{ observedAt: observation.observedAt, value }];
  });
  if (!observed.some(({ value }) => comparableText(value) !== '')) return [];

  const golden = comparableText(goldenValue);
  let runStart: string | null = null;
  for (const { observedAt, value } of observed) {
    if (comparableText(value) === golden) runStart = null;
    else runStart ??= observedAt;
  }
  if (runStart === null) return [];
  const { sourceSystem, sourceId } = history[0];
  return [
    { field, sourceSystem, sourceId, goldenValue, sourceValue: observed[observed.length - 1].value, since: runStart },
  ];
}

/** Code-unit order, the same on every machine (localeCompare is not). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
