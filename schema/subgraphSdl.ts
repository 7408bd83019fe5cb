import fs from 'node:fs';
import path from 'node:path';
import { parse, type DocumentNode } from 'graphql';
import type { SubgraphName } from '../lib/config';

export const SCHEMA_DIR = __dirname;

/** A subgraph's SDL as served and composed: its own file plus the shared governance directive. */
export function readSubgraphSdl(name: SubgraphName, schemaDir: string = SCHEMA_DIR): DocumentNode {
  const own = fs.readFileSync(path.join(schemaDir, `${name}.graphql`), 'utf8');
  const governance = fs.readFileSync(path.join(SCHEMA_DIR, 'governance.graphql'), 'utf8');
  return parse(`${own}\n${governance}`);
}
