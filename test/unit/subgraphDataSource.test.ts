import { loadConfig } from '../../lib/config';
import { INTERNAL_TOKEN_HEADER, verifyInternalToken } from '../../lib/tokens/internalToken';
import { ReplayGuard } from '../../lib/tokens/replayGuard';
import { SubgraphDataSource } from '../../gateway/subgraphDataSource';
import type { GatewayContext } from '../../gateway/context';
import { createLogger } from '../../lib/logger';
import { RequestAccess } from '../../gateway/audit/requestAccess';
import { ACCESS_REPORT_EXTENSION } from '../../lib/accessReport';

const config = loadConfig({});
const source = new SubgraphDataSource({ name: 'customer', url: 'http://127.0.0.1:1/graphql', internalToken: config.internalToken, timeoutMs: 1000 });

function outgoing() {
  return { query: '{ __typename }', http: { method: 'POST' as const, url: 'http://127.0.0.1:1/graphql', headers: new Headers() } };
}

describe('the subgraph data source', () => {
  it("puts the caller's identity and request id on every subgraph request", async () => {
    const request = outgoing();
    const context: GatewayContext = { principal: { sub: 'ana', roles: ['auditor'], regions: ['EU'] }, requestId: 'req-42', log: createLogger('test', 'silent'), access: new RequestAccess() };
    await source.willSendRequest({ request, context } as never);
    expect(request.http.headers.get('x-request-id')).toBe('req-42');
    const call = { target: 'customer', payload: { query: request.query } };
    const verdict = await verifyInternalToken(config.internalToken, request.http.headers.get(INTERNAL_TOKEN_HEADER) as string, call, new ReplayGuard());
    expect(verdict).toEqual({ ok: true, identity: { principal: context.principal, requestId: 'req-42' } });
  });

  it('sends no token where there is no caller (health checks, schema loads)', async () => {
    const request = outgoing();
    await source.willSendRequest({ request, context: {} } as never);
    expect(request.http.headers.has(INTERNAL_TOKEN_HEADER)).toBe(false);
  });

  it("keeps each answer's access report for the request's audit event, and ignores anything else there", () => {
    const context = { access: new RequestAccess() } as GatewayContext;
    const report = { records: [{ type: 'Customer', id: 'cus_1', customerId: 'cus_1', count: 1, read: ['CREDIT:ALLOW'], withheld: [], changed: [] }], omitted: 0, decisions: [], lookups: [] };
    source.didReceiveResponse({ response: { data: {}, extensions: { [ACCESS_REPORT_EXTENSION]: report } }, context } as never);
    source.didReceiveResponse({ response: { data: {}, extensions: { [ACCESS_REPORT_EXTENSION]: 'not a report' } }, context } as never);
    source.didReceiveResponse({ response: { data: {} }, context } as never);
    expect(context.access.summary(10)).toMatchObject({ records: { Customer: 1 }, touched: [{ id: 'cus_1', read: ['CREDIT:ALLOW'] }], touchedOmitted: 0 });
  });
});
