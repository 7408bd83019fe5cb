import type { SubgraphName } from '../../lib/config';
import { serviceUnavailable } from '../../lib/errors';
import { INTERNAL_TOKEN_HEADER, mintInternalToken } from '../../lib/tokens/internalToken';
import type { BackgroundServices } from './subgraph';

/**
 * How one Custos subgraph asks another, as itself: a short-lived internal token naming the calling
 * service (only services can mint one), so the callee's policy grants exactly what that service
 * may run. A peer that does not answer is SERVICE_UNAVAILABLE: the caller fails closed.
 */

export interface ServiceClient {
  query<T>(peer: SubgraphName, document: string, variables?: Record<string, unknown>): Promise<T>;
}

export function createServiceClient(services: BackgroundServices, service: SubgraphName): ServiceClient {
  const principal = { sub: `service:${service}`, roles: [], regions: [], service };
  return {
    async query<T>(peer: SubgraphName, document: string, variables: Record<string, unknown> = {}): Promise<T> {
      const payload = { query: document, variables };
      const token = await mintInternalToken(services.config.internalToken, { principal }, { target: peer, payload });
      const response = await fetch(services.peerUrl(peer), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token },
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(services.config.subgraphTimeoutMs),
      }).catch(() => undefined);
      const body = (await response?.json().catch(() => undefined)) as
        { data?: T; errors?: { message: string }[] } | undefined;
      if (!response?.ok || !body?.data || body.errors) {
        services.log.warn(
          { peer, status: response?.status, errors: body?.errors?.map((e) => e.message) },
          `the ${peer} subgraph did not answer a service query`,
        );
        throw serviceUnavailable(`the ${peer} service is unavailable; nothing was changed`);
      }
      return body.data;
    },
  };
}
