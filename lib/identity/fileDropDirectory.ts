import fs from 'node:fs/promises';
import path from 'node:path';
import type { DirectoryExport, IdentityDirectory } from './directory';
import { parseScimExport } from './scimExport';

/**
 * The identity provider's export dropped as a file (IDENTITY_ASSIGNMENTS_FILE), replaced whole by
 * each export. Read as it stands; a missing or unreadable file is a problem, never an empty directory.
 */
export function fileDropDirectory(file: string): IdentityDirectory {
  const source = path.basename(file);
  return {
    name: 'file-drop',
    async read(): Promise<DirectoryExport> {
      let text: string;
      try {
        text = await fs.readFile(file, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
        return { source, users: [], problems: [{ at: 'export', problem: `cannot be read (${code})` }] };
      }
      return { source, ...parseScimExport(text) };
    },
  };
}
