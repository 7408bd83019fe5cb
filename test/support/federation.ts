import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startEmbedded, type EmbeddedOptions, type RunningFederation } from '../../bin/embedded';
import { loadConfig, type CustosConfig, type SubgraphName } from '../../lib/config';
import { composeSupergraph } from '../../schema/composeSupergraph';
import { INTERNAL_TOKEN_HEADER, mintInternalToken } from '../../lib/tokens/internalToken';
import { mintDevToken } from '../../lib/tokens/clientToken';
import type { Principal } from '../../lib/principal';

/**
 * Starts the whole federation on free ports with a fresh database: SQLite files in a temporary
 * folder, or, when TEST_DATABASE_URL points at a PostgreSQL server, a database made for this run
 * and dropped after it.
 */

export interface TestFederation extends RunningFederation {
  config: CustosConfig;
  engine: 'sqlite' | 'postgresql';
  token(principal?: Partial<Principal>): Promise<string>;
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  /** Configuration pointing at a fresh, empty database (SQLite folder or PostgreSQL database). */
  config: CustosConfig;
  engine: 'sqlite' | 'postgresql';
  drop(): Promise<void>;
}

/**
 * What tests and benchmarks run the services with unless they say otherwise: rate budgets none of
 * them reaches (the limiter stays on every path), and no job runner or webhook dispatcher, whose
 * work would otherwise start in the middle of a measurement.
 */
export const TEST_SERVICE_ENV = {
  JOBS: 'false',
  WEBHOOKS: 'false',
  RATE_LIMIT_PRINCIPAL_BURST: '1000000',
  RATE_LIMIT_PRINCIPAL_PER_MINUTE: '1000000',
  RATE_LIMIT_CLIENT_BURST: '1000000',
  RATE_LIMIT_CLIENT_PER_MINUTE: '1000000',
};

export async function createTestDatabase(env: Record<string, string> = {}): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'custos-test-'));
  const adminUrl = process.env.TEST_DATABASE_URL;
  let databaseUrl: string | undefined;
  let databaseName: string | undefined;
  if (adminUrl) {
    databaseName = `custos_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(adminUrl, `create database ${databaseName}`);
    const url = new URL(adminUrl);
    url.pathname = `/${databaseName}`;
    databaseUrl = url.toString();
  }
  const config = loadConfig({
    DATA_DIR: dataDir,
    SEED_CUSTOMERS: '150',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    ...TEST_SERVICE_ENV,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...env,
  });
  return {
    config,
    engine: databaseUrl ? 'postgresql' : 'sqlite',
    drop: async () => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (adminUrl && databaseName) await adminQuery(adminUrl, `drop database if exists ${databaseName} with (force)`);
    },
  };
}

function composed(schemaDir: string): string {
  const result = composeSupergraph(schemaDir);
  if (!result.ok) throw new Error(`the extended schema does not compose:\n${result.errors.join('\n')}`);
  return result.supergraphSdl;
}

/** `extended` serves an extended copy of the schema, composed here as `npm run compose` would. */
export async function startTestFederation(
  env: Record<string, string> = {},
  extended?: Omit<NonNullable<EmbeddedOptions['extended']>, 'supergraphSdl'>,
): Promise<TestFederation> {
  const database = await createTestDatabase(env);
  const { config } = database;
  const federation = await startEmbedded({
    config,
    ephemeralPorts: true,
    extended: extended && { ...extended, supergraphSdl: composed(extended.schemaDir) },
  });
  return {
    ...federation,
    config,
    engine: database.engine,
    token: (principal = {}) =>
      mintDevToken(
        config.auth,
        { sub: 'test-user', roles: ['admin'], regions: ['EU', 'US'], ...principal },
        { expiresIn: '10m' },
      ),
    close: async () => {
      await federation.close();
      await database.drop();
    },
  };
}

export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  body: {
    data?: T;
    errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
  };
}

export async function graphql<T = any>(
  url: string,
  query: string,
  options: { variables?: Record<string, unknown>; token?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as GraphQLResponse<T>['body'],
  };
}

/**
 * Calls a subgraph directly, as a Custos service or the gateway would: with an internal token
 * minted for exactly this request (another secret's, to forge one).
 */
export async function callSubgraph<T = any>(
  federation: TestFederation,
  name: SubgraphName,
  query: string,
  options: { principal: Principal; variables?: Record<string, unknown>; secret?: string },
): Promise<GraphQLResponse<T>> {
  const config = options.secret
    ? { ...federation.config.internalToken, secret: options.secret }
    : federation.config.internalToken;
  const token = await mintInternalToken(
    config,
    { principal: options.principal },
    { target: name, payload: { query, variables: options.variables } },
  );
  return graphql<T>(federation.subgraphs[name].url, query, {
    variables: options.variables,
    headers: { [INTERNAL_TOKEN_HEADER]: token },
  });
}
