import { isCompositeType, isObjectType, type DocumentNode, type GraphQLCompositeType, type GraphQLSchema } from 'graphql';
import type { PolicyPlan } from '../../policies/compile';
import { collectFields, operationRoot, possibleTypes, type Branch, type Scope } from './collectFields';
import { selectedOperation, type SelectedOperation } from './selectedOperation';

/**
 * How many records of each type a response disclosed classified values of, counted after
 * execution by walking the response alongside the operation: what the audit trail records and
 * what bulk-export alerts compare with their thresholds. An object counts once when at least one
 * classified field selected on it holds a value (not null; an empty list is a value).
 */

interface Walk {
  schema: GraphQLSchema;
  operation: SelectedOperation;
  variables: Readonly<Record<string, unknown>>;
  plan: PolicyPlan;
  counts: Record<string, number>;
}

type ResponseObject = Record<string, unknown>;

/**
 * The scope of one response object: its object type when the schema declares one or the response
 * names it in `__typename` (aliased or not); otherwise the declared interface or union, with every
 * object type it can be.
 */
function scopeOf(walk: Walk, object: ResponseObject, declared: GraphQLCompositeType, branches: readonly Branch[]): Scope {
  if (isObjectType(declared)) return { type: declared, runtimeTypes: [declared] };
  const candidates = possibleTypes(walk.schema, declared);
  const { typenameKeys } = collectFields(walk.schema, walk.operation, walk.variables, { type: declared, runtimeTypes: candidates }, branches);
  const typename = ['__typename', ...typenameKeys].map((key) => object[key]).find((value) => typeof value === 'string');
  const runtime = candidates.find((candidate) => candidate.name === typename);
  return runtime ? { type: runtime, runtimeTypes: [runtime] } : { type: declared, runtimeTypes: candidates };
}

function walkValue(walk: Walk, value: unknown, declared: GraphQLCompositeType, branches: readonly Branch[]): void {
  if (Array.isArray(value)) for (const element of value) walkValue(walk, element, declared, branches);
  else if (typeof value === 'object' && value !== null) walkObject(walk, value as ResponseObject, declared, branches);
}

function walkObject(walk: Walk, object: ResponseObject, declared: GraphQLCompositeType, branches: readonly Branch[]): void {
  const scope = scopeOf(walk, object, declared, branches);
  const { groups } = collectFields(walk.schema, walk.operation, walk.variables, scope, branches);
  const disclosesClassified = groups.some(
    (group) =>
      object[group.responseKey] != null &&
      group.fields.some((field) => field.coordinates.some((coordinate) => walk.plan.fields[coordinate] !== undefined)),
  );
  if (disclosesClassified) walk.counts[scope.type.name] = (walk.counts[scope.type.name] ?? 0) + 1;
  for (const group of groups) {
    if (isCompositeType(group.type) && group.branches.length > 0) walkValue(walk, object[group.responseKey], group.type, group.branches);
  }
}

export function countSensitiveRecords(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
  data: unknown,
  plan: PolicyPlan,
): Record<string, number> {
  const operation = selectedOperation(document, operationName);
  const root = operation && operationRoot(schema, operation);
  if (!operation || !root || typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  const walk: Walk = { schema, operation, variables, plan, counts: {} };
  walkObject(walk, data as ResponseObject, root.scope.type, root.branches);
  return walk.counts;
}
