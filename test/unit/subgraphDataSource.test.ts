import { loadConfig } from '../../lib/config';
import { INTERNAL_TOKEN_HEADER, verifyInternalToken } from '../../lib/tokens/internalToken';
import { SubgraphDataSource } from '../../gateway/subgraphDataSource';
import type { GatewayContext } from '../../gateway/context';
import { createLogger } from '../../lib/logger';

const config = loadConfig({});
const source = new SubgraphDataSource({ url: 'http://127.0.0.1:1/graphql', internalToken: config.internalToken, timeoutMs: 1000 });

function outgoing() {
  return { query: '{ __typename }', http: { method: 'POST' as const, url: 'http://127.0.0.1:1/graphql', headers: new Headers() } };
}

describe('the subgraph data source', () => {
  it("puts the caller's identity and request id on every subgraph request", async () => {
    const request = outgoing();
    const context: GatewayContext = { principal: { sub: 'ana', roles: ['auditor'], regions: ['EU'] }, requestId: 'req-42', log: createLogger('test', 'silent') };
    await source.willSendRequest({ request, context } as never);
    expect(request.http.headers.get('x-request-id')).toBe('req-42');
    const identity = await verifyInternalToken(config.internalToken, request.http.headers.get(INTERNAL_TOKEN_HEADER) as string);
    expect(identity).toEqual({ principal: context.principal, requestId: 'req-42' });
  });

  it('sends no token where there is no caller (health checks, schema loads)', async () => {
    const request = outgoing();
    await source.willSendRequest({ request, context: {} } as never);
    expect(request.http.headers.has(INTERNAL_TOKEN_HEADER)).toBe(false);
  });
});
