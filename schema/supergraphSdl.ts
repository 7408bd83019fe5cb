import fs from 'node:fs';
import path from 'node:path';
import { SCHEMA_DIR } from './subgraphSdl';

/**
 * The composed supergraph as `npm run compose` writes it: the gateway serves it and the policy is
 * compiled for it. Reading it needs no composition library; composing is a build step.
 */
export const SUPERGRAPH_PATH = path.join(SCHEMA_DIR, 'supergraph.graphql');

export function readSupergraphSdl(): string {
  return fs.readFileSync(SUPERGRAPH_PATH, 'utf8');
}
