import { execFileSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { SUBGRAPH_NAMES } from '../../../lib/config';
import { mintDevToken } from '../../../lib/tokens/clientToken';
import { createTestDatabase, graphql, type TestDatabase } from '../../support/federation';
import { exited, freePort, startService, subgraphPorts } from '../../support/serviceProcesses';

/**
 * The production shape: each subgraph and the gateway in its own process, compiled by `npm run build`
 * and configured only by environment variables, exactly as `npm run start:subgraph -- <name>` and
 * `npm run start:gateway` run them.
 */

const ROOT = path.resolve(__dirname, '../../..');
// Inside the repository so the compiled code finds node_modules; apart from dist/ so a developer's build is left alone.
const BUILD = path.join(ROOT, '.build', 'processes-test');

let database: TestDatabase;
const children: ChildProcess[] = [];
let env: Record<string, string>;
let gatewayUrl: string;

beforeAll(async () => {
  execFileSync(process.execPath, [path.join(ROOT, 'bin/build.js'), BUILD], { stdio: 'pipe' });
  database = await createTestDatabase();
  const { ports, env: subgraphEnv } = await subgraphPorts();
  const gatewayPort = await freePort();
  env = {
    PATH: process.env.PATH ?? '',
    HOST: '127.0.0.1',
    PORT: String(gatewayPort),
    DATA_DIR: database.config.dataDir,
    SEED_CUSTOMERS: '80',
    LOG_LEVEL: 'warn',
    JOBS: 'false',
    ...(database.config.databaseUrl('customer')
      ? { DATABASE_URL: database.config.databaseUrl('customer') as string }
      : {}),
    ...subgraphEnv,
  };
  const start = async (args: string[], readyUrl: string) => {
    children.push(await startService(args, env, readyUrl));
  };
  await Promise.all(
    SUBGRAPH_NAMES.map((name) =>
      start([path.join(BUILD, 'bin/start-subgraph.js'), name], `http://127.0.0.1:${ports[name]}/ready`),
    ),
  );
  await start([path.join(BUILD, 'bin/start-gateway.js')], `http://127.0.0.1:${gatewayPort}/ready`);
  gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
}, 120_000);

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await database?.drop();
});

it('federates four separately started subgraphs through a separately started gateway', async () => {
  const token = await mintDevToken(database.config.auth, { sub: 'ops', roles: ['finance_analyst'], regions: ['EU'] });
  const { status, body } = await graphql(
    gatewayUrl,
    '{ customers(first: 80) { totalCount edges { node { id contracts { id } dataQuality { score } changeHistory { field } } } } }',
    { token },
  );
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  expect(body.data.customers.totalCount).toBe(80);
  // Each subgraph seeded itself from the same seed, so their data joins up.
  expect(body.data.customers.edges.filter((e: any) => e.node.contracts.length > 0).length).toBeGreaterThan(60);
  expect(body.data.customers.edges.some((e: any) => e.node.changeHistory.length > 0)).toBe(true);
});

it('stops every process cleanly on SIGTERM', async () => {
  for (const child of children) child.kill('SIGTERM');
  const codes = await Promise.all(children.map(exited));
  expect(codes).toEqual(children.map(() => 0));
});
