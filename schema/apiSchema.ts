import { Supergraph } from '@apollo/federation-internals';
import type { GraphQLSchema } from 'graphql';

/**
 * The schema clients see: the composed supergraph without its federation machinery (`join__*`,
 * `@link`) and without `@inaccessible` elements. Operations are analysed against this schema,
 * exactly as the gateway validates them.
 */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}
