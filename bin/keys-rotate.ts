import { loadConfig } from '../lib/config';
import { createLogger } from '../lib/logger';
import { customerSubgraph } from '../subgraphs/customer';
import { rotateBankAccounts } from '../subgraphs/customer/pci/rotateBankAccounts';
import { openSubgraphDatabase } from '../subgraphs/kit/subgraph';

/**
 * `npm run keys:rotate`: re-encrypts every stored IBAN that is not under the active master key
 * (CUSTOS_MASTER_KEYS, CUSTOS_ACTIVE_MASTER_KEY), 200 rows per transaction. Run it once every
 * customer subgraph runs with the new ring, so new writes already use the new key; an interrupted
 * run is finished by running it again. The old key may leave the ring after a run that ends cleanly.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const { masterKeys } = config.pci;
  const database = await openSubgraphDatabase(customerSubgraph, config, createLogger('keys-rotate', 'warn'));
  try {
    const started = Date.now();
    console.log(`Re-encrypting bank account IBANs under master key "${masterKeys.active.id}" (${database.engine}) ...`);
    const result = await rotateBankAccounts(database, masterKeys, {
      onBatch: (progress) => console.log(`  ${progress.scanned} scanned, ${progress.rotated} re-encrypted`),
    });
    console.log(
      `Re-encrypted ${result.rotated} of ${result.scanned} bank accounts in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
        `every one scanned is now under "${masterKeys.active.id}".`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: Error) => {
  console.error(`keys:rotate: ${error.message}`);
  process.exit(1);
});
