import { GraphQLError } from 'graphql';
import type { DomainRefusal } from './domainRefusal';

/**
 * The error codes Custos puts in `extensions.code`. They are public contract: clients branch on
 * them, so a code is never renamed or reused for another meaning.
 */
export const ErrorCode = {
  /** The HTTP request itself is malformed (a body that is not JSON, or too large), before any GraphQL runs. HTTP 400 or 413. */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The request's arguments or variables are invalid; nothing was changed. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** No token, or a token that is expired, forged or meant for someone else. HTTP 401. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The caller is known but may not see or do this. */
  FORBIDDEN: 'FORBIDDEN',
  /** The thing asked for does not exist. */
  NOT_FOUND: 'NOT_FOUND',
  /**
   * The customer's credit (a hold, or its limit) does not allow this contract or invoice; nothing was
   * changed. Only a caller who may read the customer's credit data is told which and by how much.
   */
  CREDIT_REFUSED: 'CREDIT_REFUSED',
  /**
   * The customer's tax exemption certificate for the invoice's jurisdiction and products does not
   * hold on the invoice date; `extensions.reason` says why (EXPIRED, NOT_YET_VALID, PENDING, REJECTED,
   * REVOKED). Nothing was changed.
   */
  TAX_EXEMPTION_INVALID: 'TAX_EXEMPTION_INVALID',
  /**
   * The tax certificate provider delivered a batch (a file) with invalid records: that batch and those
   * after it were not loaded; `extensions.violations` names each batch and line and the problem.
   */
  TAX_CERTIFICATES_REFUSED: 'TAX_CERTIFICATES_REFUSED',
  /**
   * The identity provider's export of users and groups is malformed or incomplete: none of it was
   * loaded and the role assignments stand as they were; `extensions.violations` names each problem.
   */
  ROLE_ASSIGNMENTS_REFUSED: 'ROLE_ASSIGNMENTS_REFUSED',
  /**
   * A legal hold covers what this change would destroy (an unmerge, a purge); nothing was changed.
   * `extensions.holds` names the holds by id and matter.
   */
  LEGAL_HOLD: 'LEGAL_HOLD',
  /** A dependency (database, subgraph) is down; retrying later may work. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** The operation has more lexical tokens than LIMIT_MAX_TOKENS allows. HTTP 400. */
  TOKEN_LIMIT_EXCEEDED: 'TOKEN_LIMIT_EXCEEDED',
  /** Fields nest deeper than LIMIT_MAX_DEPTH. HTTP 400. */
  DEPTH_LIMIT_EXCEEDED: 'DEPTH_LIMIT_EXCEEDED',
  /** More aliases than LIMIT_MAX_ALIASES. HTTP 400. */
  ALIAS_LIMIT_EXCEEDED: 'ALIAS_LIMIT_EXCEEDED',
  /** More root fields than LIMIT_MAX_ROOT_FIELDS. HTTP 400. */
  ROOT_FIELD_LIMIT_EXCEEDED: 'ROOT_FIELD_LIMIT_EXCEEDED',
  /** The estimated cost is above the caller's budget (LIMIT_MAX_COST, LIMIT_MAX_COST_BY_ROLE). HTTP 400. */
  COST_LIMIT_EXCEEDED: 'COST_LIMIT_EXCEEDED',
  /** Too many requests from this principal or client; retry after `extensions.retryAfterSeconds`. HTTP 429. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The request names an operation its document does not have, or names none among several. HTTP 400. */
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  /** A bug or an unexpected failure; details are in the server log, never in the response. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * Every error a client sees is built here, so each code keeps one shape. Pure cores throw a plain
 * DomainRefusal instead; `refusal` turns it into BAD_USER_INPUT at the GraphQL edge.
 */

/** The HTTP request is malformed; the HTTP front answers with it before any GraphQL runs. */
export function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_REQUEST } });
}

/** Unexpected: what the client sees of a failure whose details stay in the server log. */
export function internalServerError(): GraphQLError {
  return new GraphQLError('Internal server error', { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
}

export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argumentName ? { argumentName } : {}) },
  });
}

/** A pure core's refusal as the client sees it: BAD_USER_INPUT with its message and argument. */
export function refusal(refused: DomainRefusal): GraphQLError {
  return badUserInput(refused.message, refused.argumentName);
}

/** Input that breaks several rules at once: BAD_USER_INPUT listing each in `extensions.violations`. */
export function ruleViolations(message: string, violations: readonly object[]): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, violations } });
}

/** The caller may not see or do this one thing; the rest of the operation is served (a 200 answer). */
/** An input refused at the gateway before planning: the same error, answered as the request's fault (HTTP 400). */
export function refusedBeforePlanning(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
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

/** The operation is over one of the gateway's limits: HTTP 400, with the limit and what was asked. */
export function overLimit(code: ErrorCode, message: string, limit: number, actual: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, limit, actual, http: { status: 400 } } });
}

export function creditRefused(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.CREDIT_REFUSED } });
}

export function taxExemptionInvalid(message: string, reason: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.TAX_EXEMPTION_INVALID, reason } });
}

export function taxCertificatesRefused(message: string, violations: readonly object[]): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.TAX_CERTIFICATES_REFUSED, violations } });
}

export function roleAssignmentsRefused(message: string, violations: readonly object[]): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.ROLE_ASSIGNMENTS_REFUSED, violations } });
}

/** A legal hold covers what the change would destroy; the holds are named so the caller can ask their owner. */
export function legalHold(message: string, holds: readonly { id: string; matter: string }[]): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.LEGAL_HOLD, holds } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.NOT_FOUND } });
}

/** A dependency this operation needs (a peer service, the database) is down; nothing was changed. */
export function serviceUnavailable(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } });
}

/**
 * A subgraph could not answer its part of a query: the rest of the answer stands, and this error
 * names the service, why (`UNREACHABLE`, `TIMEOUT`, `FAILED_RESPONSE`, `CIRCUIT_OPEN`), the fields
 * that are missing and where in the answer they would have been.
 */
export function subgraphUnavailable(
  serviceName: string,
  reason: string,
  missing: string[],
  at: string | undefined,
): GraphQLError {
  const what = missing.length > 0 ? missing.join(', ') : 'its fields';
  return new GraphQLError(
    `The ${serviceName} service is unavailable (${reason}); ${what} ${missing.length === 1 ? 'is' : 'are'} missing from this answer`,
    {
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, serviceName, reason, missing, ...(at ? { at } : {}) },
    },
  );
}

/**
 * Apollo Server reads response headers of an error from a Map. Typed loosely because GraphQL Yoga
 * (inside Hive Gateway, which the peer benchmark loads) declares the same extension as a plain
 * record for the whole program.
 */
function retryAfter(seconds: number): Record<string, unknown> {
  return { status: 429, headers: new Map([['retry-after', String(seconds)]]) };
}

/** The caller is over its rate: HTTP 429 with `Retry-After`, and which budget ran out. */
export function rateLimited(retryAfterSeconds: number, scope: string): GraphQLError {
  return new GraphQLError(`Too many requests for this ${scope}; retry after ${retryAfterSeconds} s`, {
    extensions: {
      code: ErrorCode.RATE_LIMITED,
      retryAfterSeconds,
      scope,
      http: retryAfter(retryAfterSeconds),
    },
  });
}

/** The document has no operation by the requested name (or several, and no name was given): HTTP 400. */
export function operationNotFound(operationName: string | undefined): GraphQLError {
  const message =
    operationName === undefined
      ? 'The document has several operations: name the one to run in operationName'
      : `The document has no operation named "${operationName.length > 64 ? `${operationName.slice(0, 64)}...` : operationName}"`;
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.OPERATION_RESOLUTION_FAILURE, http: { status: 400 } },
  });
}
