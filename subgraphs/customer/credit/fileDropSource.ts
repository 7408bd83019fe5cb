import { promises as fs } from 'node:fs';
import path from 'node:path';
import { readScoreCsv } from './scoreCsv';
import type { CreditScoreSource, ScoreDelivery } from './scoreSource';

/**
 * The file-drop adapter: the risk vendor puts CSV files (scoreCsv.ts) into a folder
 * (CREDIT_SCORE_DROP_DIR), oldest name first; an applied file moves to the folder's `processed/`,
 * stamped with when, and a refused one stays to be corrected. Only names ending in `.csv` are read,
 * so a vendor writing `scores.csv.part` and renaming it when done is never read half-written.
 */

const PROCESSED = 'processed';

/** `20261205T003000Z`: sorts as it happened. */
const stamp = (at: Date) =>
  at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

export function fileDropSource(dropDir: string): CreditScoreSource {
  const fileOf = (reference: string) => {
    // A reference is a name this adapter listed; anything with a path in it is not one.
    if (path.basename(reference) !== reference) throw new Error(`not a file of the credit score drop: ${reference}`);
    return path.join(dropDir, reference);
  };
  return {
    name: 'file-drop',
    waiting: async () => {
      // The folder is part of the installation: made on first use, so a fresh one has nothing waiting.
      await fs.mkdir(dropDir, { recursive: true });
      const entries = await fs.readdir(dropDir, { withFileTypes: true });
      return entries
        .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.csv'))
        .map((entry) => entry.name)
        .sort();
    },
    read: async (reference): Promise<ScoreDelivery> =>
      readScoreCsv(reference, await fs.readFile(fileOf(reference), 'utf8')),
    markApplied: async (reference) => {
      await fs.mkdir(path.join(dropDir, PROCESSED), { recursive: true });
      await fs
        .rename(fileOf(reference), path.join(dropDir, PROCESSED, `${stamp(new Date())}-${reference}`))
        .catch((error: NodeJS.ErrnoException) => {
          // Another refresh applied the same file at the same time and moved it first: it is aside.
          if (error.code !== 'ENOENT') throw error;
        });
    },
  };
}
