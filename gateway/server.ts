import { parse } from 'graphql';
import { ApolloServer } from '@apollo/server';
import { ApolloGateway } from '@apollo/gateway';
import type { IncomingMessage } from 'node:http';
import { Counter, Gauge } from 'prom-client';
import type { CustosConfig, SubgraphName } from '../lib/config';
import { SUBGRAPH_NAMES, isSubgraphName } from '../lib/config';
import { createErrorFormatter } from '../lib/formatError';
import { startHttpServer, type RunningHttpServer } from '../lib/httpServer';
import { createLogger, type Logger } from '../lib/logger';
import { createClientTokenVerifier } from '../lib/tokens/clientToken';
import { readSupergraphSdl } from '../schema/supergraphSdl';
import { authenticate } from './authentication';
import type { GatewayContext } from './context';
import { requestLoggingPlugin } from './plugins/requestLogging';
import { auditPlugin } from './plugins/audit';
import { earlyRefusalPlugin } from './plugins/earlyRefusal';
import { introspectionPlugin } from './plugins/introspection';
import { limitsPlugin } from './plugins/limits';
import { sourceScreen } from './limits/screenSource';
import { AuditTrailClient } from '../lib/auditTrailClient';
import { loadOriginSigner } from '../lib/crypto/originKeys';
import { BulkExportMonitor } from './audit/bulkExportMonitor';
import { gatewaySecurityEvents } from './incidents/gatewaySecurityEvents';
import { RepeatedDenials } from './incidents/repeatedDenials';
import { repeatedDenialsPlugin } from './incidents/repeatedDenialsPlugin';
import type { SecurityEventReporter } from '../lib/incidents/securityEventReporter';
import { RequestAccess } from './audit/requestAccess';
import { planFor } from '../policies/plans';
import { SubgraphDataSource } from './subgraphDataSource';
import type { CircuitState } from './resilience/circuitBreaker';
import type { BucketStore } from './rateLimit/bucketStore';
import { MemoryBucketStore } from './rateLimit/memoryBucketStore';
import { RateLimiter } from './rateLimit/rateLimiter';
import { RedisBucketStore } from './rateLimit/redisBucketStore';
import { WorkLane } from './admission/workLane';
import { admissionPlugin } from './plugins/admission';
import { exportRoute, type ExportGovernance } from './exports/exportRoute';
import { apiSchemaOf } from './governance';
import { startJobs } from './jobs/startJobs';
import { ChangeFeedHead } from './events/changeFeedHead';
import { changeStreamRoute } from './events/changeStreamRoute';
import { startWebhooks } from './events/startWebhooks';
import { GatewayMetrics } from './metrics/gatewayMetrics';
import { metricsPlugin } from './plugins/metrics';
import { startTracing } from '../lib/telemetry/tracing';
import { tracingPlugin } from '../lib/telemetry/tracingPlugin';
import { ApprovedPurposes } from './purposes/approvedPurposes';

/**
 * The gateway: authenticates every request, plans it over the committed supergraph and executes
 * it against the four subgraphs with internal tokens.
 */

export interface GatewayStartOptions {
  config: CustosConfig;
  /** Defaults to PORT; 0 picks a free one. */
  port?: number;
  /** Subgraph URLs where they differ from the configuration (e.g. ephemeral test ports). */
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
  /** The supergraph to serve; defaults to the committed schema/supergraph.graphql. */
  supergraphSdl?: string;
  log?: Logger;
}

export interface RunningGateway {
  url: string;
  http: RunningHttpServer;
  close(): Promise<void>;
}

const CIRCUIT_GAUGE: Record<CircuitState, number> = { CLOSED: 0, HALF_OPEN: 0.5, OPEN: 1 };

/** Rate-limit buckets: in Redis, shared by every gateway, when REDIS_URL is set; else in this process. */
async function bucketStore(config: CustosConfig, log: Logger): Promise<BucketStore> {
  const { redisUrl, redisKeyPrefix } = config.rateLimits;
  if (!redisUrl) return new MemoryBucketStore();
  const store = new RedisBucketStore({
    url: redisUrl,
    keyPrefix: redisKeyPrefix,
    timeoutMs: 250,
    fallback: new MemoryBucketStore(),
    log,
  });
  if (await store.connect(2000)) log.info('rate limits are shared through Redis');
  else log.warn('Redis cannot be reached: this gateway limits rates on its own budget until it can');
  return store;
}

function clientNameOf(request: IncomingMessage): string | undefined {
  const name = request.headers['apollographql-client-name'];
  return typeof name === 'string' && name !== '' ? name : undefined;
}

function readinessUrl(graphqlUrl: string): string {
  return graphqlUrl.replace(/\/graphql$/, '/ready');
}

export async function startGateway(options: GatewayStartOptions): Promise<RunningGateway> {
  const { config } = options;
  const log = options.log ?? createLogger('gateway', config.logLevel);
  const urlOf = (name: SubgraphName) => options.subgraphUrls?.[name] ?? config.subgraphUrl(name);
  const supergraphSdl = options.supergraphSdl ?? readSupergraphSdl();

  // @apollo/gateway otherwise reports usage to Apollo's servers: customer data governance forbids
  // phoning home, and the closed network would stall shutdown on the export.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const metrics = new GatewayMetrics(config.customerContractHopAlertMs);
  const tracing = startTracing('gateway', config.tracing);
  const sources = new Map<SubgraphName, SubgraphDataSource>();
  const circuitStates = () => Object.fromEntries([...sources].map(([name, source]) => [name, source.circuitState]));
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => {
      if (!isSubgraphName(name)) throw new Error(`the supergraph names an unknown subgraph "${name}"`);
      const source = new SubgraphDataSource({
        name,
        url: urlOf(name),
        internalToken: config.internalToken,
        timeoutMs: config.subgraphTimeoutMs,
        resilience: config.subgraphResilience,
        metrics,
        tracing,
      });
      sources.set(name, source);
      return source;
    },
  });
  // Limits first: nothing else may walk an operation before it is known to be bounded (their walk
  // also reads its Date and DateTime arguments). The governance plugins after them share one
  // analysis of the operation (plugins/requestAnalysis.ts).
  const plugins = [
    metricsPlugin(metrics),
    tracingPlugin(),
    limitsPlugin({ limits: config.limits, pageSize: config.maxPageSize }),
    requestLoggingPlugin(),
    introspectionPlugin({ adminOnly: config.production }),
  ];
  let governance: ExportGovernance | undefined;
  let securityEvents: SecurityEventReporter | undefined;
  if (config.governance) {
    const events = gatewaySecurityEvents(
      { url: () => urlOf('audit'), internalToken: config.internalToken, timeoutMs: config.subgraphTimeoutMs },
      log,
    );
    securityEvents = events;
    governance = {
      plan: planFor(parse(supergraphSdl)),
      trail: new AuditTrailClient({
        url: () => urlOf('audit'),
        internalToken: config.internalToken,
        timeoutMs: config.subgraphTimeoutMs,
        signer: loadOriginSigner(config, 'gateway'),
        observe: (seconds, committed) => metrics.auditAppend.observe({ outcome: committed ? 'ok' : 'failed' }, seconds),
        tracing,
      }),
      bulkExport: new BulkExportMonitor(
        {
          perOperation: config.audit.bulkExportRecords,
          perWindow: config.audit.bulkExportWindowRecords,
          windowSeconds: config.audit.bulkExportWindowSeconds,
        },
        (sub, alert) => events.report({ kind: 'BULK_EXPORT', subject: `principal:${sub}`, detail: alert }),
      ),
    };
    plugins.push(
      earlyRefusalPlugin({ plan: governance.plan }),
      auditPlugin({ ...governance, namedRecords: config.audit.namedRecords, log }),
      repeatedDenialsPlugin({
        denials: new RepeatedDenials({
          count: config.incidents.deniedRequests,
          windowSeconds: config.incidents.deniedWindowSeconds,
        }),
        events,
      }),
    );
  } else {
    log.warn('GOVERNANCE=off: the gateway neither analyses nor audits operations');
  }
  const heavy = config.heavyOperations;
  const heavyLane = new WorkLane(heavy.atOnce, heavy.queue, heavy.waitMs);
  plugins.push(admissionPlugin({ lane: heavyLane, heavyCost: heavy.cost, retryAfterSeconds: 1 }));
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // The introspection plugin limits it to admins in production.
    introspection: true,
    // "Did you mean ...?" would describe the schema to callers who may not introspect it.
    hideSchemaDetailsFromClientErrors: config.production,
    // A backstop behind the limits plugin, which refuses such documents before they are parsed.
    parseOptions: { maxTokens: config.limits.maxTokens + 1 },
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(log),
    plugins,
    // The process's own signal handler stops every server in order; Apollo must not race it.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const verify = createClientTokenVerifier(config.auth);
  const rateLimited = new Counter({
    name: 'custos_rate_limited_total',
    help: 'Requests refused with 429, by the budget that ran out',
    labelNames: ['scope'],
    registers: [],
  });
  const rateLimiter = new RateLimiter(config.rateLimits, await bucketStore(config, log), (scope) =>
    rateLimited.inc({ scope }),
  );
  const approvedPurposes = new ApprovedPurposes({
    url: () => urlOf('audit'),
    internalToken: config.internalToken,
    timeoutMs: config.subgraphTimeoutMs,
    maxAgeMs: config.registers.purposeCacheMs,
    log,
  });
  // A purpose counts only while an approved DPIA covers it: decided here, once, before the principal
  // reaches the policy or, in the internal token, any subgraph.
  const admittedWithPurpose = async (request: IncomingMessage) => {
    const gated = await approvedPurposes.gate(await authenticate(request, verify));
    await rateLimiter.admit(gated.principal, clientNameOf(request));
    return gated;
  };
  const admitted = async (request: IncomingMessage) => (await admittedWithPurpose(request)).principal;
  const http = await startHttpServer<GatewayContext>({
    apollo,
    screenOperation: sourceScreen(config.limits),
    host: config.host,
    port: options.port ?? config.gatewayPort,
    log,
    tracing,
    context: async (request, requestId) => {
      const { principal, purposeNotHonoured } = await admittedWithPurpose(request);
      return {
        principal,
        ...(purposeNotHonoured ? { purposeNotHonoured } : {}),
        requestId,
        log: log.child({ requestId }),
        access: new RequestAccess(),
      };
    },
    streams: {
      '/events/': changeStreamRoute({
        apollo,
        principalOf: admitted,
        head: new ChangeFeedHead({
          url: () => urlOf('audit'),
          internalToken: config.internalToken,
          timeoutMs: config.subgraphTimeoutMs,
          maxAgeMs: config.changeEvents.pollMs,
        }),
        pollMs: config.changeEvents.pollMs,
        batch: config.changeEvents.batch,
        streamsPerPrincipal: config.changeEvents.streamsPerPrincipal,
        log,
      }),
      '/export/': exportRoute({
        apollo,
        schema: apiSchemaOf(supergraphSdl),
        principalOf: admitted,
        governance,
        pageSize: config.maxPageSize,
        concurrentPerPrincipal: config.exportsPerPrincipal,
        log,
      }),
    },
    routes: {
      '/health': async () => ({ status: 200, body: { status: 'ok' } }),
      '/ready': async () => {
        const checks = await Promise.all(
          SUBGRAPH_NAMES.map(async (name) => {
            try {
              const response = await fetch(readinessUrl(urlOf(name)), { signal: AbortSignal.timeout(2000) });
              return [name, response.ok ? 'ready' : 'unavailable'] as const;
            } catch {
              return [name, 'unreachable'] as const;
            }
          }),
        );
        const ready = checks.every(([, state]) => state === 'ready');
        return {
          status: ready ? 200 : 503,
          body: {
            status: ready ? 'ready' : 'unavailable',
            subgraphs: Object.fromEntries(checks),
            circuits: circuitStates(),
          },
        };
      },
    },
  });
  http.metrics.registerMetric(rateLimited);
  metrics.registerWith(http.metrics);
  new Gauge({
    name: 'custos_subgraph_circuit_open',
    help: "Whether the gateway's circuit towards a subgraph is open (1), half-open and probing (0.5) or closed (0)",
    labelNames: ['subgraph'],
    registers: [http.metrics],
    collect() {
      for (const [name, state] of Object.entries(circuitStates())) this.set({ subgraph: name }, CIRCUIT_GAUGE[state]);
    },
  });
  new Gauge({
    name: 'custos_heavy_operations',
    help: 'Heavy operations running and waiting for a place (HEAVY_OPERATIONS_AT_ONCE, HEAVY_OPERATION_QUEUE)',
    labelNames: ['state'],
    registers: [http.metrics],
    collect() {
      const { running, waiting } = heavyLane.load;
      this.set({ state: 'running' }, running);
      this.set({ state: 'waiting' }, waiting);
    },
  });
  const jobs = config.jobs.enabled ? startJobs(config, apollo, () => urlOf('audit'), log, metrics) : undefined;
  const webhooks = startWebhooks(config, apollo, () => urlOf('audit'), log, metrics);
  log.info({ url: http.url }, 'gateway listening');

  return {
    url: http.url,
    http,
    close: async () => {
      await jobs?.stop();
      await webhooks?.stop();
      await http.close();
      await securityEvents?.flush();
      await apollo.stop();
      await rateLimiter.close();
      await tracing.shutdown();
    },
  };
}
