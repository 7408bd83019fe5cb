import { composeServices } from '@apollo/composition';
import { SUBGRAPH_NAMES, loadConfig } from '../lib/config';
import { nonNullBoundaryFields } from './boundaryNullability';
import { SCHEMA_DIR, readSubgraphSdl } from './subgraphSdl';

/** Composes the four subgraph SDLs in this folder into the supergraph the gateway serves. */

export type CompositionResult = { ok: true; supergraphSdl: string } | { ok: false; errors: string[] };

/** `schemaDir` holds one `<subgraph>.graphql` per subgraph; tests pass another folder. */
export function composeSupergraph(schemaDir: string = SCHEMA_DIR): CompositionResult {
  // The committed supergraph carries the default local URLs; deployments override them per subgraph.
  const defaults = loadConfig({});
  const services = SUBGRAPH_NAMES.map((name) => ({
    name,
    url: defaults.subgraphUrl(name),
    typeDefs: readSubgraphSdl(name, schemaDir),
  }));
  const result = composeServices(services);
  if (result.errors) {
    return { ok: false, errors: result.errors.map((error) => error.message) };
  }
  // An outage of one subgraph must not blank what the others answered.
  const boundaries = nonNullBoundaryFields(result.supergraphSdl);
  if (boundaries.length > 0) {
    return {
      ok: false,
      errors: boundaries.map(
        ({ coordinate, reason }) => `${coordinate} must be nullable: it crosses a subgraph boundary (${reason})`,
      ),
    };
  }
  return { ok: true, supergraphSdl: result.supergraphSdl };
}
