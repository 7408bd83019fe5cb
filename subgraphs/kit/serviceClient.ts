import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { SubgraphName } from '../../lib/config';
import { serviceUnavailable } from '../../lib/errors';
import { callInternal } from '../../lib/internalGraphQLClient';
import type { BackgroundServices } from './subgraph';

/**
 * How one Custos subgraph asks another, as itself: a typed operation (lib/internalGraphQLClient.ts)
 * with a short-lived internal token naming the calling service (only services can mint one), so
 * the callee's policy grants exactly what that service may run. A peer that does not answer is
 * SERVICE_UNAVAILABLE: the caller fails closed. A call made while serving a request continues
 * its trace.
 */

export interface ServiceClient {
  query<TData, TVariables>(
    peer: SubgraphName,
    document: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
  ): Promise<TData>;
}

export function createServiceClient(services: BackgroundServices, service: SubgraphName): ServiceClient {
  return {
    async query(peer, document, variables) {
      const answer = await callInternal({
        url: services.peerUrl(peer),
        target: peer,
        service,
        document,
        variables,
        internalToken: services.config.internalToken,
        timeoutMs: services.config.subgraphTimeoutMs,
        tracing: services.tracing,
      });
      const reply = answer.reached ? answer : undefined;
      if (!reply?.ok || !reply.data || reply.errors) {
        services.log.warn(
          { peer, status: reply?.status, errors: reply?.errors?.map((e) => e.message) },
          `the ${peer} subgraph did not answer a service query`,
        );
        throw serviceUnavailable(`the ${peer} service is unavailable; nothing was changed`);
      }
      return reply.data;
    },
  };
}
