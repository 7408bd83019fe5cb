import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { graphql, startTestFederation } from '../support/federation';
import { startGatewayBeside } from '../support/gateways';
import { printTable } from './printTable';

/**
 * `npm run bench:events`: how near real time customer changes reach their subscribers. A credit
 * analyst changes customers one after another through the gateway; a webhook receiver on a local
 * port and an SSE reader note when each change arrives. The latency is from the mutation's answer to
 * the arrival, with the default poll of CHANGE_EVENTS_POLL_MS (1 s) and relay interval, as deployed.
 */

const CHANGES = Number(process.argv[process.argv.indexOf('--changes') + 1]) || 60;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  const federation = await startTestFederation({ SEED_CUSTOMERS: '200' });
  const dispatcher = await startGatewayBeside(federation, (config) => ({
    ...config,
    changeEvents: { ...config.changeEvents, webhooks: true },
  }));
  const arrivedByWebhook = new Map<string, number>();
  const receiver = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const at = performance.now();
      for (const event of JSON.parse(Buffer.concat(chunks).toString('utf8')).events as { reason: string }[])
        arrivedByWebhook.set(event.reason, at);
      response.statusCode = 204;
      response.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const analyst = await federation.token({ sub: 'bench.analyst', roles: ['credit_analyst'], regions: ['EU', 'US'] });
  const subscribed = await graphql(
    federation.gateway.url,
    'mutation($url: String!) { createWebhookSubscription(input: { url: $url, description: "bench" }) { subscription { id } } }',
    { token: analyst, variables: { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook` } },
  );
  if (subscribed.body.errors) throw new Error(JSON.stringify(subscribed.body.errors));

  const arrivedByStream = new Map<string, number>();
  const stream = await fetch(`${new URL(federation.gateway.url).origin}/events/customer-changes`, {
    headers: { authorization: `Bearer ${analyst}` },
  });
  const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
  const reading = (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      for (const data of buffer.match(/^data: .*$/gm) ?? [])
        arrivedByStream.set((JSON.parse(data.slice(6)) as { reason: string }).reason, performance.now());
      buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
    }
  })().catch(() => undefined);

  const { body } = await graphql(
    federation.gateway.url,
    '{ customers(first: 100) { edges { node { id creditHold } } } }',
    {
      token: analyst,
    },
  );
  // Each change turns a customer's hold the other way, so that each is a change and becomes an event.
  const customers: { id: string; creditHold: boolean }[] = body.data.customers.edges.map(
    (edge: { node: { id: string; creditHold: boolean } }) => edge.node,
  );
  const answered = new Map<string, number>();
  for (let n = 0; n < CHANGES; n++) {
    const reason = `bench change ${n}`;
    const customer = customers[n % customers.length];
    const changed = await graphql(
      federation.gateway.url,
      'mutation($id: ID!, $hold: Boolean!, $reason: String!) { updateCustomer(id: $id, input: { creditHold: $hold }, reason: $reason) { id } }',
      { token: analyst, variables: { id: customer.id, hold: !customer.creditHold, reason } },
    );
    if (changed.body.errors) throw new Error(JSON.stringify(changed.body.errors));
    answered.set(reason, performance.now());
    customer.creditHold = !customer.creditHold;
    await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 400));
  }
  const deadline = Date.now() + 30_000;
  while ((arrivedByWebhook.size < CHANGES || arrivedByStream.size < CHANGES) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 100));

  const latencies = (arrived: Map<string, number>) =>
    [...answered].flatMap(([reason, at]) => (arrived.has(reason) ? [(arrived.get(reason) as number) - at] : []));
  const rows = [
    ['webhook (signed POST)', latencies(arrivedByWebhook)],
    ['SSE stream', latencies(arrivedByStream)],
  ] as const;
  printTable(
    ['customer change to subscriber', 'changes', 'arrived', 'p50 ms', 'p95 ms', 'max ms'],
    rows.map(([way, values]) => [
      way,
      CHANGES,
      values.length,
      Math.round(percentile(values, 50)),
      Math.round(percentile(values, 95)),
      Math.round(Math.max(...values)),
    ]),
  );
  await reader.cancel();
  await reading;
  receiver.close();
  await dispatcher.close();
  await federation.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
