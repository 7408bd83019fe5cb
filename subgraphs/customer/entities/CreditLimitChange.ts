import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { currencyCode, customerId, instant, minorAmount, regionCode, rowId, status } from '../../kit/entityProperties';
import type { CreditLimitChangeOrigin, CreditLimitChangeStatus } from '../generated/enums';

/**
 * A raise of a customer's credit limit too large for one person (policies/creditLimits.ts): REQUESTED
 * by one principal, a person or the credit-scores job, then APPROVED (and applied) or REJECTED once
 * by another person; SUPERSEDED when a later change of the limit came first. The amounts are copies
 * of the customer's credit limit, kept with the customer's region so the policy decides on them as
 * on Customer.creditLimit.
 */
export const CreditLimitChangeEntity = defineEntity({
  name: 'CreditLimitChange',
  tableName: 'credit_limit_change',
  properties: (p) => ({
    id: rowId(),
    customerId: customerId(),
    region: regionCode(),
    origin: status<CreditLimitChangeOrigin>(),
    currentLimitMinor: minorAmount().nullable(),
    currentLimitCurrency: currencyCode().nullable(),
    proposedLimitMinor: minorAmount(),
    proposedLimitCurrency: currencyCode(),
    reason: p.text(),
    policyVersion: p.string().length(32),
    status: status<CreditLimitChangeStatus>(),
    requestedBy: p.string(),
    requestedAt: instant(),
    decidedBy: p.string().nullable(),
    decidedAt: instant().nullable(),
    decisionNote: p.text().nullable(),
  }),
  indexes: [
    { properties: ['customerId'] },
    { properties: ['status', 'requestedAt'] },
    // At most one change per customer waits: a new one supersedes it first.
    {
      name: 'credit_limit_change_one_waiting',
      expression:
        "create unique index credit_limit_change_one_waiting on credit_limit_change (customer_id) where status = 'REQUESTED'",
    },
  ],
});

export type CreditLimitChange = InferEntity<typeof CreditLimitChangeEntity>;
