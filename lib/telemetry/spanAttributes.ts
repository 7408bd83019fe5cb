import { SpanStatusCode, type Span } from '@opentelemetry/api';

/**
 * The attributes Custos puts on spans. Nothing here is a value a client sent or a record holds:
 * names, types, codes, counts and outcomes only. `graphql.*` follow OpenTelemetry's GraphQL
 * conventions (still incubating there, so named here); the rest are Custos' own.
 */

export const GRAPHQL_OPERATION_NAME = 'graphql.operation.name';
export const GRAPHQL_OPERATION_TYPE = 'graphql.operation.type';
/** The distinct `extensions.code`s of the errors a span's work answered with (lib/telemetry/errorCodes.ts). */
export const ERROR_CODES = 'custos.error.codes';
export const SUBGRAPH = 'custos.subgraph';
/** ok, errors (the subgraph answered with GraphQL errors) or unavailable. */
export const SUBGRAPH_OUTCOME = 'custos.subgraph.outcome';
/** Tries after the first (queries are tried again after an outage; mutations never). */
export const SUBGRAPH_RETRIES = 'custos.subgraph.retries';
/** Why a subgraph was unavailable: UNREACHABLE, TIMEOUT, FAILED_RESPONSE or CIRCUIT_OPEN. */
export const SUBGRAPH_FAILURE = 'custos.subgraph.failure';
/** The service that calls another over an internal call, and the service called. */
export const INTERNAL_CALLER = 'custos.internal.caller';
export const INTERNAL_TARGET = 'custos.internal.target';
export const AUDIT_EVENTS = 'custos.audit.events';
/** committed, or failed. */
export const AUDIT_OUTCOME = 'custos.audit.outcome';
/** Callers whose events went in the same call to the trail (appends share calls). */
export const AUDIT_SHARED_BY = 'custos.audit.shared_by';

/** A span whose work answered with errors: their codes, and an error status carrying the codes only. */
export function recordErrorCodes(span: Span, codes: readonly string[]): void {
  if (codes.length === 0) return;
  span.setAttribute(ERROR_CODES, [...codes]);
  span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(',') });
}
