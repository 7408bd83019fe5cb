import { p, type InferEntityFromProperties, type PrimaryKeyProp } from '@mikro-orm/core';
import { instant, status } from '../../kit/entityProperties';
import type { ApprovalStatus } from '../generated/enums';

/**
 * The columns of the contract subgraph's maker-checker requests (write-offs, discounts, pricing
 * tier changes): REQUESTED by one principal, then APPROVED or REJECTED once by another
 * (approvals.ts holds what they do).
 */

/** The columns every approval request has, for its entity; fresh builders on each call, one set per entity. */
export function approvalProperties() {
  return {
    status: status<ApprovalStatus>(),
    requestedBy: p.string(),
    requestedAt: instant(),
    decidedBy: p.string().nullable(),
    decidedAt: instant().nullable(),
    decisionNote: p.text().nullable(),
  };
}

/** What the helpers below need of a request: its id, its region and the approval columns. */
export type ApprovalRequest = { id: string; region: string } & Omit<
  InferEntityFromProperties<ReturnType<typeof approvalProperties>>,
  typeof PrimaryKeyProp
>;
