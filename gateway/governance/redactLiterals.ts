import { Kind, visit, type DocumentNode } from 'graphql';
import { REDACTED } from './redactVariables';

/**
 * The operation text as the audit trail keeps it: string literals replaced and long numbers
 * zeroed, because a client may write an IBAN or a card number inline instead of in a variable.
 * Short numbers (page sizes, months) and enums stay, so the text still shows what was asked.
 */
const LONGEST_KEPT_NUMBER = 6;

export function redactLiterals(document: DocumentNode): DocumentNode {
  return visit(document, {
    [Kind.STRING]: (node) => ({ ...node, value: REDACTED, block: false }),
    [Kind.INT]: (node) => (node.value.replace('-', '').length > LONGEST_KEPT_NUMBER ? { ...node, value: '0' } : undefined),
    [Kind.FLOAT]: (node) => (node.value.replace(/[-.eE+]/g, '').length > LONGEST_KEPT_NUMBER ? { ...node, value: '0' } : undefined),
  });
}
