import type { SqlEntityManager } from '@mikro-orm/knex';
import { loadConfig, type CustosConfig } from '../lib/config';
import { createLogger } from '../lib/logger';
import { auditSubgraph } from '../subgraphs/audit';
import { loadVerifyingKeys } from '../subgraphs/audit/signingKeys';
import { loadOriginKeys } from '../lib/crypto/originKeys';
import { verifyStoredTrail } from '../subgraphs/audit/trail';
import { verifyStoredChangeLog } from '../subgraphs/audit/changes/changeLogVerification';
import { openSubgraphDatabase } from '../subgraphs/kit/subgraph';

/**
 * `npm run audit:verify`: checks the audit trail and the customer change log straight in their
 * database. Exit 0 when every event, entry and checkpoint is where it must be; otherwise exit 1
 * and name the first bad event or entry.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const database = await openSubgraphDatabase(auditSubgraph, config, createLogger('audit-verify', 'warn'));
  try {
    const trailIntact = await verifyTrail(database.fork(), config);
    const changeLogIntact = await verifyChangeLog(database.fork(), config);
    return trailIntact && changeLogIntact ? 0 : 1;
  } finally {
    await database.close();
  }
}

async function verifyTrail(em: SqlEntityManager, config: CustosConfig): Promise<boolean> {
  const verdict = await verifyStoredTrail(em, loadVerifyingKeys(config), loadOriginKeys(config));
  if (verdict.intact) {
    console.log(
      `audit chain intact: ${verdict.length} events, ${verdict.checkpointsVerified} signed checkpoints and ${verdict.originsVerified} event origins verified`,
    );
    return true;
  }
  console.error(`audit chain BROKEN: ${verdict.reason}`);
  if (verdict.firstBrokenEventId || verdict.firstBrokenSequence) {
    console.error(
      `first bad event: ${verdict.firstBrokenEventId ?? '(missing)'} at sequence ${verdict.firstBrokenSequence ?? '?'}`,
    );
  }
  console.error(
    `${verdict.length} events examined, ${verdict.checkpointsVerified} checkpoints verified before the break`,
  );
  return false;
}

async function verifyChangeLog(em: SqlEntityManager, config: CustosConfig): Promise<boolean> {
  const verdict = await verifyStoredChangeLog(em, loadVerifyingKeys(config));
  if (verdict.intact) {
    console.log(
      `change log intact: ${verdict.length} entries (${verdict.removed} removed by retention, kept as tombstones), ${verdict.checkpointsVerified} signed checkpoints verified`,
    );
    return true;
  }
  console.error(`change log BROKEN: ${verdict.reason}`);
  if (verdict.firstBrokenEntryId || verdict.firstBrokenSequence) {
    console.error(
      `first bad entry: ${verdict.firstBrokenEntryId ?? '(missing)'} at sequence ${verdict.firstBrokenSequence ?? '?'}`,
    );
  }
  console.error(
    `${verdict.length} entries examined, ${verdict.checkpointsVerified} checkpoints verified before the break`,
  );
  return false;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`audit:verify: ${error.message}`);
    process.exit(2);
  },
);
