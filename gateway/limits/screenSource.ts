import type { OperationLimits } from '../../lib/config';
import type { OperationRefusal } from '../../lib/httpServer';
import { exceededLimit } from './exceededLimit';
import { measureSource } from './measureSource';

/**
 * The gateway's first look at an operation, at its HTTP front, before it is parsed: too many
 * tokens, selection sets nested too deep, too many aliases. What passes is bounded enough for the
 * parser, validation and the limits that need the parsed document (gateway/plugins/limits.ts).
 */
export function sourceScreen(limits: OperationLimits): (query: string) => OperationRefusal | undefined {
  return (query) => {
    const { tokens, depth, aliases } = measureSource(query, limits.maxTokens);
    // Depth and aliases are counted over the tokens read, so they may show before the token count does.
    const over = exceededLimit([
      { name: 'depth', limit: limits.maxDepth, actual: depth },
      { name: 'aliases', limit: limits.maxAliases, actual: aliases },
      { name: 'tokens', limit: limits.maxTokens, actual: tokens },
    ]);
    return over && { message: over.message, extensions: { code: over.code, limit: over.limit, actual: over.actual } };
  };
}
