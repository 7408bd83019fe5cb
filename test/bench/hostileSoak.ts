import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbedded } from '../../bin/embedded';
import { loadConfig } from '../../lib/config';
import { mintDevToken } from '../../lib/tokens/clientToken';
import { TEST_SERVICE_ENV } from '../support/federation';
import { hostileRequests, hostileTokens } from '../support/hostileRequests';

/**
 * A soak of hostile requests (test/support/hostileRequests.ts, every kind in turn) sent many at
 * once, while /health is probed: how many answers were 5xx, how many differed from the status
 * each must get, and whether the gateway stayed responsive.
 */
export interface HostileSoak {
  requests: number;
  concurrency: number;
  seconds: number;
  statuses: Record<string, number>;
  serverErrors: number;
  unexpected: string[];
  healthP99Ms: number;
  healthMaxMs: number;
  rssPeakMiB: number;
}

export async function soakHostileRequests(
  requests = Number(process.env.BENCH_HOSTILE_REQUESTS ?? 3000),
  concurrency = 30,
): Promise<HostileSoak> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'custos-bench-hostile-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...TEST_SERVICE_ENV, SEED_CUSTOMERS: '200' });
  const federation = await startEmbedded({ config, ephemeralPorts: true });
  try {
    const url = federation.gateway.url;
    const tokens = await hostileTokens(config.auth, (principal) =>
      mintDevToken(config.auth, { sub: 'bench', roles: ['admin'], regions: ['EU'], ...principal }),
    );
    const catalogue = hostileRequests(tokens);
    const statuses: Record<string, number> = {};
    const unexpected = new Set<string>();
    let serverErrors = 0;
    let next = 0;
    let rssPeak = process.memoryUsage().rss;
    const started = process.hrtime.bigint();

    const health: number[] = [];
    let soaking = true;
    const probe = (async () => {
      while (soaking) {
        const t = process.hrtime.bigint();
        await fetch(url.replace(/\/graphql$/, '/health'));
        health.push(Number(process.hrtime.bigint() - t) / 1e6);
        rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();

    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < requests) {
          const hostile = catalogue[next % catalogue.length];
          next += 1;
          const response = await hostile.send(url);
          await response.arrayBuffer();
          statuses[response.status] = (statuses[response.status] ?? 0) + 1;
          if (response.status >= 500) serverErrors += 1;
          if (response.status !== hostile.status) unexpected.add(`${hostile.label}: ${response.status}`);
        }
      }),
    );
    soaking = false;
    await probe;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    health.sort((a, b) => a - b);
    return {
      requests,
      concurrency,
      seconds,
      statuses,
      serverErrors,
      unexpected: [...unexpected],
      healthP99Ms: health[Math.min(health.length - 1, Math.floor(health.length * 0.99))] ?? 0,
      healthMaxMs: health[health.length - 1] ?? 0,
      rssPeakMiB: rssPeak / 2 ** 20,
    };
  } finally {
    await federation.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
