import { Kind, type DirectiveNode, type OperationDefinitionNode } from 'graphql';

/**
 * Whether `@skip` / `@include` leave a selection in the operation. When a condition cannot be
 * known (a variable neither sent nor defaulted, or not a boolean), the selection counts as
 * included: governance would rather over-report what an operation touches than miss a field.
 */

type Condition = boolean | undefined;

function variableValue(
  name: string,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): Condition {
  if (Object.hasOwn(variables, name)) {
    const value = variables[name];
    return typeof value === 'boolean' ? value : undefined;
  }
  const fallback = operation.variableDefinitions?.find(
    (definition) => definition.variable.name.value === name,
  )?.defaultValue;
  return fallback?.kind === Kind.BOOLEAN ? fallback.value : undefined;
}

function condition(
  directives: readonly DirectiveNode[] | undefined,
  directiveName: 'skip' | 'include',
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): Condition {
  const value = directives
    ?.find((directive) => directive.name.value === directiveName)
    ?.arguments?.find((argument) => argument.name.value === 'if')?.value;
  if (value?.kind === Kind.BOOLEAN) return value.value;
  if (value?.kind === Kind.VARIABLE) return variableValue(value.name.value, operation, variables);
  return undefined;
}

export function isIncluded(
  node: { readonly directives?: readonly DirectiveNode[] },
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): boolean {
  return (
    condition(node.directives, 'skip', operation, variables) !== true &&
    condition(node.directives, 'include', operation, variables) !== false
  );
}
