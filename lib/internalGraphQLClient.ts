import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { SpanKind, SpanStatusCode, context, trace } from '@opentelemetry/api';
import type { InternalTokenConfig } from './config';
import { REQUEST_ID_HEADER } from './httpServer';
import { errorCodesOf } from './telemetry/errorCodes';
import { INTERNAL_CALLER, INTERNAL_TARGET, recordErrorCodes } from './telemetry/spanAttributes';
import type { Tracing } from './telemetry/tracing';
import { INTERNAL_TOKEN_HEADER, mintInternalToken } from './tokens/internalToken';

/**
 * The one GraphQL client for calls between Custos processes: a typed document (generated from a
 * .graphql file next to its caller by `npm run codegen`) and its variables go to one subgraph as
 * the calling service, with a one-time internal token minted for exactly that request. It reports
 * what came back, typed; what a failure means is the caller's to say (a subgraph fails closed with
 * SERVICE_UNAVAILABLE, the audit trail client with AuditUnavailableError). With the caller's
 * tracing, each call is a client span whose `traceparent` the called subgraph continues.
 */

export interface InternalCall<TData, TVariables> {
  /** Where the subgraph answers. */
  url: string;
  /** The subgraph the token is for. */
  target: string;
  /** The calling process (`gateway`, or a subgraph's name): the token's principal is this service. */
  service: string;
  document: TypedDocumentNode<TData, TVariables>;
  variables: TVariables;
  internalToken: InternalTokenConfig;
  timeoutMs: number;
  /** The client request this call serves, for log correlation. */
  requestId?: string;
  /** The calling service's traces; without them the call is neither traced nor propagated. */
  tracing?: Tracing;
}

export type InternalAnswer<TData> =
  | { reached: false; error: Error }
  | {
      reached: true;
      status: number;
      ok: boolean;
      data?: TData | null;
      errors?: readonly { message: string; extensions?: { code?: unknown } }[];
    };

/** Each document is printed once: the text sent is the text the token's digest covers. */
const texts = new WeakMap<DocumentNode, string>();

function textOf(document: DocumentNode): string {
  let text = texts.get(document);
  if (text === undefined) texts.set(document, (text = print(document)));
  return text;
}

export async function callInternal<TData, TVariables>(
  call: InternalCall<TData, TVariables>,
): Promise<InternalAnswer<TData>> {
  if (!call.tracing?.enabled) return send(call, {});
  const { tracing } = call;
  const span = tracing.tracer.startSpan(`internal ${call.target}`, {
    kind: SpanKind.CLIENT,
    attributes: { [INTERNAL_CALLER]: call.service, [INTERNAL_TARGET]: call.target },
  });
  try {
    const answer = await context.with(trace.setSpan(context.active(), span), () => send(call, tracing.headers()));
    if (!answer.reached) span.setStatus({ code: SpanStatusCode.ERROR, message: 'UNREACHABLE' });
    else if (answer.errors?.length) recordErrorCodes(span, errorCodesOf(answer.errors));
    else if (!answer.ok) span.setStatus({ code: SpanStatusCode.ERROR, message: `HTTP ${answer.status}` });
    return answer;
  } finally {
    span.end();
  }
}

async function send<TData, TVariables>(
  call: InternalCall<TData, TVariables>,
  traceHeaders: Record<string, string>,
): Promise<InternalAnswer<TData>> {
  const payload = { query: textOf(call.document), variables: call.variables };
  const principal = { sub: `service:${call.service}`, roles: [], regions: [], service: call.service };
  const token = await mintInternalToken(
    call.internalToken,
    { principal, requestId: call.requestId },
    { target: call.target, payload },
  );
  let response: Response;
  try {
    response = await fetch(call.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...traceHeaders,
        [INTERNAL_TOKEN_HEADER]: token,
        ...(call.requestId ? { [REQUEST_ID_HEADER]: call.requestId } : {}),
      },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(call.timeoutMs),
    });
  } catch (error) {
    return { reached: false, error: error as Error };
  }
  const body = (await response.json().catch(() => ({}))) as {
    data?: TData | null;
    errors?: { message: string; extensions?: { code?: unknown } }[];
  };
  return { reached: true, status: response.status, ok: response.ok, data: body.data, errors: body.errors };
}
