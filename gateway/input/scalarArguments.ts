import {
  GraphQLError,
  Kind,
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  valueFromASTUntyped,
  type FieldNode,
  type GraphQLField,
  type GraphQLInputType,
  type OperationDefinitionNode,
  type ValueNode,
  type VariableDefinitionNode,
} from 'graphql';
import { SCALAR_INPUT } from '../../lib/scalars';

/**
 * Reads every value a field's arguments send to a custom scalar (Date, DateTime), as a literal or
 * through a variable, the way the subgraphs' scalars read it (lib/scalars.ts), and names it by the
 * argument path it was sent as, e.g. `input.obligations[0].startDate`. The walk that measures the
 * operation (gateway/limits/measureOperation.ts) calls it for each field it reaches, so the
 * document is walked once. Follows the input types, not the values, so no nesting a client sends
 * takes it deeper than the schema goes.
 */

/** The values an operation's variables hold: those sent, else the defaults their definitions give. */
export interface SentValues {
  variables: Readonly<Record<string, unknown>>;
  definitions: ReadonlyMap<string, VariableDefinitionNode>;
}

type Read = (value: unknown, field: string) => unknown;

function readerOf(scalarName: string): Read | undefined {
  return Object.hasOwn(SCALAR_INPUT, scalarName) ? SCALAR_INPUT[scalarName as keyof typeof SCALAR_INPUT] : undefined;
}

export function sentValues(
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): SentValues {
  const definitions = new Map(
    (operation.variableDefinitions ?? []).map((definition) => [definition.variable.name.value, definition]),
  );
  return { variables, definitions };
}

function readJson(value: unknown, type: GraphQLInputType, path: string): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value)) value.forEach((item, i) => readJson(item, nullable.ofType, `${path}[${i}]`));
    else readJson(value, nullable.ofType, path);
  } else if (isInputObjectType(nullable)) {
    if (typeof value !== 'object') return;
    for (const [name, field] of Object.entries(nullable.getFields()))
      readJson((value as Record<string, unknown>)[name], field.type, `${path}.${name}`);
  } else if (isScalarType(nullable)) {
    readerOf(nullable.name)?.(value, path);
  }
}

function readLiteral(sent: SentValues, node: ValueNode, type: GraphQLInputType, path: string): void {
  if (node.kind === Kind.NULL) return;
  if (node.kind === Kind.VARIABLE) {
    const name = node.name.value;
    const value = Object.hasOwn(sent.variables, name) ? sent.variables[name] : undefined;
    const fallback = sent.definitions.get(name)?.defaultValue;
    if (value !== undefined) readJson(value, type, path);
    else if (fallback) readLiteral(sent, fallback, type, path);
    return;
  }
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (node.kind === Kind.LIST)
      node.values.forEach((item, i) => readLiteral(sent, item, nullable.ofType, `${path}[${i}]`));
    else readLiteral(sent, node, nullable.ofType, path);
  } else if (isInputObjectType(nullable)) {
    if (node.kind !== Kind.OBJECT) return;
    const fields = nullable.getFields();
    for (const field of node.fields) {
      const definition = fields[field.name.value];
      if (definition) readLiteral(sent, field.value, definition.type, `${path}.${field.name.value}`);
    }
  } else if (isScalarType(nullable)) {
    readerOf(nullable.name)?.(valueFromASTUntyped(node), path);
  }
}

/** The first of this field's arguments that a scalar will not read, as its BAD_USER_INPUT; undefined when all read. */
export function badScalarArgument(
  sent: SentValues,
  node: FieldNode,
  field: GraphQLField<unknown, unknown>,
): GraphQLError | undefined {
  try {
    for (const argument of node.arguments ?? []) {
      const definition = field.args.find((candidate) => candidate.name === argument.name.value);
      if (definition) readLiteral(sent, argument.value, definition.type, argument.name.value);
    }
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  return undefined;
}
