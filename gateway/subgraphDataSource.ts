import { setTimeout as sleep } from 'node:timers/promises';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher } from '@apollo/utils.fetcher';
import { SpanKind, context, trace, type Span } from '@opentelemetry/api';
import type { InternalTokenConfig, SubgraphResilience } from '../lib/config';
import { ACCESS_REPORT_EXTENSION } from '../lib/accessReport';
import { subgraphUnavailable } from '../lib/errors';
import { REQUEST_ID_HEADER } from '../lib/httpServer';
import { errorCodesOf } from '../lib/telemetry/errorCodes';
import {
  GRAPHQL_OPERATION_TYPE,
  SUBGRAPH,
  SUBGRAPH_FAILURE,
  SUBGRAPH_OUTCOME,
  SUBGRAPH_RETRIES,
  recordErrorCodes,
} from '../lib/telemetry/spanAttributes';
import type { Tracing } from '../lib/telemetry/tracing';
import { INTERNAL_TOKEN_HEADER, mintInternalToken } from '../lib/tokens/internalToken';
import type { GatewayContext } from './context';
import type { GatewayMetrics } from './metrics/gatewayMetrics';
import { CircuitBreaker, type CircuitState } from './resilience/circuitBreaker';
import { retryDelayMs } from './resilience/retryDelay';
import { classifySubgraphFailure, isRetryable, requestedCoordinates } from './resilience/subgraphFailure';

/**
 * How the gateway talks to a subgraph: every request carries a freshly minted internal token with
 * the caller's identity and the request id, and gives up after a timeout; every answer's access
 * report (what it did with classified data) is kept for the request's audit event.
 *
 * When the subgraph is down, its part of the answer is missing and an error names what: the rest of
 * the answer stands. Queries are tried again with backoff and jitter (mutations never: a retry could
 * do it twice), and a circuit breaker stops calling a subgraph that keeps failing, probing it again
 * after a while, so the gateway recovers by itself when the subgraph does.
 *
 * Traced, each fetch (its retries included) is a client span under the request's, and every call
 * carries its `traceparent` so the subgraph's span joins the trace.
 */
export interface SubgraphDataSourceOptions {
  /** The subgraph's name: every token names the one subgraph it is for. */
  name: string;
  url: string;
  internalToken: InternalTokenConfig;
  timeoutMs: number;
  resilience: SubgraphResilience;
  /** For tests: the source of jitter. */
  random?: () => number;
  /** Where each call's duration goes (/metrics). */
  metrics?: GatewayMetrics;
  /** The gateway's traces. Default: none. */
  tracing?: Tracing;
}

/** An `_entities` fetch of Customer representations: a subgraph extending customers the customer hub found. */
function extendsCustomers(options: ProcessOptions): boolean {
  const representations = options.request.variables?.representations;
  return (
    Array.isArray(representations) &&
    representations.some((item) => (item as { __typename?: unknown } | null)?.__typename === 'Customer')
  );
}

type ReceivedResponse = Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0];
type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;

export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly internalToken: InternalTokenConfig;
  private readonly target: string;
  private readonly resilience: SubgraphResilience;
  private readonly breaker: CircuitBreaker;
  private readonly random: () => number;
  private readonly metrics?: GatewayMetrics;
  private readonly tracing?: Tracing;

  constructor(options: SubgraphDataSourceOptions) {
    const fetcher: Fetcher = (url, init) =>
      fetch(url, { ...(init as RequestInit), signal: AbortSignal.timeout(options.timeoutMs) }) as never;
    super({ url: options.url, fetcher });
    this.internalToken = options.internalToken;
    this.target = options.name;
    this.resilience = options.resilience;
    this.breaker = new CircuitBreaker({
      failureThreshold: options.resilience.breakerFailures,
      openMs: options.resilience.breakerOpenMs,
    });
    this.random = options.random ?? Math.random;
    this.metrics = options.metrics;
    this.tracing = options.tracing;
  }

  /** One call to the subgraph, timed; the customer-to-contract hop is also timed as its own metric. */
  private async timed(options: ProcessOptions): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    const started = performance.now();
    let outcome = 'failed';
    try {
      const response = await super.process(options);
      outcome = response.errors?.length ? 'errors' : 'ok';
      return response;
    } finally {
      const seconds = (performance.now() - started) / 1000;
      this.metrics?.subgraphFetch.observe({ subgraph: this.target, outcome }, seconds);
      if (this.target === 'contract' && extendsCustomers(options)) this.metrics?.hop(seconds);
    }
  }

  get circuitState(): CircuitState {
    return this.breaker.state;
  }

  override async process(options: ProcessOptions): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    if (!this.tracing?.enabled) return this.resilient(options);
    const span = this.tracing.tracer.startSpan(`subgraph ${this.target}`, {
      kind: SpanKind.CLIENT,
      attributes: { [SUBGRAPH]: this.target, [SUBGRAPH_RETRIES]: 0 },
    });
    const type = operationType(options);
    if (type) span.setAttribute(GRAPHQL_OPERATION_TYPE, type);
    try {
      const response = await context.with(trace.setSpan(context.active(), span), () => this.resilient(options, span));
      span.setAttribute(SUBGRAPH_OUTCOME, response.errors?.length ? 'errors' : 'ok');
      recordErrorCodes(span, errorCodesOf(response.errors));
      return response;
    } catch (error) {
      const extensions = (error as { extensions?: { code?: unknown; reason?: unknown } }).extensions;
      span.setAttribute(SUBGRAPH_OUTCOME, 'unavailable');
      if (typeof extensions?.reason === 'string') span.setAttribute(SUBGRAPH_FAILURE, extensions.reason);
      recordErrorCodes(span, errorCodesOf([{ extensions }]));
      throw error;
    } finally {
      span.end();
    }
  }

  /** The call with its retries, behind the circuit breaker. */
  private async resilient(
    options: ProcessOptions,
    span?: Span,
  ): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    const isQuery = operationType(options) === 'query';
    const retries = isQuery ? this.resilience.retries : 0;
    for (let attempt = 0; ; attempt += 1) {
      if (!this.breaker.tryAcquire()) throw this.unavailable(options, 'CIRCUIT_OPEN');
      span?.setAttribute(SUBGRAPH_RETRIES, attempt);
      try {
        // Each attempt goes through willSendRequest again, so each carries its own one-time token.
        const response = await this.timed(options);
        this.breaker.recordSuccess();
        return response;
      } catch (error) {
        const failure = classifySubgraphFailure(error);
        if (!failure) {
          this.breaker.release();
          throw error;
        }
        this.breaker.recordFailure();
        if (attempt >= retries || !isRetryable(failure)) {
          options.context.log?.warn({ subgraph: this.target, failure, attempts: attempt + 1 }, 'subgraph unavailable');
          throw this.unavailable(options, failure);
        }
        await sleep(retryDelayMs(attempt + 1, this.resilience, this.random));
      }
    }
  }

  override async willSendRequest({ request, context: requestContext }: ProcessOptions): Promise<void> {
    for (const [name, value] of Object.entries(this.tracing?.headers() ?? {})) request.http?.headers.set(name, value);
    const { principal, requestId } = requestContext as Partial<GatewayContext>;
    // Health checks and schema loads carry no caller; they get no token and so no data.
    if (!principal) return;
    const payload = { query: request.query, variables: request.variables, operationName: request.operationName };
    request.http?.headers.set(
      INTERNAL_TOKEN_HEADER,
      await mintInternalToken(this.internalToken, { principal, requestId }, { target: this.target, payload }),
    );
    if (requestId) request.http?.headers.set(REQUEST_ID_HEADER, requestId);
  }

  override didReceiveResponse({ response, context }: ReceivedResponse): ReceivedResponse['response'] {
    (context as Partial<GatewayContext>).access?.add(response.extensions?.[ACCESS_REPORT_EXTENSION]);
    return response;
  }

  private unavailable(options: ProcessOptions, reason: string) {
    const rootType = operationType(options) === 'mutation' ? 'Mutation' : 'Query';
    const path = 'pathInIncomingRequest' in options ? options.pathInIncomingRequest : undefined;
    const at = Array.isArray(path) && path.length > 0 ? path.join('.') : undefined;
    return subgraphUnavailable(this.target, reason, requestedCoordinates(options.request.query ?? '', rootType), at);
  }
}

/** The client's operation type, for calls made on a client's behalf (health checks have none). */
function operationType(options: ProcessOptions): string | undefined {
  return 'incomingRequestContext' in options ? options.incomingRequestContext.operation?.operation : undefined;
}
