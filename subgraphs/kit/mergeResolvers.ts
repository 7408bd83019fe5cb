import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';

/** Combines resolver maps of one subgraph written in separate files, type by type. */
export function mergeResolvers<TContext>(...maps: GraphQLResolverMap<TContext>[]): GraphQLResolverMap<TContext> {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map)) {
      for (const fieldName of Object.keys(fields as object)) {
        if (merged[typeName]?.[fieldName]) throw new Error(`two resolvers for ${typeName}.${fieldName}`);
      }
      merged[typeName] = { ...merged[typeName], ...(fields as object) };
    }
  }
  return merged as GraphQLResolverMap<TContext>;
}
