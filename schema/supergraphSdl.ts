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

/** The supergraph of the last release: what clients and the gateways still running may rely on. */
export const RELEASED_SUPERGRAPH_PATH = path.join(SCHEMA_DIR, 'released', 'supergraph.graphql');

/** Breaking changes since that release, each acknowledged with a reason (schema/compatibility.ts). */
export const BREAKING_CHANGES_PATH = path.join(SCHEMA_DIR, 'breakingChanges.json');

export function readReleasedSupergraphSdl(): string {
  return fs.readFileSync(RELEASED_SUPERGRAPH_PATH, 'utf8');
}
