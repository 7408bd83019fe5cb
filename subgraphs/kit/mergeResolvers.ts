import type { SubgraphResolvers } from './subgraphResolvers';

/**
 * Combines resolver maps of one subgraph written in separate files, type by type. Each is typed
 * with the subgraph's generated `Resolvers` (generated/resolvers.ts), every key of which is optional.
 */
export function mergeResolvers<TResolvers extends SubgraphResolvers>(
  first: TResolvers,
  ...rest: TResolvers[]
): TResolvers {
  return rest.reduce((merged, map) => {
    const combined: Record<string, Record<string, unknown>> = {};
    for (const [typeName, fields] of Object.entries(map)) {
      const before = merged[typeName];
      for (const fieldName of Object.keys(fields)) {
        if (before && Object.hasOwn(before, fieldName)) throw new Error(`two resolvers for ${typeName}.${fieldName}`);
      }
      combined[typeName] = { ...before, ...fields };
    }
    return { ...merged, ...combined };
  }, first);
}
