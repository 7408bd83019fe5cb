import { canonicalJson } from '../../lib/canonicalJson';
import type { Customer } from './entities/Customer';

/**
 * Which master-data fields an update really changes, as plain data for the change log. Values are
 * JSON text so that the log stores every field the same way.
 */

export type TrackedField =
  | keyof Pick<
      Customer,
      | 'name'
      | 'legalName'
      | 'duns'
      | 'billingAddress'
      | 'shippingAddress'
      | 'paymentTermsCode'
      | 'creditHold'
      | 'creditScore'
      | 'status'
    >
  | 'creditLimit';

export interface FieldChange {
  field: TrackedField;
  oldValue: string | null;
  newValue: string | null;
}

export type CustomerPatch = Partial<Pick<Customer, Exclude<TrackedField, 'creditLimit'>>> & {
  creditLimit?: { minor: number; currency: string };
};

function json(value: unknown): string | null {
  return value === undefined || value === null ? null : canonicalJson(value);
}

/** The changes `patch` makes to `customer`; fields equal to their current value are not changes. */
export function diffCustomer(customer: Customer, patch: CustomerPatch): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, next] of Object.entries(patch) as [TrackedField, unknown][]) {
    if (next === undefined) continue;
    const current =
      field === 'creditLimit'
        ? customer.creditLimitMinor == null
          ? null
          : { minor: customer.creditLimitMinor, currency: customer.creditLimitCurrency }
        : customer[field];
    const oldValue = json(current);
    const newValue = json(next);
    if (oldValue !== newValue) changes.push({ field, oldValue, newValue });
  }
  return changes;
}

/** Applies a patch to the entity in place. */
export function applyPatch(customer: Customer, patch: CustomerPatch, at: Date): void {
  const { creditLimit, ...fields } = patch;
  for (const [field, value] of Object.entries(fields)) {
    if (value !== undefined) (customer as unknown as Record<string, unknown>)[field] = value;
  }
  if (creditLimit) {
    customer.creditLimitMinor = creditLimit.minor;
    customer.creditLimitCurrency = creditLimit.currency;
  }
  customer.updatedAt = at;
}
