import { badUserInput } from '../../../lib/errors';
import { requiredText } from '../../../lib/textInput';
import type { RecordClass } from '../../../policies/retention';
import type { LegalHoldInput } from '../generated/resolvers';

/** A hold's scope and description as checked input: every part bounded, at least one part of the scope given. */

export const MAX_HELD_CUSTOMERS = 1000;
const MAX_ID_CHARS = 40;

export interface CheckedHold {
  matter: string;
  description: string;
  customerIds: string[];
  recordClasses: RecordClass[];
  fromDate: string | null;
  toDate: string | null;
}

export function checkedHold(input: LegalHoldInput): CheckedHold {
  const matter = requiredText(input.matter, 'matter', 200);
  const description = requiredText(input.description, 'description', 2000);
  const customerIds = [...new Set(input.customerIds ?? [])];
  if (customerIds.length > MAX_HELD_CUSTOMERS)
    throw badUserInput(`a hold names at most ${MAX_HELD_CUSTOMERS} customers`, 'customerIds');
  if (customerIds.some((id) => id.length === 0 || id.length > MAX_ID_CHARS))
    throw badUserInput(`a customer id has 1 to ${MAX_ID_CHARS} characters`, 'customerIds');
  const recordClasses = [...new Set(input.recordClasses ?? [])];
  const fromDate = input.from ?? null;
  const toDate = input.to ?? null;
  if (fromDate !== null && toDate !== null && fromDate > toDate)
    throw badUserInput('`from` must not be after `to`', 'from');
  if (customerIds.length === 0 && recordClasses.length === 0 && fromDate === null && toDate === null)
    throw badUserInput('a hold needs a scope: customer ids, record classes or a date range', 'input');
  return { matter, description, customerIds, recordClasses, fromDate, toDate };
}
