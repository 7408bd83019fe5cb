import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { DomainRefusal } from './domainRefusal';
import { ErrorCode, refusal } from './errors';
import type { Logger } from './logger';
import { scrubSecrets } from './scrubSecrets';

/**
 * Decides what of an error reaches the client. A pure core's refusal (DomainRefusal) becomes
 * BAD_USER_INPUT here, the one place that maps it. Errors that carry a deliberate code pass as
 * they are; anything unexpected is logged in full and reaches the client as a bare
 * INTERNAL_SERVER_ERROR, so no stack trace, SQL or secret leaves the server.
 */
export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const shown =
      original instanceof DomainRefusal ? { ...formatted, extensions: refusal(original).extensions } : formatted;
    const code = shown.extensions?.code;
    if (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { stacktrace: _stacktrace, ...extensions } = shown.extensions ?? {};
      // graphql-js repeats rejected input in its messages; a card or account number must not come back.
      return { ...shown, message: scrubSecrets(shown.message), extensions };
    }
    log.error(
      { err: scrubSecrets(String((error as Error)?.stack ?? error)), path: formatted.path },
      'unexpected error in a GraphQL operation',
    );
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
