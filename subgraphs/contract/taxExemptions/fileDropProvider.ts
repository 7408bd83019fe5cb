import fs from 'node:fs/promises';
import path from 'node:path';
import { certificateCsv } from './certificateCsv';
import type { CertificateBatch, TaxCertificateProvider } from './provider';

/**
 * The file-drop provider adapter: the provider writes CSV files (certificateCsv.ts) into a folder
 * (TAX_CERTIFICATE_DROP_DIR). Files ending in .csv are batches, read in name order, so a provider
 * names them to sort by delivery (e.g. certificates-2026-12-05.csv) and writes each under another
 * name first (e.g. .csv.part), renaming it when complete. A loaded file moves to `processed/`, its
 * name prefixed with when it was loaded; a refused one stays where it is until it is fixed.
 */

/** A day's delivery is a few thousand lines; a file far larger is not one. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export function fileDropProvider(dropDir: string): TaxCertificateProvider {
  const processedDir = path.join(dropDir, 'processed');
  return {
    name: 'file-drop',

    async pending() {
      const entries = await fs.readdir(dropDir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [];
        throw error;
      });
      return entries
        .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.csv') && !entry.name.startsWith('.'))
        .map((entry) => entry.name)
        .sort();
    },

    async read(source): Promise<CertificateBatch> {
      const file = path.join(dropDir, source);
      if ((await fs.stat(file)).size > MAX_FILE_BYTES)
        return { source, records: [], problems: [{ line: 0, problem: `is larger than ${MAX_FILE_BYTES} bytes` }] };
      return certificateCsv(source, await fs.readFile(file, 'utf8'));
    },

    async acknowledge(source) {
      await fs.mkdir(processedDir, { recursive: true });
      const loadedAt = new Date().toISOString().replaceAll(':', '-');
      await fs.rename(path.join(dropDir, source), path.join(processedDir, `${loadedAt}-${source}`));
    },
  };
}
