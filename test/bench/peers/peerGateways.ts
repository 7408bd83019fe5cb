import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import type { InternalTokenConfig, SubgraphName } from '../../../lib/config';
import type { Principal } from '../../../lib/principal';
import { INTERNAL_TOKEN_HEADER, mintInternalToken, type InternalCall } from '../../../lib/tokens/internalToken';

/**
 * The peers Custos is measured against: a bare @apollo/gateway and Hive Gateway on the same
 * supergraph and the same subgraphs. Neither authenticates clients or governs anything; each only
 * forwards the internal credential the subgraphs demand (a one-time token for one fixed principal,
 * bound to the subgraph and the request), so they do the least a federation gateway in front of
 * Custos' subgraphs can do.
 */

export interface PeerGatewayOptions {
  supergraphSdl: string;
  subgraphUrls: Record<SubgraphName, string>;
  internalToken: InternalTokenConfig;
  principal: Principal;
  /** Told of every subgraph call the bare gateway makes: the benchmark replays them as its floor. */
  onCall?: (call: SubgraphCall) => void;
}

export interface SubgraphCall extends InternalCall {
  url: string;
}

export interface RunningPeer {
  url: string;
  close(): Promise<void>;
}

/** The supergraph with each subgraph's URL replaced by where it runs now. */
export function pointSupergraphAt(supergraphSdl: string, urls: Record<SubgraphName, string>): string {
  return supergraphSdl.replace(
    /@join__graph\(name: "([a-z]+)", url: "[^"]*"\)/g,
    (_whole, name: string) => `@join__graph(name: "${name}", url: "${urls[name as SubgraphName] ?? ''}")`,
  );
}

class TokenOnlyDataSource extends RemoteGraphQLDataSource {
  constructor(
    url: string,
    private readonly target: string,
    private readonly options: PeerGatewayOptions,
  ) {
    super({ url });
  }

  override async willSendRequest({ request }: GraphQLDataSourceProcessOptions): Promise<void> {
    const payload = { query: request.query, variables: request.variables, operationName: request.operationName };
    this.options.onCall?.({ url: this.url, target: this.target, payload });
    request.http?.headers.set(
      INTERNAL_TOKEN_HEADER,
      await mintInternalToken(
        this.options.internalToken,
        { principal: this.options.principal },
        { target: this.target, payload },
      ),
    );
  }
}

export async function startBareApolloGateway(options: PeerGatewayOptions): Promise<RunningPeer> {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name }) => new TokenOnlyDataSource(options.subgraphUrls[name as SubgraphName], name, options),
  });
  const server = new ApolloServer({ gateway, stopOnTerminationSignals: false });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } });
  return { url, close: () => server.stop() };
}

/** In-flight deduplication would merge the benchmark's identical requests: Hive is measured without it. */
export async function startHiveGateway(options: PeerGatewayOptions): Promise<RunningPeer> {
  const targetOf = new Map(Object.entries(options.subgraphUrls).map(([name, url]) => [url, name]));
  const runtime = createGatewayRuntime({
    supergraph: pointSupergraphAt(options.supergraphSdl, options.subgraphUrls),
    logging: false,
    transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
    plugins: () => [
      {
        async onFetch({ url, options: init, setOptions }) {
          const target = targetOf.get(url);
          if (!target || typeof init.body !== 'string') return;
          const token = await mintInternalToken(
            options.internalToken,
            { principal: options.principal },
            { target, payload: JSON.parse(init.body) as object },
          );
          setOptions({
            ...init,
            headers: { ...(init.headers as Record<string, string>), [INTERNAL_TOKEN_HEADER]: token },
          });
        },
      },
    ],
  });
  const server = http.createServer(runtime);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.dispose();
    },
  };
}
