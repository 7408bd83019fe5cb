import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ROOT_CONTEXT, context, trace } from '@opentelemetry/api';
import { loadConfig } from '../../../lib/config';
import { createLogger } from '../../../lib/logger';
import { startTracing } from '../../../lib/telemetry/tracing';
import { loadTracingConfig } from '../../../lib/telemetry/tracingConfig';
import { SubgraphDataSource } from '../../../gateway/subgraphDataSource';
import { RequestAccess } from '../../../gateway/audit/requestAccess';
import type { GatewayContext } from '../../../gateway/context';
import { SPAN_KIND, STATUS_ERROR, startOtlpReceiver, type OtlpReceiver } from '../../support/otlpReceiver';

/**
 * The span of a subgraph fetch: one for the fetch and its retries, under the request's span, with
 * its outcome, and the traceparent every try carries; a real HTTP subgraph answering as scripted.
 */

const config = loadConfig({});
const resilience = { retries: 2, baseMs: 1, maxMs: 5, breakerFailures: 10, breakerOpenMs: 300 };

let receiver: OtlpReceiver;
let subgraph: http.Server;
let url: string;
let replies: (200 | 503)[] = [];
const traceparents: string[] = [];

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  subgraph = http.createServer((request, response) => {
    traceparents.push(String(request.headers.traceparent));
    request.resume();
    const status = replies.shift() ?? 200;
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify(status === 200 ? { data: { contract: { id: 'c1' } } } : { errors: [{ message: 'no' }] }),
    );
  });
  await new Promise<void>((resolve) => subgraph.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => subgraph.close(() => resolve()));
  await receiver.close();
});

beforeEach(() => {
  receiver.spans.length = 0;
  traceparents.length = 0;
});

/** Fetches once inside a request span, as the gateway does, and returns that span's id once all is exported. */
async function fetchInRequest(scripted: (200 | 503)[]): Promise<string> {
  replies = [...scripted];
  const tracing = startTracing('gateway', loadTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint }));
  const source = new SubgraphDataSource({
    name: 'contract',
    url,
    internalToken: config.internalToken,
    timeoutMs: 1000,
    resilience,
    tracing,
  });
  const requestContext: GatewayContext = {
    principal: { sub: 'ana', roles: ['admin'], regions: ['EU'] },
    requestId: 'req-7',
    log: createLogger('test', 'silent'),
    access: new RequestAccess(),
  };
  const request = tracing.tracer.startSpan('request');
  await context
    .with(trace.setSpan(ROOT_CONTEXT, request), () =>
      source.process({
        kind: 'incoming operation',
        request: { query: '{ contract(id: "c1") { id } }', http: { method: 'POST', url, headers: new Headers() } },
        context: requestContext,
        incomingRequestContext: { operation: { operation: 'query' } },
      } as never),
    )
    .catch(() => undefined);
  request.end();
  await tracing.shutdown();
  return request.spanContext().spanId;
}

describe('a subgraph fetch, traced', () => {
  it('is one client span under the request, its retries counted, each try carrying it on', async () => {
    const requestSpan = await fetchInRequest([503, 503, 200]);
    const fetch = receiver.spans.find((span) => span.name === 'subgraph contract');
    expect(fetch).toMatchObject({
      kind: SPAN_KIND.CLIENT,
      parentSpanId: requestSpan,
      attributes: {
        'custos.subgraph': 'contract',
        'custos.subgraph.outcome': 'ok',
        'custos.subgraph.retries': 2,
        'graphql.operation.type': 'query',
      },
    });
    expect(traceparents).toEqual(Array(3).fill(`00-${fetch?.traceId}-${fetch?.spanId}-01`));
  });

  it('says why the subgraph was unavailable, by reason and code', async () => {
    await fetchInRequest([503, 503, 503]);
    const fetch = receiver.spans.find((span) => span.name === 'subgraph contract');
    expect(fetch?.attributes).toMatchObject({
      'custos.subgraph.outcome': 'unavailable',
      'custos.subgraph.failure': 'FAILED_RESPONSE',
      'custos.subgraph.retries': 2,
      'custos.error.codes': ['SERVICE_UNAVAILABLE'],
    });
    expect(fetch?.status).toEqual({ code: STATUS_ERROR, message: 'SERVICE_UNAVAILABLE' });
  });
});
