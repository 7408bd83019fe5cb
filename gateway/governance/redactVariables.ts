import {
  getNamedType,
  getOperationAST,
  isEnumType,
  isListType,
  isNonNullType,
  Kind,
  typeFromAST,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type GraphQLType,
  type ValueNode,
} from 'graphql';

/**
 * The variables of an operation as they may be logged and audited: identifiers, numbers, booleans
 * and enum values are kept because they say what was asked without holding personal or financial
 * data; every other value (text, dates, money, input objects) becomes '[redacted]'. A kept type
 * keeps only a value of its own kind, so a wrongly typed value that execution will reject is
 * redacted too. A variable placed inside an input object or list written in the operation is
 * redacted whatever its type: it may be a field of a classified attribute (a card's expiry month,
 * a credit hold). Null stays null: it discloses nothing.
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

/** Variables used inside an object or list value written in the document, rather than as a whole argument. */
function nestedVariables(document: DocumentNode): Set<string> {
  const nested = new Set<string>();
  const collect = (value: ValueNode) => {
    if (value.kind === Kind.VARIABLE) nested.add(value.name.value);
    else if (value.kind === Kind.OBJECT) value.fields.forEach((field) => collect(field.value));
    else if (value.kind === Kind.LIST) value.values.forEach(collect);
  };
  visit(document, {
    Argument(argument) {
      if (argument.value.kind === Kind.OBJECT || argument.value.kind === Kind.LIST) collect(argument.value);
    },
  });
  return nested;
}

export function redactVariables(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  const operation = getOperationAST(document, operationName);
  const nested = nestedVariables(document);
  const redacted: Record<string, unknown> = {};
  for (const definition of operation?.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (!Object.hasOwn(variables, name)) continue;
    const type = typeFromAST(schema, definition.type);
    redacted[name] =
      type && !nested.has(name) ? redact(type, variables[name]) : variables[name] === null ? null : REDACTED;
  }
  return redacted;
}
