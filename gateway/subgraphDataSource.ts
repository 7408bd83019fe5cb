import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import type { InternalTokenConfig } from '../lib/config';
import { ACCESS_REPORT_EXTENSION } from '../lib/accessReport';
import { REQUEST_ID_HEADER } from '../lib/httpServer';
import { INTERNAL_TOKEN_HEADER, mintInternalToken } from '../lib/tokens/internalToken';
import type { GatewayContext } from './context';

/**
 * How the gateway talks to a subgraph: every request carries a freshly minted internal token with
 * the caller's identity and the request id, and gives up after a timeout; every answer's access
 * report (what it did with classified data) is kept for the request's audit event.
 */
export interface SubgraphDataSourceOptions {
  /** The subgraph's name: every token names the one subgraph it is for. */
  name: string;
  url: string;
  internalToken: InternalTokenConfig;
  timeoutMs: number;
}

type ReceivedResponse = Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0];

export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly internalToken: InternalTokenConfig;
  private readonly target: string;

  constructor(options: SubgraphDataSourceOptions) {
    const fetcher: Fetcher = (url, init) => fetch(url, { ...(init as RequestInit), signal: AbortSignal.timeout(options.timeoutMs) }) as never;
    super({ url: options.url, fetcher });
    this.internalToken = options.internalToken;
    this.target = options.name;
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const { principal, requestId } = context as Partial<GatewayContext>;
    // Health checks and schema loads carry no caller; they get no token and so no data.
    if (!principal) return;
    const payload = { query: request.query, variables: request.variables, operationName: request.operationName };
    request.http?.headers.set(INTERNAL_TOKEN_HEADER, await mintInternalToken(this.internalToken, { principal, requestId }, { target: this.target, payload }));
    if (requestId) request.http?.headers.set(REQUEST_ID_HEADER, requestId);
  }

  override didReceiveResponse({ response, context }: ReceivedResponse): ReceivedResponse['response'] {
    (context as Partial<GatewayContext>).access?.add(response.extensions?.[ACCESS_REPORT_EXTENSION]);
    return response;
  }
}
