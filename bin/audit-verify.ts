import { loadConfig } from '../lib/config';
import { createLogger } from '../lib/logger';
import { auditSubgraph } from '../subgraphs/audit';
import { loadVerifyingKeys } from '../subgraphs/audit/signingKeys';
import { loadOriginKeys } from '../lib/crypto/originKeys';
import { verifyStoredTrail } from '../subgraphs/audit/trail';
import { openSubgraphDatabase } from '../subgraphs/kit/subgraph';

/**
 * `npm run audit:verify`: checks the audit trail straight in its database. Exit 0 when every
 * event and checkpoint is where it must be; otherwise exit 1 and name the first bad event.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const database = await openSubgraphDatabase(auditSubgraph, config, createLogger('audit-verify', 'warn'));
  try {
    const verdict = await verifyStoredTrail(database.fork(), loadVerifyingKeys(config), loadOriginKeys(config));
    if (verdict.intact) {
      console.log(
        `audit chain intact: ${verdict.length} events, ${verdict.checkpointsVerified} signed checkpoints and ${verdict.originsVerified} event origins verified`,
      );
      return 0;
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
    return 1;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`audit:verify: ${error.message}`);
    process.exit(2);
  },
);
