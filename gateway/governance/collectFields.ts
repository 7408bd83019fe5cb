import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { isIncluded } from './isIncluded';
import type { SelectedOperation } from './selectedOperation';

/**
 * Flattens the selection sets below one response position into its fields, grouped by response
 * key the way execution merges them: fragments are resolved (each fragment walked at most once per
 * position, and never inside itself, so neither a cycle nor a "fragment bomb" of repeated spreads
 * can make a walk hang), type conditions narrow the object types a value can be, and
 * `@skip`/`@include` are honoured. Shared by the walk over an operation and the walk over a
 * response.
 */

/** Where fields are being selected: the declared type, and the object types the value can be there. */
export interface Scope {
  type: GraphQLCompositeType;
  runtimeTypes: readonly GraphQLObjectType[];
}

/** A selection set to flatten, with the fragments spread on the way to it (to refuse cycles). */
export interface Branch {
  selectionSet: SelectionSetNode;
  fragmentChain: ReadonlySet<string>;
}

export interface CollectedField {
  /**
   * The coordinates this selection reads: on an object type its own; on an interface the
   * interface's and that of every object type the value can be, since the policy classifies
   * object fields.
   */
  coordinates: string[];
}

export interface FieldGroup {
  responseKey: string;
  /** The named type of the values at this key. */
  type: GraphQLNamedType;
  fields: CollectedField[];
  /** The sub-selections below this key, to flatten together for the next position. */
  branches: Branch[];
}

export interface CollectedFields {
  groups: FieldGroup[];
  /** Response keys under which `__typename` was selected (aliases included). */
  typenameKeys: string[];
}

interface Walk {
  schema: GraphQLSchema;
  operation: SelectedOperation;
  variables: Readonly<Record<string, unknown>>;
  groups: Map<string, FieldGroup>;
  typenameKeys: string[];
  spreadsWalked: Set<string>;
}

export function possibleTypes(schema: GraphQLSchema, type: GraphQLCompositeType): readonly GraphQLObjectType[] {
  return isAbstractType(type) ? schema.getPossibleTypes(type) : [type];
}

/** The scope inside a fragment with this type condition; undefined when the fragment can never apply. */
function narrow(schema: GraphQLSchema, scope: Scope, typeCondition: string | undefined): Scope | undefined {
  if (typeCondition === undefined) return scope;
  const type = schema.getType(typeCondition);
  if (!isCompositeType(type)) return undefined;
  const allowed = possibleTypes(schema, type);
  const runtimeTypes = scope.runtimeTypes.filter((candidate) => allowed.includes(candidate));
  return runtimeTypes.length > 0 ? { type, runtimeTypes } : undefined;
}

function definitionOf(type: GraphQLCompositeType, fieldName: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[fieldName] : undefined;
}

function coordinatesOf(scope: Scope, fieldName: string): string[] {
  const own = `${scope.type.name}.${fieldName}`;
  if (isObjectType(scope.type)) return [own];
  return [own, ...scope.runtimeTypes.map((type) => `${type.name}.${fieldName}`)];
}

function addField(walk: Walk, scope: Scope, branch: Branch, node: FieldNode): void {
  const fieldName = node.name.value;
  const responseKey = node.alias?.value ?? fieldName;
  if (fieldName === '__typename') walk.typenameKeys.push(responseKey);
  const definition = fieldName.startsWith('__') ? undefined : definitionOf(scope.type, fieldName);
  if (!definition) return;
  const type = getNamedType(definition.type);
  const key = `${responseKey}:${type.name}`;
  const group = walk.groups.get(key) ?? { responseKey, type, fields: [], branches: [] };
  walk.groups.set(key, group);
  group.fields.push({ coordinates: coordinatesOf(scope, fieldName) });
  if (node.selectionSet) group.branches.push({ selectionSet: node.selectionSet, fragmentChain: branch.fragmentChain });
}

function visit(walk: Walk, scope: Scope, branch: Branch): void {
  for (const selection of branch.selectionSet.selections) {
    if (!isIncluded(selection, walk.operation.operation, walk.variables)) continue;
    if (selection.kind === Kind.FIELD) {
      addField(walk, scope, branch, selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const inner = narrow(walk.schema, scope, selection.typeCondition?.name.value);
      if (inner) visit(walk, inner, { selectionSet: selection.selectionSet, fragmentChain: branch.fragmentChain });
    } else {
      const name = selection.name.value;
      const fragment = walk.operation.fragments.get(name);
      if (!fragment || branch.fragmentChain.has(name)) continue;
      const inner = narrow(walk.schema, scope, fragment.typeCondition.name.value);
      if (!inner) continue;
      const walked = `${name}:${inner.runtimeTypes.map((type) => type.name).join(',')}`;
      if (walk.spreadsWalked.has(walked)) continue;
      walk.spreadsWalked.add(walked);
      visit(walk, inner, {
        selectionSet: fragment.selectionSet,
        fragmentChain: new Set([...branch.fragmentChain, name]),
      });
    }
  }
}

export function collectFields(
  schema: GraphQLSchema,
  operation: SelectedOperation,
  variables: Readonly<Record<string, unknown>>,
  scope: Scope,
  branches: readonly Branch[],
): CollectedFields {
  const walk: Walk = { schema, operation, variables, groups: new Map(), typenameKeys: [], spreadsWalked: new Set() };
  for (const branch of branches) visit(walk, scope, branch);
  return { groups: [...walk.groups.values()], typenameKeys: walk.typenameKeys };
}

/** Where a walk over the operation starts: its root type; undefined if the schema has none for it. */
export function operationRoot(
  schema: GraphQLSchema,
  operation: SelectedOperation,
): { scope: Scope; branches: Branch[] } | undefined {
  const root = schema.getRootType(operation.operation.operation);
  if (!root) return undefined;
  return {
    scope: { type: root, runtimeTypes: [root] },
    branches: [{ selectionSet: operation.operation.selectionSet, fragmentChain: new Set() }],
  };
}
