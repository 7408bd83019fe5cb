import { createHash, randomUUID } from 'node:crypto';
import { print, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { AlertEvent, AuditOutcome, OperationEvent } from '../../lib/auditEvent';
import type { Principal } from '../../lib/principal';
import { redactVariables, type OperationAnalysis } from '../governance';
import { redactLiterals } from '../governance/redactLiterals';
import type { AccessSummary } from './requestAccess';

/**
 * The events the gateway writes to the audit trail (lib/auditEvent.ts): one per audited operation,
 * and an alert when an operation reads in bulk. Built from plain facts about the request.
 */

export interface OperationFacts {
  principal: Principal;
  /** The purpose the token stated that no approved DPIA covers (policies/purposeGating.ts). */
  purposeNotHonoured?: string;
  requestId: string;
  /** The `apollographql-client-name` and `-version` headers. */
  client: { name: string | null; version: string | null };
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | undefined;
  variables: Record<string, unknown>;
  analysis: OperationAnalysis;
  outcome: AuditOutcome;
  /** What the subgraphs reported; absent when the operation did not run. */
  access?: AccessSummary;
  durationMs: number;
}

export function operationEvent(facts: OperationFacts): OperationEvent {
  const { principal, analysis, access } = facts;
  const text = print(redactLiterals(facts.document));
  const declared = [
    ...analysis.sensitive,
    ...analysis.restrictedQueries.map((coordinate) => ({
      coordinate,
      classification: 'AUDIT',
      decision: 'ALLOW' as const,
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
        ...(facts.purposeNotHonoured ? { purposeNotHonoured: facts.purposeNotHonoured } : {}),
      },
      client: facts.client,
      requestId: facts.requestId,
      operation: {
        name: facts.operationName ?? null,
        type: analysis.operationType,
        hash: createHash('sha256').update(text).digest('hex'),
        text,
        variables: redactVariables(facts.schema, facts.document, facts.operationName, facts.variables),
      },
      coordinates: [...declared, ...copies],
      records: access?.records ?? {},
      touched: access?.touched ?? [],
      touchedOmitted: access?.touchedOmitted ?? 0,
      lookups: access?.lookups ?? [],
      outcome: facts.outcome,
      durationMs: facts.durationMs,
    },
  };
}

export function alertEvent(
  principal: Principal,
  requestId: string,
  alert: string,
  records: Record<string, number>,
): AlertEvent {
  return {
    id: `aud_${randomUUID()}`,
    kind: 'ALERT',
    body: {
      principal: { sub: principal.sub, roles: principal.roles, regions: principal.regions },
      requestId,
      alert,
      records,
    },
  };
}
