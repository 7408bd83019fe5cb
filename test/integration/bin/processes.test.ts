import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { SUBGRAPH_NAMES } from '../../../lib/config';
import { mintDevToken } from '../../../lib/tokens/clientToken';
import { createTestDatabase, graphql, type TestDatabase } from '../../support/federation';

/**
 * The production shape: each subgraph and the gateway in its own process, compiled by `npm run build`
 * and configured only by environment variables, exactly as `npm run start:subgraph -- <name>` and
 * `npm run start:gateway` run them.
 */

const ROOT = path.resolve(__dirname, '../../..');
// Inside the repository so the compiled code finds node_modules; apart from dist/ so a developer's build is left alone.
const BUILD = path.join(ROOT, '.build', 'processes-test');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`process exited early:\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no answer from ${url}:\n${output()}`);
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

let database: TestDatabase;
const children: ChildProcess[] = [];
let env: Record<string, string>;
let gatewayUrl: string;

beforeAll(async () => {
  execFileSync(process.execPath, [path.join(ROOT, 'bin/build.js'), BUILD], { stdio: 'pipe' });
  database = await createTestDatabase();
  const ports = Object.fromEntries(
    await Promise.all(SUBGRAPH_NAMES.map(async (name) => [name, await freePort()] as const)),
  );
  const gatewayPort = await freePort();
  env = {
    PATH: process.env.PATH ?? '',
    HOST: '127.0.0.1',
    PORT: String(gatewayPort),
    DATA_DIR: database.config.dataDir,
    SEED_CUSTOMERS: '80',
    LOG_LEVEL: 'warn',
    ...(database.config.databaseUrl('customer')
      ? { DATABASE_URL: database.config.databaseUrl('customer') as string }
      : {}),
    ...Object.fromEntries(
      SUBGRAPH_NAMES.flatMap((name) => [
        [`${name.toUpperCase()}_PORT`, String(ports[name])],
        [`${name.toUpperCase()}_SUBGRAPH_URL`, `http://127.0.0.1:${ports[name]}/graphql`],
      ]),
    ),
  };
  const start = async (args: string[], healthUrl: string) => {
    // One process per service, so the signal reaches the service itself.
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    children.push(child);
    await waitForHealth(healthUrl, child, () => output);
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
