import type { AuditEvent, OperationEvent } from '../../../lib/auditEvent';
import { AuditEventShapeError, readAuditEvent } from '../../../lib/readAuditEvent';
import { auditEventView } from '../../../subgraphs/audit/auditEventView';
import type { AuditEventRow } from '../../../subgraphs/audit/entities/AuditEventRow';

/** The audit event body: one type, checked when the trail stores an event and when it reads one back. */

const principal = { sub: 'fa-one', roles: ['finance_analyst'], regions: ['EU'] };

const operation: OperationEvent = {
  id: 'aud_1',
  kind: 'OPERATION',
  body: {
    principal,
    client: { name: 'bi-dashboard', version: null },
    requestId: 'req-1',
    operation: { name: 'Limits', type: 'query', hash: 'f'.repeat(64), text: '{ x }', variables: { first: 10 } },
    coordinates: [{ coordinate: 'Customer.creditLimit', classification: 'CREDIT', decision: 'ALLOW' }],
    records: { Customer: 3 },
    touched: [
      {
        type: 'Customer',
        id: 'cus_1',
        customerId: 'cus_1',
        count: 1,
        read: ['CREDIT:ALLOW'],
        withheld: [],
        changed: [],
      },
    ],
    touchedOmitted: 0,
    lookups: [{ coordinate: 'BankAccount.iban', outcome: 'REFUSED' }],
    outcome: 'SERVED',
    durationMs: 12,
  },
};

/** An operation event as the gateway wrote it before operation types, touched records and lookups were recorded. */
const early = {
  id: 'aud_0',
  kind: 'OPERATION',
  body: {
    principal,
    client: { name: null, version: null },
    requestId: 'req-0',
    operation: { name: null, hash: 'e'.repeat(64), text: '{ y }', variables: {} },
    coordinates: [],
    records: {},
    outcome: 'DENIED',
    durationMs: 3,
  },
};

const alert: AuditEvent = {
  id: 'aud_2',
  kind: 'ALERT',
  body: {
    principal,
    requestId: 'req-1',
    alert: 'one operation returned 600 sensitive records',
    records: { Customer: 600 },
  },
};

/** As subgraphs/kit/refusedCalls.ts writes it. */
const refusedCall: AuditEvent = {
  id: 'aud_3',
  kind: 'ATTEMPT',
  body: {
    service: 'customer',
    requestId: 'req-3',
    reason: 'the token was used before',
    remoteAddress: null,
    claimed: { unreadable: true },
    operation: { name: null, hash: 'd'.repeat(64) },
    alsoRefused: 4,
  },
};

/** As the audit subgraph writes it when it refuses an append. */
const refusedAppend: AuditEvent = {
  id: 'aud_4',
  kind: 'ATTEMPT',
  body: {
    service: 'audit',
    requestId: 'req-4',
    reason: 'an append whose event has no origin',
    claimed: { sub: 'x', svc: null },
  },
};

function row(event: { id: string; kind: string; body: unknown }, sub = ''): AuditEventRow {
  return {
    id: event.id,
    sequence: 7,
    at: '2026-11-28T00:00:00.000Z',
    kind: event.kind,
    body: JSON.stringify(event.body),
    previousHash: 'a'.repeat(64),
    hash: 'b'.repeat(64),
    sub,
    roles: ',,',
    coordinates: '||',
    clientName: null,
    origin: JSON.stringify({ by: 'gateway', keyId: 'k1', signature: 'c2ln' }),
  };
}

describe('readAuditEvent', () => {
  it('reads every kind as written, and events written before fields were added', () => {
    for (const event of [operation, early, alert, refusedCall, refusedAppend])
      expect(readAuditEvent(JSON.parse(JSON.stringify(event)))).toEqual(event);
  });

  it('refuses an unknown kind and a body that is not its kind’s', () => {
    const refuse = (event: { id: string; kind: string; body: unknown }) => () => readAuditEvent(event);
    expect(refuse({ ...alert, kind: 'QUERY' })).toThrow('unknown kind "QUERY"');
    expect(refuse({ ...alert, kind: 'OPERATION' })).toThrow(AuditEventShapeError);
    expect(refuse({ id: 'x', kind: 'OPERATION', body: { principal, outcome: 'SERVED' } })).toThrow(
      'body.client is not an object',
    );
    expect(refuse({ ...operation, body: { ...operation.body, outcome: 'MAYBE' } })).toThrow(
      'body.outcome is not one of',
    );
    expect(refuse({ ...alert, body: { ...alert.body, records: { Customer: '600' } } })).toThrow(
      'body.records.Customer is not a count',
    );
    expect(refuse({ ...refusedAppend, body: { ...refusedAppend.body, claimed: 'admin' } })).toThrow(
      'body.claimed is not an object',
    );
    expect(refuse({ ...alert, body: [alert.body] })).toThrow('body is not an object');
  });
});

describe('auditEventView', () => {
  it('lays an operation event out in the API’s fields', () => {
    expect(auditEventView(row(operation, 'fa-one'))).toEqual({
      id: 'aud_1',
      sequence: 7,
      at: '2026-11-28T00:00:00.000Z',
      kind: 'OPERATION',
      origin: 'gateway',
      principal,
      clientName: 'bi-dashboard',
      clientVersion: null,
      requestId: 'req-1',
      operationName: 'Limits',
      operationHash: 'f'.repeat(64),
      operationText: '{ x }',
      variables: '{"first":10}',
      operationType: 'query',
      coordinates: operation.body.coordinates,
      records: [{ type: 'Customer', count: 3 }],
      touched: operation.body.touched,
      touchedOmitted: 0,
      lookups: [{ coordinate: 'BankAccount.iban', outcome: 'REFUSED' }],
      outcome: 'SERVED',
      durationMs: 12,
      alert: null,
      export: null,
      previousHash: 'a'.repeat(64),
      hash: 'b'.repeat(64),
    });
  });

  it('names the export an export’s event was written for', () => {
    const exported = { ...operation, body: { ...operation.body, export: { name: 'invoices', format: 'csv' } } };
    expect(auditEventView(row(exported, 'fa-one')).export).toBe('invoices.csv');
  });

  it('shows what an early event lacks as empty', () => {
    expect(auditEventView(row(early, 'fa-one'))).toMatchObject({
      operationType: null,
      touched: [],
      touchedOmitted: 0,
      lookups: [],
      outcome: 'DENIED',
    });
  });

  it('shows an alert with its records, and no operation', () => {
    expect(auditEventView(row(alert, 'fa-one'))).toMatchObject({
      kind: 'ALERT',
      principal,
      alert: 'one operation returned 600 sensitive records',
      records: [{ type: 'Customer', count: 600 }],
      operationName: null,
      operationText: null,
      variables: null,
      outcome: null,
      durationMs: null,
      coordinates: [],
    });
  });

  it('shows an attempt with the operation it carried and no principal but the row’s', () => {
    expect(auditEventView(row(refusedCall))).toMatchObject({
      kind: 'ATTEMPT',
      principal: { sub: '', roles: [], regions: [] },
      requestId: 'req-3',
      operationName: null,
      operationHash: 'd'.repeat(64),
      operationText: null,
      variables: null,
      records: [],
      outcome: null,
    });
    expect(auditEventView(row(refusedAppend))).toMatchObject({ operationHash: null, requestId: 'req-4' });
  });

  it('refuses to show a body that was not written by Custos', () => {
    expect(() => auditEventView(row({ ...alert, body: { actor: 'attacker' } }))).toThrow(AuditEventShapeError);
  });
});
