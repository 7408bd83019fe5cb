import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbedded } from '../../bin/embedded';
import { TEST_SERVICE_ENV } from '../support/federation';
import { loadConfig } from '../../lib/config';
import { mintDevToken } from '../../lib/tokens/clientToken';

/**
 * Gateway latency for one realistic query (a page of customers joined across all four subgraphs,
 * with classified fields), measured with governance on and off in the same run, on the same data.
 */

export const LATENCY_QUERY = `{ customers(first: 20) { edges { node {
  id name duns creditLimit { amount currency } taxIds { value }
  contracts { totalValue { amount currency } }
  dataQuality { score } changeHistory(first: 3) { field }
} } } }`;

export interface LatencySample {
  governance: boolean;
  concurrency: number;
  requests: number;
  medianMs: number;
  p99Ms: number;
  requestsPerSecond: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure(
  governance: boolean,
  requests: number,
  concurrencies: readonly number[],
): Promise<LatencySample[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'custos-bench-gw-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    ...TEST_SERVICE_ENV,
    SEED_CUSTOMERS: '500',
    GOVERNANCE: governance ? 'on' : 'off',
  });
  const federation = await startEmbedded({ config, ephemeralPorts: true });
  const token = await mintDevToken(config.auth, { sub: 'bench', roles: ['finance_analyst'], regions: ['EU'] });
  const send = async () => {
    const started = process.hrtime.bigint();
    const response = await fetch(federation.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: LATENCY_QUERY }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (response.status !== 200 || body.errors)
      throw new Error(`bench request failed: ${JSON.stringify(body).slice(0, 300)}`);
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  try {
    for (let i = 0; i < 30; i += 1) await send();
    const samples: LatencySample[] = [];
    for (const concurrency of concurrencies) {
      const latencies: number[] = [];
      let remaining = requests;
      const started = process.hrtime.bigint();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (remaining > 0) {
            remaining -= 1;
            latencies.push(await send());
          }
        }),
      );
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      latencies.sort((a, b) => a - b);
      samples.push({
        governance,
        concurrency,
        requests,
        medianMs: percentile(latencies, 50),
        p99Ms: percentile(latencies, 99),
        requestsPerSecond: requests / seconds,
      });
    }
    return samples;
  } finally {
    await federation.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Concurrency 1 shows what governance adds to one request; 4 shows it under load on this one process. */
export async function measureGatewayLatency(
  requests = 400,
  concurrencies: readonly number[] = [1, 4],
): Promise<LatencySample[]> {
  return [...(await measure(false, requests, concurrencies)), ...(await measure(true, requests, concurrencies))];
}
