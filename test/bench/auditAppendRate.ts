import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../lib/config';
import { createLogger } from '../../lib/logger';
import { auditSubgraph } from '../../subgraphs/audit';
import { AuditLog } from '../../subgraphs/audit/auditLog';
import { loadCheckpointSigner, loadVerifyingKeys } from '../../subgraphs/audit/signingKeys';
import { verifyStoredTrail } from '../../subgraphs/audit/trail';
import { openSubgraphDatabase } from '../../subgraphs/kit/subgraph';
import { signOrigin } from '../../lib/crypto/origin';
import { loadOriginKeys, loadOriginSigner } from '../../lib/crypto/originKeys';

/**
 * Audit append rate on embedded SQLite: many concurrent writers each appending one event at a
 * time, as gateway requests do (each signed for its origin), through the group-committing AuditLog.
 * Then the chain is verified.
 */

export interface AppendRateResult {
  events: number;
  writers: number;
  seconds: number;
  eventsPerSecond: number;
  intact: boolean;
}

function sampleBody(n: number): Record<string, unknown> {
  return {
    principal: { sub: `bench-${n % 50}`, roles: ['finance_analyst'], regions: ['EU'] },
    client: { name: 'bench', version: '1' },
    requestId: randomUUID(),
    operation: {
      name: 'Bench',
      hash: 'f'.repeat(64),
      text: '{ customers(first: 20) { edges { node { creditLimit { amount } } } } }',
      variables: { first: 20 },
    },
    coordinates: [{ coordinate: 'Customer.creditLimit', classification: 'CREDIT', decision: 'ALLOW' }],
    records: { Customer: 20 },
    outcome: 'SERVED',
    durationMs: 12,
  };
}

export async function measureAuditAppendRate(events = 20_000, writers = 64): Promise<AppendRateResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'custos-bench-audit-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const log = createLogger('bench', 'silent');
  const database = await openSubgraphDatabase(auditSubgraph, config, log);
  const auditLog = new AuditLog({
    database,
    signer: loadCheckpointSigner(config),
    checkpointEvery: 1000,
    checkpointIntervalMs: 60_000,
    log,
  });
  // Signed as the gateway signs what it appends, so the figure includes signing and the trail verifies.
  const signer = loadOriginSigner(config, 'gateway');
  try {
    let next = 0;
    const started = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: writers }, async () => {
        while (next < events) {
          const n = next++;
          const event = { id: `aud_${randomUUID()}`, kind: 'OPERATION', body: sampleBody(n) };
          await auditLog.append([{ ...event, origin: signOrigin(event, signer) }]);
        }
      }),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const verdict = await verifyStoredTrail(database.fork(), loadVerifyingKeys(config), loadOriginKeys(config));
    return {
      events,
      writers,
      seconds,
      eventsPerSecond: events / seconds,
      intact: verdict.intact && verdict.length === events,
    };
  } finally {
    await auditLog.close();
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
