import {
  Kind,
  TypeInfo,
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  separateOperations,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import { SCALAR_INPUT } from '../../lib/scalars';

/**
 * Reads every value an operation sends to a custom scalar (Date, DateTime), as a literal or through
 * a variable, the way the subgraphs' scalars read it (lib/scalars.ts), and names it by the argument
 * path it was sent as, e.g. `input.obligations[0].startDate`. Throws the first refusal, a
 * BAD_USER_INPUT. Walks only the operation that runs and its fragments, and follows the input
 * types, not the values, so no nesting a client sends takes it deeper than the schema goes.
 */

type Read = (value: unknown, field: string) => unknown;

function readerOf(scalarName: string): Read | undefined {
  return Object.hasOwn(SCALAR_INPUT, scalarName) ? SCALAR_INPUT[scalarName as keyof typeof SCALAR_INPUT] : undefined;
}

export function checkScalarArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): void {
  const definitions = new Map(
    (operation.variableDefinitions ?? []).map((definition) => [definition.variable.name.value, definition]),
  );

  const checkJson = (value: unknown, type: GraphQLInputType, path: string): void => {
    if (value === null || value === undefined) return;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      if (Array.isArray(value)) value.forEach((item, i) => checkJson(item, nullable.ofType, `${path}[${i}]`));
      else checkJson(value, nullable.ofType, path);
    } else if (isInputObjectType(nullable)) {
      if (typeof value !== 'object') return;
      for (const [name, field] of Object.entries(nullable.getFields()))
        checkJson((value as Record<string, unknown>)[name], field.type, `${path}.${name}`);
    } else if (isScalarType(nullable)) {
      readerOf(nullable.name)?.(value, path);
    }
  };

  const checkLiteral = (node: ValueNode, type: GraphQLInputType, path: string): void => {
    if (node.kind === Kind.NULL) return;
    if (node.kind === Kind.VARIABLE) {
      const definition = definitions.get(node.name.value);
      const value = Object.hasOwn(variables, node.name.value) ? variables[node.name.value] : undefined;
      if (value !== undefined) checkJson(value, type, path);
      else if (definition?.defaultValue) checkLiteral(definition.defaultValue, type, path);
      return;
    }
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      if (node.kind === Kind.LIST)
        node.values.forEach((item, i) => checkLiteral(item, nullable.ofType, `${path}[${i}]`));
      else checkLiteral(node, nullable.ofType, path);
    } else if (isInputObjectType(nullable)) {
      if (node.kind !== Kind.OBJECT) return;
      const fields = nullable.getFields();
      for (const field of node.fields) {
        const definition = fields[field.name.value];
        if (definition) checkLiteral(field.value, definition.type, `${path}.${field.name.value}`);
      }
    } else if (isScalarType(nullable)) {
      readerOf(nullable.name)?.(valueFromASTUntyped(node), path);
    }
  };

  const running = separateOperations(document)[operation.name?.value ?? ''] ?? document;
  const typeInfo = new TypeInfo(schema);
  visit(
    running,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (argument) checkLiteral(node.value, argument.type, node.name.value);
      },
    }),
  );
}
