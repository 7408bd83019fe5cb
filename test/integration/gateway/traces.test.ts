import { plantCanaries, type PlantedRecords } from '../../support/canaries';
import { formsOf } from '../../support/canaryScanner';
import { graphql, startTestFederation, type GraphQLResponse } from '../../support/federation';
import {
  SPAN_KIND,
  STATUS_ERROR,
  startOtlpReceiver,
  type OtlpReceiver,
  type ReceivedSpan,
} from '../../support/otlpReceiver';

/**
 * Traces across gateway and subgraphs, as an OpenTelemetry collector in this process receives them
 * over OTLP/HTTP: one trace from the client's traceparent through the gateway, each subgraph fetch,
 * each subgraph, a subgraph's call to another and the audit append; errors by code; and no value a
 * client sent or a record holds anywhere in what was exported. The federation is closed before the
 * assertions, so every service has flushed its spans.
 */

/** A client's own trace, as it would send it (W3C Trace Context's example ids). */
const CLIENT_TRACE = '0af7651916cd43dd8448eb211c80319c';
const CLIENT_SPAN = 'b7ad6b7169203331';
const traceparent = (trace: string) => `00-${trace}-${CLIENT_SPAN}-01`;
const FORBIDDEN_TRACE = '1af7651916cd43dd8448eb211c80319c';
const REFUSED_TRACE = '2af7651916cd43dd8448eb211c80319c';
/** A value the customer subgraph quotes in its error message ("unknown payment terms ..."). */
const TERMS_CANARY = 'CANARYTERMS7351846';

let receiver: OtlpReceiver;
let planted: PlantedRecords;
let crossing: GraphQLResponse;
let refused: GraphQLResponse;
let byIban: GraphQLResponse;
let ibanHolder: string;

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  const federation = await startTestFederation({
    SEED_CUSTOMERS: '20',
    OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
  });
  try {
    // Every classified value is planted through its real write path, as variables: all of it traced.
    planted = await plantCanaries(federation);
    const url = federation.gateway.url;
    const [customerId] = planted.ids.Customer;
    const finance = await federation.token({ roles: ['finance_analyst'] });
    // gateway -> customer (the customer), gateway -> contract (its contracts) -> customer (the
    // contract subgraph asks the customer master where the customer belongs), gateway -> audit.
    crossing = await graphql(
      url,
      'query CustomerWithContracts($id: ID!) { customer(id: $id) { id name creditLimit { amount } contracts { id totalValue { amount } } } }',
      { token: finance, variables: { id: customerId }, headers: { traceparent: traceparent(CLIENT_TRACE) } },
    );
    // A classified value as a literal in the document, and in the answer.
    const iban = planted.canaries.find((canary) => canary.label.startsWith('IBAN, by addBankAccount'));
    if (!iban || !('text' in iban.value)) throw new Error('no IBAN canary was planted');
    ibanHolder = iban.customerId;
    const billing = await federation.token({ roles: ['billing_ops'] });
    byIban = await graphql(
      url,
      `query ByIban { customerByIban(iban: "${iban.value.text}") { id bankAccounts { iban } } }`,
      {
        token: billing,
      },
    );
    const bi = await federation.token({ roles: ['bi_reader'] });
    await graphql(url, 'query Chain { auditChain { intact } }', {
      token: bi,
      headers: { traceparent: traceparent(FORBIDDEN_TRACE) },
    });
    const steward = await federation.token({ roles: ['data_steward'] });
    refused = await graphql(
      url,
      'mutation Terms($id: ID!, $input: CustomerUpdateInput!) { updateCustomer(id: $id, input: $input, reason: "terms") { id } }',
      {
        token: steward,
        variables: { id: customerId, input: { paymentTermsCode: TERMS_CANARY } },
        headers: { traceparent: traceparent(REFUSED_TRACE) },
      },
    );
  } finally {
    // Shutdown flushes: every span of every service is at the receiver once this returns.
    await federation.close();
  }
}, 120_000);

afterAll(async () => {
  await receiver?.close();
});

function spansOf(traceId: string): ReceivedSpan[] {
  return receiver.spans.filter((span) => span.traceId === traceId);
}

function only<T>(items: T[], what: string): T {
  if (items.length !== 1) throw new Error(`expected one ${what}, found ${items.length}`);
  return items[0];
}

function childrenOf(spans: ReceivedSpan[], parent: ReceivedSpan): ReceivedSpan[] {
  return spans.filter((span) => span.parentSpanId === parent.spanId);
}

describe('traces', () => {
  it('follow one request from the client through the gateway and every subgraph it reaches', () => {
    expect(crossing.body.errors).toBeUndefined();
    const spans = spansOf(CLIENT_TRACE);
    expect(new Set(spans.map((span) => span.service))).toEqual(
      new Set(['custos-gateway', 'custos-customer', 'custos-contract', 'custos-audit']),
    );

    // The gateway continues the client's trace, under the client's span.
    const request = only(
      spans.filter((span) => span.service === 'custos-gateway' && span.kind === SPAN_KIND.SERVER),
      'gateway request span',
    );
    expect(request.parentSpanId).toBe(CLIENT_SPAN);
    expect(request.name).toBe('query CustomerWithContracts');
    expect(request.attributes).toMatchObject({
      'graphql.operation.name': 'CustomerWithContracts',
      'graphql.operation.type': 'query',
      'http.route': '/graphql',
      'http.response.status_code': 200,
    });

    // A fetch span per subgraph call under it, and each subgraph's span under its fetch.
    const fetches = childrenOf(spans, request).filter((span) => span.kind === SPAN_KIND.CLIENT);
    const fetchOf = (subgraph: string) =>
      only(
        fetches.filter((span) => span.attributes['custos.subgraph'] === subgraph),
        `${subgraph} fetch`,
      );
    for (const subgraph of ['customer', 'contract']) {
      const fetch = fetchOf(subgraph);
      expect(fetch.service).toBe('custos-gateway');
      expect(fetch.name).toBe(`subgraph ${subgraph}`);
      expect(fetch.attributes).toMatchObject({ 'custos.subgraph.outcome': 'ok', 'custos.subgraph.retries': 0 });
      const served = only(childrenOf(spans, fetch), `${subgraph} span under its fetch`);
      expect(served).toMatchObject({ service: `custos-${subgraph}`, kind: SPAN_KIND.SERVER });
      expect(served.attributes['graphql.operation.type']).toBe('query');
    }

    // The contract subgraph asks the customer master, and the master's span joins the trace.
    const contract = only(childrenOf(spans, fetchOf('contract')), 'contract span');
    const ask = only(
      childrenOf(spans, contract).filter((span) => span.attributes['custos.internal.target'] === 'customer'),
      'call from contract to customer',
    );
    expect(ask).toMatchObject({ service: 'custos-contract', kind: SPAN_KIND.CLIENT, name: 'internal customer' });
    expect(ask.attributes['custos.internal.caller']).toBe('contract');
    expect(only(childrenOf(spans, ask), 'customer span under the call')).toMatchObject({
      service: 'custos-customer',
      kind: SPAN_KIND.SERVER,
    });

    // creditLimit is classified: the audit append has its own span, and the trail's span is under it.
    const append = only(
      childrenOf(spans, request).filter((span) => span.name === 'audit append'),
      'audit append span',
    );
    expect(append.attributes).toMatchObject({ 'custos.audit.outcome': 'committed' });
    expect(append.attributes['custos.audit.events']).toBeGreaterThanOrEqual(1);
    const appendCall = only(childrenOf(spans, append), 'call to the audit trail');
    expect(appendCall.attributes['custos.internal.target']).toBe('audit');
    expect(only(childrenOf(spans, appendCall), 'audit span')).toMatchObject({
      service: 'custos-audit',
      kind: SPAN_KIND.SERVER,
    });
  });

  it('start a trace of their own for a client that sends none', () => {
    expect(byIban.body.errors).toBeUndefined();
    expect(byIban.body.data.customerByIban.id).toBe(ibanHolder);
    const request = only(
      receiver.spans.filter((span) => span.service === 'custos-gateway' && span.name === 'query ByIban'),
      'ByIban request span',
    );
    expect(request.parentSpanId).toBe('');
    expect(request.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(spansOf(request.traceId).some((span) => span.service === 'custos-customer')).toBe(true);
  });

  it('record errors by their code, never their message', () => {
    const forbidden = only(
      spansOf(FORBIDDEN_TRACE).filter((span) => span.service === 'custos-gateway' && span.kind === SPAN_KIND.SERVER),
      'refused request span',
    );
    expect(forbidden.attributes['custos.error.codes']).toEqual(['FORBIDDEN']);
    expect(forbidden.status).toEqual({ code: STATUS_ERROR, message: 'FORBIDDEN' });

    // Refused inside the customer subgraph, with a message that quotes the value sent.
    expect(refused.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.body.errors?.[0].message).toContain(TERMS_CANARY);
    const spans = spansOf(REFUSED_TRACE);
    const request = only(
      spans.filter((span) => span.service === 'custos-gateway' && span.kind === SPAN_KIND.SERVER),
      'gateway request span',
    );
    const fetch = only(
      childrenOf(spans, request).filter((span) => span.attributes['custos.subgraph'] === 'customer'),
      'customer fetch',
    );
    const customer = only(childrenOf(spans, fetch), 'customer span');
    for (const span of [request, fetch, customer]) {
      expect(span.attributes['custos.error.codes']).toEqual(['BAD_USER_INPUT']);
      expect(span.status).toEqual({ code: STATUS_ERROR, message: 'BAD_USER_INPUT' });
    }
    expect(request.attributes['graphql.operation.type']).toBe('mutation');
    expect(fetch.attributes['custos.subgraph.outcome']).toBe('errors');
  });

  it('never carry a value a client sent or a record holds', () => {
    const exported = receiver.bodies.join('\n');
    expect(receiver.spans.length).toBeGreaterThan(50);
    expect(exported).not.toContain(TERMS_CANARY);
    for (const canary of planted.canaries) {
      for (const form of formsOf(canary.value)) {
        if (exported.includes(form)) throw new Error(`${canary.label} is in the exported spans as "${form}"`);
      }
    }
  });
});
