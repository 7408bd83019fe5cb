import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, json, rowId, status } from '../../kit/entityProperties';
import type { Parties } from '../../../policies/dataDomains';

/**
 * One version of the RACI of a data domain or of one attribute (policies/dataDomains.ts): proposed
 * by a steward, approved or rejected by another person (the domain's accountable, or an admin).
 * Versions are never changed once decided nor deleted: the approved one decided last is in force,
 * and the others are its history.
 */
export const StewardshipAssignmentEntity = defineEntity({
  name: 'StewardshipAssignment',
  tableName: 'stewardship_assignment',
  properties: (p) => ({
    id: rowId(),
    /** `domain:<name>` for a domain, or the attribute's field coordinate. */
    subject: p.string().length(160),
    /** 1, 2, ... per subject, in the order proposed. */
    version: p.integer(),
    /** PROPOSED, APPROVED or REJECTED. */
    status: status<'PROPOSED' | 'APPROVED' | 'REJECTED'>(),
    responsible: json<Parties>(),
    accountable: json<Parties>(),
    consulted: json<Parties>(),
    informed: json<Parties>(),
    reason: p.text(),
    proposedBy: p.string(),
    proposedAt: instant(),
    decidedBy: p.string().nullable(),
    decidedAt: instant().nullable(),
    decisionNote: p.text().nullable(),
  }),
  uniques: [{ properties: ['subject', 'version'] }],
  indexes: [{ properties: ['status'] }],
});

export type StewardshipAssignment = InferEntity<typeof StewardshipAssignmentEntity>;
