import type { GraphQLResolveInfo } from 'graphql';
import { badUserInput, forbidden } from '../../lib/errors';
import { AuditEventShapeError, readAuditEvent } from '../../lib/readAuditEvent';
import { randomUUID } from 'node:crypto';
import { checkOrigin, signOrigin } from '../../lib/crypto/origin';
import { storedAttribute } from '../../policies/copies';
import { governedValueCopy } from '../kit/copies';
import { encodeCursor, pageRequest, pageSize } from '../../lib/pagination';
import type { AppendedEvent } from './auditLog';
import { auditEventView } from './auditEventView';
import type { ChangeLogEntry } from './entities/ChangeLogEntry';
import { auditEventQuery } from './eventSearch';
import { verifyStoredTrail } from './trail';
import type { AuditContext } from './context';
import type { ChangeLogEntryParent } from './parents';
import type { AuditEventInput, ChangeInput, Resolvers } from './generated/resolvers';
import { mergeResolvers } from '../kit/mergeResolvers';
import { jobResolvers } from './jobs/resolvers';
import { exceptionResolvers } from './exceptions/resolvers';
import { changeResolvers } from './changes/resolvers';
import { changeLogChainResolvers } from './changes/chainResolvers';
import { webhookResolvers } from './webhooks/resolvers';
import { stewardshipResolvers } from './stewardship/resolvers';
import { disputeResolvers } from './disputes/resolvers';
import { legalHoldResolvers } from './legalHolds/resolvers';
import { retentionResolvers } from './retention/resolvers';
import { accessReviewResolvers } from './accessReviews/resolvers';
import { registerResolvers } from './registers/resolvers';
import { incidentResolvers } from './incidents/resolvers';
import { chainFailureEvent } from './incidents/chainFailure';

const MAX_CHANGES_PER_CALL = 1000;
const CURSOR_TAG = 'audit';

/** An old or new value is a copy of the attribute that changed: governed by the class stored with the change. */
function governedChangeValue(
  context: AuditContext,
  info: GraphQLResolveInfo,
  entry: ChangeLogEntryParent,
  value: string | null | undefined,
): string | null {
  if (value == null) return null;
  const shown = governedValueCopy(context, info, storedAttribute(entry.field, entry), JSON.parse(value), {
    typeName: 'ChangeLogEntry',
    object: entry,
    region: entry.region,
    via: 'ChangeLogEntry.value',
  });
  return shown === null ? null : JSON.stringify(shown);
}

function toEntry(change: ChangeInput, recordedAt: Date): ChangeLogEntry {
  const { changeId, ...fields } = change;
  return {
    ...fields,
    id: changeId,
    oldValue: change.oldValue ?? null,
    newValue: change.newValue ?? null,
    reason: change.reason ?? null,
    recordedAt,
    coordinate: change.coordinate ?? null,
    classification: change.classification ?? null,
    kind: change.kind ?? null,
    mask: change.mask ?? null,
    sequence: null,
    previousHash: null,
    hash: null,
  };
}

function toAppended(input: AuditEventInput): AppendedEvent {
  let body: unknown;
  try {
    body = JSON.parse(input.body);
  } catch {
    throw badUserInput(`audit event ${input.id} has a body that is not JSON`, 'events');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    throw badUserInput(`audit event ${input.id} needs an object body`, 'events');
  return {
    id: input.id,
    kind: input.kind,
    body: body as Record<string, unknown>,
    origin: { by: input.origin.by, keyId: input.origin.keyId, signature: input.origin.signature },
  };
}

/** Checked once its origin is: a signed event whose body does not have its kind's shape is refused, and the whole call with it. */
function withCheckedBody(event: AppendedEvent): AppendedEvent {
  try {
    readAuditEvent(event);
  } catch (error) {
    if (error instanceof AuditEventShapeError) throw badUserInput(error.message, 'events');
    throw error;
  }
  return event;
}

/**
 * Only what a process signed, and may report, is appended: the caller must be the process the
 * origin names, and the signature must verify. Anything else is refused whole, nothing of it
 * appended, and the refusal itself recorded as an attempt.
 */
async function assertOriginated(context: AuditContext, events: readonly AppendedEvent[]): Promise<void> {
  for (const event of events) {
    const check = checkOrigin(event, event.origin, context.shared.originKeys);
    const caller = context.principal.service;
    if (check.valid && event.origin?.by === caller) continue;
    const reason = check.valid
      ? `is signed by ${event.origin?.by}, but was sent by ${caller ?? 'no service'}`
      : check.reason;
    context.log.warn({ eventId: event.id, reason }, 'refused an audit append');
    const attempt = {
      id: `aud_${randomUUID()}`,
      kind: 'ATTEMPT',
      body: {
        service: 'audit',
        requestId: context.requestId,
        reason: `an append whose event ${reason}`,
        claimed: { sub: context.principal.sub, svc: caller ?? null },
      },
    };
    await context.shared.log.append([{ ...attempt, origin: signOrigin(attempt, context.shared.signer) }]);
    throw forbidden(`Audit event ${event.id} ${reason}`);
  }
}

const trailResolvers: Resolvers = {
  Query: {
    auditEvents: async (_root, args, { em, config }) => {
      const page = pageRequest(CURSOR_TAG, args, config.maxPageSize);
      const afterSequence = page.afterKey === undefined ? 0 : Number(page.afterKey);
      if (!Number.isSafeInteger(afterSequence))
        throw badUserInput('`after` is not a cursor returned by this list', 'after');
      const rows = await auditEventQuery(em, args.filter, afterSequence, page.limit + 1).getResultList();
      const edges = rows
        .slice(0, page.limit)
        .map((row) => ({ cursor: encodeCursor(CURSOR_TAG, String(row.sequence)), node: auditEventView(row) }));
      return { edges, pageInfo: { hasNextPage: rows.length > page.limit, endCursor: edges.at(-1)?.cursor ?? null } };
    },
    auditChain: async (_root, _args, { em, shared }) => {
      const verdict = await verifyStoredTrail(em, shared.publicKeys, shared.originKeys);
      // A broken chain opens an incident, recorded without holding the answer back.
      const failure = chainFailureEvent(verdict, new Date());
      if (failure) shared.incidents.recordInBackground(failure, 'audit');
      return verdict;
    },
  },

  Mutation: {
    appendAuditEvents: async (_root, args, context) => {
      const appended = args.events.map(toAppended);
      await assertOriginated(context, appended);
      const events = await context.shared.log.append(appended.map(withCheckedBody));
      return events.map(({ id, sequence, hash }) => ({ id, sequence, hash }));
    },

    recordChanges: async (_root, args, { shared }) => {
      if (args.changes.length > MAX_CHANGES_PER_CALL)
        throw badUserInput(`at most ${MAX_CHANGES_PER_CALL} changes per call`, 'changes');
      const recordedAt = new Date();
      return shared.changeLog.record(args.changes.map((change) => toEntry(change, recordedAt)));
    },
  },

  Customer: {
    // The customer's region, as the customer master records it, governs the values in its history.
    __resolveReference: (reference, { loaders }) => loaders.customers.load(reference.id),
    changeHistory: async (customer, args, { loaders, config }) => {
      const first = pageSize(args.first, config.maxPageSize, 50);
      const entries: ChangeLogEntry[] = await loaders.changesOfEntity.load(customer.id);
      return entries
        .filter((entry) => entry.entity === 'Customer')
        .slice(0, first)
        .map((entry) => ({ ...entry, customerId: entry.entityId, region: customer.region }));
    },
  },

  ChangeLogEntry: {
    oldValue: (entry, _args, context, info) => governedChangeValue(context, info, entry, entry.oldValue),
    newValue: (entry, _args, context, info) => governedChangeValue(context, info, entry, entry.newValue),
  },
};

export const auditResolvers = mergeResolvers(
  trailResolvers,
  jobResolvers,
  exceptionResolvers,
  changeResolvers,
  changeLogChainResolvers,
  webhookResolvers,
  stewardshipResolvers,
  disputeResolvers,
  legalHoldResolvers,
  retentionResolvers,
  accessReviewResolvers,
  registerResolvers,
  incidentResolvers,
);
