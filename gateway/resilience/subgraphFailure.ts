import { GraphQLError, Kind, parse, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * What went wrong on a call to a subgraph, from the gateway's side. Only failures of the service
 * count (nothing answered, no answer in time, a proxy's 502/503/504); a subgraph refusing the
 * request (401, 403, 400) is an answer, and neither retried nor held against the service.
 */
export type SubgraphFailure = 'UNREACHABLE' | 'TIMEOUT' | 'FAILED_RESPONSE';

const UNAVAILABLE_STATUSES = new Set([502, 503, 504]);

export function classifySubgraphFailure(error: unknown): SubgraphFailure | undefined {
  if (error instanceof GraphQLError) {
    const status = (error.extensions.response as { status?: unknown } | undefined)?.status;
    return typeof status === 'number' && UNAVAILABLE_STATUSES.has(status) ? 'FAILED_RESPONSE' : undefined;
  }
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return 'TIMEOUT';
  // fetch rejects with a TypeError when no connection could be made or it broke mid-answer (by
  // name: undici's TypeError need not be this realm's).
  if (name === 'TypeError') return 'UNREACHABLE';
  return undefined;
}

/** A call that timed out has spent its time budget; the others may succeed at once on another try. */
export function isRetryable(failure: SubgraphFailure): boolean {
  return failure !== 'TIMEOUT';
}

/**
 * The fields a subgraph query asked for, as `Type.field` coordinates: the root fields of a plain
 * query, or the fields asked of each entity type in an `_entities` fetch. They are what an outage
 * leaves missing, so the error can name them.
 */
export function requestedCoordinates(query: string, rootType: string): string[] {
  let document;
  try {
    document = parse(query, { noLocation: true });
  } catch {
    return [];
  }
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return [];
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const coordinates = new Set<string>();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    if (selection.name.value === '_entities') addEntityFields(selection.selectionSet, fragments, coordinates);
    else if (!selection.name.value.startsWith('__')) coordinates.add(`${rootType}.${selection.name.value}`);
  }
  return [...coordinates];
}

function addEntityFields(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  into: Set<string>,
): void {
  for (const selection of selectionSet?.selections ?? []) {
    const fragment =
      selection.kind === Kind.FRAGMENT_SPREAD
        ? fragments.get(selection.name.value)
        : selection.kind === Kind.INLINE_FRAGMENT
          ? selection
          : undefined;
    if (!fragment?.typeCondition) continue;
    for (const field of fragment.selectionSet.selections) {
      if (field.kind === Kind.FIELD && !field.name.value.startsWith('__'))
        into.add(`${fragment.typeCondition.name.value}.${field.name.value}`);
    }
  }
}
