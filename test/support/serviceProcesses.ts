import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config';

/**
 * Services in processes of their own, as production runs them (`npm run start:subgraph -- <name>`,
 * `npm run start:gateway`): for the tests of that shape and for benchmarks that need each service on
 * its own core.
 */

const ROOT = path.resolve(__dirname, '../..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForReady(url: string, child: ChildProcess, output: () => string, attempts: number): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
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

export function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Free ports for the four subgraphs, and the environment that tells every service where each one is. */
export async function subgraphPorts(): Promise<{ ports: Record<SubgraphName, number>; env: Record<string, string> }> {
  const ports = Object.fromEntries(
    await Promise.all(SUBGRAPH_NAMES.map(async (name) => [name, await freePort()] as const)),
  ) as Record<SubgraphName, number>;
  const env = Object.fromEntries(
    SUBGRAPH_NAMES.flatMap((name) => [
      [`${name.toUpperCase()}_PORT`, String(ports[name])],
      [`${name.toUpperCase()}_SUBGRAPH_URL`, `http://127.0.0.1:${ports[name]}/graphql`],
    ]),
  );
  return { ports, env };
}

/**
 * Starts one service (`node <args>`, from the repository's root, one process so a signal reaches the
 * service itself) and waits until `readyUrl` answers.
 */
export async function startService(
  args: string[],
  env: Record<string, string>,
  readyUrl: string,
  waitSeconds = 30,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  await waitForReady(readyUrl, child, () => output, waitSeconds * 10);
  return child;
}

/** A process's peak resident memory in MiB and its CPU time in seconds so far, from Linux's /proc. */
export function processUsage(pid: number | undefined): { peakRssMiB: number; cpuSeconds: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kiB = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
  // utime and stime, the 14th and 15th fields, in clock ticks (100 a second on Linux).
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return { peakRssMiB: Math.round(kiB / 1024), cpuSeconds: (Number(fields[11]) + Number(fields[12])) / 100 };
}
