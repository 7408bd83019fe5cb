import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../../lib/errors';
import type { SecurityEventReporter } from '../../lib/incidents/securityEventReporter';
import type { GatewayContext } from '../context';
import type { RepeatedDenials } from './repeatedDenials';

/**
 * Counts the answers that refuse their caller and reports a REPEATED_DENIALS security event when a
 * principal collects too many (repeatedDenials.ts). An answer refuses when the policy refused the
 * whole operation, or a root field of it, with FORBIDDEN; a value masked or denied deeper inside
 * an answer that was served is the policy at work on a permitted read, not a refusal.
 */

export interface RepeatedDenialsPluginOptions {
  /** The per-principal tally (INCIDENT_DENIED_REQUESTS within INCIDENT_DENIED_WINDOW_SECONDS). Required. */
  denials: RepeatedDenials;
  /** Where the event goes, queued (lib/incidents/securityEventReporter.ts). Required. */
  events: SecurityEventReporter;
}

function refuses(error: GraphQLFormattedError): boolean {
  return error.extensions?.code === ErrorCode.FORBIDDEN && (error.path?.length ?? 0) <= 1;
}

export function repeatedDenialsPlugin({
  denials,
  events,
}: RepeatedDenialsPluginOptions): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== 'single') return;
          if (!response.body.singleResult.errors?.some(refuses)) return;
          const { sub } = contextValue.principal;
          const alert = denials.observe(sub);
          if (alert) events.report({ kind: 'REPEATED_DENIALS', subject: `principal:${sub}`, detail: alert });
        },
      };
    },
  };
}
