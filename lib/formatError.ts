import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './errors';
import type { Logger } from './logger';
import { scrubSecrets } from './scrubSecrets';

/**
 * Decides what of an error reaches the client. Errors that carry a deliberate code pass as they
 * are; anything unexpected is logged in full and reaches the client as a bare
 * INTERNAL_SERVER_ERROR, so no stack trace, SQL or secret leaves the server.
 */
export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      // graphql-js repeats rejected input in its messages; a card or account number must not come back.
      return { ...formatted, message: scrubSecrets(formatted.message), extensions };
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
