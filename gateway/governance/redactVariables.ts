import {
  getNamedType,
  getOperationAST,
  isEnumType,
  isListType,
  isNonNullType,
  typeFromAST,
  type DocumentNode,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';

/**
 * The variables of an operation as they may be logged and audited: identifiers, numbers, booleans
 * and enum values are kept because they say what was asked without holding personal or financial
 * data; every other value (text, dates, money, input objects) becomes '[redacted]'. A kept type
 * keeps only a value of its own kind, so a wrongly typed value that execution will reject is
 * redacted too. Null stays null: it discloses nothing.
 */

export const REDACTED = '[redacted]';

function isKept(type: GraphQLType, value: unknown): boolean {
  const named = getNamedType(type);
  if (isEnumType(named)) return typeof value === 'string' && named.getValue(value) !== undefined;
  switch (named.name) {
    case 'ID':
      return typeof value === 'string' || typeof value === 'number';
    case 'Int':
    case 'Float':
      return typeof value === 'number';
    case 'Boolean':
      return typeof value === 'boolean';
    default:
      return false;
  }
}

function redact(type: GraphQLType, value: unknown): unknown {
  if (value === null) return null;
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable) && Array.isArray(value)) return value.map((element) => redact(nullable.ofType, element));
  return isKept(nullable, value) ? value : REDACTED;
}

export function redactVariables(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  const operation = getOperationAST(document, operationName);
  const redacted: Record<string, unknown> = {};
  for (const definition of operation?.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (!Object.hasOwn(variables, name)) continue;
    const type = typeFromAST(schema, definition.type);
    redacted[name] = type ? redact(type, variables[name]) : REDACTED;
  }
  return redacted;
}
