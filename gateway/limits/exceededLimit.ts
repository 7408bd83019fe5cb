import { ErrorCode } from '../../lib/errors';

/**
 * The operation limits as the refusals name them: the code and the message of each, shared by the
 * screen of the text before parsing (screenSource.ts) and the plugin that measures the parsed
 * document (gateway/plugins/limits.ts), so that a limit reads the same from both.
 */

const LIMITS = {
  depth: {
    code: ErrorCode.DEPTH_LIMIT_EXCEEDED,
    message: (limit: number) => `The operation nests deeper than ${limit} levels`,
  },
  aliases: {
    code: ErrorCode.ALIAS_LIMIT_EXCEEDED,
    message: (limit: number) => `The operation has more than ${limit} aliases`,
  },
  rootFields: {
    code: ErrorCode.ROOT_FIELD_LIMIT_EXCEEDED,
    message: (limit: number) => `The operation asks for more than ${limit} root fields`,
  },
  tokens: {
    code: ErrorCode.TOKEN_LIMIT_EXCEEDED,
    message: (limit: number) => `The operation has more than ${limit} tokens`,
  },
  cost: {
    code: ErrorCode.COST_LIMIT_EXCEEDED,
    message: (limit: number, actual: number) =>
      `The operation's estimated cost ${actual} is above the budget of ${limit}`,
  },
} as const;

/** One measure of an operation against its limit. */
export interface LimitMeasure {
  name: keyof typeof LIMITS;
  limit: number;
  actual: number;
}

/** A limit the operation is over, as its refusal states it. */
export interface ExceededLimit {
  code: ErrorCode;
  message: string;
  limit: number;
  actual: number;
}

/** The first of `measures`, in the order given, that is over its limit; undefined when none is. */
export function exceededLimit(measures: readonly LimitMeasure[]): ExceededLimit | undefined {
  const over = measures.find(({ limit, actual }) => actual > limit);
  if (!over) return undefined;
  const { code, message } = LIMITS[over.name];
  return { code, message: message(over.limit, over.actual), limit: over.limit, actual: over.actual };
}
