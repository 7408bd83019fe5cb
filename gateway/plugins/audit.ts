import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { AuditEvent } from '../../lib/auditEvent';
import { AuditUnavailableError, type AuditTrailClient } from '../../lib/auditTrailClient';
import { serviceUnavailable } from '../../lib/errors';
import type { Logger } from '../../lib/logger';
import type { PolicyPlan } from '../../policies/compile';
import { alertEvent, operationEvent, type OperationFacts } from '../audit/auditEvents';
import type { BulkExportMonitor } from '../audit/bulkExportMonitor';
import type { GatewayContext } from '../context';
import { requestAnalysis } from './requestAnalysis';

/**
 * The audit trail at the gateway. Every operation that reads a classified value on any path (a
 * classified field, or a copy of one that a subgraph reports), uses one in a lookup, runs a
 * restricted query or is a mutation is written to the trail, naming the records it touched,
 * before its response leaves. If that write fails, the caller gets 503 SERVICE_UNAVAILABLE and no
 * data: nothing sensitive is served unlogged. An operation refused by policy before it ran is
 * recorded as DENIED; if even that cannot be written it is still refused, and the failure logged.
 */

export interface AuditPluginOptions {
  /** The compiled policy, which says what is classified and which queries are restricted. Required: no default. */
  plan: PolicyPlan;
  /** The line to the audit trail (lib/auditTrailClient.ts). Required: no default. */
  trail: AuditTrailClient;
  /** Counts what each principal reads; its alerts go to the trail with the operation's event. Required: no default. */
  bulkExport: BulkExportMonitor;
  /** An event names at most this many records; the rest are counted. Required: the gateway passes AUDIT_NAMED_RECORDS (500 unless set). */
  namedRecords: number;
  /** Where failed appends are logged (never the event's content). Required: no default. */
  log: Logger;
}

const AUDIT_UNAVAILABLE = 'The audit trail is unavailable, so no sensitive data can be served. Try again later.';

function failClosed(requestContext: GraphQLRequestContextWillSendResponse<GatewayContext>): void {
  const { response } = requestContext;
  response.http.status = 503;
  response.body = {
    kind: 'single',
    singleResult: { errors: [serviceUnavailable(AUDIT_UNAVAILABLE).toJSON()] },
  };
}

export function auditPlugin(options: AuditPluginOptions): ApolloServerPlugin<GatewayContext> {
  const { plan, trail, bulkExport, namedRecords, log } = options;
  return {
    async requestDidStart() {
      const started = Date.now();
      return {
        async didResolveOperation(requestContext) {
          if (!requestContext.contextValue.refusal) requestAnalysis(requestContext, plan);
        },

        async willSendResponse(requestContext) {
          const { contextValue, document, request, response, schema } = requestContext;
          const { analysis, refusal, principal, requestId, purposeNotHonoured } = contextValue;
          // Analysed means the operation was resolved and not refused before the analysis.
          if (!analysis || !document || (refusal && refusal !== 'POLICY') || contextValue.exportPage) return;
          const header = (name: string) => request.http?.headers.get(name) || null;
          const facts: Omit<OperationFacts, 'outcome'> = {
            principal,
            ...(purposeNotHonoured ? { purposeNotHonoured } : {}),
            requestId,
            client: { name: header('apollographql-client-name'), version: header('apollographql-client-version') },
            schema,
            document,
            operationName: requestContext.operationName ?? undefined,
            variables: request.variables ?? {},
            analysis,
            durationMs: Date.now() - started,
          };

          if (refusal === 'POLICY') {
            // A refusal is an access attempt worth recording; if even that cannot be written, still refuse.
            await trail
              .append([operationEvent({ ...facts, outcome: 'DENIED' })], requestId)
              .catch((error: Error) =>
                log.error({ err: error.message, requestId }, 'could not audit a denied operation'),
              );
            return;
          }

          const touchesClassified =
            analysis.sensitive.length > 0 || analysis.restrictedQueries.length > 0 || !contextValue.access.isEmpty();
          if (!touchesClassified && analysis.operationType !== 'mutation') return;
          if (response.body.kind !== 'single') return failClosed(requestContext);
          const result = response.body.singleResult;
          const access = contextValue.access.summary(namedRecords);
          const outcome = result.data == null ? 'FAILED' : result.errors?.length ? 'PARTIAL' : 'SERVED';
          const events: AuditEvent[] = [operationEvent({ ...facts, outcome, access })];
          const total = Object.values(access.records).reduce((sum, count) => sum + count, 0);
          const alert = bulkExport.observe(principal.sub, total);
          if (alert) {
            log.warn({ sub: principal.sub, requestId, alert }, 'bulk export alert');
            events.push(alertEvent(principal, requestId, alert, access.records));
          }
          try {
            await trail.append(events, requestId);
          } catch (error) {
            log.error({ err: (error as Error).message, requestId }, 'audit append failed: response withheld');
            if (!(error instanceof AuditUnavailableError)) log.error({ err: error }, 'unexpected audit failure');
            failClosed(requestContext);
          }
        },
      };
    },
  };
}
