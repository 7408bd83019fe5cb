import { ApolloServerErrorCode } from '@apollo/server/errors';
import { ErrorCode } from '../errors';

/**
 * What telemetry records of an error: its `extensions.code`, never its message (a message may
 * quote the value that was refused). A code neither Custos' nor Apollo Server's is OTHER, so
 * whatever a dependency puts there is neither recorded nor a new metric series.
 */

const KNOWN_CODES = new Set<string>([...Object.values(ErrorCode), ...Object.values(ApolloServerErrorCode)]);

export function knownErrorCode(code: unknown): string {
  return typeof code === 'string' && KNOWN_CODES.has(code) ? code : 'OTHER';
}

/** The distinct codes of some GraphQL errors, in the order they first appear. */
export function errorCodesOf(errors: readonly { extensions?: { code?: unknown } }[] | undefined): string[] {
  return [...new Set((errors ?? []).map((error) => knownErrorCode(error.extensions?.code)))];
}
