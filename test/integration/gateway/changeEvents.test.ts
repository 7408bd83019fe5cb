import http, { type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningGateway } from '../../../gateway/server';
import { verifyWebhook } from '../../../lib/webhooks/webhookSignature';
import { graphql, startTestFederation, type TestFederation } from '../../support/federation';
import { startGatewayBeside, until } from '../../support/gateways';

/**
 * Customer changes going out, through a real federation: webhooks delivered by gateways' dispatchers
 * to a receiver on a local port, signed, governed as the subscription's principal and audited; a
 * receiver that fails fills the exception queue until a delivery gets through; and the SSE stream.
 */

let federation: TestFederation;
let creditAnalyst: string;
let euCustomer: string;
let usCustomer: string;
const gateways: RunningGateway[] = [];

/** A webhook receiver on a free port: what it was sent, answering `status()` to each delivery. */
interface Receiver {
  url: string;
  deliveries: { headers: IncomingMessage['headers']; body: string }[];
  status: () => number;
  close(): Promise<void>;
}

async function startReceiver(status: () => number = () => 204): Promise<Receiver> {
  const deliveries: Receiver['deliveries'] = [];
  const receiver = { deliveries, status } as Receiver;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      deliveries.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.statusCode = receiver.status();
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/custos`;
  receiver.close = () => new Promise((resolve) => server.close(() => resolve()));
  return receiver;
}

/** A gateway whose webhook dispatcher looks every 50 ms and waits retryBaseMs after a failure, doubling. */
async function startDispatcher(retryBaseMs = 50): Promise<RunningGateway> {
  const gateway = await startGatewayBeside(federation, (config) => ({
    ...config,
    changeEvents: { ...config.changeEvents, webhooks: true, pollMs: 50, retryBaseMs },
  }));
  gateways.push(gateway);
  return gateway;
}

const SUBSCRIBE = `mutation($input: WebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) { secret subscription { id roles regions deliveredThrough } }
}`;

async function subscribe(token: string, url: string, extra: Record<string, unknown> = {}) {
  const { body } = await graphql(federation.gateway.url, SUBSCRIBE, {
    token,
    variables: { input: { url, description: 'billing system sync', ...extra } },
  });
  expect(body.errors).toBeUndefined();
  return body.data.createWebhookSubscription as { secret: string; subscription: { id: string; roles: string[] } };
}

async function change(customerId: string, input: Record<string, unknown>, reason: string) {
  const { body } = await graphql(
    federation.gateway.url,
    'mutation($id: ID!, $input: CustomerUpdateInput!, $reason: String!) { updateCustomer(id: $id, input: $input, reason: $reason) { id } }',
    { token: creditAnalyst, variables: { id: customerId, input, reason } },
  );
  expect(body.errors).toBeUndefined();
  await federation.subgraphs.customer.settled();
}

interface SentEvent {
  id: string;
  cursor: string;
  customerId: string;
  field: string;
  oldValue: unknown;
  newValue: unknown;
  withheld: string[];
  reason: string;
}

const eventsOf = (receiver: Receiver): SentEvent[] =>
  receiver.deliveries.flatMap((delivery) => (JSON.parse(delivery.body) as { events: SentEvent[] }).events);

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '60', WEBHOOK_RETRY_MS: '50' });
  creditAnalyst = await federation.token({ sub: 'credit.carla', roles: ['credit_analyst'], regions: ['EU', 'US'] });
  const admin = await federation.token({ roles: ['admin'] });
  const { body } = await graphql(federation.gateway.url, '{ customers(first: 60) { edges { node { id region } } } }', {
    token: admin,
  });
  const customers = body.data.customers.edges.map((edge: { node: { id: string; region: string } }) => edge.node);
  euCustomer = customers.find((customer: { region: string }) => customer.region === 'EU').id;
  usCustomer = customers.find((customer: { region: string }) => customer.region === 'US').id;
});

afterEach(async () => {
  for (const gateway of gateways.splice(0)) await gateway.close();
});

afterAll(async () => {
  await federation?.close();
});

describe('webhooks', () => {
  it('sends each change once, signed, as the subscription may see it, and audits the read', async () => {
    const receiver = await startReceiver();
    const billing = await federation.token({ sub: 'billing.bea', roles: ['billing_ops'], regions: ['EU'] });
    const analystReceiver = await startReceiver();
    const billingHook = await subscribe(billing, receiver.url);
    const analystHook = await subscribe(creditAnalyst, analystReceiver.url);
    expect(billingHook.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(billingHook.subscription.roles).toEqual(['billing_ops']);
    // Two dispatchers: of the two, one delivers each batch.
    await startDispatcher();
    await startDispatcher();

    await change(
      euCustomer,
      { creditLimit: { amount: '1000.00', currency: 'EUR' }, paymentTermsCode: 'NET45' },
      'credit review 1',
    );
    await change(usCustomer, { paymentTermsCode: 'NET60' }, 'credit review 2');

    const analystEvents = await until(
      'the analyst receiver to get three changes',
      () => eventsOf(analystReceiver),
      (events) => events.length >= 3,
    );
    const billingEvents = await until(
      'the billing receiver to get two changes',
      () => eventsOf(receiver),
      (events) => events.length >= 2,
    );
    await until(
      'the US change to pass the billing subscription',
      () => graphql(federation.gateway.url, '{ webhookSubscriptions { deliveredThrough } }', { token: billing }),
      (answer) => answer.body.data.webhookSubscriptions[0].deliveredThrough === analystEvents.at(-1)?.cursor,
    );

    for (const delivery of receiver.deliveries) {
      expect(
        verifyWebhook(billingHook.secret, delivery.headers as Record<string, string>, delivery.body, new Date()),
      ).toBe(true);
      expect(
        verifyWebhook(analystHook.secret, delivery.headers as Record<string, string>, delivery.body, new Date()),
      ).toBe(false);
      expect(
        verifyWebhook(billingHook.secret, delivery.headers as Record<string, string>, `${delivery.body} `, new Date()),
      ).toBe(false);
    }
    // Once each, in the order they were made.
    expect(new Set(analystEvents.map((event) => event.id)).size).toBe(analystEvents.length);
    expect(analystEvents.map((event) => event.customerId)).toEqual([euCustomer, euCustomer, usCustomer]);
    expect(
      analystEvents
        .slice(0, 2)
        .map((event) => event.field)
        .sort(),
    ).toEqual(['creditLimit', 'paymentTermsCode']);
    expect(analystEvents.find((event) => event.field === 'creditLimit')?.newValue).toEqual({
      currency: 'EUR',
      minor: 100_000,
    });

    // Billing ops of the EU: the credit limit nullified as its own read of it is, no US customer at all.
    expect(billingEvents.map((event) => event.customerId)).toEqual([euCustomer, euCustomer]);
    const limit = billingEvents.find((event) => event.field === 'creditLimit');
    expect(limit).toMatchObject({ oldValue: null, newValue: null });
    expect(billingEvents.find((event) => event.field === 'paymentTermsCode')?.newValue).toBe('NET45');
    expect(receiver.deliveries.map((delivery) => delivery.body).join('')).not.toContain('100000');

    const auditor = await federation.token({ roles: ['auditor'] });
    const trail = await graphql(
      federation.gateway.url,
      'query($sub: String!) { auditEvents(filter: { sub: $sub }) { edges { node { operationName principal { sub } } } } }',
      { token: auditor, variables: { sub: `webhook:${billingHook.subscription.id}` } },
    );
    expect(trail.body.errors).toBeUndefined();
    expect(
      trail.body.data.auditEvents.edges.map((edge: { node: { operationName: string } }) => edge.node.operationName),
    ).toContain('CustomerChangeFeed');
    await receiver.close();
    await analystReceiver.close();
  });

  it('never reads with more than its owner holds', async () => {
    const billing = await federation.token({ sub: 'billing.ben', roles: ['billing_ops'], regions: ['EU'] });
    for (const input of [{ roles: ['admin'] }, { regions: ['US'] }, { roles: [] }]) {
      const { body } = await graphql(federation.gateway.url, SUBSCRIBE, {
        token: billing,
        variables: { input: { url: 'https://billing.example.com/hook', description: 'sync', ...input } },
      });
      expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    for (const url of ['ftp://billing.example.com/hook', 'https://user:secret@billing.example.com/hook', 'not a url']) {
      const { body } = await graphql(federation.gateway.url, SUBSCRIBE, {
        token: billing,
        variables: { input: { url, description: 'sync' } },
      });
      expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(body)).not.toContain('secret@');
    }
    const stranger = await federation.token({ roles: ['customer_service'], regions: ['EU'] });
    const refused = await graphql(federation.gateway.url, SUBSCRIBE, {
      token: stranger,
      variables: { input: { url: 'https://billing.example.com/hook', description: 'sync' } },
    });
    expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // One owner's subscriptions are theirs alone to list and delete.
    const own = await subscribe(billing, 'https://billing.example.com/hook');
    const other = await federation.token({ sub: 'billing.bo', roles: ['billing_ops'], regions: ['EU'] });
    const listed = await graphql(federation.gateway.url, '{ webhookSubscriptions { id } }', { token: other });
    expect(listed.body.data.webhookSubscriptions).toEqual([]);
    const deleted = await graphql(
      federation.gateway.url,
      'mutation($id: ID!) { deleteWebhookSubscription(id: $id) { id } }',
      {
        token: other,
        variables: { id: own.subscription.id },
      },
    );
    expect(deleted.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const mine = await graphql(
      federation.gateway.url,
      'mutation($id: ID!) { deleteWebhookSubscription(id: $id) { id } }',
      {
        token: billing,
        variables: { id: own.subscription.id },
      },
    );
    expect(mine.body.errors).toBeUndefined();

    // One person's receivers stay few: the eleventh is refused.
    const many = await federation.token({ sub: 'billing.many', roles: ['billing_ops'], regions: ['EU'] });
    const ten = [];
    for (let n = 0; n < 10; n++) ten.push(await subscribe(many, `https://billing.example.com/hook/${n}`));
    const eleventh = await graphql(federation.gateway.url, SUBSCRIBE, {
      token: many,
      variables: { input: { url: 'https://billing.example.com/hook/10', description: 'one too many' } },
    });
    expect(eleventh.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    for (const { subscription } of ten)
      await graphql(federation.gateway.url, 'mutation($id: ID!) { deleteWebhookSubscription(id: $id) { id } }', {
        token: many,
        variables: { id: subscription.id },
      });
  });

  it('can be reviewed and revoked by an operator, whoever made it', async () => {
    const billing = await federation.token({ sub: 'billing.bianca', roles: ['billing_ops'], regions: ['EU'] });
    const made = await subscribe(billing, 'https://billing.example.com/bianca');
    const admin = await federation.token({ sub: 'ops.olga', roles: ['admin'] });
    const all = await graphql(federation.gateway.url, '{ allWebhookSubscriptions { id owner roles } }', {
      token: admin,
    });
    expect(all.body.data.allWebhookSubscriptions).toContainEqual({
      id: made.subscription.id,
      owner: 'billing.bianca',
      roles: ['billing_ops'],
    });
    const notTheirs = await graphql(federation.gateway.url, '{ allWebhookSubscriptions { id } }', { token: billing });
    expect(notTheirs.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const revoke =
      'mutation($id: ID!, $reason: String!) { revokeWebhookSubscription(id: $id, reason: $reason) { id } }';
    const blank = await graphql(federation.gateway.url, revoke, {
      token: admin,
      variables: { id: made.subscription.id, reason: ' ' },
    });
    expect(blank.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const revoked = await graphql(federation.gateway.url, revoke, {
      token: admin,
      variables: { id: made.subscription.id, reason: 'Bianca moved to another team' },
    });
    expect(revoked.body.errors).toBeUndefined();
    const left = await graphql(federation.gateway.url, '{ webhookSubscriptions { id } }', { token: billing });
    expect(left.body.data.webhookSubscriptions).toEqual([]);
  });

  it('keeps failing deliveries in the exception queue until one gets through, losing no change', async () => {
    let failing = true;
    const receiver = await startReceiver(() => (failing ? 503 : 200));
    const hook = await subscribe(creditAnalyst, receiver.url);
    await startDispatcher(1000);
    await change(euCustomer, { paymentTermsCode: 'NET30' }, 'failing receiver 1');

    const admin = await federation.token({ roles: ['admin'] });
    const exceptions = () =>
      graphql(
        federation.gateway.url,
        '{ exceptions(source: "WEBHOOK") { id subject status error attempts resolution } }',
        {
          token: admin,
        },
      ).then((answer) =>
        answer.body.data.exceptions.filter(
          (item: { subject: string }) => item.subject === `webhook:${hook.subscription.id}`,
        ),
      );
    const [open] = await until('three failures to open an exception', exceptions, (items) => items.length === 1);
    expect(open).toMatchObject({ status: 'OPEN', error: 'HTTP 503' });
    await change(euCustomer, { paymentTermsCode: 'NET60' }, 'failing receiver 2');

    // Not dismissable: that would skip changes the receiver was promised.
    const dismissed = await graphql(
      federation.gateway.url,
      'mutation($id: ID!) { dismissException(id: $id, reason: "noise") { id } }',
      {
        token: admin,
        variables: { id: open.id },
      },
    );
    expect(dismissed.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    // The backoff is four seconds now; retryException sends at once.
    const waiting = await graphql(federation.gateway.url, '{ webhookSubscriptions { id nextAttemptAt failures } }', {
      token: creditAnalyst,
    });
    const mine = waiting.body.data.webhookSubscriptions.find((s: { id: string }) => s.id === hook.subscription.id);
    expect(mine.failures).toBeGreaterThanOrEqual(3);
    expect(Date.parse(mine.nextAttemptAt)).toBeGreaterThan(Date.now());
    failing = false;
    const retried = await graphql(
      federation.gateway.url,
      'mutation($id: ID!) { retryException(id: $id) { nextAttemptAt } }',
      {
        token: admin,
        variables: { id: open.id },
      },
    );
    expect(retried.body.errors).toBeUndefined();
    const [resolved] = await until('the exception to resolve', exceptions, (items) => items[0]?.status === 'RESOLVED');
    expect(resolved.resolution).toMatch(/^delivered at /);

    // Every failed try carried the same first change; the one that got through carried both, in order.
    const accepted = receiver.deliveries.at(-1) as Receiver['deliveries'][number];
    const events = (JSON.parse(accepted.body) as { events: SentEvent[] }).events;
    expect(events.map((event) => event.reason)).toEqual(['failing receiver 1', 'failing receiver 2']);
    expect(receiver.deliveries.length).toBeGreaterThanOrEqual(4);
    await receiver.close();
  });
});

/** Reads server-sent events from a streamed response until `count` events came or the stream ended. */
async function readEvents(
  response: Response,
  count: number,
): Promise<{ id?: string; event?: string; data?: string }[]> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const events: { id?: string; event?: string; data?: string }[] = [];
  let buffer = '';
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const fields = Object.fromEntries(
        block
          .split('\n')
          .filter((line) => line && !line.startsWith(':'))
          .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trimStart()]),
      );
      if (fields.data !== undefined) events.push(fields);
    }
  }
  await reader.cancel();
  return events;
}

describe('the SSE stream', () => {
  const streamUrl = () => `${new URL(federation.gateway.url).origin}/events/customer-changes`;

  it('refuses callers without a token or the grant', async () => {
    expect((await fetch(streamUrl())).status).toBe(401);
    const stranger = await federation.token({ roles: ['customer_service'], regions: ['EU'] });
    const refused = await fetch(streamUrl(), { headers: { authorization: `Bearer ${stranger}` } });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    const bad = await fetch(`${streamUrl()}?after=garbage`, { headers: { authorization: `Bearer ${creditAnalyst}` } });
    expect(bad.status).toBe(400);
  });

  it('streams changes from now, and carries on after Last-Event-ID', async () => {
    const headers = { authorization: `Bearer ${creditAnalyst}` };
    const first = await fetch(streamUrl(), { headers });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reading = readEvents(first, 1);
    await change(usCustomer, { creditHold: true }, 'stream 1');
    const [held] = await reading;
    expect(held.event).toBe('customer.changed');
    expect(JSON.parse(held.data as string)).toMatchObject({
      customerId: usCustomer,
      field: 'creditHold',
      newValue: true,
    });

    await change(usCustomer, { creditHold: false }, 'stream 2');
    const resumed = await fetch(streamUrl(), { headers: { ...headers, 'last-event-id': held.id as string } });
    const [next] = await readEvents(resumed, 1);
    expect(JSON.parse(next.data as string)).toMatchObject({ field: 'creditHold', newValue: false, reason: 'stream 2' });
  });
});
