import { isCompositeType, Kind, type DocumentNode, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { collectFields, operationRoot, possibleTypes, type Branch, type Scope } from './collectFields';
import { selectedOperation, type SelectedOperation } from './selectedOperation';

/**
 * Which schema fields an operation touches, before anything runs: the gateway checks them against
 * the policy (to refuse early what can only be denied) and records them for the audit trail.
 * Introspection is not a schema field; `usesIntrospection` reports it on its own.
 */

export interface TouchedField {
  /** `Type.field`, e.g. `Customer.creditLimit`. */
  coordinate: string;
  /** Response keys (aliases) from the root, lists left out, e.g. `customers.edges.node.creditLimit`. */
  responsePath: string;
}

function walk(
  schema: GraphQLSchema,
  operation: SelectedOperation,
  variables: Readonly<Record<string, unknown>>,
  position: { scope: Scope; branches: readonly Branch[]; path: string },
  touched: Map<string, TouchedField>,
): void {
  for (const group of collectFields(schema, operation, variables, position.scope, position.branches).groups) {
    const responsePath = position.path ? `${position.path}.${group.responseKey}` : group.responseKey;
    for (const coordinate of group.fields.flatMap((field) => field.coordinates)) {
      touched.set(`${coordinate} ${responsePath}`, { coordinate, responsePath });
    }
    if (group.branches.length === 0 || !isCompositeType(group.type)) continue;
    const scope: Scope = { type: group.type, runtimeTypes: possibleTypes(schema, group.type) };
    walk(schema, operation, variables, { scope, branches: group.branches, path: responsePath }, touched);
  }
}

export function collectCoordinates(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): TouchedField[] {
  const operation = selectedOperation(document, operationName);
  const root = operation && operationRoot(schema, operation);
  if (!operation || !root) return [];
  const touched = new Map<string, TouchedField>();
  walk(schema, operation, variables, { ...root, path: '' }, touched);
  return [...touched.values()];
}

function selectsIntrospection(
  selectionSet: SelectionSetNode,
  operation: SelectedOperation,
  fragmentsSeen: Set<string>,
): boolean {
  return selectionSet.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name === '__schema' || name === '__type') return true;
      return (
        selection.selectionSet !== undefined && selectsIntrospection(selection.selectionSet, operation, fragmentsSeen)
      );
    }
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return selectsIntrospection(selection.selectionSet, operation, fragmentsSeen);
    const fragment = operation.fragments.get(selection.name.value);
    if (!fragment || fragmentsSeen.has(fragment.name.value)) return false;
    fragmentsSeen.add(fragment.name.value);
    return selectsIntrospection(fragment.selectionSet, operation, fragmentsSeen);
  });
}

/**
 * Whether the operation asks for the schema itself (`__schema`, `__type`; `__typename` is not
 * introspection of the schema). Directives are not evaluated: a conditional introspection counts.
 */
export function usesIntrospection(document: DocumentNode, operationName: string | undefined): boolean {
  const operation = selectedOperation(document, operationName);
  return operation !== undefined && selectsIntrospection(operation.operation.selectionSet, operation, new Set());
}
