import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { badUserInput, notFound } from '../../../lib/errors';
import type { Principal } from '../../../lib/principal';
import { optionalText, requiredText } from '../../../lib/textInput';
import { isTeam } from '../../../policies/dataDomains';
import { DISPUTE_RESOLVER_ROLES } from '../../../policies/escalation';
import { assertRoutedTo } from '../../../policies/stewardRouting';
import { assertVisible } from '../../kit/rowScope';
import { inTransaction } from '../../kit/transaction';
import type { AuditContext } from '../context';
import { ChangeLogEntryEntity } from '../entities/ChangeLogEntry';
import { DisputeEntity, type Dispute } from '../entities/Dispute';
import { DisputeEventEntity, type DisputeEvent } from '../entities/DisputeEvent';
import type { DisputeInput, DisputeResolutionInput } from '../generated/resolvers';
import { checkedCoordinate } from '../stewardship/raci';
import { stewardshipOf } from '../stewardship/stewardshipLedger';
import { knownAttribute } from './attributeCatalogue';
import { capturedValue, isCapturedByServer } from './capturedValues';
import { assigneesAt, escalationsDue, levelAt, openingLevel, type LevelState } from './escalation';

/** Disputes and their timelines: opened, commented on, escalated when due, resolved. */

const RECORD_TYPE = /^[A-Z][A-Za-z0-9]{0,63}$/;
const MAX_ID_CHARS = 64;
const MAX_VALUE_CHARS = 4000;
const MAX_TEXT_CHARS = 2000;
/** Disputes escalated per pass; the rest wait for the next one. */
const ESCALATIONS_PER_PASS = 500;

function checkedId(value: string, argument: string, max = MAX_ID_CHARS): string {
  if (value.length === 0 || value.length > max) throw badUserInput(`${argument} has 1 to ${max} characters`, argument);
  return value;
}

function checkedTeam(value: string, argument: string): string {
  if (!isTeam(value)) throw badUserInput(`${argument}: ${value} is not a team`, argument);
  return value;
}

/** A value the opener gives: JSON text of bounded size. Its content is never quoted back. */
function givenValue(value: string): string {
  if (value.length > MAX_VALUE_CHARS) throw badUserInput(`value has at most ${MAX_VALUE_CHARS} characters`, 'value');
  try {
    JSON.parse(value);
  } catch {
    throw badUserInput('value must be JSON text', 'value');
  }
  return value;
}

async function appendEvent(
  tx: SqlEntityManager,
  disputeId: string,
  event: Omit<DisputeEvent, 'id' | 'disputeId' | 'position'>,
): Promise<void> {
  const position = (await tx.count(DisputeEventEntity, { disputeId })) + 1;
  await tx.insert(DisputeEventEntity, { id: `dev_${randomUUID()}`, disputeId, position, ...event });
}

function levelFields(state: LevelState, assigned: ReturnType<typeof assigneesAt>) {
  return {
    level: state.level,
    levelSince: state.levelSince,
    dueAt: state.dueAt,
    assignedTo: assigned.parties,
    assignedBody: assigned.body,
  };
}

export async function openDispute(context: AuditContext, input: DisputeInput): Promise<Dispute> {
  const recordType = input.recordType;
  if (!RECORD_TYPE.test(recordType))
    throw badUserInput('recordType is a GraphQL type name, e.g. Customer', 'recordType');
  const recordId = checkedId(input.recordId, 'recordId');
  const customerId = checkedId(input.customerId ?? (recordType === 'Customer' ? recordId : ''), 'customerId', 40);
  if (recordType === 'Customer' && customerId !== recordId)
    throw badUserInput('a Customer record is its own customer: customerId must be recordId', 'customerId');
  const coordinate = checkedCoordinate(input.coordinate);
  const attribute = knownAttribute(coordinate);
  if (!attribute) throw badUserInput(`no field ${coordinate} in the graph`, 'coordinate');
  const raisingTeam = checkedTeam(input.raisingTeam, 'raisingTeam');
  const counterpartyTeam = checkedTeam(input.counterpartyTeam, 'counterpartyTeam');
  if (raisingTeam === counterpartyTeam) throw badUserInput('a dispute is between two teams', 'counterpartyTeam');
  const description = requiredText(input.description, 'description', MAX_TEXT_CHARS);
  const captured = isCapturedByServer(recordType, coordinate);
  if (captured && input.value != null)
    throw badUserInput(`the value of ${coordinate} is read from the record itself; send none`, 'value');

  const facts = await context.shared.customers.jurisdictionOf(customerId);
  if (!facts) throw notFound(`no customer ${customerId}`);
  assertVisible(context, facts.region, `Customer ${customerId}`);
  const value = captured
    ? JSON.stringify(capturedValue(coordinate, facts))
    : input.value != null
      ? givenValue(input.value)
      : null;

  const owned = await stewardshipOf(context, context.em, coordinate);
  const openedAt = new Date();
  const state = openingLevel(openedAt);
  const { classified } = attribute;
  const dispute: Dispute = {
    id: `dsp_${randomUUID()}`,
    recordType,
    recordId,
    customerId,
    region: facts.region,
    coordinate,
    classification: classified?.classification ?? null,
    kind: classified?.kind ?? null,
    mask: classified?.mask ?? null,
    disputedValue: value,
    valueSource: captured ? 'CAPTURED' : value !== null ? 'GIVEN' : 'NONE',
    raisingTeam,
    counterpartyTeam,
    description,
    status: 'OPEN',
    ...levelFields(state, assigneesAt(levelAt(state.level), owned.raci)),
    openedBy: context.principal.sub,
    openedAt,
    decision: null,
    resolvedBy: null,
    resolvedAt: null,
    resultingChangeId: null,
  };
  return inTransaction(context.em, async (tx) => {
    await tx.insert(DisputeEntity, dispute);
    await appendEvent(tx, dispute.id, {
      kind: 'OPENED',
      at: openedAt,
      actor: context.principal.sub,
      level: state.level,
      note: null,
    });
    return dispute;
  });
}

/** An open dispute the caller may see; one out of their row scope is as absent as an unknown one. */
async function openOne(context: AuditContext, tx: SqlEntityManager, id: string): Promise<Dispute> {
  const dispute = await tx.findOne(DisputeEntity, { id }, { disableIdentityMap: true });
  if (!dispute) throw notFound(`no dispute ${id}`);
  assertVisible(context, dispute.region, `Dispute ${id}`);
  if (dispute.status !== 'OPEN') throw badUserInput(`dispute ${id} was already resolved`, 'id');
  return dispute;
}

export async function commentOnDispute(context: AuditContext, id: string, note: string): Promise<Dispute> {
  const text = requiredText(note, 'note', MAX_TEXT_CHARS);
  return inTransaction(context.em, async (tx) => {
    const dispute = await openOne(context, tx, id);
    await appendEvent(tx, id, {
      kind: 'COMMENTED',
      at: new Date(),
      actor: context.principal.sub,
      level: dispute.level,
      note: text,
    });
    return dispute;
  });
}

/** Resolves a dispute: its assignees at its level (or a resolver role), with the decision and any resulting change. */
export async function resolveDispute(
  context: AuditContext,
  input: DisputeResolutionInput,
  principal: Principal,
): Promise<Dispute> {
  const note = requiredText(input.note, 'note', MAX_TEXT_CHARS);
  const changeId = optionalText(input.resultingChangeId, 'resultingChangeId', MAX_ID_CHARS);
  if (input.decision === 'VALUE_CHANGED' && changeId === null)
    throw badUserInput('a changed value names the change-log entry that changed it', 'resultingChangeId');
  if (input.decision !== 'VALUE_CHANGED' && changeId !== null)
    throw badUserInput(`a dispute decided ${input.decision} changed nothing`, 'resultingChangeId');
  return inTransaction(context.em, async (tx) => {
    const dispute = await openOne(context, tx, input.id);
    assertRoutedTo(principal, dispute.assignedTo, `Dispute ${dispute.id}`, DISPUTE_RESOLVER_ROLES);
    if (changeId !== null) {
      const change = await tx.findOne(ChangeLogEntryEntity, { id: changeId }, { fields: ['entityId'] });
      if (!change || ![dispute.recordId, dispute.customerId].includes(change.entityId))
        throw badUserInput(`no change ${changeId} of the disputed record`, 'resultingChangeId');
    }
    const resolvedAt = new Date();
    const resolved = {
      status: 'RESOLVED' as const,
      decision: input.decision,
      resolvedBy: principal.sub,
      resolvedAt,
      resultingChangeId: changeId,
      dueAt: null,
    };
    await tx.nativeUpdate(DisputeEntity, { id: dispute.id, status: 'OPEN' }, resolved);
    await appendEvent(tx, dispute.id, {
      kind: 'RESOLVED',
      at: resolvedAt,
      actor: principal.sub,
      level: dispute.level,
      note,
    });
    return { ...dispute, ...resolved };
  });
}

/** Moves every open dispute whose level's time passed by `asOf` up the ladder, assigning each level's owners. */
export async function escalateDueDisputes(context: AuditContext, asOf: Date): Promise<Dispute[]> {
  const due = await context.em.find(
    DisputeEntity,
    { status: 'OPEN', dueAt: { $lte: asOf } },
    { orderBy: { dueAt: 'asc', id: 'asc' }, limit: ESCALATIONS_PER_PASS, disableIdentityMap: true },
  );
  const escalated: Dispute[] = [];
  for (const dispute of due) {
    const reached = escalationsDue(
      { level: dispute.level, levelSince: dispute.levelSince, dueAt: dispute.dueAt ?? null },
      asOf,
    );
    if (reached.length === 0) continue;
    const owned = await stewardshipOf(context, context.em, dispute.coordinate);
    const moved = await inTransaction(context.em, async (tx) => {
      let current: Dispute = dispute;
      for (const state of reached) {
        const from = current.level;
        const assigned = assigneesAt(levelAt(state.level), owned.raci);
        current = { ...current, ...levelFields(state, assigned) };
        const to = assigned.body ?? 'the accountable of the field';
        await appendEvent(tx, dispute.id, {
          kind: 'ESCALATED',
          at: state.levelSince,
          actor: context.principal.sub,
          level: state.level,
          note: `the time at level ${from} passed; assigned to ${to}`,
        });
      }
      const { level, levelSince, dueAt, assignedTo, assignedBody } = current;
      // Only while still open at the level read: a resolution in between wins.
      const updated = await tx.nativeUpdate(
        DisputeEntity,
        { id: dispute.id, status: 'OPEN', level: dispute.level },
        { level, levelSince, dueAt, assignedTo, assignedBody },
      );
      if (updated === 0) throw new DisputeMovedOn();
      return current;
    }).catch((error: unknown) => {
      if (error instanceof DisputeMovedOn) return undefined;
      throw error;
    });
    if (moved) escalated.push(moved);
  }
  return escalated;
}

class DisputeMovedOn extends Error {}
