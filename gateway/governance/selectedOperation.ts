import {
  getOperationAST,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';

/**
 * The operation a request runs, picked from its document the way graphql-js picks it, together with
 * the fragments it can spread: what every analysis of an operation starts from.
 */

export interface SelectedOperation {
  operation: OperationDefinitionNode;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
}

/** Undefined when the document has no such operation (or several and no name was given). */
export function selectedOperation(
  document: DocumentNode,
  operationName: string | undefined,
): SelectedOperation | undefined {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return { operation, fragments };
}
