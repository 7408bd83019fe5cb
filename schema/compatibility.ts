import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { apiSchemaOf } from './apiSchema';

/**
 * Whether the schema clients see still accepts what they were sending: the API schema of the
 * composed supergraph (federation machinery and @inaccessible elements removed) against the last
 * released one, diffed by GraphQL Inspector. A breaking change (a field, argument or enum value
 * removed, a type changed, an argument made required) fails the check unless it is acknowledged
 * in schema/breakingChanges.json with a reason: removing something follows expand/contract, so
 * by the time it goes, its replacement was released and clients had a release to move.
 */

export interface Acknowledgement {
  /** GraphQL Inspector's change type, e.g. FIELD_REMOVED. */
  type: string;
  /** The schema coordinate it changed, e.g. Customer.legacyCode. */
  path: string;
  reason: string;
}

export interface CompatibilityReport {
  /** Breaking and not acknowledged: the check fails on these. */
  breaking: Change[];
  acknowledged: { change: Change; reason: string }[];
  /** Changes that may change what a client gets (e.g. an enum value added); reported, never failing. */
  dangerous: Change[];
  safe: number;
  /** Acknowledgements that match no change: released already, or mistyped. */
  unused: Acknowledgement[];
}

/** The acknowledgements file's entries, each with the three strings it needs; throws naming the first that lacks one. */
export function readAcknowledgements(json: unknown): Acknowledgement[] {
  if (!Array.isArray(json)) throw new Error('schema/breakingChanges.json must hold a list');
  return json.map((entry: unknown, i) => {
    const { type, path, reason } = (entry ?? {}) as Record<string, unknown>;
    for (const [key, value] of Object.entries({ type, path, reason }))
      if (typeof value !== 'string' || value.trim() === '')
        throw new Error(`schema/breakingChanges.json entry ${i + 1} needs a ${key}`);
    return { type, path, reason } as Acknowledgement;
  });
}

const matches = (acknowledgement: Acknowledgement, change: Change) =>
  acknowledgement.type === change.type && acknowledgement.path === change.path;

export async function compareSupergraphs(
  releasedSupergraph: string,
  currentSupergraph: string,
  acknowledgements: readonly Acknowledgement[],
): Promise<CompatibilityReport> {
  const changes = await diff(apiSchemaOf(releasedSupergraph), apiSchemaOf(currentSupergraph));
  const report: CompatibilityReport = { breaking: [], acknowledged: [], dangerous: [], safe: 0, unused: [] };
  for (const change of changes) {
    if (change.criticality.level === CriticalityLevel.Breaking) {
      const acknowledgement = acknowledgements.find((candidate) => matches(candidate, change));
      if (acknowledgement) report.acknowledged.push({ change, reason: acknowledgement.reason });
      else report.breaking.push(change);
    } else if (change.criticality.level === CriticalityLevel.Dangerous) report.dangerous.push(change);
    else report.safe += 1;
  }
  report.unused = acknowledgements.filter(
    (acknowledgement) => !changes.some((change) => matches(acknowledgement, change)),
  );
  return report;
}
