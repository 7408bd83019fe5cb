import type { AuthConfig } from '../../lib/config';
import type { Principal } from '../../lib/principal';
import { mintDevToken } from '../../lib/tokens/clientToken';

/**
 * Requests a hostile or careless client sends, each with the status Custos must answer. The
 * integration test sends each once; `npm run bench` sends thousands of them at once and counts the
 * statuses. None may ever be a 5xx: every one is the client's doing.
 */
export interface HostileRequest {
  label: string;
  /** The status it must get. */
  status: number;
  /** The `extensions.code` of its first error, where the answer is GraphQL. */
  code?: string;
  send(gatewayUrl: string): Promise<Response>;
}

export interface HostileTokens {
  /** A valid token of each role the requests use. */
  admin: string;
  biReader: string;
  customerService: string;
  /** Signed with another secret, expired, and unsigned (`alg: none`). */
  forged: string;
  expired: string;
  unsigned: string;
}

export async function hostileTokens(
  auth: AuthConfig,
  mint: (principal: Partial<Principal>) => Promise<string>,
): Promise<HostileTokens> {
  const victim: Principal = { sub: 'victim', roles: ['admin'], regions: ['EU', 'US'] };
  const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
  const claims = Buffer.from(
    JSON.stringify({
      sub: 'victim',
      roles: ['admin'],
      regions: ['EU'],
      iss: auth.jwtIssuer,
      aud: auth.jwtAudience,
      exp: 4102444800,
    }),
  ).toString('base64url');
  return {
    admin: await mint({ sub: 'hostile-admin', roles: ['admin'], regions: ['EU', 'US'] }),
    biReader: await mint({ sub: 'hostile-bi', roles: ['bi_reader'], regions: ['EU', 'US'] }),
    customerService: await mint({ sub: 'hostile-cs', roles: ['customer_service'], regions: ['EU'] }),
    forged: await mintDevToken({ ...auth, jwtSecret: 'another-secret-another-secret-another-secret' }, victim),
    expired: await mintDevToken(auth, victim, { expiresIn: '-1m' }),
    unsigned: `${header}.${claims}.`,
  };
}

function post(body: string, token?: string, headers: Record<string, string> = {}) {
  return (url: string) =>
    fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body,
    });
}

function query(text: string, token?: string, variables?: unknown, headers?: Record<string, string>) {
  return post(JSON.stringify({ query: text, variables }), token, headers);
}

function nested(levels: number, field: string): string {
  return `{ ${`${field} { `.repeat(levels)}id${' }'.repeat(levels)} }`;
}

function cycle(levels: number): string {
  let selection = 'id';
  for (let i = 0; i < levels; i += 1)
    selection = i % 2 === 0 ? `contracts { customer { ${selection} } }` : `contracts { id customer { ${selection} } }`;
  return `{ customers(first: 100) { edges { node { ${selection} } } } }`;
}

export function hostileRequests(tokens: HostileTokens): HostileRequest[] {
  const { admin } = tokens;
  const page = '{ customers(first: 1) { totalCount } }';
  return [
    { label: 'no token', status: 401, code: 'UNAUTHENTICATED', send: query(page) },
    {
      label: 'a token signed with another secret',
      status: 401,
      code: 'UNAUTHENTICATED',
      send: query(page, tokens.forged),
    },
    { label: 'an expired token', status: 401, code: 'UNAUTHENTICATED', send: query(page, tokens.expired) },
    { label: 'an unsigned token (alg none)', status: 401, code: 'UNAUTHENTICATED', send: query(page, tokens.unsigned) },
    {
      label: 'a bearer of 10 kB of garbage',
      status: 401,
      code: 'UNAUTHENTICATED',
      send: query(page, 'x'.repeat(10_000)),
    },
    { label: 'a body that is not JSON', status: 400, code: 'BAD_REQUEST', send: post('{"query": "{ customers', admin) },
    {
      label: 'a body above 1 MiB',
      status: 413,
      code: 'BAD_REQUEST',
      send: query(`{ customers(first: 1) { totalCount } } #${'x'.repeat(1_100_000)}`, admin),
    },
    {
      label: 'a batch of operations',
      status: 400,
      send: post(JSON.stringify([{ query: page }, { query: page }]), admin),
    },
    { label: 'a syntax error', status: 400, code: 'GRAPHQL_PARSE_FAILED', send: query('{ customers(first: ', admin) },
    {
      label: 'an unknown field',
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      send: query('{ customers(first: 1) { nope } }', admin),
    },
    {
      label: 'a variable of the wrong type',
      status: 400,
      code: 'BAD_USER_INPUT',
      send: query('query($n: Int) { customers(first: $n) { totalCount } }', admin, { n: 'many' }),
    },
    {
      label: 'an unknown operation name',
      status: 400,
      code: 'OPERATION_RESOLUTION_FAILURE',
      send: post(JSON.stringify({ query: 'query A { __typename }', operationName: 'B' }), admin),
    },
    {
      label: 'two operations and no name',
      status: 400,
      code: 'OPERATION_RESOLUTION_FAILURE',
      send: query('query A { __typename } query B { __typename }', admin),
    },
    {
      label: 'a fragment that spreads itself',
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      send: query(
        '{ customers(first: 1) { edges { node { ...A } } } } fragment A on Customer { id children { ...B } } fragment B on Customer { ...A }',
        admin,
      ),
    },
    {
      label: '4,000 levels of nesting',
      status: 400,
      code: 'DEPTH_LIMIT_EXCEEDED',
      send: query(nested(4000, 'children'), admin),
    },
    {
      label: '30 levels of nesting',
      status: 400,
      code: 'DEPTH_LIMIT_EXCEEDED',
      send: query(nested(30, 'children'), admin),
    },
    {
      label: 'customer -> contracts -> customer, nine times',
      status: 400,
      code: 'DEPTH_LIMIT_EXCEEDED',
      send: query(cycle(9), admin),
    },
    {
      label: '20,000 aliases',
      status: 400,
      code: 'ALIAS_LIMIT_EXCEEDED',
      send: query(`{ ${Array.from({ length: 20_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`, admin),
    },
    {
      label: '40 aliases',
      status: 400,
      code: 'ALIAS_LIMIT_EXCEEDED',
      send: query(`{ ${Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(' ')} }`, admin),
    },
    {
      label: '25 root fields',
      status: 400,
      code: 'ROOT_FIELD_LIMIT_EXCEEDED',
      send: query(
        `{ __typename ${Array.from({ length: 24 }, (_, i) => `c${i}: customer(id: "cus_${i}") { id }`).join(' ')} }`,
        admin,
      ),
    },
    {
      label: 'four pages of 100 customers with their payments',
      status: 400,
      code: 'COST_LIMIT_EXCEEDED',
      send: query(
        `{ ${[1, 2, 3, 4].map((i) => `p${i}: customers(first: 100) { edges { node { contracts { invoices { payments { id } } } } } }`).join(' ')} }`,
        admin,
      ),
    },
    {
      label: '6,000 tokens of one field repeated',
      status: 400,
      code: 'TOKEN_LIMIT_EXCEEDED',
      send: query(`{ ${'__typename '.repeat(6000)}}`, admin),
    },
    {
      label: 'a restricted query by a BI reader',
      status: 403,
      code: 'FORBIDDEN',
      send: query('{ auditEvents(first: 1) { edges { node { id } } } }', tokens.biReader),
    },
    {
      label: 'a mutation the role may not run',
      status: 403,
      code: 'FORBIDDEN',
      send: query(
        'mutation { updateCustomer(id: "cus_000001", reason: "x", input: { creditHold: true }) { id } }',
        tokens.biReader,
      ),
    },
    {
      label: 'only fields the role may never read',
      status: 403,
      code: 'FORBIDDEN',
      send: query('{ customers(first: 2) { edges { node { creditLimit { amount } } } } }', tokens.customerService),
    },
    {
      label: 'a mutation over GET',
      status: 405,
      send: (url) =>
        fetch(`${url}?query=${encodeURIComponent('mutation { purgeSyntheticCustomers(marker: "x") }')}`, {
          headers: { authorization: `Bearer ${admin}`, 'apollo-require-preflight': 'true' },
        }),
    },
    {
      label: 'a GET a browser could be tricked into (no CSRF header)',
      status: 400,
      send: (url) =>
        fetch(`${url}?query=${encodeURIComponent(page)}`, { headers: { authorization: `Bearer ${admin}` } }),
    },
    {
      label: 'variables nested 5,000 deep',
      status: 400,
      code: 'BAD_USER_INPUT',
      send: post(
        `{"query":"query($f: CustomerFilter) { customers(first: 1, filter: $f) { totalCount } }","variables":{"f":${'['.repeat(5000)}${']'.repeat(5000)}}}`,
        admin,
      ),
    },
    {
      label: 'a 500 kB string argument',
      status: 200,
      send: query(`{ customer(id: "${'x'.repeat(500_000)}") { id } }`, admin),
    },
    {
      label: 'a number no type can hold',
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      send: query(`{ customers(first: 1${'0'.repeat(400)}) { totalCount } }`, admin),
    },
    {
      label: 'a client name of 8 kB',
      status: 200,
      send: query(page, admin, undefined, { 'apollographql-client-name': 'n'.repeat(8_000) }),
    },
  ];
}
