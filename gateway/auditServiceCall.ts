import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { InternalTokenConfig } from '../lib/config';
import { callInternal } from '../lib/internalGraphQLClient';

/**
 * The gateway's own calls to the audit subgraph's internal operations (the job ledger, the webhook
 * subscriptions, the change feed's head), as the gateway with a one-time internal token per call.
 */

export interface AuditServiceOptions {
  url: () => string;
  internalToken: InternalTokenConfig;
  timeoutMs: number;
}

export class AuditServiceUnavailableError extends Error {}

/** The answer's data; throws, naming `what` was asked, when the audit subgraph cannot be reached or refuses. */
export async function callAuditAsGateway<TData, TVariables>(
  options: AuditServiceOptions,
  what: string,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  const answer = await callInternal({
    url: options.url(),
    target: 'audit',
    service: 'gateway',
    document,
    variables,
    internalToken: options.internalToken,
    timeoutMs: options.timeoutMs,
  });
  if (!answer.reached) throw new AuditServiceUnavailableError(`${what} cannot be reached: ${answer.error.message}`);
  if (!answer.data || answer.errors?.length)
    throw new AuditServiceUnavailableError(
      `${what} refused: ${answer.errors?.map((error) => error.message).join('; ') ?? `HTTP ${answer.status}`}`,
    );
  return answer.data;
}
