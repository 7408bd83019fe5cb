import path from 'node:path';
import { ConfigError } from './configError';
import { JOB_CATALOGUE, JOB_NAMES, isJobName, type JobName } from './jobs/catalogue';
import { scheduleProblem } from './jobs/schedule';
import { loadPciConfig, type PciConfig } from './pciConfig';
import { loadIdentityConfig, type IdentityConfig } from './identity/identityConfig';
import { loadTracingConfig, type TracingConfig } from './telemetry/tracingConfig';
import { webhookUrlProblem } from './webhooks/webhookUrl';

export { ConfigError };

/**
 * Every environment variable Custos reads, in one place. The README's configuration reference is
 * written from this file; add a variable here and there together.
 */

export const SUBGRAPH_NAMES = ['customer', 'contract', 'quality', 'audit'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export function isSubgraphName(value: unknown): value is SubgraphName {
  return typeof value === 'string' && (SUBGRAPH_NAMES as readonly string[]).includes(value);
}

/** Development defaults: refused in production so that no deployment runs on a published secret. */
const DEV_JWT_SECRET = 'custos-development-jwt-secret-not-for-production';
const DEV_INTERNAL_SECRET = 'custos-development-internal-secret-not-for-production';
const DEV_MASKING_SALT = 'custos-development-masking-salt-not-for-production';
const DEV_WEBHOOK_SIGNING_KEY = 'custos-development-webhook-key-not-for-production';
const DEFAULT_SUBGRAPH_PORTS: Record<SubgraphName, number> = {
  customer: 4001,
  contract: 4002,
  quality: 4003,
  audit: 4004,
};

export interface AuthConfig {
  /** HS256 secret for client tokens (development tokens from `npm run token`). */
  jwtSecret?: string;
  /** JWKS endpoint for client tokens signed by an identity provider (RS256/ES256/EdDSA). */
  jwksUrl?: string;
  jwtIssuer: string;
  jwtAudience: string;
}

export interface InternalTokenConfig {
  /** HS256 secret shared by the gateway and the subgraphs for gateway-minted internal tokens. */
  secret: string;
  ttlSeconds: number;
}

export interface AuditConfig {
  /** Ed25519 private key (PEM, or base64 PKCS#8 DER) that signs checkpoints; development keeps one under DATA_DIR. */
  signingKey?: string;
  /** Extra Ed25519 public keys (base64 SPKI DER, comma-separated) whose old checkpoints still verify after a key change. */
  verifyKeys: string[];
  /** A signed checkpoint after this many events ... */
  checkpointEvery: number;
  /** ... and at least this often while events arrive. */
  checkpointIntervalMs: number;
  /** An operation returning more sensitive records than this raises a bulk-export alert. */
  bulkExportRecords: number;
  /** One principal reading more sensitive records than this within the window raises one too. */
  bulkExportWindowRecords: number;
  bulkExportWindowSeconds: number;
  /** An audit event names at most this many of the records an operation touched; the rest are counted. */
  namedRecords: number;
}

/** What one operation may ask for, checked at the gateway before it is planned. */
export interface OperationLimits {
  /** Lexical tokens in the document. */
  maxTokens: number;
  /** Fields nested in fields, counting through fragments. */
  maxDepth: number;
  maxAliases: number;
  /** Fields at the operation's root. */
  maxRootFields: number;
  /** Estimated cost: objects an answer can hold, with lists sized by `first` or assumed. */
  maxCost: number;
  /** A larger (or smaller) cost budget for callers holding a role, e.g. bulk readers; role names are checked at the gateway. */
  maxCostByRole: Record<string, number>;
  /** How long a list without a `first` argument is assumed to be. */
  assumedListSize: number;
}

/** A token bucket: up to `burst` requests at once, refilled at `perMinute`. */
export interface RateRule {
  burst: number;
  perMinute: number;
}

/** Request rates the gateway admits (gateway/rateLimit/). */
export interface RateLimitConfig {
  principal: RateRule;
  client: RateRule;
  /** Buckets shared by every gateway through this Redis; without it, each gateway counts alone. */
  redisUrl?: string;
  redisKeyPrefix: string;
}

/** How the gateway rides out a subgraph that is down (gateway/subgraphDataSource.ts). */
export interface SubgraphResilience {
  /** Further tries of a query's call after a failure (mutations are never tried again). */
  retries: number;
  /** Backoff of those tries: up to baseMs before the first, doubling, never above maxMs. */
  baseMs: number;
  maxMs: number;
  /** Failures in a row that open a subgraph's circuit. */
  breakerFailures: number;
  /** How long an open circuit refuses calls before it lets one probe through. */
  breakerOpenMs: number;
}

/** The keys that sign, and verify, who produced each audit event (lib/crypto/originKeys.ts). */
export interface OriginConfig {
  /** This process's Ed25519 private key; a development machine keeps one under DATA_DIR. */
  signingKey?: string;
  /** The public keys the audit trail trusts, by process name (gateway, customer, ...). */
  verifyKeys: { by: string; key: string }[];
}

export interface CustosConfig {
  production: boolean;
  host: string;
  gatewayPort: number;
  logLevel: string;
  dataDir: string;
  auth: AuthConfig;
  internalToken: InternalTokenConfig;
  maxPageSize: number;
  /** Operations whose estimated cost reaches `cost` run at most `atOnce` at a time per gateway; the rest queue. */
  heavyOperations: { cost: number; atOnce: number; queue: number; waitMs: number };
  /** Bulk exports (GET /export/...) one principal may run at once on one gateway. */
  exportsPerPrincipal: number;
  /** Secret salt of the HASH mask: the same value hashes the same way everywhere in one deployment. */
  maskingSalt: string;
  /**
   * Policy enforcement and the audit trail. Only a development machine may turn them off (GOVERNANCE=off),
   * to measure what they cost; every start then says so loudly.
   */
  governance: boolean;
  audit: AuditConfig;
  jobs: JobsConfig;
  changeEvents: ChangeEventsConfig;
  /** A customer-to-contract hop slower than this counts as slow (/metrics), for alerting. */
  customerContractHopAlertMs: number;
  /** Where traces are exported, if anywhere (lib/telemetry/tracingConfig.ts). */
  tracing: TracingConfig;
  /** Keys protecting bank and card data (lib/pciConfig.ts). */
  pci: PciConfig;
  limits: OperationLimits;
  origin: OriginConfig;
  subgraphTimeoutMs: number;
  subgraphResilience: SubgraphResilience;
  rateLimits: RateLimitConfig;
  /** How often the customer subgraph delivers pending changes to the audit change log. */
  changeRelayIntervalMs: number;
  quality: QualityConfig;
  taxExemptions: TaxExemptionConfig;
  /** Credit scores from the risk vendor (subgraphs/customer/credit/). */
  creditScores: { dropDir: string };
  /**
   * The weekly retention purge job (policies/retention.ts): a dry run with a report unless
   * RETENTION_PURGE=enforce, when it removes what is past retention and not under a legal hold.
   */
  retention: { purge: 'dry-run' | 'enforce' };
  /**
   * The DPIA and processing agreement registers (subgraphs/audit/registers/): alerts this many days
   * before an agreement expires or a DPIA's review falls due; the gateway's purpose gating keeps the
   * approved purposes this long before it asks again.
   */
  registers: { expiryAlertDays: number; purposeCacheMs: number };
  /** Role assignments from the identity provider, for the access reviews (lib/identity/). */
  identity: IdentityConfig;
  /** Security incidents: when repeated denials open one, and where incidents are notified. */
  incidents: IncidentConfig;
  /**
   * The demo book (how many customers, which random seed), and whether a service seeds an empty
   * database with it when it starts: by default outside production only (SEED_DEMO).
   */
  seed: { customers: number; seed: number; demo: boolean };
  subgraphPort(name: SubgraphName): number;
  subgraphUrl(name: SubgraphName): string;
  /** The PostgreSQL URL for a subgraph, or undefined for embedded SQLite under `dataDir`. */
  databaseUrl(name: SubgraphName): string | undefined;
}

export interface QualityConfig {
  /** A billing extract with this share fewer customers than the median of recent ones raises an alert (0.2 = 20 %). */
  countDropFraction: number;
  /** Days a source has to correct bank details that failed validation. */
  correctionSlaDays: number;
  /** Customers a quality run fetches, evaluates and stores at a time: its memory is bounded by this, not by the book. */
  runPageSize: number;
}

/** Tax exemption certificates (subgraphs/contract/taxExemptions/). */
export interface TaxExemptionConfig {
  /** The folder the certificate provider drops its CSV files into; loaded files move to its `processed/`. */
  dropDir: string;
  /**
   * What issueInvoice does when the certificate fitting an invoice does not hold on its date (expired,
   * revoked, unverified): refuse it, or issue it taxable flagged for review. A call may say otherwise.
   */
  invalidHandling: 'REFUSE' | 'ISSUE_TAXABLE_FOR_REVIEW';
}

type Env = Record<string, string | undefined>;

function redisUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:')
    throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL');
  return raw;
}

/** RETENTION_PURGE: unset or dry-run reports only; enforce removes. Anything else is a mistake to refuse, not to guess. */
function retentionPurgeMode(raw: string | undefined): 'dry-run' | 'enforce' {
  if (raw === undefined || raw === '' || raw === 'dry-run') return 'dry-run';
  if (raw === 'enforce') return 'enforce';
  throw new ConfigError('RETENTION_PURGE must be dry-run or enforce');
}

/** The job runner each gateway runs (gateway/jobs/jobRunner.ts); lib/jobs/catalogue.ts lists the jobs. */
export interface JobsConfig {
  /** JOBS=false: this gateway runs no job (another may). */
  enabled: boolean;
  /** Each job's cron pattern in UTC, or null where JOB_SCHEDULES turns it off. */
  schedules: Record<JobName, string | null>;
  /** How often a runner looks for due slots and runs asked for (runJobNow). */
  pollMs: number;
  /** How long a claimed run is this runner's without renewal: after that another runner takes it over. */
  leaseMs: number;
  /** A failed run is retried after this long, then twice as long, up to three times (the exception queue). */
  retryBaseMs: number;
}

/** Customer changes sent out: the SSE stream and the webhooks (gateway/events/). */
export interface ChangeEventsConfig {
  /** WEBHOOKS=false: this gateway delivers no webhook (another may). */
  webhooks: boolean;
  /**
   * The key every subscription's signing secret is derived from (lib/webhooks/webhookSecret.ts);
   * without it (WEBHOOK_SIGNING_KEY) no subscription can be made and nothing is sent.
   */
  signingKey: string | undefined;
  /** How often a gateway looks for changes to deliver, and an SSE stream for changes to send. */
  pollMs: number;
  /** How long a receiver has to answer a delivery. */
  timeoutMs: number;
  /** A failed delivery is tried again after this long, doubling with each failure in a row, up to an hour. */
  retryBaseMs: number;
  /** Changes per delivery and per read of a stream. */
  batch: number;
  /** SSE streams one principal may hold open on one gateway. */
  streamsPerPrincipal: number;
}

/** Security incidents (subgraphs/audit/incidents/, gateway/incidents/). */
export interface IncidentConfig {
  /** A principal refused this many times (FORBIDDEN) within `deniedWindowSeconds` at one gateway opens an incident. */
  deniedRequests: number;
  deniedWindowSeconds: number;
  /**
   * Where incidents are posted, signed like the change webhooks (INCIDENT_WEBHOOK_URL; optional):
   * when opened, acknowledged and resolved.
   */
  webhookUrl: string | undefined;
  /** How long the receiver has to answer. */
  webhookTimeoutMs: number;
  /** A failed notification is tried again after this long, doubling with each failure, ... */
  webhookRetryMs: number;
  /** ... until this many have failed; the timeline records each. */
  webhookAttempts: number;
  /** How often the audit subgraph looks for notifications due (a retry's backoff ending). */
  webhookPollMs: number;
}

function incidentWebhookUrl(
  raw: string | undefined,
  production: boolean,
  signingKey: string | undefined,
): string | undefined {
  if (!raw) return undefined;
  const problem = webhookUrlProblem(raw, production);
  if (problem) throw new ConfigError(`INCIDENT_WEBHOOK_URL ${problem}`);
  if (!signingKey) throw new ConfigError('INCIDENT_WEBHOOK_URL needs WEBHOOK_SIGNING_KEY to sign what it is sent');
  return raw;
}

function invalidTaxExemptionHandling(raw: string | undefined): TaxExemptionConfig['invalidHandling'] {
  if (!raw || raw === 'refuse') return 'REFUSE';
  if (raw === 'flag') return 'ISSUE_TAXABLE_FOR_REVIEW';
  throw new ConfigError('TAX_EXEMPTION_INVALID_HANDLING must be refuse or flag');
}

/** `quality-run=0 3 * * *;synthetic-probe=off`: the catalogue's schedules, some replaced. */
function jobSchedules(raw: string): Record<JobName, string | null> {
  const schedules = Object.fromEntries(JOB_NAMES.map((name) => [name, JOB_CATALOGUE[name].schedule])) as Record<
    JobName,
    string | null
  >;
  for (const entry of raw
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const at = entry.indexOf('=');
    const name = entry.slice(0, at).trim();
    const pattern = entry.slice(at + 1).trim();
    if (at < 0 || !isJobName(name))
      throw new ConfigError(
        `JOB_SCHEDULES entries look like job=pattern with a job of ${JOB_NAMES.join(', ')}; got "${entry}"`,
      );
    const problem = pattern === 'off' ? null : scheduleProblem(pattern);
    if (problem) throw new ConfigError(`JOB_SCHEDULES: the schedule of ${name} cannot be read: ${problem}`);
    schedules[name] = pattern === 'off' ? null : pattern;
  }
  return schedules;
}

function flag(env: Env, key: string, fallback: boolean): boolean {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  if (raw !== 'true' && raw !== 'false') throw new ConfigError(`${key} must be true or false, got "${raw}"`);
  return raw === 'true';
}

function integer(env: Env, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${key} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

/** `name:base64key,name:base64key`: a process may be named more than once (a key being replaced). */
function originVerifyKeys(raw: string): { by: string; key: string }[] {
  return raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((entry) => {
      const match = /^([a-z]+):([A-Za-z0-9+/=]+)$/.exec(entry);
      if (!match)
        throw new ConfigError(
          `ORIGIN_VERIFY_KEYS entries look like gateway:<base64 SPKI>, got "${entry.slice(0, 20)}..."`,
        );
      return { by: match[1], key: match[2] };
    });
}

/** `role:budget,role:budget`, e.g. `bi_reader:250000`. */
function costByRole(raw: string): Record<string, number> {
  const budgets: Record<string, number> = {};
  for (const entry of raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^([a-z_]+):(\d{1,9})$/.exec(entry);
    if (!match) throw new ConfigError(`LIMIT_MAX_COST_BY_ROLE entries look like role:budget, got "${entry}"`);
    budgets[match[1]] = Number(match[2]);
  }
  return budgets;
}

function upper(name: SubgraphName): string {
  return name.toUpperCase();
}

export function loadConfig(env: Env = process.env): CustosConfig {
  const production = env.NODE_ENV === 'production';
  const host = env.HOST || '127.0.0.1';
  const jwtSecret = env.JWT_SECRET || (production ? undefined : DEV_JWT_SECRET);
  const jwksUrl = env.JWKS_URL || undefined;
  const internalSecret = env.INTERNAL_TOKEN_SECRET || (production ? undefined : DEV_INTERNAL_SECRET);
  const maskingSalt = env.MASKING_SALT || (production ? undefined : DEV_MASKING_SALT);

  if (production) {
    if (!jwtSecret && !jwksUrl)
      throw new ConfigError('production needs JWT_SECRET or JWKS_URL to verify client tokens');
    if (!internalSecret) throw new ConfigError('production needs INTERNAL_TOKEN_SECRET');
    if (!maskingSalt) throw new ConfigError('production needs MASKING_SALT');
    if (
      jwtSecret === DEV_JWT_SECRET ||
      internalSecret === DEV_INTERNAL_SECRET ||
      maskingSalt === DEV_MASKING_SALT ||
      env.WEBHOOK_SIGNING_KEY === DEV_WEBHOOK_SIGNING_KEY
    ) {
      throw new ConfigError('production refuses the development secrets');
    }
  }
  const governance = env.GOVERNANCE !== 'off';
  if (!governance && production) throw new ConfigError('GOVERNANCE=off is refused in production');
  if (production && !env.AUDIT_SIGNING_KEY)
    throw new ConfigError('production needs AUDIT_SIGNING_KEY to sign audit checkpoints');
  if (production && !env.ORIGIN_SIGNING_KEY)
    throw new ConfigError('production needs ORIGIN_SIGNING_KEY: each process signs what it puts on the audit trail');
  for (const [key, secret] of [
    ['JWT_SECRET', jwtSecret],
    ['INTERNAL_TOKEN_SECRET', internalSecret],
    ['MASKING_SALT', maskingSalt],
  ] as const) {
    if (secret !== undefined && secret.length < 32) throw new ConfigError(`${key} must be at least 32 characters`);
  }

  const ports = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, integer(env, `${upper(name)}_PORT`, DEFAULT_SUBGRAPH_PORTS[name], 0, 65535)]),
  ) as Record<SubgraphName, number>;

  return {
    production,
    host,
    gatewayPort: integer(env, 'PORT', 4000, 0, 65535),
    logLevel: env.LOG_LEVEL || 'info',
    dataDir: path.resolve(env.DATA_DIR || 'data'),
    auth: {
      jwtSecret,
      jwksUrl,
      jwtIssuer: env.JWT_ISSUER || 'custos',
      jwtAudience: env.JWT_AUDIENCE || 'custos-api',
    },
    internalToken: {
      secret: internalSecret as string,
      ttlSeconds: integer(env, 'INTERNAL_TOKEN_TTL_SECONDS', 10, 2, 300),
    },
    maxPageSize: integer(env, 'MAX_PAGE_SIZE', 100, 1, 10000),
    exportsPerPrincipal: integer(env, 'EXPORTS_PER_PRINCIPAL', 2, 1, 100),
    heavyOperations: {
      cost: integer(env, 'HEAVY_OPERATION_COST', 1500, 1, 100_000_000),
      atOnce: integer(env, 'HEAVY_OPERATIONS_AT_ONCE', 4, 1, 10_000),
      queue: integer(env, 'HEAVY_OPERATION_QUEUE', 200, 0, 1_000_000),
      waitMs: integer(env, 'HEAVY_OPERATION_WAIT_MS', 15_000, 0, 600_000),
    },
    maskingSalt: maskingSalt as string,
    governance,
    pci: loadPciConfig(env),
    audit: {
      ...(env.AUDIT_SIGNING_KEY ? { signingKey: env.AUDIT_SIGNING_KEY } : {}),
      verifyKeys: (env.AUDIT_VERIFY_KEYS ?? '')
        .split(',')
        .map((key) => key.trim())
        .filter(Boolean),
      checkpointEvery: integer(env, 'AUDIT_CHECKPOINT_EVERY', 1000, 1, 10_000_000),
      checkpointIntervalMs: integer(env, 'AUDIT_CHECKPOINT_INTERVAL_MS', 60_000, 100, 86_400_000),
      bulkExportRecords: integer(env, 'BULK_EXPORT_RECORDS', 500, 1, 100_000_000),
      bulkExportWindowRecords: integer(env, 'BULK_EXPORT_WINDOW_RECORDS', 5000, 1, 100_000_000),
      bulkExportWindowSeconds: integer(env, 'BULK_EXPORT_WINDOW_SECONDS', 3600, 1, 7 * 86_400),
      namedRecords: integer(env, 'AUDIT_NAMED_RECORDS', 500, 1, 100_000),
    },
    customerContractHopAlertMs: integer(env, 'CUSTOMER_CONTRACT_HOP_ALERT_MS', 500, 1, 600_000),
    tracing: loadTracingConfig(env),
    jobs: {
      enabled: flag(env, 'JOBS', true),
      schedules: jobSchedules(env.JOB_SCHEDULES ?? ''),
      pollMs: integer(env, 'JOB_POLL_MS', 5000, 20, 3_600_000),
      leaseMs: integer(env, 'JOB_LEASE_SECONDS', 60, 1, 86_400) * 1000,
      retryBaseMs: integer(env, 'JOB_RETRY_SECONDS', 300, 1, 86_400) * 1000,
    },
    changeEvents: {
      webhooks: flag(env, 'WEBHOOKS', true),
      signingKey: env.WEBHOOK_SIGNING_KEY || (production ? undefined : DEV_WEBHOOK_SIGNING_KEY),
      pollMs: integer(env, 'CHANGE_EVENTS_POLL_MS', 1000, 20, 600_000),
      timeoutMs: integer(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 100, 120_000),
      retryBaseMs: integer(env, 'WEBHOOK_RETRY_MS', 10_000, 10, 3_600_000),
      batch: integer(env, 'CHANGE_EVENTS_BATCH', 100, 1, 1000),
      streamsPerPrincipal: integer(env, 'CHANGE_STREAMS_PER_PRINCIPAL', 2, 1, 100),
    },
    limits: {
      maxTokens: integer(env, 'LIMIT_MAX_TOKENS', 5000, 10, 1_000_000),
      maxDepth: integer(env, 'LIMIT_MAX_DEPTH', 12, 1, 100),
      maxAliases: integer(env, 'LIMIT_MAX_ALIASES', 30, 0, 10_000),
      maxRootFields: integer(env, 'LIMIT_MAX_ROOT_FIELDS', 20, 1, 10_000),
      maxCost: integer(env, 'LIMIT_MAX_COST', 50_000, 1, 100_000_000),
      maxCostByRole: costByRole(env.LIMIT_MAX_COST_BY_ROLE ?? 'bi_reader:250000'),
      assumedListSize: integer(env, 'LIMIT_ASSUMED_LIST_SIZE', 5, 1, 10_000),
    },
    origin: {
      ...(env.ORIGIN_SIGNING_KEY ? { signingKey: env.ORIGIN_SIGNING_KEY } : {}),
      verifyKeys: originVerifyKeys(env.ORIGIN_VERIFY_KEYS ?? ''),
    },
    subgraphTimeoutMs: integer(env, 'SUBGRAPH_TIMEOUT_MS', 10000, 100, 600000),
    rateLimits: {
      principal: {
        burst: integer(env, 'RATE_LIMIT_PRINCIPAL_BURST', 100, 1, 1_000_000_000),
        perMinute: integer(env, 'RATE_LIMIT_PRINCIPAL_PER_MINUTE', 1200, 1, 1_000_000_000),
      },
      client: {
        burst: integer(env, 'RATE_LIMIT_CLIENT_BURST', 1000, 1, 1_000_000_000),
        perMinute: integer(env, 'RATE_LIMIT_CLIENT_PER_MINUTE', 12000, 1, 1_000_000_000),
      },
      ...(env.REDIS_URL ? { redisUrl: redisUrl(env.REDIS_URL) } : {}),
      redisKeyPrefix: env.REDIS_KEY_PREFIX || 'custos:ratelimit:',
    },
    subgraphResilience: {
      retries: integer(env, 'SUBGRAPH_RETRIES', 2, 0, 5),
      baseMs: integer(env, 'SUBGRAPH_RETRY_BASE_MS', 50, 1, 10_000),
      maxMs: integer(env, 'SUBGRAPH_RETRY_MAX_MS', 500, 1, 60_000),
      breakerFailures: integer(env, 'SUBGRAPH_BREAKER_FAILURES', 5, 1, 1000),
      breakerOpenMs: integer(env, 'SUBGRAPH_BREAKER_OPEN_MS', 5000, 100, 600_000),
    },
    changeRelayIntervalMs: integer(env, 'CHANGE_RELAY_INTERVAL_MS', 500, 50, 3_600_000),
    quality: {
      countDropFraction: integer(env, 'QUALITY_COUNT_DROP_PERCENT', 20, 1, 99) / 100,
      correctionSlaDays: integer(env, 'QUALITY_CORRECTION_SLA_DAYS', 5, 1, 365),
      runPageSize: integer(env, 'QUALITY_RUN_PAGE', 2000, 1, 2000),
    },
    taxExemptions: {
      dropDir: path.resolve(env.TAX_CERTIFICATE_DROP_DIR || path.join(env.DATA_DIR || 'data', 'tax-certificates')),
      invalidHandling: invalidTaxExemptionHandling(env.TAX_EXEMPTION_INVALID_HANDLING),
    },
    creditScores: {
      // The folder the risk vendor drops its score files into; applied files move to its `processed/`.
      dropDir: path.resolve(env.CREDIT_SCORE_DROP_DIR || path.join(env.DATA_DIR || 'data', 'credit-scores')),
    },
    registers: {
      expiryAlertDays: integer(env, 'REGISTER_EXPIRY_ALERT_DAYS', 60, 1, 366),
      purposeCacheMs: integer(env, 'PURPOSE_REGISTER_CACHE_MS', 30_000, 0, 3_600_000),
    },
    identity: loadIdentityConfig(env),
    retention: { purge: retentionPurgeMode(env.RETENTION_PURGE) },
    incidents: {
      deniedRequests: integer(env, 'INCIDENT_DENIED_REQUESTS', 20, 1, 1_000_000),
      deniedWindowSeconds: integer(env, 'INCIDENT_DENIED_WINDOW_SECONDS', 300, 1, 86_400),
      webhookUrl: incidentWebhookUrl(
        env.INCIDENT_WEBHOOK_URL,
        production,
        env.WEBHOOK_SIGNING_KEY || (production ? undefined : DEV_WEBHOOK_SIGNING_KEY),
      ),
      webhookTimeoutMs: integer(env, 'INCIDENT_WEBHOOK_TIMEOUT_MS', 10_000, 100, 120_000),
      webhookRetryMs: integer(env, 'INCIDENT_WEBHOOK_RETRY_MS', 30_000, 10, 3_600_000),
      webhookAttempts: integer(env, 'INCIDENT_WEBHOOK_ATTEMPTS', 8, 1, 100),
      webhookPollMs: integer(env, 'INCIDENT_WEBHOOK_POLL_MS', 5000, 20, 600_000),
    },
    seed: {
      customers: integer(env, 'SEED_CUSTOMERS', 3000, 1, 1_000_000),
      seed: integer(env, 'SEED', 42, 0, 2 ** 31 - 1),
      // A production database starts empty unless demo data is asked for explicitly.
      demo: flag(env, 'SEED_DEMO', !production),
    },
    subgraphPort: (name) => ports[name],
    subgraphUrl: (name) => env[`${upper(name)}_SUBGRAPH_URL`] || `http://${host}:${ports[name]}/graphql`,
    databaseUrl: (name) => env[`${upper(name)}_DATABASE_URL`] || env.DATABASE_URL || undefined,
  };
}
