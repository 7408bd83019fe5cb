import type { CustosConfig, SubgraphName } from '../lib/config';
import { SUBGRAPH_NAMES } from '../lib/config';
import { generateDemoBook } from '../lib/demo/book';
import { createLogger } from '../lib/logger';
import { SUBGRAPHS } from '../subgraphs';
import { startSubgraph, type RunningSubgraph } from '../subgraphs/kit/subgraph';
import { startGateway, type RunningGateway } from './server';

/**
 * Embedded mode: the four subgraphs and the gateway in one process, each subgraph still a real
 * HTTP server with its own database. `npm start` uses it, and so do the integration tests.
 */

export interface EmbeddedOptions {
  config: CustosConfig;
  /** Pick free ports for everything instead of the configured ones (tests). */
  ephemeralPorts?: boolean;
}

export interface RunningFederation {
  gateway: RunningGateway;
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  close(): Promise<void>;
}

export async function startEmbedded(options: EmbeddedOptions): Promise<RunningFederation> {
  const { config } = options;
  let book: ReturnType<typeof generateDemoBook> | undefined;
  const lazyBook = () => (book ??= generateDemoBook(config.seed));
  const started: Partial<Record<SubgraphName, RunningSubgraph>> = {};
  const urls: Partial<Record<SubgraphName, string>> = {};
  try {
    // Audit starts first so that the others can report changes to it from their first second.
    for (const name of Object.keys(SUBGRAPHS) as SubgraphName[]) {
      const subgraph = await startSubgraph(SUBGRAPHS[name], {
        config,
        port: options.ephemeralPorts ? 0 : undefined,
        log: createLogger(`subgraph-${name}`, config.logLevel),
        demoBook: lazyBook,
        peerUrls: urls,
      });
      started[name] = subgraph;
      urls[name] = subgraph.url;
    }
    const gateway = await startGateway({ config, port: options.ephemeralPorts ? 0 : undefined, subgraphUrls: urls });
    const subgraphs = started as Record<SubgraphName, RunningSubgraph>;
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
