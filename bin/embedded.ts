import type { CustosConfig, SubgraphName } from '../lib/config';
import { SUBGRAPH_NAMES } from '../lib/config';
import { generateDemoBook } from '../lib/demo/book';
import { createLogger } from '../lib/logger';
import { SUBGRAPHS } from '../subgraphs';
import { startSubgraph, type RunningSubgraph } from '../subgraphs/kit/subgraph';
import { startGateway, type RunningGateway } from '../gateway/server';

/**
 * Embedded mode: the four subgraphs and the gateway in one process, each subgraph still a real
 * HTTP server with its own database. `npm start` uses it, and so do the integration tests. It is
 * the one place that starts gateway and subgraphs together, so it lives beside the other entry
 * points rather than in either.
 */

export interface EmbeddedOptions {
  config: CustosConfig;
  /** Pick free ports for everything instead of the configured ones (tests). */
  ephemeralPorts?: boolean;
  /**
   * Serve the subgraph SDLs of this folder (laid out like schema/) with these definitions, and the
   * supergraph composed from them, instead of the committed schema and the standard subgraphs:
   * tests extend the schema.
   */
  extended?: { schemaDir: string; subgraphs: typeof SUBGRAPHS; supergraphSdl: string };
}

export interface RunningFederation {
  gateway: RunningGateway;
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  close(): Promise<void>;
}

export async function startEmbedded(options: EmbeddedOptions): Promise<RunningFederation> {
  const { config, extended } = options;
  const definitions = extended?.subgraphs ?? SUBGRAPHS;
  let book: ReturnType<typeof generateDemoBook> | undefined;
  const lazyBook = () => (book ??= generateDemoBook(config.seed));
  const started: Partial<Record<SubgraphName, RunningSubgraph>> = {};
  const urls: Partial<Record<SubgraphName, string>> = {};
  try {
    // Audit starts first so that the others can report changes to it from their first second.
    for (const name of Object.keys(definitions) as SubgraphName[]) {
      const subgraph = await startSubgraph(definitions[name], {
        config,
        port: options.ephemeralPorts ? 0 : undefined,
        log: createLogger(`subgraph-${name}`, config.logLevel),
        demoBook: lazyBook,
        peerUrls: urls,
        schemaDir: extended?.schemaDir,
        deferBackground: true,
      });
      started[name] = subgraph;
      urls[name] = subgraph.url;
    }
    const gateway = await startGateway({
      config,
      port: options.ephemeralPorts ? 0 : undefined,
      subgraphUrls: urls,
      supergraphSdl: extended?.supergraphSdl,
    });
    const subgraphs = started as Record<SubgraphName, RunningSubgraph>;
    for (const subgraph of Object.values(subgraphs)) subgraph.startBackground();
    return {
      gateway,
      subgraphs,
      close: async () => {
        await gateway.close();
        for (const name of [...SUBGRAPH_NAMES].reverse()) await subgraphs[name].close();
      },
    };
  } catch (error) {
    await Promise.all(Object.values(started).map((subgraph) => subgraph.close()));
    throw error;
  }
}
