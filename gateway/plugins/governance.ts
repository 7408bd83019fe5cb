import { createHash, randomUUID } from 'node:crypto';
import { print, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { ErrorCode, operationRefused } from '../../lib/errors';
import type { Logger } from '../../lib/logger';
import type { PolicyPlan } from '../../policies/compile';
import { mayRun } from '../../policies/decide';
import { AuditUnavailableError, type AuditEventDraft, type AuditTrailClient } from '../../lib/auditTrailClient';
import type { BulkExportMonitor } from '../audit/bulkExportMonitor';
import type { GatewayContext } from '../context';
import { redactLiterals } from '../governance/redactLiterals';
import {
  analyseOperation,
  collectCoordinates,
  redactVariables,
  usesIntrospection,
  type OperationAnalysis,
} from '../governance';
import type { AccessSummary } from '../audit/requestAccess';

/**
 * Governance at the gateway, before planning and before answering:
 * - introspection only for admins outside development;
 * - the operation is analysed against the policy; one that can only ever be denied is refused
 *   before any subgraph is asked, and the refusal is recorded;
 * - every operation that reads a classified value on any path (a classified field, or a copy of
 *   one that a subgraph reports), uses one in a lookup, runs a restricted query or is a mutation
 *   is written to the audit trail, naming the records it touched, before its response leaves. If
 *   that write fails, the caller gets an error and no data: nothing sensitive is served unlogged.
 */

export interface GovernancePluginOptions {
  plan: PolicyPlan;
  audit: AuditTrailClient;
  bulkExport: BulkExportMonitor;
  /** Introspection is for admins only when true. */
  production: boolean;
  /** An event names at most this many records; the rest are counted. */
  namedRecords: number;
  log: Logger;
}

interface Analysed {
  analysis: OperationAnalysis;
  restrictedQueries: string[];
  started: number;
  /** Set when the operation was refused (and recorded) before execution. */
  refused?: boolean;
}

const AUDIT_UNAVAILABLE = 'The audit trail is unavailable, so no sensitive data can be served. Try again later.';

function header(request: { http?: { headers: Map<string, string> } }, name: string): string | undefined {
  return request.http?.headers.get(name) || undefined;
}

function operationEvent(
  context: GatewayContext,
  request: { http?: { headers: Map<string, string> } },
  parts: {
    schema: GraphQLSchema;
    document: DocumentNode;
    operationName: string | undefined;
    variables: Record<string, unknown>;
    analysed: Analysed;
    outcome: string;
    access?: AccessSummary;
  },
): AuditEventDraft {
  const text = print(redactLiterals(parts.document));
  const { principal } = context;
  const { access } = parts;
  const declared = [
    ...parts.analysed.analysis.sensitive,
    ...parts.analysed.restrictedQueries.map((coordinate) => ({
      coordinate,
      classification: 'AUDIT',
      decision: 'ALLOW',
    })),
  ];
  // Copies of classified values (payloads, change logs, lineage) are known only once a subgraph reports them.
  const copies = (access?.decisions ?? []).filter(
    (decision) => decision.via && !declared.some((d) => d.coordinate === decision.coordinate),
  );
  return {
    id: `aud_${randomUUID()}`,
    kind: 'OPERATION',
    body: {
      principal: {
        sub: principal.sub,
        roles: principal.roles,
        regions: principal.regions,
        ...(principal.purpose ? { purpose: principal.purpose } : {}),
      },
      client: {
        name: header(request, 'apollographql-client-name') ?? null,
        version: header(request, 'apollographql-client-version') ?? null,
      },
      requestId: context.requestId,
      operation: {
        name: parts.operationName ?? null,
        type: parts.analysed.analysis.operationType,
        hash: createHash('sha256').update(text).digest('hex'),
        text,
        variables: redactVariables(parts.schema, parts.document, parts.operationName, parts.variables),
      },
      coordinates: [...declared, ...copies],
      records: access?.records ?? {},
      touched: access?.touched ?? [],
      touchedOmitted: access?.touchedOmitted ?? 0,
      lookups: access?.lookups ?? [],
      outcome: parts.outcome,
      durationMs: Date.now() - parts.analysed.started,
    },
  };
}

function alertEvent(context: GatewayContext, alert: string, records: Record<string, number>): AuditEventDraft {
  return {
    id: `aud_${randomUUID()}`,
    kind: 'ALERT',
    body: {
      principal: { sub: context.principal.sub, roles: context.principal.roles, regions: context.principal.regions },
      requestId: context.requestId,
      alert,
      records,
    },
  };
}

function failClosed(requestContext: GraphQLRequestContextWillSendResponse<GatewayContext>): void {
  const { response } = requestContext;
  response.http.status = 503;
  response.body = {
    kind: 'single',
    singleResult: { errors: [{ message: AUDIT_UNAVAILABLE, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } }] },
  };
}

export function governancePlugin(options: GovernancePluginOptions): ApolloServerPlugin<GatewayContext> {
  const { plan, audit } = options;
  return {
    async requestDidStart() {
      let analysed: Analysed | undefined;
      const started = Date.now();
      return {
        async didResolveOperation({ contextValue, document, operationName: named, request, schema }) {
          if (contextValue.refusedBeforeAnalysis) return;
          const { principal } = contextValue;
          const operationName = named ?? undefined;
          if (usesIntrospection(document, operationName) && options.production && !principal.roles.includes('admin')) {
            throw operationRefused('Introspection is for administrators');
          }
          const variables = request.variables ?? {};
          const analysis = analyseOperation({ schema, document, operationName, variables, plan, principal });
          const touched = collectCoordinates(schema, document, operationName, variables);
          const restrictedQueries = [...new Set(touched.map((t) => t.coordinate))].filter(
            (coordinate) => plan.queries[coordinate],
          );
          const roots = [...new Set(touched.filter((t) => !t.responsePath.includes('.')).map((t) => t.coordinate))];
          const refusedRoots = roots.filter(
            (coordinate) => plan.queries[coordinate] && !mayRun(plan, principal, coordinate),
          );
          analysed = { analysis, restrictedQueries, started };
          const refusedEntirely = analysis.deniedEntirely || (roots.length > 0 && refusedRoots.length === roots.length);
          if (!refusedEntirely) return;
          analysed.refused = true;
          // A refusal is an access attempt worth recording; if even that cannot be written, still refuse.
          await audit
            .append(
              [
                operationEvent(contextValue, request, {
                  schema,
                  document,
                  operationName,
                  variables,
                  analysed,
                  outcome: 'DENIED',
                }),
              ],
              contextValue.requestId,
            )
            .catch((error: Error) =>
              options.log.error(
                { err: error.message, requestId: contextValue.requestId },
                'could not audit a denied operation',
              ),
            );
          const refused = [...analysis.forbiddenMutations, ...refusedRoots];
          throw operationRefused(
            refused.length > 0
              ? `Not authorised to run ${refused.map((c) => c.split('.')[1]).join(', ')}`
              : 'Nothing this operation asks for may be shown to you',
          );
        },

        async willSendResponse(requestContext) {
          const { contextValue, document, request, response, schema } = requestContext;
          const operationName = requestContext.operationName ?? undefined;
          if (!analysed || analysed.refused || !document) return;
          const { analysis, restrictedQueries } = analysed;
          const touchesClassified =
            analysis.sensitive.length > 0 || restrictedQueries.length > 0 || !contextValue.access.isEmpty();
          if (!touchesClassified && analysis.operationType !== 'mutation') return;
          if (response.body.kind !== 'single') return failClosed(requestContext);
          const result = response.body.singleResult;
          const variables = request.variables ?? {};
          const access = contextValue.access.summary(options.namedRecords);
          const { records } = access;
          const outcome = result.data == null ? 'FAILED' : result.errors?.length ? 'PARTIAL' : 'SERVED';
          const events = [
            operationEvent(contextValue, request, {
              schema,
              document,
              operationName,
              variables,
              analysed,
              outcome,
              access,
            }),
          ];
          const total = Object.values(records).reduce((sum, count) => sum + count, 0);
          const alert = options.bulkExport.observe(contextValue.principal.sub, total);
          if (alert) {
            options.log.warn(
              { sub: contextValue.principal.sub, requestId: contextValue.requestId, alert },
              'bulk export alert',
            );
            events.push(alertEvent(contextValue, alert, records));
          }
          try {
            await audit.append(events, contextValue.requestId);
          } catch (error) {
            options.log.error(
              { err: (error as Error).message, requestId: contextValue.requestId },
              'audit append failed: response withheld',
            );
            if (!(error instanceof AuditUnavailableError))
              options.log.error({ err: error }, 'unexpected audit failure');
            failClosed(requestContext);
          }
        },
      };
    },
  };
}
