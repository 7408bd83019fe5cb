import { forbidden } from '../lib/errors';

/**
 * Maker-checker (four eyes): whoever asked for a change may never be the one who approves it.
 * Which roles may ask and approve is in the policy's `mutations`; this is the rule on top.
 */
export function assertDifferentApprover(requestedBy: string, approver: string, what: string): void {
  if (requestedBy === approver) {
    throw forbidden(`${what} was requested by you; another person must approve or reject it`);
  }
}
