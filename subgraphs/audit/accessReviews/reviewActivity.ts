import { Kind, parse, type OperationDefinitionNode } from 'graphql';

/**
 * What a principal did in a review's period, from the audit trail and the change log: operations
 * counted (and those refused), the reviewed mutations run by name, and the changes made to the
 * reviewed attributes by id. Counts and ids only: never a value.
 */

/** One audited operation as the trail stored it: who, and the event's body as JSON text. */
export interface TrailOperation {
  sub: string;
  body: string;
}

export interface MutationCount {
  mutation: string;
  count: number;
}

export interface PrincipalActivity {
  operations: number;
  denied: number;
  mutations: MutationCount[];
  changes: number;
  /** The first `MAX_CHANGE_IDS` of the changes' ids, oldest first. */
  changeIds: string[];
}

export const MAX_CHANGE_IDS = 100;

interface OperationBody {
  outcome?: string;
  operation?: { type?: string; text?: string };
}

/** The root fields of the mutation an operation ran, as `Mutation.<field>`; none for queries or unreadable text. */
export function mutationRootFields(body: OperationBody): string[] {
  const text = body.operation?.text;
  if (body.operation?.type !== 'mutation' || typeof text !== 'string') return [];
  try {
    return parse(text)
      .definitions.filter(
        (definition): definition is OperationDefinitionNode =>
          definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'mutation',
      )
      .flatMap((operation) => operation.selectionSet.selections)
      .flatMap((selection) => (selection.kind === Kind.FIELD ? [`Mutation.${selection.name.value}`] : []));
  } catch {
    return [];
  }
}

export const noActivity = (): PrincipalActivity => ({
  operations: 0,
  denied: 0,
  mutations: [],
  changes: 0,
  changeIds: [],
});

/** Adds one page of the trail's operations to the activity of each principal it names. */
export function countOperations(
  activity: Map<string, PrincipalActivity>,
  operations: readonly TrailOperation[],
  reviewedMutations: ReadonlySet<string>,
): void {
  for (const { sub, body } of operations) {
    const of = activity.get(sub);
    if (!of) continue;
    const parsed = JSON.parse(body) as OperationBody;
    of.operations += 1;
    if (parsed.outcome === 'DENIED') of.denied += 1;
    // Run means answered: a refused or failed mutation changed nothing.
    if (parsed.outcome !== 'SERVED' && parsed.outcome !== 'PARTIAL') continue;
    for (const mutation of mutationRootFields(parsed)) {
      if (!reviewedMutations.has(mutation)) continue;
      const counted = of.mutations.find((entry) => entry.mutation === mutation);
      if (counted) counted.count += 1;
      else of.mutations.push({ mutation, count: 1 });
      of.mutations.sort((a, b) => a.mutation.localeCompare(b.mutation));
    }
  }
}

/** Adds the change log's entries (oldest first) to the activity of the principal who made each. */
export function countChanges(
  activity: Map<string, PrincipalActivity>,
  changes: readonly { id: string; actor: string }[],
): void {
  for (const { id, actor } of changes) {
    const of = activity.get(actor);
    if (!of) continue;
    of.changes += 1;
    if (of.changeIds.length < MAX_CHANGE_IDS) of.changeIds.push(id);
  }
}
