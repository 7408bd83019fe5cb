import type { Metric } from 'prom-client';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { Kind, type DocumentNode, type GraphQLScalarType } from 'graphql';
import type { EntitySchema, MigrationObject } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { CustosConfig, SubgraphName } from '../../lib/config';
import { unauthenticated } from '../../lib/errors';
import { createErrorFormatter } from '../../lib/formatError';
import { startHttpServer } from '../../lib/httpServer';
import { createLogger, type Logger } from '../../lib/logger';
import { INTERNAL_TOKEN_HEADER, verifyInternalToken } from '../../lib/tokens/internalToken';
import { ReplayGuard } from '../../lib/tokens/replayGuard';
import { AuditTrailClient } from '../../lib/auditTrailClient';
import { CUSTOM_SCALARS } from '../../lib/scalars';
import { loadOriginSigner } from '../../lib/crypto/originKeys';
import { startTracing, type Tracing } from '../../lib/telemetry/tracing';
import { tracingPlugin } from '../../lib/telemetry/tracingPlugin';
import { BackgroundWork } from './backgroundWork';
import { RefusedCallRecorder } from './refusedCalls';
import { forgedRequestReporter } from './forgedRequests';
import { readSubgraphSdl } from '../../schema/subgraphSdl';
import { planFor } from '../../policies/plans';
import type { PolicyPlan } from '../../policies/compile';
import { openDatabase, type Database } from './database';
import { governSchema } from './governance';
import { AccessReport, accessReportPlugin } from './accessReport';
import { changeReporter } from './changeReporter';
import { seedOnStart, type DemoBookSource, type DemoSeeder } from './seed';
import type { SubgraphContext } from './context';
import type { SubgraphResolvers } from './subgraphResolvers';

/**
 * The one bootstrap shared by all four subgraphs: schema from `schema/<name>.graphql`, its own
 * database (migrated, and seeded with demo data when empty and wanted), an ORM fork and fresh DataLoaders per
 * request, and a hard rule that only requests carrying a valid internal token are answered.
 */

export interface SubgraphDefinition<TResolvers extends SubgraphResolvers, TLoaders, TShared = undefined> {
  name: SubgraphName;
  /** Parents before children: clearing deletes in reverse order. */
  entities: EntitySchema[];
  migrations: MigrationObject[];
  /** The subgraph's resolver map: TResolvers is its generated `Resolvers` (generated/resolvers.ts). */
  resolvers: TResolvers;
  /** A request's loaders, over its own ORM fork (and the subgraph's long-lived parts, e.g. a client of another subgraph). */
  createLoaders(em: SqlEntityManager, shared: TShared): TLoaders;
  /** Writes this subgraph's slice of the demo book into its (empty) database; a subgraph with no demo data of its own has none. */
  seed?: DemoSeeder;
  /**
   * Brings derived data the running code keeps up to date, after migrating and seeding and before
   * serving (e.g. blocking keys of customers written before the keys existed).
   */
  prepare?(database: Database): Promise<void>;
  /** Work that runs beside the server while it is up (e.g. delivering an outbox); returns how to stop it. */
  startBackground?(services: BackgroundServices): () => Promise<void>;
  /** Long-lived parts made once at start and given to every request as `context.shared` (e.g. the audit writer). */
  createShared?(services: BackgroundServices): TShared & { close(): Promise<void> };
  /** Metrics of its own beside the HTTP ones on its /metrics (e.g. how far behind an outbox is). */
  metrics?(services: BackgroundServices): Metric[];
}

export interface BackgroundServices {
  database: Database;
  config: CustosConfig;
  /** The access policy compiled for this subgraph's schema. */
  plan: PolicyPlan;
  log: Logger;
  /** Where the other subgraphs answer. */
  peerUrl(name: SubgraphName): string;
  /** Work that goes on after a request is answered registers here, so it can be awaited and is finished on close. */
  background: BackgroundWork;
  /** This subgraph's traces: calls to peers carry them on. Without them, calls are not traced. */
  tracing?: Tracing;
}

export interface SubgraphStartOptions {
  config: CustosConfig;
  /** Defaults to the subgraph's configured port; 0 picks a free one. */
  port?: number;
  log?: Logger;
  /** Supplies demo data when the database is empty; by default generated from the seed settings. */
  demoBook?: DemoBookSource;
  /** URLs of the other subgraphs where they differ from the configuration (e.g. ephemeral test ports). */
  peerUrls?: Partial<Record<SubgraphName, string>>;
  /** A folder of subgraph SDLs in place of schema/ (tests serve an extended schema). */
  schemaDir?: string;
  /**
   * Leave the background work to `RunningSubgraph.startBackground()`: embedded mode starts it once
   * every subgraph is seeded and up, so that no delivery waits on a peer busy seeding.
   */
  deferBackground?: boolean;
}

export interface RunningSubgraph {
  name: SubgraphName;
  url: string;
  database: Database;
  /** Starts the background work, when it was deferred; otherwise does nothing. */
  startBackground(): void;
  /** Delivers what waits for a timer and resolves once no background work is in flight. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/** The custom scalars a subgraph's SDL declares, read and written alike in every subgraph (lib/scalars.ts). */
function scalarResolvers(typeDefs: DocumentNode): Record<string, GraphQLScalarType> {
  const declared = new Set(
    typeDefs.definitions.flatMap((definition) =>
      definition.kind === Kind.SCALAR_TYPE_DEFINITION ? [definition.name.value] : [],
    ),
  );
  return Object.fromEntries(CUSTOM_SCALARS.filter((scalar) => declared.has(scalar.name)).map((s) => [s.name, s]));
}

/** What the storage helpers need of a subgraph definition. */
export type SubgraphStorage = Pick<
  SubgraphDefinition<SubgraphResolvers, unknown, unknown>,
  'name' | 'entities' | 'migrations' | 'seed'
>;

export async function clearData(database: Database, definition: SubgraphStorage): Promise<void> {
  await database.fork().transactional(async (em) => {
    for (const entity of [...definition.entities].reverse()) await em.nativeDelete(entity, {});
  });
}

export async function openSubgraphDatabase(
  definition: SubgraphStorage,
  config: CustosConfig,
  log: Logger,
): Promise<Database> {
  return openDatabase({
    subgraph: definition.name,
    entities: definition.entities,
    migrations: definition.migrations,
    url: config.databaseUrl(definition.name),
    dataDir: config.dataDir,
    log,
  });
}

export async function startSubgraph<TLoaders, TShared = undefined>(
  definition: SubgraphDefinition<SubgraphResolvers, TLoaders, TShared>,
  options: SubgraphStartOptions,
): Promise<RunningSubgraph> {
  const { config } = options;
  const log = options.log ?? createLogger(`subgraph-${definition.name}`, config.logLevel);
  const database = await openSubgraphDatabase(definition, config, log);
  const seeded = await seedOnStart(database, definition, options.demoBook, config);
  if (seeded) log.info({ subgraph: definition.name }, 'seeded an empty database with demo data');
  await definition.prepare?.(database);

  const typeDefs = readSubgraphSdl(definition.name, options.schemaDir);
  const plan = planFor(typeDefs);
  const tracing = startTracing(definition.name, config.tracing);
  const services: BackgroundServices = {
    database,
    config,
    plan,
    log,
    peerUrl: (name) => options.peerUrls?.[name] ?? config.subgraphUrl(name),
    background: new BackgroundWork(),
    tracing,
  };
  const shared = definition.createShared?.(services);

  const resolvers = { ...definition.resolvers, ...scalarResolvers(typeDefs) };
  const schema = buildSubgraphSchema([{ typeDefs, resolvers }]);
  if (!config.governance) log.warn(`GOVERNANCE=off: the ${definition.name} subgraph enforces NO access policy`);
  const apollo = new ApolloServer<SubgraphContext<TLoaders, TShared>>({
    schema: config.governance ? governSchema(schema, plan, config.maskingSalt) : schema,
    introspection: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(log),
    // The process's own signal handler stops every server in order; Apollo must not race it.
    stopOnTerminationSignals: false,
    // Traces would go to Apollo's hosted studio, which Custos never uses; no field sets cache hints.
    // Either plugin would wrap every field's resolver, which costs on every value of a large page.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      accessReportPlugin(),
      tracingPlugin(),
    ],
  });
  await apollo.start();

  const replays = new ReplayGuard();
  const refusedCalls = new RefusedCallRecorder(
    new AuditTrailClient({
      url: () => services.peerUrl('audit'),
      internalToken: config.internalToken,
      timeoutMs: config.subgraphTimeoutMs,
      signer: loadOriginSigner(config, definition.name),
      tracing,
    }),
    definition.name,
    log,
    services.background,
  );
  const forgedRequests = forgedRequestReporter({
    service: definition.name,
    auditUrl: () => services.peerUrl('audit'),
    internalToken: config.internalToken,
    timeoutMs: config.subgraphTimeoutMs,
    log,
    background: services.background,
  });
  const http = await startHttpServer<SubgraphContext<TLoaders, TShared>>({
    apollo,
    host: config.host,
    port: options.port ?? config.subgraphPort(definition.name),
    log,
    tracing,
    context: async (request, requestId, operation) => {
      const token = request.headers[INTERNAL_TOKEN_HEADER];
      const verdict =
        typeof token === 'string'
          ? await verifyInternalToken(
              config.internalToken,
              token,
              { target: definition.name, payload: operation },
              replays,
            )
          : { ok: false as const, reason: 'no internal token' };
      if (!verdict.ok) {
        log.warn({ requestId, reason: verdict.reason }, 'refused a request without a valid internal token');
        refusedCalls.record({
          request,
          requestId,
          operation,
          token: typeof token === 'string' ? token : undefined,
          reason: verdict.reason,
        });
        forgedRequests.refused(request, verdict.reason);
        throw unauthenticated('This service answers only requests forwarded by the Custos gateway');
      }
      const { identity } = verdict;
      const access = new AccessReport();
      // Its own event manager, so what this request writes is reported to this request's audit event only.
      const em = database.fork({ freshEventManager: true });
      em.getEventManager().registerSubscriber(changeReporter(access));
      return {
        principal: identity.principal,
        requestId,
        em,
        loaders: definition.createLoaders(em, shared as TShared),
        log: log.child({ requestId }),
        config,
        plan,
        access,
        shared: shared as TShared,
      };
    },
    routes: {
      '/health': async () => ({ status: 200, body: { status: 'ok', subgraph: definition.name } }),
      '/ready': async () => {
        try {
          await database.ping();
          return { status: 200, body: { status: 'ready', subgraph: definition.name, database: database.engine } };
        } catch (error) {
          log.warn({ err: error }, 'database is not reachable');
          return { status: 503, body: { status: 'unavailable', subgraph: definition.name, database: database.engine } };
        }
      },
    },
  });
  for (const metric of definition.metrics?.(services) ?? []) http.metrics.registerMetric(metric);
  log.info({ url: http.url, database: database.engine }, `${definition.name} subgraph listening`);
  let stopBackground: (() => Promise<void>) | undefined;
  const startBackground = () => {
    stopBackground ??= definition.startBackground?.(services);
  };
  if (!options.deferBackground) startBackground();

  return {
    name: definition.name,
    url: http.url,
    database,
    startBackground,
    settled: () => services.background.settled(),
    close: async () => {
      await stopBackground?.();
      await services.background.settled();
      await http.close();
      await apollo.stop();
      await shared?.close();
      await database.close();
      await tracing.shutdown();
    },
  };
}
