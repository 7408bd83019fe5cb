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

export interface RunningSubgraphs {
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  urls: Record<SubgraphName, string>;
  /** Background work (outbox delivery, checkpoints) waits for this, so it never runs before everything is up. */
  startBackground(): void;
  close(): Promise<void>;
}

/** The four subgraphs, each a real HTTP server with its own database, audit first. */
export async function startSubgraphs(options: EmbeddedOptions): Promise<RunningSubgraphs> {
  const { config, extended } = options;
  const definitions = extended?.subgraphs ?? SUBGRAPHS;
  let book: ReturnType<typeof generateDemoBook> | undefined;
  const lazyBook = () => [(book ??= generateDemoBook(config.seed))];
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
  } catch (error) {
    await Promise.all(Object.values(started).map((subgraph) => subgraph.close()));
    throw error;
  }
  const subgraphs = started as Record<SubgraphName, RunningSubgraph>;
  return {
    subgraphs,
    urls: urls as Record<SubgraphName, string>,
    startBackground: () => {
      for (const subgraph of Object.values(subgraphs)) subgraph.startBackground();
    },
    close: async () => {
      for (const name of [...SUBGRAPH_NAMES].reverse()) await subgraphs[name].close();
    },
  };
}

export async function startEmbedded(options: EmbeddedOptions): Promise<RunningFederation> {
  const { config, extended } = options;
  const subgraphs = await startSubgraphs(options);
  try {
    const gateway = await startGateway({
      config,
      port: options.ephemeralPorts ? 0 : undefined,
      subgraphUrls: subgraphs.urls,
      supergraphSdl: extended?.supergraphSdl,
    });
    subgraphs.startBackground();
    return {
      gateway,
      subgraphs: subgraphs.subgraphs,
      close: async () => {
        await gateway.close();
        await subgraphs.close();
      },
    };
  } catch (error) {
    await subgraphs.close();
    throw error;
  }
}
