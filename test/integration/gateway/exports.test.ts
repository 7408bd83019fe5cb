import { parseCsv as parseRfc4180 } from '../../../lib/csv';
import { graphql, startTestFederation, type TestFederation } from '../../support/federation';
import { who } from '../../support/principals';
import type { Principal } from '../../../lib/principal';

/**
 * Bulk exports end to end (GET /export/<name>.csv|.ndjson): each row is what the same caller reads
 * through the graph, masked the same way, over exactly the customers it may list; one audit event
 * per export before its first row; refusals with clear codes; and a cut connection, never a
 * truncated file taken for a whole one, when a subgraph dies mid-export.
 */

const PAGE = 7;
let federation: TestFederation;
let base: string;
let auditor: string;

beforeAll(async () => {
  federation = await startTestFederation({
    SEED_CUSTOMERS: '60',
    MAX_PAGE_SIZE: String(PAGE),
    BULK_EXPORT_RECORDS: '150',
  });
  base = federation.gateway.url.replace(/\/graphql$/, '');
  auditor = await federation.token({ sub: 'auditor-exports', roles: ['auditor'], regions: [] });
});

afterAll(async () => {
  await federation?.close();
});

async function tokenOf(sub: string, principal: Principal): Promise<string> {
  return federation.token({ ...principal, sub });
}

async function download(path: string, token?: string, init: RequestInit = {}) {
  const response = await fetch(base + path, {
    ...init,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.headers ?? {}) },
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, text: bytes.toString('utf8') };
}

/** The CSV without its byte-order mark. */
function parseCsv(text: string): string[][] {
  return parseRfc4180(text.replace(/^\uFEFF/, ''));
}

function ndjson(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Every customer the caller may list, through the graph, page by page. */
async function customersThroughGraph(token: string, selection: string): Promise<any[]> {
  const nodes: any[] = [];
  for (let after: string | null = null; ;) {
    const { body }: any = await graphql(
      federation.gateway.url,
      `query Page($after: String) { customers(first: ${PAGE}, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${selection} } } } }`,
      { token, variables: { after } },
    );
    nodes.push(...body.data.customers.edges.map((edge: any) => edge.node));
    if (!body.data.customers.pageInfo.hasNextPage) return nodes;
    after = body.data.customers.pageInfo.endCursor;
  }
}

async function eventsOf(sub: string): Promise<any[]> {
  const { body } = await graphql(
    federation.gateway.url,
    `
      query Events($sub: String) {
        auditEvents(filter: { sub: $sub }, first: ${PAGE}) {
          edges {
            node {
              kind
              outcome
              export
              operationName
              operationText
              variables
              requestId
              alert
              records {
                type
                count
              }
              touched {
                id
              }
              coordinates {
                coordinate
                decision
                strategy
              }
            }
          }
        }
      }
    `,
    { token: auditor, variables: { sub } },
  );
  expect(body.errors).toBeUndefined();
  return body.data.auditEvents.edges.map((edge: any) => edge.node);
}

describe('rows are what the caller reads through the graph', () => {
  it('exports every invoice of every customer the caller may list, across pages, masked as the graph masks them', async () => {
    const token = await tokenOf('fa-invoices', who(['finance_analyst'], ['EU']));
    const { status, headers, text } = await download('/export/invoices.ndjson', token);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toContain('application/x-ndjson');
    const rows = ndjson(text);
    const customers = await customersThroughGraph(
      token,
      'id name region contracts { id currency invoices { id number status issueDate dueDate purchaseOrderNumber amount { amount } balance { amount } } }',
    );
    const expected = customers.flatMap((customer) =>
      customer.contracts.flatMap((contract: any) =>
        contract.invoices.map((invoice: any) => ({
          invoiceId: invoice.id,
          number: invoice.number,
          customerId: customer.id,
          customerName: customer.name,
          region: customer.region,
          contractId: contract.id,
          issueDate: invoice.issueDate,
          dueDate: invoice.dueDate,
          status: invoice.status,
          purchaseOrderNumber: invoice.purchaseOrderNumber,
          currency: contract.currency,
          amount: invoice.amount?.amount ?? null,
          balance: invoice.balance?.amount ?? null,
        })),
      ),
    );
    expect(expected.length).toBeGreaterThan(PAGE * 3);
    expect(rows).toEqual(expected);
    // Out of region the amounts are rounded to thousands; in region they are exact.
    const outside = rows.filter((row) => row.region !== 'EU' && row.amount !== null);
    expect(outside.length).toBeGreaterThan(0);
    for (const row of outside) expect(row.amount).toMatch(/000(\.0+)?$/);
    expect(rows.some((row) => row.region === 'EU' && !String(row.amount).endsWith('000.00'))).toBe(true);
  });

  it('exports each customer’s revenue at each month end as Customer.revenue gives it, masked the same way', async () => {
    const token = await tokenOf('fa-revenue', who(['finance_analyst'], ['EU']));
    const months = [
      ['2026-09', '2026-09-30'],
      ['2026-10', '2026-10-31'],
      ['2026-11', '2026-11-30'],
    ];
    const { status, text } = await download('/export/customer-revenue.ndjson?from=2026-09&to=2026-11', token);
    expect(status).toBe(200);
    const figures = ['recognizedToDate', 'deferred', 'unbilled', 'arr', 'mrr'];
    const revenueSelection = figures.map((figure) => `${figure} { amount currency bucket }`).join(' ');
    const customers = await customersThroughGraph(
      token,
      `id name country region segment taxIds { kind value } ${months
        .map(([, asOf], i) => `m${i}: revenue(asOf: "${asOf}") { ${revenueSelection} }`)
        .join(' ')}`,
    );
    const expected = customers.flatMap((customer) =>
      months.flatMap(([month, asOf], i) => {
        const revenue = customer[`m${i}`];
        const currencies = [...new Set(figures.flatMap((f) => revenue[f].map((money: any) => money.currency)))].sort();
        return currencies.map((currency): Record<string, unknown> => ({
          customerId: customer.id,
          name: customer.name,
          country: customer.country,
          region: customer.region,
          segment: customer.segment,
          taxIdKind: customer.taxIds[0]?.kind ?? null,
          taxId: customer.taxIds[0]?.value ?? null,
          month,
          asOf,
          currency,
          ...Object.fromEntries(
            figures.map((f) => {
              const money = revenue[f].find((m: any) => m.currency === currency);
              return [f, money ? (money.bucket ?? money.amount) : null];
            }),
          ),
        }));
      }),
    );
    expect(expected.length).toBeGreaterThan(PAGE * 3);
    expect(ndjson(text)).toEqual(expected);
    // Out of region the figures are rounded to thousands.
    const outside = expected.filter((row) => row.region !== 'EU');
    expect(outside.length).toBeGreaterThan(0);
    for (const row of outside) for (const f of figures) expect(Number(row[f]) % 1000).toBe(0);
    expect(expected.some((row) => row.region === 'EU' && Number(row.recognizedToDate) % 1000 !== 0)).toBe(true);
  });

  it('refuses revenue rows for more days than a request may ask, with BAD_USER_INPUT', async () => {
    const token = await tokenOf('fa-days', who(['finance_analyst'], ['EU']));
    const days = Array.from({ length: 25 }, (_, i) => `2025-01-${String(i + 1).padStart(2, '0')}`);
    const { body } = await graphql(
      federation.gateway.url,
      'query($days: [Date!]!) { customers(first: 1) { edges { node { id revenueRows(asOf: $days) } } } }',
      { token, variables: { days } },
    );
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(body.data.customers.edges[0].node.revenueRows).toBeNull();
  });

  it('narrows invoices by issue date and status exactly as the whole export filtered would', async () => {
    const token = await tokenOf('fa-narrowed', who(['finance_analyst'], ['EU']));
    const all = ndjson((await download('/export/invoices.ndjson', token)).text);
    const [issuedFrom, issuedTo] = ['2026-03-01', '2026-09-30'];
    const narrowed = await download(
      `/export/invoices.ndjson?issuedFrom=${issuedFrom}&issuedTo=${issuedTo}&invoiceStatus=PAID`,
      token,
    );
    expect(narrowed.status).toBe(200);
    const expected = all.filter(
      (row) => String(row.issueDate) >= issuedFrom && String(row.issueDate) <= issuedTo && row.status === 'PAID',
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    expect(ndjson(narrowed.text)).toEqual(expected);
  });

  it('leaves empty the cells the caller may not read and exports the rest, as the graph withholds them', async () => {
    const admin = await tokenOf('admin-exports', who(['admin'], []));
    const withInvoices = (await customersThroughGraph(admin, 'id region contracts { invoices { id } }')).filter(
      (customer) => customer.contracts.some((contract: any) => contract.invoices.length > 0),
    );
    const survivor = withInvoices.find((customer) => customer.region === 'EU');
    const merged = withInvoices.find((customer) => customer.region === 'US');
    // After the merge the survivor is of one region; the invoices of whichever customer was of the
    // other stay of theirs, so billing of the survivor's region lists them with their amounts denied.
    const merge = await graphql(
      federation.gateway.url,
      'mutation($s: ID!, $m: ID!) { mergeCustomers(survivorId: $s, mergedId: $m, reason: "duplicate") { survivor { region } } }',
      { token: admin, variables: { s: survivor.id, m: merged.id } },
    );
    expect(merge.body.errors).toBeUndefined();
    const region = merge.body.data.mergeCustomers.survivor.region;
    const foreign = [survivor, merged].find((customer) => customer.region !== region);
    const token = await tokenOf('billing-withheld', who(['billing_ops'], [region]));
    const { status, text } = await download(`/export/invoices.ndjson`, token);
    expect(status).toBe(200);
    const rows = ndjson(text).filter((row) => row.customerId === survivor.id);
    const { body } = await graphql(
      federation.gateway.url,
      'query($id: ID!) { customer(id: $id) { contracts { invoices { id amount { amount } balance { amount } } } } }',
      { token, variables: { id: survivor.id } },
    );
    expect(body.errors?.map((error) => error.extensions?.code)).toContain('FORBIDDEN');
    const throughGraph = body.data.customer.contracts.flatMap((contract: any) =>
      contract.invoices.map((invoice: any) => [
        invoice.id,
        invoice.amount?.amount ?? null,
        invoice.balance?.amount ?? null,
      ]),
    );
    expect(rows.map((row) => [row.invoiceId, row.amount, row.balance])).toEqual(throughGraph);
    const foreignIds = new Set(foreign.contracts.flatMap((contract: any) => contract.invoices.map((i: any) => i.id)));
    const withheld = rows.filter((row) => foreignIds.has(row.invoiceId as string));
    expect(withheld.length).toBeGreaterThan(0);
    for (const row of withheld) expect([row.amount, row.balance]).toEqual([null, null]);
    const shown = rows.filter((row) => !foreignIds.has(row.invoiceId as string));
    expect(shown.length).toBeGreaterThan(0);
    for (const row of shown) expect(row.amount).not.toBeNull();
  });

  it('keeps to the rows a role may list', async () => {
    const token = await tokenOf('collections-eu', who(['collections'], ['EU']));
    const { status, text } = await download('/export/ar-ageing.csv', token);
    expect(status).toBe(200);
    const [header, ...rows] = parseCsv(text);
    expect(header[0]).toBe('customerId');
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row[header.indexOf('region')]))).toEqual(new Set(['EU']));
    for (const row of rows) {
      const buckets = ['current', 'days1to30', 'days31to60', 'days61to90', 'over90'].map((name) =>
        Number(row[header.indexOf(name)]),
      );
      expect(buckets.reduce((a, b) => a + b, 0)).toBeCloseTo(Number(row[header.indexOf('total')]), 2);
    }
  });

  it('gives BI the same HASH pseudonyms in every export and through the graph, so joins work', async () => {
    const token = await tokenOf('bi-hash', who(['bi_reader'], ['EU']));
    const path = '/export/customer-revenue.csv?from=2026-10&to=2026-11';
    const first = await download(path, token);
    const second = await download(path, token);
    expect(first.status).toBe(200);
    expect(second.text).toBe(first.text);
    const [header, ...rows] = parseCsv(first.text);
    const customers = await customersThroughGraph(
      token,
      'id name taxIds { value } revenue(asOf: "2026-11-30") { mrr { amount currency } }',
    );
    const byId = new Map(customers.map((customer) => [customer.id, customer]));
    const column = (row: string[], name: string) => row[header.indexOf(name)];
    const november = rows.filter((row) => column(row, 'month') === '2026-11');
    expect(november.length).toBeGreaterThan(0);
    for (const row of november) {
      const customer = byId.get(column(row, 'customerId'));
      expect(column(row, 'name')).toBe(customer.name);
      expect(column(row, 'taxId')).toBe(customer.taxIds[0]?.value ?? '');
      expect(column(row, 'taxId')).toMatch(/^([0-9a-f]{64})?$/);
      const mrr = customer.revenue.mrr.find((money: any) => money.currency === column(row, 'currency'));
      expect(column(row, 'mrr')).toBe(mrr?.amount ?? '');
    }
  });
});

describe('the audit trail', () => {
  it('records one event per export, naming it, before any row, and one alert when it reads in bulk', async () => {
    const token = await tokenOf('bi-audit', who(['bi_reader'], ['EU']));
    const { status, text } = await download('/export/invoices.csv', token, {
      headers: { 'x-request-id': 'req-export-1' },
    });
    expect(status).toBe(200);
    expect(parseCsv(text).length).toBeGreaterThan(1);
    const events = await eventsOf('bi-audit');
    const operations = events.filter((event) => event.kind === 'OPERATION');
    expect(operations).toHaveLength(1);
    const [event] = operations;
    expect(event).toMatchObject({ outcome: 'SERVED', export: 'invoices.csv', requestId: 'req-export-1', records: [] });
    expect(event.operationText).toContain('ExportInvoices');
    expect(event.coordinates).toEqual(
      expect.arrayContaining([expect.objectContaining({ coordinate: 'Invoice.amount', decision: 'ALLOW' })]),
    );
    const alerts = events.filter((e) => e.kind === 'ALERT');
    expect(alerts).toHaveLength(1);
    expect(alerts[0].alert).toMatch(/one operation returned \d+ sensitive records \(limit 150\)/);
  });

  it('records an export the role may not run as DENIED, and answers 403', async () => {
    const token = await tokenOf('cs-denied', who(['customer_service'], ['EU']));
    const { status, text } = await download('/export/invoices.csv', token);
    expect(status).toBe(403);
    expect(JSON.parse(text).errors[0].extensions.code).toBe('FORBIDDEN');
    const events = await eventsOf('cs-denied');
    expect(events.map((event) => [event.kind, event.outcome, event.export])).toEqual([
      ['OPERATION', 'DENIED', 'invoices.csv'],
    ]);
  });

  it('serves no row when the audit trail cannot be written', async () => {
    const token = await tokenOf('fa-closed-export', who(['finance_analyst'], ['EU']));
    const connection = federation.subgraphs.audit.database.orm.em.getConnection();
    await connection.execute('alter table audit_event rename to audit_event_gone');
    try {
      const { status, text } = await download('/export/invoices.csv', token);
      expect(status).toBe(503);
      expect(JSON.parse(text).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(text).not.toContain('INV-');
    } finally {
      await connection.execute('alter table audit_event_gone rename to audit_event');
    }
  });
});

describe('the catalogue', () => {
  it('lists at /export/ the exports the caller may run, with their parameters and columns', async () => {
    const bi = await download('/export/', await tokenOf('bi-list', who(['bi_reader'], ['EU'])));
    expect(bi.status).toBe(200);
    const { exports } = JSON.parse(bi.text);
    expect(exports.map((entry: any) => entry.name).sort()).toEqual(['ar-ageing', 'customer-revenue', 'invoices']);
    const revenue = exports.find((entry: any) => entry.name === 'customer-revenue');
    expect(revenue.parameters).toEqual(expect.arrayContaining(['from', 'to', 'region']));
    expect(revenue.formats).toEqual(['csv', 'ndjson']);
    expect(revenue.columns).toEqual(
      expect.arrayContaining([{ name: 'taxId', type: 'text', governedBy: 'TaxId.value' }]),
    );
    const billing = await download('/export/', await tokenOf('billing-list', who(['billing_ops'], ['EU'])));
    expect(JSON.parse(billing.text).exports.map((entry: any) => entry.name)).toEqual(['invoices']);
    const service = await download('/export/', await tokenOf('cs-list', who(['customer_service'], ['EU'])));
    expect(JSON.parse(service.text).exports).toEqual([]);
    expect((await download('/export/')).status).toBe(401);
  });
});

describe('refusals', () => {
  const cases: [string, string, number, string][] = [
    ['an unknown export', '/export/everything.csv', 404, 'NOT_FOUND'],
    ['an unknown format', '/export/invoices.xlsx', 404, 'NOT_FOUND'],
    ['an unknown parameter', '/export/invoices.csv?limit=5', 400, 'BAD_USER_INPUT'],
    ['a parameter given twice', '/export/invoices.csv?region=EU&region=US', 400, 'BAD_USER_INPUT'],
    ['a month that is not one', '/export/customer-revenue.csv?from=2026-13', 400, 'BAD_USER_INPUT'],
    ['more than twelve months', '/export/customer-revenue.csv?from=2024-01&to=2026-11', 400, 'BAD_USER_INPUT'],
    ['months to come', '/export/customer-revenue.csv?to=2999-01', 400, 'BAD_USER_INPUT'],
    ['a date that is not one', '/export/invoices.csv?issuedFrom=yesterday', 400, 'BAD_USER_INPUT'],
    ['a region the graph does not know', '/export/invoices.csv?region=MARS', 400, 'BAD_USER_INPUT'],
    ['an invoice status that does not exist', '/export/invoices.csv?invoiceStatus=LOST', 400, 'BAD_USER_INPUT'],
  ];

  it.each(cases)('refuses %s', async (_label, path, status, code) => {
    const token = await tokenOf('admin-refusals', who(['admin'], ['EU']));
    const response = await download(path, token);
    expect(response.status).toBe(status);
    const body = JSON.parse(response.text);
    expect(body.errors[0].extensions.code).toBe(code);
    expect(response.text).not.toMatch(/at \S+\.ts:\d+/);
  });

  it('asks for a token, and refuses other methods than GET', async () => {
    const anonymous = await download('/export/invoices.csv');
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const token = await tokenOf('admin-post', who(['admin'], ['EU']));
    const post = await download('/export/invoices.csv', token, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
  });
});

describe('running exports', () => {
  it('cuts the connection when a subgraph dies mid-export, so no tool takes the rows for a whole file', async () => {
    const token = await tokenOf('bi-cut', who(['bi_reader'], ['EU']));
    const response = await fetch(`${base}/export/customer-revenue.ndjson`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    expect((await reader.read()).done).toBe(false);
    await federation.subgraphs.contract.close();
    const rest = (async () => {
      for (;;) if ((await reader.read()).done) return 'complete';
    })();
    await expect(rest).rejects.toThrow();
  });
});
