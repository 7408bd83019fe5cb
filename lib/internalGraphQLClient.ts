import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { InternalTokenConfig } from './config';
import { REQUEST_ID_HEADER } from './httpServer';
import { INTERNAL_TOKEN_HEADER, mintInternalToken } from './tokens/internalToken';

/**
 * The one GraphQL client for calls between Custos processes: a typed document (generated from a
 * .graphql file next to its caller by `npm run codegen`) and its variables go to one subgraph as
 * the calling service, with a one-time internal token minted for exactly that request. It reports
 * what came back, typed; what a failure means is the caller's to say (a subgraph fails closed with
 * SERVICE_UNAVAILABLE, the audit trail client with AuditUnavailableError).
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
}

export type InternalAnswer<TData> =
  | { reached: false; error: Error }
  | { reached: true; status: number; ok: boolean; data?: TData | null; errors?: readonly { message: string }[] };

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
    errors?: { message: string }[];
  };
  return { reached: true, status: response.status, ok: response.ok, data: body.data, errors: body.errors };
}
