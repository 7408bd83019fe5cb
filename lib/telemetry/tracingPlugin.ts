import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { context, trace } from '@opentelemetry/api';
import { errorCodesOf } from './errorCodes';
import { GRAPHQL_OPERATION_NAME, GRAPHQL_OPERATION_TYPE, recordErrorCodes } from './spanAttributes';

/**
 * Completes the span of a GraphQL request (lib/httpServer.ts opens it around the request): the
 * operation's type and name, and the codes of the errors it answered with. Never the document or
 * its variables: both can carry classified values (a literal IBAN, a variable's tax id).
 */
export function tracingPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async contextCreationDidFail({ error }) {
      const span = trace.getSpan(context.active());
      if (span?.isRecording()) recordErrorCodes(span, errorCodesOf([error as { extensions?: { code?: unknown } }]));
    },
    async requestDidStart() {
      const span = trace.getSpan(context.active());
      if (!span?.isRecording()) return;
      return {
        async willSendResponse({ operation, response }) {
          if (operation) {
            const name = operation.name?.value;
            span.setAttribute(GRAPHQL_OPERATION_TYPE, operation.operation);
            if (name) span.setAttribute(GRAPHQL_OPERATION_NAME, name);
            span.updateName(name ? `${operation.operation} ${name}` : operation.operation);
          }
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          recordErrorCodes(span, errorCodesOf(errors));
        },
      };
    },
  };
}
