import fs from 'node:fs';
import { ApolloServer } from '@apollo/server';
import type { GatewayContext } from '../../../../gateway/context';
import { apiSchemaOf } from '../../../../gateway/governance';
import { analyseOperation } from '../../../../gateway/governance/analyseOperation';
import { collectCoordinates } from '../../../../gateway/governance/collectCoordinates';
import { RequestAccess } from '../../../../gateway/audit/requestAccess';
import { BulkExportMonitor } from '../../../../gateway/audit/bulkExportMonitor';
import { auditPlugin } from '../../../../gateway/plugins/audit';
import { earlyRefusalPlugin } from '../../../../gateway/plugins/earlyRefusal';
import { introspectionPlugin } from '../../../../gateway/plugins/introspection';
import { limitsPlugin } from '../../../../gateway/plugins/limits';
import type { AuditEvent } from '../../../../lib/auditEvent';
import { AuditUnavailableError, type AuditTrailClient } from '../../../../lib/auditTrailClient';
import { loadConfig } from '../../../../lib/config';
import { createLogger } from '../../../../lib/logger';
import type { Principal } from '../../../../lib/principal';
import { readAuditEvent } from '../../../../lib/readAuditEvent';
import { bestCase } from '../../../../policies/decide';
import { supergraphPlan } from '../../../../policies/plans';
import { readSupergraphSdl, SUPERGRAPH_PATH } from '../../../../schema/supergraphSdl';

/**
 * The gateway's governance plugins together on one Apollo server over the client-facing schema
 * (no subgraphs behind it: fields resolve to null): each does its one job, they share one analysis
 * of the operation, and the policy decides each classified coordinate once per request.
 */

jest.mock('../../../../gateway/governance/analyseOperation', () => {
  const actual = jest.requireActual('../../../../gateway/governance/analyseOperation');
  return { ...actual, analyseOperation: jest.fn(actual.analyseOperation) };
});
jest.mock('../../../../gateway/governance/collectCoordinates', () => {
  const actual = jest.requireActual('../../../../gateway/governance/collectCoordinates');
  return { ...actual, collectCoordinates: jest.fn(actual.collectCoordinates) };
});
jest.mock('../../../../policies/decide', () => {
  const actual = jest.requireActual('../../../../policies/decide');
  return { ...actual, bestCase: jest.fn(actual.bestCase) };
});

const analyses = analyseOperation as jest.MockedFunction<typeof analyseOperation>;
const walks = collectCoordinates as jest.MockedFunction<typeof collectCoordinates>;
const decisions = bestCase as jest.MockedFunction<typeof bestCase>;

const config = loadConfig({ NODE_ENV: 'test' });
const plan = supergraphPlan(readSupergraphSdl());
const appended: AuditEvent[] = [];
let trailDown = false;
const trail = {
  append: async (events: AuditEvent[]) => {
    if (trailDown) throw new AuditUnavailableError('the audit trail is unreachable');
    appended.push(...events);
  },
} as unknown as AuditTrailClient;

// Apollo hands each request a copy of the context it is given: the one the plugins saw.
let seen: GatewayContext | undefined;
const server = new ApolloServer<GatewayContext>({
  schema: apiSchemaOf(fs.readFileSync(SUPERGRAPH_PATH, 'utf8')),
  plugins: [
    {
      async requestDidStart({ contextValue }) {
        seen = contextValue;
      },
    },
    limitsPlugin({ limits: config.limits, pageSize: config.maxPageSize }),
    introspectionPlugin(),
    earlyRefusalPlugin({ plan }),
    auditPlugin({
      plan,
      trail,
      bulkExport: new BulkExportMonitor({ perOperation: 1000, perWindow: 10_000, windowSeconds: 60 }),
      namedRecords: 10,
      log: createLogger('test', 'silent'),
    }),
  ],
});

const who = (roles: Principal['roles']): Principal => ({ sub: `who-${roles.join('-')}`, roles, regions: ['EU'] });

async function run(query: string, principal: Principal, variables?: Record<string, unknown>) {
  const contextValue: GatewayContext = {
    principal,
    requestId: 'req-1',
    log: createLogger('test', 'silent'),
    access: new RequestAccess(),
  };
  const response = await server.executeOperation({ query, variables }, { contextValue });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { status: response.http.status, result: response.body.singleResult, context: seen };
}

beforeAll(() => server.start());
afterAll(() => server.stop());
beforeEach(() => {
  analyses.mockClear();
  walks.mockClear();
  decisions.mockClear();
  appended.length = 0;
  trailDown = false;
});

const CREDIT = '{ customers(first: 2) { edges { node { id creditLimit { amount } } } } }';
const CREDIT_ONLY = '{ customers(first: 2) { edges { node { creditLimit { amount } } } } }';

describe('one analysis per request', () => {
  it('is made once, in one walk over the operation, and shared by the early refusal and the audit plugin', async () => {
    const { context } = await run(CREDIT, who(['finance_analyst']));
    expect(analyses).toHaveBeenCalledTimes(1);
    expect(walks).toHaveBeenCalledTimes(1);
    expect(context?.analysis).toBe(analyses.mock.results[0].value);
    expect(appended.map((event) => event.kind)).toEqual(['OPERATION']);
  });

  it('is made once when the operation is refused by policy, and the refusal recorded from it', async () => {
    const { status, result } = await run(CREDIT_ONLY, who(['customer_service']));
    expect(status).toBe(403);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(analyses).toHaveBeenCalledTimes(1);
    expect(walks).toHaveBeenCalledTimes(1);
    expect(appended).toHaveLength(1);
    expect(appended[0]).toMatchObject({ kind: 'OPERATION', body: { outcome: 'DENIED', records: {}, touched: [] } });
  });

  it('is not made for an operation refused before it: over a limit, or introspection', async () => {
    const deep = `{ customer(id: "cus_1") { ${'parent { '.repeat(config.limits.maxDepth)}id${' }'.repeat(config.limits.maxDepth)} } }`;
    const overLimit = await run(deep, who(['admin']));
    expect(overLimit.result.errors?.[0].extensions?.code).toBe('DEPTH_LIMIT_EXCEEDED');
    expect(overLimit.context?.refusal).toBe('LIMIT');
    const introspection = await run('{ __schema { queryType { name } } }', who(['finance_analyst']));
    expect(introspection.status).toBe(403);
    expect(introspection.context?.refusal).toBe('INTROSPECTION');
    expect(analyses).not.toHaveBeenCalled();
    expect(walks).not.toHaveBeenCalled();
    expect(appended).toEqual([]);
  });

  it('is not made for an operation refused for a Date that is not one, found on the limits walk', async () => {
    const inFragment = await run(
      '{ customers(first: 1) { edges { node { ...R } } } } fragment R on Customer { revenue(asOf: "2026-02-30") { asOf } }',
      who(['finance_analyst']),
    );
    expect(inFragment.status).toBe(400);
    expect(inFragment.result.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'asOf' });
    expect(inFragment.context?.refusal).toBe('INPUT');
    const inList = await run(
      `mutation($d: Date) { createContract(input: { customerId: "cus_1", number: "C-1", startDate: "2026-01-01",
        currency: "EUR", fixedConsideration: "100.00", billingSchedule: [],
        obligations: [{ key: "a", description: "a", pattern: RATABLE }, { key: "b", description: "b", pattern: POINT_IN_TIME, transferDate: $d }] }) { id } }`,
      who(['admin']),
      { d: '2026-02-30' },
    );
    expect(inList.status).toBe(400);
    expect(inList.result.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'input.obligations[1].transferDate',
    });
    expect(inList.context?.refusal).toBe('INPUT');
    expect(analyses).not.toHaveBeenCalled();
    expect(appended).toEqual([]);
  });

  it('refuses an operation over a limit for the limit, even when it also sends a bad Date', async () => {
    const aliases = Array.from({ length: config.limits.maxAliases + 1 }, (_, i) => `a${i}: __typename`).join(' ');
    const { status, result, context } = await run(
      `{ ${aliases} qualityKpis(asOf: "2026-02-30") { runId } }`,
      who(['admin']),
    );
    expect(status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('ALIAS_LIMIT_EXCEEDED');
    expect(context?.refusal).toBe('LIMIT');
    expect(analyses).not.toHaveBeenCalled();
  });

  it('decides each classified coordinate once, wherever and however often it is selected', async () => {
    await run(
      '{ a: customers(first: 1) { edges { node { creditLimit { amount } } } } b: customers(first: 1) { edges { node { creditLimit { amount } c: creditLimit { currency } } } } }',
      who(['customer_service']),
    );
    const decided = decisions.mock.calls.map(([, , coordinate]) => coordinate);
    expect(decided).toEqual(['Customer.creditLimit']);
  });
});

describe('the audit plugin', () => {
  it('writes events that have the shape the trail checks', async () => {
    await run(CREDIT, who(['finance_analyst']));
    await run(CREDIT_ONLY, who(['customer_service']));
    expect(appended).toHaveLength(2);
    for (const event of appended) expect(readAuditEvent(JSON.parse(JSON.stringify(event)))).toEqual(event);
  });

  it('withholds a sensitive answer it cannot record: 503, no data', async () => {
    trailDown = true;
    const { status, result } = await run(CREDIT, who(['finance_analyst']));
    expect(status).toBe(503);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('still refuses an operation whose refusal it cannot record', async () => {
    trailDown = true;
    const { status, result } = await run(CREDIT_ONLY, who(['customer_service']));
    expect(status).toBe(403);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('records nothing for an operation that touches nothing classified', async () => {
    await run('{ customers(first: 2) { edges { node { id name } } } }', who(['finance_analyst']));
    expect(appended).toEqual([]);
  });
});
