import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt } from 'jose';
import { loadConfig } from '../../../lib/config';
import { INTERNAL_TOKEN_HEADER, verifyInternalToken } from '../../../lib/tokens/internalToken';
import { ReplayGuard } from '../../../lib/tokens/replayGuard';
import { SubgraphDataSource } from '../../../gateway/subgraphDataSource';
import type { GatewayContext } from '../../../gateway/context';
import { createLogger } from '../../../lib/logger';
import { RequestAccess } from '../../../gateway/audit/requestAccess';
import { ACCESS_REPORT_EXTENSION } from '../../../lib/accessReport';

const config = loadConfig({});
const resilience = { retries: 2, baseMs: 1, maxMs: 5, breakerFailures: 4, breakerOpenMs: 300 };
const source = new SubgraphDataSource({
  name: 'customer',
  url: 'http://127.0.0.1:1/graphql',
  internalToken: config.internalToken,
  timeoutMs: 1000,
  resilience,
});

function outgoing() {
  return {
    query: '{ __typename }',
    http: { method: 'POST' as const, url: 'http://127.0.0.1:1/graphql', headers: new Headers() },
  };
}

describe('the subgraph data source', () => {
  it("puts the caller's identity and request id on every subgraph request", async () => {
    const request = outgoing();
    const context: GatewayContext = {
      principal: { sub: 'ana', roles: ['auditor'], regions: ['EU'] },
      requestId: 'req-42',
      log: createLogger('test', 'silent'),
      access: new RequestAccess(),
    };
    await source.willSendRequest({ request, context } as never);
    expect(request.http.headers.get('x-request-id')).toBe('req-42');
    const call = { target: 'customer', payload: { query: request.query } };
    const verdict = await verifyInternalToken(
      config.internalToken,
      request.http.headers.get(INTERNAL_TOKEN_HEADER) as string,
      call,
      new ReplayGuard(),
    );
    expect(verdict).toEqual({ ok: true, identity: { principal: context.principal, requestId: 'req-42' } });
  });

  it('sends no token where there is no caller (health checks, schema loads)', async () => {
    const request = outgoing();
    await source.willSendRequest({ request, context: {} } as never);
    expect(request.http.headers.has(INTERNAL_TOKEN_HEADER)).toBe(false);
  });

  it("keeps each answer's access report for the request's audit event, and ignores anything else there", () => {
    const context = { access: new RequestAccess() } as GatewayContext;
    const report = {
      records: [
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
      omitted: 0,
      decisions: [],
      lookups: [],
    };
    source.didReceiveResponse({
      response: { data: {}, extensions: { [ACCESS_REPORT_EXTENSION]: report } },
      context,
    } as never);
    source.didReceiveResponse({
      response: { data: {}, extensions: { [ACCESS_REPORT_EXTENSION]: 'not a report' } },
      context,
    } as never);
    source.didReceiveResponse({ response: { data: {} }, context } as never);
    expect(context.access.summary(10)).toMatchObject({
      records: { Customer: 1 },
      touched: [{ id: 'cus_1', read: ['CREDIT:ALLOW'] }],
      touchedOmitted: 0,
    });
  });
});

type Reply = 'ok' | 'reset' | 503 | 401;

/** A real HTTP server standing in for a subgraph that answers as scripted, one reply per call. */
async function flakySubgraph(replies: Reply[]) {
  const calls: { jti: string }[] = [];
  const server = http.createServer((request, response) => {
    const token = String(request.headers[INTERNAL_TOKEN_HEADER] ?? '');
    calls.push({ jti: String(decodeJwt(token).jti) });
    request.resume();
    const reply = replies.shift() ?? 'ok';
    if (reply === 'reset') return request.socket.destroy();
    response.writeHead(reply === 'ok' ? 200 : reply, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify(reply === 'ok' ? { data: { contract: { id: 'c1' } } } : { errors: [{ message: 'no' }] }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return { url, calls, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function call(url: string, operation: 'query' | 'mutation') {
  const context: GatewayContext = {
    principal: { sub: 'ana', roles: ['admin'], regions: ['EU'] },
    requestId: 'req-7',
    log: createLogger('test', 'silent'),
    access: new RequestAccess(),
  };
  return {
    kind: 'incoming operation',
    request: { query: '{ contract(id: "c1") { id } }', http: { method: 'POST' as const, url, headers: new Headers() } },
    context,
    incomingRequestContext: { operation: { operation } },
    pathInIncomingRequest: ['customers', 'edges', '@', 'node'],
  } as never;
}

describe('the subgraph data source when the subgraph fails', () => {
  const servers: { close(): Promise<void> }[] = [];
  afterAll(() => Promise.all(servers.map((server) => server.close())));
  async function subgraph(replies: Reply[]) {
    const server = await flakySubgraph(replies);
    servers.push(server);
    return {
      ...server,
      source: new SubgraphDataSource({
        name: 'contract',
        url: server.url,
        internalToken: config.internalToken,
        timeoutMs: 1000,
        resilience,
      }),
    };
  }

  it('tries a query again after a dropped connection or a 503, each time with a new one-time token', async () => {
    const { url, calls, source } = await subgraph(['reset', 503, 'ok']);
    const response = await source.process(call(url, 'query'));
    expect(response.data).toEqual({ contract: { id: 'c1' } });
    expect(calls).toHaveLength(3);
    expect(new Set(calls.map(({ jti }) => jti)).size).toBe(3);
    expect(source.circuitState).toBe('CLOSED');
  });

  it('never tries a mutation again: the first try may have done it', async () => {
    const { url, calls, source } = await subgraph(['reset', 'ok']);
    await expect(source.process(call(url, 'mutation'))).rejects.toMatchObject({
      message: 'The contract service is unavailable (UNREACHABLE); Mutation.contract is missing from this answer',
      extensions: {
        code: 'SERVICE_UNAVAILABLE',
        serviceName: 'contract',
        reason: 'UNREACHABLE',
        missing: ['Mutation.contract'],
      },
    });
    expect(calls).toHaveLength(1);
  });

  it('gives up after the configured retries with an error naming the service, the missing fields and where', async () => {
    const { url, calls, source } = await subgraph([503, 503, 503, 'ok']);
    await expect(source.process(call(url, 'query'))).rejects.toMatchObject({
      extensions: {
        code: 'SERVICE_UNAVAILABLE',
        serviceName: 'contract',
        reason: 'FAILED_RESPONSE',
        missing: ['Query.contract'],
        at: 'customers.edges.@.node',
      },
    });
    expect(calls).toHaveLength(3);
  });

  it("passes the subgraph's refusal through untouched, neither retried nor counted against it", async () => {
    const { url, calls, source } = await subgraph([401, 401, 401, 401, 401]);
    for (let i = 0; i < 5; i += 1)
      await expect(source.process(call(url, 'query'))).rejects.toMatchObject({
        extensions: { code: 'UNAUTHENTICATED' },
      });
    expect(calls).toHaveLength(5);
    expect(source.circuitState).toBe('CLOSED');
  });

  it('opens the circuit after repeated failures, fails at once without calling, then probes and closes', async () => {
    const { url, calls, source } = await subgraph(['reset', 'reset', 'reset', 'reset']);
    await expect(source.process(call(url, 'query'))).rejects.toMatchObject({ extensions: { reason: 'UNREACHABLE' } });
    await expect(source.process(call(url, 'query'))).rejects.toMatchObject({ extensions: { reason: 'CIRCUIT_OPEN' } });
    expect(calls).toHaveLength(4);
    expect(source.circuitState).toBe('OPEN');
    await expect(source.process(call(url, 'query'))).rejects.toMatchObject({
      extensions: { reason: 'CIRCUIT_OPEN', missing: ['Query.contract'] },
    });
    expect(calls).toHaveLength(4);

    await new Promise((resolve) => setTimeout(resolve, resilience.breakerOpenMs + 50));
    expect(source.circuitState).toBe('HALF_OPEN');
    const [probe, held] = await Promise.allSettled([
      source.process(call(url, 'query')),
      source.process(call(url, 'query')),
    ]);
    expect(probe).toMatchObject({ status: 'fulfilled', value: { data: { contract: { id: 'c1' } } } });
    expect(held).toMatchObject({ status: 'rejected', reason: { extensions: { reason: 'CIRCUIT_OPEN' } } });
    expect(source.circuitState).toBe('CLOSED');
    expect(calls).toHaveLength(5);
  });
});
