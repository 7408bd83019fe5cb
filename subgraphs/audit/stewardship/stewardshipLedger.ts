import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { badUserInput, notFound } from '../../../lib/errors';
import type { Principal } from '../../../lib/principal';
import {
  STARTING_ASSIGNMENT_REVIEW,
  STARTING_RACI,
  STEWARDSHIP_REVIEWER_ROLES,
  subjectKey,
  type Raci,
  type StewardshipSubject,
} from '../../../policies/dataDomains';
import { assertDifferentApprover } from '../../../policies/makerChecker';
import { assertRoutedTo } from '../../../policies/stewardRouting';
import { inTransaction } from '../../kit/transaction';
import { StewardshipAssignmentEntity, type StewardshipAssignment } from '../entities/StewardshipAssignment';
import {
  assignmentsInForce,
  domainOfSubjectKey,
  effectiveStewardship,
  NO_RACI,
  type AssignmentFacts,
  type EffectiveStewardship,
} from './raci';

/** The stored RACI entries: proposals, their review, and what is in force. */

export function raciOf(row: StewardshipAssignment): Raci {
  const { responsible, accountable, consulted, informed } = row;
  return { responsible, accountable, consulted, informed };
}

export function factsOf(row: StewardshipAssignment): AssignmentFacts & StewardshipAssignment {
  return { ...row, raci: raciOf(row) };
}

/** Every entry, for the rules to pick those in force from (a few per domain and attribute). */
export async function loadAssignments(em: SqlEntityManager): Promise<(AssignmentFacts & StewardshipAssignment)[]> {
  const rows = await em.find(StewardshipAssignmentEntity, {}, { disableIdentityMap: true });
  return rows.map(factsOf);
}

const inForcePerRequest = new WeakMap<object, Promise<Map<string, AssignmentFacts>>>();

/** The entries in force, read once per request however many attributes it asks about (lineage asks per attribute). */
export function inForce(request: object, em: SqlEntityManager): Promise<Map<string, AssignmentFacts>> {
  let loaded = inForcePerRequest.get(request);
  if (!loaded) inForcePerRequest.set(request, (loaded = loadAssignments(em).then(assignmentsInForce)));
  return loaded;
}

export async function stewardshipOf(
  request: object,
  em: SqlEntityManager,
  coordinate: string,
): Promise<EffectiveStewardship> {
  return effectiveStewardship(coordinate, await inForce(request, em));
}

/** Records the reviewed starting assignment (policies/dataDomains.ts) for every subject that has no entry yet. */
export async function recordStartingAssignment(em: SqlEntityManager): Promise<number> {
  return inTransaction(em, async (tx) => {
    const known = new Set(
      (await tx.find(StewardshipAssignmentEntity, {}, { fields: ['subject'] })).map((r) => r.subject),
    );
    const decidedAt = new Date(`${STARTING_ASSIGNMENT_REVIEW.approvedAt}T00:00:00.000Z`);
    const fresh = STARTING_RACI.filter(({ subject }) => !known.has(subjectKey(subject))).map(({ subject, raci }) => ({
      id: `raci_${randomUUID()}`,
      subject: subjectKey(subject),
      version: 1,
      status: 'APPROVED' as const,
      ...raci,
      reason: 'The reviewed starting assignment',
      proposedBy: STARTING_ASSIGNMENT_REVIEW.proposedBy,
      proposedAt: decidedAt,
      decidedBy: STARTING_ASSIGNMENT_REVIEW.approvedBy,
      decidedAt,
      decisionNote: null,
    }));
    if (fresh.length > 0) await tx.insertMany(StewardshipAssignmentEntity, fresh);
    return fresh.length;
  });
}

export async function proposeAssignment(
  em: SqlEntityManager,
  subject: StewardshipSubject,
  raci: Raci,
  reason: string,
  proposedBy: string,
): Promise<StewardshipAssignment> {
  const key = subjectKey(subject);
  return inTransaction(em, async (tx) => {
    const versions = await tx.find(StewardshipAssignmentEntity, { subject: key }, { fields: ['version', 'status'] });
    // One proposal at a time per subject: reviewers decide on a change to what is in force, not to another proposal.
    if (versions.some((row) => row.status === 'PROPOSED'))
      throw badUserInput(`a change to the RACI of ${key} already waits for review`, 'subject');
    const row = {
      id: `raci_${randomUUID()}`,
      subject: key,
      version: Math.max(0, ...versions.map((v) => v.version)) + 1,
      status: 'PROPOSED' as const,
      ...raci,
      reason,
      proposedBy,
      proposedAt: new Date(),
      decidedBy: null,
      decidedAt: null,
      decisionNote: null,
    };
    await tx.insert(StewardshipAssignmentEntity, row);
    return row;
  });
}

/**
 * Approves or rejects a proposal: by a person other than its proposer who is accountable for the
 * subject's domain as the RACI in force says, or holds a reviewer role (policies/dataDomains.ts).
 */
export async function decideAssignment(
  em: SqlEntityManager,
  id: string,
  approve: boolean,
  note: string | null,
  principal: Principal,
): Promise<StewardshipAssignment> {
  return inTransaction(em, async (tx) => {
    const row = await tx.findOne(StewardshipAssignmentEntity, { id }, { disableIdentityMap: true });
    if (!row) throw notFound(`no RACI entry ${id}`);
    if (row.status !== 'PROPOSED') throw badUserInput(`RACI entry ${id} was already ${row.status.toLowerCase()}`, 'id');
    assertDifferentApprover(row.proposedBy, principal.sub, `RACI entry ${id}`);
    const domain = domainOfSubjectKey(row.subject);
    const domainEntry = domain && assignmentsInForce(await loadAssignments(tx)).get(subjectKey({ domain }));
    const accountable = domainEntry ? domainEntry.raci.accountable : NO_RACI.accountable;
    assertRoutedTo(principal, accountable, `The review of RACI entry ${id}`, STEWARDSHIP_REVIEWER_ROLES);
    const decided = {
      status: approve ? ('APPROVED' as const) : ('REJECTED' as const),
      decidedBy: principal.sub,
      decidedAt: new Date(),
      decisionNote: note,
    };
    await tx.nativeUpdate(StewardshipAssignmentEntity, { id, status: 'PROPOSED' }, decided);
    return { ...row, ...decided };
  });
}
