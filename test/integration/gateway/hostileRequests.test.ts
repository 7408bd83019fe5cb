import { hostileRequests, hostileTokens } from '../../support/hostileRequests';
import { startTestFederation, type TestFederation } from '../../support/federation';

/**
 * Each request a hostile or careless client sends gets the 4xx that names its fault, never a 5xx:
 * clients retry 5xx and on-call is paged for them. `npm run bench` sends thousands at once.
 */

let federation: TestFederation;
let cases: ReturnType<typeof hostileRequests>;

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '10' });
  cases = hostileRequests(await hostileTokens(federation.config.auth, federation.token));
});
afterAll(() => federation?.close());

it('answers every hostile request with the status and code that name its fault', async () => {
  const seen = [];
  for (const hostile of cases) {
    const response = await hostile.send(federation.gateway.url);
    const text = await response.text();
    let code: unknown;
    try {
      code = JSON.parse(text).errors?.[0]?.extensions?.code;
    } catch {
      code = undefined;
    }
    seen.push({ label: hostile.label, status: response.status, ...(hostile.code ? { code } : {}) });
    expect(text).not.toMatch(/\bat .+\.(ts|js):\d+/);
  }
  expect(seen).toEqual(cases.map(({ label, status, code }) => ({ label, status, ...(code ? { code } : {}) })));
});

it('is still healthy and serving after them all', async () => {
  expect((await fetch(federation.gateway.url.replace(/\/graphql$/, '/health'))).status).toBe(200);
  const token = await federation.token({ roles: ['admin'] });
  const response = await fetch(federation.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ customers(first: 1) { totalCount } }' }),
  });
  expect(response.status).toBe(200);
});
