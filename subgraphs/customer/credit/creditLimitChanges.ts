import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { badUserInput, forbidden, notFound } from '../../../lib/errors';
import { isJobPrincipal } from '../../../lib/jobs/catalogue';
import type { MinorMoney } from '../../../lib/money';
import { CREDIT_LIMIT_POLICY, limitChangeNeedsApproval } from '../../../policies/creditLimits';
import { assertDifferentApprover } from '../../../policies/makerChecker';
import { assertMayReadRaw } from '../../kit/lookups';
import { assertVisible } from '../../kit/rowScope';
import { changeCustomer } from '../changeCustomer';
import type { CustomerContext } from '../context';
import { CreditLimitChangeEntity, type CreditLimitChange } from '../entities/CreditLimitChange';
import { CustomerEntity, type Customer } from '../entities/Customer';
import type { CreditLimitChangeOrigin } from '../generated/enums';

/**
 * Maker-checker on credit limits: a raise above the credit-limit policy's threshold waits as a
 * credit-limit change until a person other than its maker (and never a job) approves it; approval
 * applies it through the change path, the change log naming both. Messages name customers and
 * changes, never an amount: a limit is classified, and a refusal reaches whoever asked.
 */

export interface LimitRequest {
  origin: CreditLimitChangeOrigin;
  requestedBy: string;
  reason: string;
}

export function limitOf(customer: Customer): MinorMoney | null {
  return customer.creditLimitMinor == null || customer.creditLimitCurrency == null
    ? null
    : { minor: customer.creditLimitMinor, currency: customer.creditLimitCurrency };
}

const sameMoney = (a: MinorMoney | null, b: MinorMoney | null) =>
  a === b || (a !== null && b !== null && a.minor === b.minor && a.currency === b.currency);

/**
 * Where a change of `customer`'s limit to `proposed` goes: UNCHANGED when it is the limit already;
 * APPLY when one person may make it (the caller applies it with the rest of its change); else
 * AWAIT_APPROVAL, a credit-limit change now waiting. Any change of the limit supersedes the one
 * that waited before, whose raise would otherwise start from a limit no longer in force.
 */
export async function routeLimitChange(
  em: SqlEntityManager,
  customer: Customer,
  proposed: MinorMoney,
  request: LimitRequest,
): Promise<'UNCHANGED' | 'APPLY' | 'AWAIT_APPROVAL'> {
  const current = limitOf(customer);
  if (sameMoney(current, proposed)) return 'UNCHANGED';
  const awaits = limitChangeNeedsApproval(current, proposed);
  const id = `clc_${randomUUID()}`;
  const now = new Date();
  const waiting = await em.findOne(CreditLimitChangeEntity, { customerId: customer.id, status: 'REQUESTED' });
  if (waiting) {
    Object.assign(waiting, {
      status: 'SUPERSEDED',
      decidedAt: now,
      decisionNote: awaits
        ? `superseded by credit-limit change ${id}`
        : `superseded: ${request.requestedBy} changed the limit at once`,
    });
    // Flushed before the new change is made: only one change of a customer may wait at a time.
    await em.flush();
  }
  if (!awaits) return 'APPLY';
  em.create(CreditLimitChangeEntity, {
    id,
    customerId: customer.id,
    region: customer.region,
    origin: request.origin,
    currentLimitMinor: current?.minor ?? null,
    currentLimitCurrency: current?.currency ?? null,
    proposedLimitMinor: proposed.minor,
    proposedLimitCurrency: proposed.currency,
    reason: request.reason,
    policyVersion: CREDIT_LIMIT_POLICY.version,
    status: 'REQUESTED',
    requestedBy: request.requestedBy,
    requestedAt: now,
  });
  return 'AWAIT_APPROVAL';
}

/** Approves (applying the limit) or rejects a waiting credit-limit change. */
export async function decideCreditLimitChange(
  context: CustomerContext,
  id: string,
  status: 'APPROVED' | 'REJECTED',
  note: string | null,
): Promise<CreditLimitChange> {
  const decider = context.principal.sub;
  return context.em.transactional(async (em) => {
    const change = await em.findOne(CreditLimitChangeEntity, { id });
    if (!change) throw notFound(`no credit-limit change ${id}`);
    const what = `Credit-limit change ${id}`;
    assertVisible(context, change.region, what);
    // Nobody decides on amounts the policy would not let them see.
    assertMayReadRaw(context, 'Customer.creditLimit', change.region, what);
    if (change.status !== 'REQUESTED')
      throw badUserInput(`credit-limit change ${id} was already ${change.status.toLowerCase()}`);
    if (isJobPrincipal(decider)) throw forbidden(`${what} needs a person's decision; a job cannot make it`);
    assertDifferentApprover(change.requestedBy, decider, what);
    Object.assign(change, { status, decidedBy: decider, decidedAt: new Date(), decisionNote: note });
    if (status === 'REJECTED') return change;
    const customer = await em.findOne(CustomerEntity, { id: change.customerId });
    if (!customer || customer.mergedInto)
      throw badUserInput(`customer ${change.customerId} was merged into another since; reject ${id} and ask again`);
    const requestedFrom =
      change.currentLimitMinor == null || change.currentLimitCurrency == null
        ? null
        : { minor: change.currentLimitMinor, currency: change.currentLimitCurrency };
    if (!sameMoney(limitOf(customer), requestedFrom))
      throw badUserInput(
        `the credit limit of customer ${customer.id} changed since ${id} was requested; reject it and ask again`,
      );
    await changeCustomer(
      em,
      customer,
      { creditLimit: { minor: change.proposedLimitMinor, currency: change.proposedLimitCurrency } },
      {
        actor: decider,
        reason: `${change.reason} (credit-limit change ${id}: requested by ${change.requestedBy}, approved by ${decider}${note ? `: ${note}` : ''})`,
      },
    );
    return change;
  });
}
