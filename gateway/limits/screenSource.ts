import type { OperationLimits } from '../../lib/config';
import { ErrorCode } from '../../lib/errors';
import type { OperationRefusal } from '../../lib/httpServer';
import { measureSource } from './measureSource';

/**
 * The gateway's first look at an operation, at its HTTP front, before it is parsed: too many
 * tokens, selection sets nested too deep, too many aliases. What passes is bounded enough for the
 * parser, validation and the limits that need the parsed document (gateway/plugins/limits.ts).
 */
export function sourceScreen(limits: OperationLimits): (query: string) => OperationRefusal | undefined {
  const refuse = (code: ErrorCode, message: string, limit: number, actual: number): OperationRefusal => ({
    message,
    extensions: { code, limit, actual },
  });
  return (query) => {
    const { tokens, depth, aliases } = measureSource(query, limits.maxTokens);
    // Depth and aliases are counted over the tokens read, so they may show before the token count does.
    if (depth > limits.maxDepth)
      return refuse(
        ErrorCode.DEPTH_LIMIT_EXCEEDED,
        `The operation nests deeper than ${limits.maxDepth} levels`,
        limits.maxDepth,
        depth,
      );
    if (aliases > limits.maxAliases)
      return refuse(
        ErrorCode.ALIAS_LIMIT_EXCEEDED,
        `The operation has more than ${limits.maxAliases} aliases`,
        limits.maxAliases,
        aliases,
      );
    if (tokens > limits.maxTokens)
      return refuse(
        ErrorCode.TOKEN_LIMIT_EXCEEDED,
        `The operation has more than ${limits.maxTokens} tokens`,
        limits.maxTokens,
        tokens,
      );
    return undefined;
  };
}
