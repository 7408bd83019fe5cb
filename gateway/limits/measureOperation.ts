import {
  getNamedType,
  getNullableType,
  getOperationAST,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { badScalarArgument, sentValues, type SentValues } from '../input/scalarArguments';

/**
 * What a parsed operation asks for, before it is validated or planned: how deep its fields nest,
 * how many aliases and root fields it has, what it may cost, and whether the days and instants its
 * arguments send read as such (gateway/input/scalarArguments.ts, on the walk that weighs the cost,
 * so nothing walks the document again for them). Fragments count where they are
 * spread (each measured once, however often it is spread, and a fragment spreading itself counts
 * nothing: validation refuses it). Run only on documents whose text passed measureSource, so the
 * nesting, and with it the recursion here, is bounded.
 *
 * Cost, in the manner of the IBM GraphQL cost specification: every object in an answer costs 1,
 * scalars are free; a list multiplies what it holds by its size, read from the field's `first`
 * argument (a connection's `first` sizes its `edges`), else the page size for paginated fields,
 * else an assumed size.
 */

export interface OperationMeasure {
  depth: number;
  aliases: number;
  rootFields: number;
  cost: number;
  /** The first Date or DateTime argument, literal or through a variable, that is not one: its BAD_USER_INPUT. */
  badArgument: GraphQLError | undefined;
}

export interface CostOptions {
  /** The request's variables, where a `first` or a day may be sent. */
  variables: Readonly<Record<string, unknown>>;
  /** Size of a list with a `first` argument left out (the resolvers' largest page). */
  pageSize: number;
  /** Size of a list without one. */
  assumedListSize: number;
}

interface Measuring {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  options: CostOptions;
  memo: Map<string, number>;
  visiting: Set<string>;
  sent: SentValues;
  badArgument?: GraphQLError;
}

/** Measures a fragment once per purpose; a fragment reached from itself measures 0. */
function viaFragment(
  measuring: Measuring,
  key: string,
  name: string,
  measure: (fragment: FragmentDefinitionNode) => number,
): number {
  const fragment = measuring.fragments.get(name);
  if (!fragment || measuring.visiting.has(name)) return 0;
  const known = measuring.memo.get(key);
  if (known !== undefined) return known;
  measuring.visiting.add(name);
  const value = measure(fragment);
  measuring.visiting.delete(name);
  measuring.memo.set(key, value);
  return value;
}

/** The deepest field path below this selection set, counting the fields of the set itself. */
function depthOf(measuring: Measuring, selectionSet: SelectionSetNode): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD)
      deepest = Math.max(deepest, 1 + (selection.selectionSet ? depthOf(measuring, selection.selectionSet) : 0));
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      deepest = Math.max(deepest, depthOf(measuring, selection.selectionSet));
    else
      deepest = Math.max(
        deepest,
        viaFragment(measuring, `depth:${selection.name.value}`, selection.name.value, (f) =>
          depthOf(measuring, f.selectionSet),
        ),
      );
  }
  return deepest;
}

/** Fields selected directly in this set, through fragments. */
function fieldsOf(measuring: Measuring, selectionSet: SelectionSetNode): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += fieldsOf(measuring, selection.selectionSet);
    else
      count += viaFragment(measuring, `fields:${selection.name.value}`, selection.name.value, (f) =>
        fieldsOf(measuring, f.selectionSet),
      );
  }
  return count;
}

function countAliases(document: DocumentNode): number {
  let aliases = 0;
  const pending: SelectionSetNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION)
      pending.push(definition.selectionSet);
  }
  for (let set = pending.pop(); set; set = pending.pop()) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD && selection.alias) aliases += 1;
      if (selection.kind !== Kind.FRAGMENT_SPREAD && selection.selectionSet) pending.push(selection.selectionSet);
    }
  }
  return aliases;
}

function argumentValue(measuring: Measuring, node: FieldNode, name: string): unknown {
  const argument = node.arguments?.find((a) => a.name.value === name);
  if (!argument) return undefined;
  if (argument.value.kind === Kind.INT) return Number(argument.value.value);
  if (argument.value.kind === Kind.VARIABLE) return measuring.options.variables[argument.value.name.value];
  return undefined;
}

/**
 * How many items a list field holds: its `first` (at most the largest page: more is refused by the
 * field itself), the page size when `first` is left out, else the assumed size.
 */
function listSize(
  measuring: Measuring,
  node: FieldNode,
  field: GraphQLField<unknown, unknown>,
  given: number | undefined,
): number {
  const first = argumentValue(measuring, node, 'first');
  if (typeof first === 'number' && Number.isFinite(first) && first >= 0)
    return Math.min(first, measuring.options.pageSize);
  if (field.args.some((arg) => arg.name === 'first')) return measuring.options.pageSize;
  return given ?? measuring.options.assumedListSize;
}

function fieldOf(type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

/**
 * What this selection set costs below `type`; `edgesSize` sizes an `edges` list for a sliced
 * connection. On the way it reads the Date and DateTime arguments of every field it reaches,
 * leaves included.
 */
function costOf(
  measuring: Measuring,
  selectionSet: SelectionSetNode,
  type: GraphQLNamedType,
  edgesSize: number | undefined,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const narrowed = selection.typeCondition ? measuring.schema.getType(selection.typeCondition.name.value) : type;
      if (narrowed) cost += costOf(measuring, selection.selectionSet, narrowed, edgesSize);
      continue;
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value;
      cost += viaFragment(measuring, `cost:${name}:${edgesSize ?? ''}`, name, (fragment) => {
        const condition = measuring.schema.getType(fragment.typeCondition.name.value);
        return condition ? costOf(measuring, fragment.selectionSet, condition, edgesSize) : 0;
      });
      continue;
    }
    const field = fieldOf(type, selection.name.value);
    if (!field) continue;
    measuring.badArgument ??= badScalarArgument(measuring.sent, selection, field);
    const named = getNamedType(field.type);
    if (!isCompositeType(named)) continue;
    const isList = isListType(getNullableType(field.type));
    const size = isList
      ? listSize(measuring, selection, field, selection.name.value === 'edges' ? edgesSize : undefined)
      : 1;
    const sliced =
      !isList && field.args.some((arg) => arg.name === 'first')
        ? listSize(measuring, selection, field, undefined)
        : undefined;
    const below = selection.selectionSet ? costOf(measuring, selection.selectionSet, named, sliced) : 0;
    cost += size * (1 + below);
  }
  return cost;
}

export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  options: CostOptions,
): OperationMeasure {
  const operation = getOperationAST(document, operationName);
  const aliases = countAliases(document);
  const root = operation ? schema.getRootType(operation.operation) : undefined;
  if (!operation || !root) return { depth: 0, aliases, rootFields: 0, cost: 0, badArgument: undefined };
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const measuring: Measuring = {
    schema,
    fragments,
    options,
    memo: new Map(),
    visiting: new Set(),
    sent: sentValues(operation, options.variables),
  };
  return {
    depth: depthOf(measuring, operation.selectionSet),
    aliases,
    rootFields: fieldsOf(measuring, operation.selectionSet),
    cost: costOf(measuring, operation.selectionSet, root, undefined),
    badArgument: measuring.badArgument,
  };
}
