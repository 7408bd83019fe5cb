import { createHash } from 'node:crypto';
import { canonicalJson } from '../canonicalJson';

/**
 * A GraphQL request as it travels between Custos services, and its digest: an internal token
 * carries the digest of the one request it was minted for, so it cannot carry another.
 */

export interface OperationPayload {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

/** SHA-256 of the request's query, variables and operation name; absent parts count as empty. */
export function operationDigest(payload: OperationPayload): string {
  const normalised = {
    query: payload.query ?? '',
    variables: payload.variables ?? {},
    operationName: payload.operationName ?? null,
  };
  return createHash('sha256').update(canonicalJson(normalised)).digest('base64url');
}
