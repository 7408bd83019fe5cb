/**
 * Combines resolver maps of one subgraph written in separate files, type by type. Each is typed
 * with the subgraph's generated `Resolvers` (generated/resolvers.ts), every key of which is optional.
 */
export function mergeResolvers<TResolvers extends object>(...maps: TResolvers[]): TResolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map)) {
      for (const fieldName of Object.keys(fields as object)) {
        if (merged[typeName]?.[fieldName]) throw new Error(`two resolvers for ${typeName}.${fieldName}`);
      }
      merged[typeName] = { ...merged[typeName], ...(fields as object) };
    }
  }
  return merged as TResolvers;
}
