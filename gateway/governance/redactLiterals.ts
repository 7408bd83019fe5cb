import { Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { REDACTED } from './redactVariables';

/**
 * The operation text as the audit trail keeps it: string literals replaced and long numbers
 * zeroed, because a client may write an IBAN or a card number inline instead of in a variable.
 * Short numbers (page sizes) and enums stay where they are a whole argument, so the text still
 * shows what was asked; inside an input object or list every number and boolean is replaced too,
 * since it may be a field of a classified attribute (a card's expiry month, a credit hold).
 */
const LONGEST_KEPT_NUMBER = 6;

const REDACTED_VALUE: ValueNode = { kind: Kind.STRING, value: REDACTED, block: false };

function withinInput(value: ValueNode): ValueNode {
  return value.kind === Kind.INT || value.kind === Kind.FLOAT || value.kind === Kind.BOOLEAN ? REDACTED_VALUE : value;
}

export function redactLiterals(document: DocumentNode): DocumentNode {
  return visit(document, {
    [Kind.STRING]: (node) => ({ ...node, value: REDACTED, block: false }),
    [Kind.INT]: (node) =>
      node.value.replace('-', '').length > LONGEST_KEPT_NUMBER ? { ...node, value: '0' } : undefined,
    [Kind.FLOAT]: (node) =>
      node.value.replace(/[-.eE+]/g, '').length > LONGEST_KEPT_NUMBER ? { ...node, value: '0' } : undefined,
    [Kind.OBJECT_FIELD]: (node) => ({ ...node, value: withinInput(node.value) }),
    [Kind.LIST]: (node) => ({ ...node, values: node.values.map(withinInput) }),
  });
}
