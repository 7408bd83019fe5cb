import type { SqlEntityManager } from '@mikro-orm/knex';
import { needsRotation, rotateField, type KeyRing } from '../../../lib/crypto';
import { BankAccountEntity } from '../entities/BankAccount';
import { ibanContext } from './storage';

/**
 * Master-key rotation of the stored IBANs: every ciphertext that is not under the ring's active
 * key is re-encrypted under it, one batch of rows per transaction. Nothing records where a run
 * stopped: a new run walks the table again and `needsRotation` passes over what is done, so an
 * interrupted rotation is finished by running it again.
 */

export interface RotationProgress {
  /** Rows looked at so far. */
  scanned: number;
  /** Of those, rows re-encrypted under the active key. */
  rotated: number;
}

export interface RotationOptions {
  /** Rows per transaction; 200 by default. */
  batchSize?: number;
  /** Called after each committed batch with the totals so far. */
  onBatch?(progress: RotationProgress): void;
}

const DEFAULT_BATCH = 200;

export async function rotateBankAccounts(
  database: { fork(): SqlEntityManager },
  ring: KeyRing,
  options: RotationOptions = {},
): Promise<RotationProgress> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const progress: RotationProgress = { scanned: 0, rotated: 0 };
  let after: string | undefined;
  for (;;) {
    const batch = await database.fork().transactional(async (tx) => {
      // Keyset pages in id order: each row is visited once per run, however many there are.
      const rows = await tx.find(BankAccountEntity, after === undefined ? {} : { id: { $gt: after } }, {
        fields: ['id', 'ibanCiphertext'],
        orderBy: { id: 'asc' },
        limit: batchSize,
      });
      let rotated = 0;
      for (const row of rows) {
        if (!needsRotation(row.ibanCiphertext, ring)) continue;
        let next: string;
        try {
          next = rotateField(row.ibanCiphertext, ring, ibanContext(row.id));
        } catch (error) {
          // The id says which row to look at; the crypto error says why, and neither says what the IBAN is.
          throw new Error(`bank account ${row.id} could not be re-encrypted: ${(error as Error).message}`, {
            cause: error,
          });
        }
        // Compare-and-set: a row rewritten since it was read is left for the next run, not overwritten.
        rotated += await tx.nativeUpdate(
          BankAccountEntity,
          { id: row.id, ibanCiphertext: row.ibanCiphertext },
          { ibanCiphertext: next },
        );
      }
      return { lastId: rows.at(-1)?.id, scanned: rows.length, rotated };
    });
    if (batch.lastId === undefined) return progress;
    progress.scanned += batch.scanned;
    progress.rotated += batch.rotated;
    options.onBatch?.({ ...progress });
    if (batch.scanned < batchSize) return progress;
    after = batch.lastId;
  }
}
