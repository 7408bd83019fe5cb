import { GraphQLError } from 'graphql';

/**
 * The error codes Custos puts in `extensions.code`. They are public contract: clients branch on
 * them, so a code is never renamed or reused for another meaning.
 */
export const ErrorCode = {
  /** The request's arguments or variables are invalid; nothing was changed. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** No token, or a token that is expired, forged or meant for someone else. HTTP 401. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The caller is known but may not see or do this. */
  FORBIDDEN: 'FORBIDDEN',
  /** The thing asked for does not exist. */
  NOT_FOUND: 'NOT_FOUND',
  /** A dependency (database, subgraph) is down; retrying later may work. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** A bug or an unexpected failure; details are in the server log, never in the response. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argumentName ? { argumentName } : {}) },
  });
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
  });
}

/**
 * The whole operation is refused before anything runs: HTTP 403, the client's doing, not a fault
 * to retry. (A field refused inside an operation that is served is FORBIDDEN in a 200 answer.)
 */
export function operationRefused(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.NOT_FOUND } });
}
