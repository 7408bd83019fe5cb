import type { AuditEvent, AuditEventKind, AuditOutcome, AuditPrincipal } from '../../lib/auditEvent';
import type { AccessDecision, AccessedRecord, AccessLookup } from '../../lib/accessReport';
import type { EventOrigin } from '../../lib/crypto/origin';
import { readAuditEvent } from '../../lib/readAuditEvent';
import type { AuditEventRow } from './entities/AuditEventRow';

/**
 * A stored audit event as the API shows it (type AuditEvent in schema/audit.graphql): its body,
 * checked against its kind's shape, laid out in fields. What a kind does not have is null or empty,
 * and so is what events written before a field existed lack. A body that does not have its kind's
 * shape was not written by Custos: reading it fails, and `auditChain` says where the trail broke.
 */

export interface AuditEventView {
  id: string;
  sequence: number;
  at: string;
  kind: AuditEventKind;
  origin: string | null;
  principal: AuditPrincipal;
  clientName: string | null;
  clientVersion: string | null;
  requestId: string;
  operationName: string | null;
  operationHash: string | null;
  operationText: string | null;
  /** As JSON text. */
  variables: string | null;
  operationType: string | null;
  coordinates: AccessDecision[];
  records: { type: string; count: number }[];
  touched: AccessedRecord[];
  touchedOmitted: number;
  lookups: AccessLookup[];
  outcome: AuditOutcome | null;
  durationMs: number | null;
  alert: string | null;
  export: string | null;
  previousHash: string;
  hash: string;
}

type BodyFields = Omit<AuditEventView, 'id' | 'sequence' | 'at' | 'kind' | 'origin' | 'previousHash' | 'hash'>;

const NOTHING = {
  clientName: null,
  clientVersion: null,
  operationName: null,
  operationHash: null,
  operationText: null,
  variables: null,
  operationType: null,
  coordinates: [],
  records: [],
  touched: [],
  touchedOmitted: 0,
  lookups: [],
  outcome: null,
  durationMs: null,
  alert: null,
  export: null,
} satisfies Omit<BodyFields, 'principal' | 'requestId'>;

function recordCounts(records: Record<string, number>): { type: string; count: number }[] {
  return Object.entries(records).map(([type, count]) => ({ type, count }));
}

function bodyFields(event: AuditEvent, sub: string): BodyFields {
  switch (event.kind) {
    case 'OPERATION': {
      const { body } = event;
      return {
        ...NOTHING,
        principal: body.principal,
        clientName: body.client.name,
        clientVersion: body.client.version,
        requestId: body.requestId,
        operationName: body.operation.name,
        operationHash: body.operation.hash,
        operationText: body.operation.text,
        variables: JSON.stringify(body.operation.variables),
        operationType: body.operation.type ?? null,
        coordinates: body.coordinates,
        records: recordCounts(body.records),
        touched: body.touched ?? [],
        touchedOmitted: body.touchedOmitted ?? 0,
        lookups: body.lookups ?? [],
        outcome: body.outcome,
        durationMs: body.durationMs,
        export: body.export ? `${body.export.name}.${body.export.format}` : null,
      };
    }
    case 'ALERT':
      return {
        ...NOTHING,
        principal: event.body.principal,
        requestId: event.body.requestId,
        records: recordCounts(event.body.records),
        alert: event.body.alert,
      };
    case 'ATTEMPT':
      // An attempt names no principal: the caller is only claimed, and kept as evidence in the body.
      return {
        ...NOTHING,
        principal: { sub, roles: [], regions: [] },
        requestId: event.body.requestId,
        operationName: event.body.operation?.name ?? null,
        operationHash: event.body.operation?.hash ?? null,
      };
  }
}

export function auditEventView(row: AuditEventRow): AuditEventView {
  const event = readAuditEvent({ id: row.id, kind: row.kind, body: JSON.parse(row.body) });
  return {
    id: row.id,
    sequence: row.sequence,
    at: row.at,
    kind: event.kind,
    origin: row.origin ? (JSON.parse(row.origin) as EventOrigin).by : null,
    ...bodyFields(event, row.sub),
    previousHash: row.previousHash,
    hash: row.hash,
  };
}
