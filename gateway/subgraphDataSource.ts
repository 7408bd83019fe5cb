import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import type { InternalTokenConfig } from '../lib/config';
import { REQUEST_ID_HEADER } from '../lib/httpServer';
import { INTERNAL_TOKEN_HEADER, mintInternalToken } from '../lib/tokens/internalToken';
import type { GatewayContext } from './context';

/**
 * How the gateway talks to a subgraph: every request carries a freshly minted internal token with
 * the caller's identity and the request id, and gives up after a timeout.
 */
export interface SubgraphDataSourceOptions {
  url: string;
  internalToken: InternalTokenConfig;
  timeoutMs: number;
}

export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly internalToken: InternalTokenConfig;

  constructor(options: SubgraphDataSourceOptions) {
    const fetcher: Fetcher = (url, init) => fetch(url, { ...(init as RequestInit), signal: AbortSignal.timeout(options.timeoutMs) }) as never;
    super({ url: options.url, fetcher });
    this.internalToken = options.internalToken;
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const { principal, requestId } = context as Partial<GatewayContext>;
    // Health checks and schema loads carry no caller; they get no token and so no data.
    if (!principal) return;
    request.http?.headers.set(INTERNAL_TOKEN_HEADER, await mintInternalToken(this.internalToken, { principal, requestId }));
    if (requestId) request.http?.headers.set(REQUEST_ID_HEADER, requestId);
  }
}
