import type { CustomerFacts } from '../../kit/customerDirectory';

/**
 * The customer fields whose current value the audit service reads itself, from what the customer
 * master tells it (kit/customerDirectory.ts): a dispute about one of them records the value as it
 * stands, whatever the opener may or may not see of it. Other values are given by the opener.
 */
const CAPTURED_FROM_FACTS: Readonly<Record<string, (facts: CustomerFacts) => unknown>> = {
  'Customer.creditLimit': (facts) => facts.creditLimit ?? null,
  'Customer.creditHold': (facts) => facts.creditHold,
};

/** Whether the server reads the value of `coordinate` on a record of `recordType` itself. */
export function isCapturedByServer(recordType: string, coordinate: string): boolean {
  return recordType === 'Customer' && Object.hasOwn(CAPTURED_FROM_FACTS, coordinate);
}

export function capturedValue(coordinate: string, facts: CustomerFacts): unknown {
  return CAPTURED_FROM_FACTS[coordinate](facts);
}
