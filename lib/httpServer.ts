import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { GraphQLError } from 'graphql';
import { SpanKind, context, trace } from '@opentelemetry/api';
import {
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
} from '@opentelemetry/semantic-conventions';
import { ErrorCode, badRequest, internalServerError } from './errors';
import type { Logger } from './logger';
import { recordErrorCodes } from './telemetry/spanAttributes';
import type { Tracing } from './telemetry/tracing';
import type { OperationPayload } from './tokens/operationDigest';

/**
 * The one HTTP front used by the gateway and every subgraph: GraphQL over HTTP at /graphql (POST
 * and GET), plain routes for health and metrics, a request id on every request, and a body limit.
 */

export interface RouteResult {
  status: number;
  body: unknown;
}
export type Route = () => Promise<RouteResult>;
/** A route that writes its own response, e.g. a streamed export; it owns status, headers and body. */
export type StreamRoute = (
  request: IncomingMessage,
  response: ServerResponse,
  requestId: string,
  url: URL,
) => Promise<void>;

export interface HttpServerOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /**
   * Builds the context of one GraphQL request from its HTTP request and its operation (query,
   * variables, operation name); may throw a GraphQLError (e.g. UNAUTHENTICATED, HTTP 401).
   */
  context: (request: IncomingMessage, requestId: string, operation: OperationPayload) => Promise<TContext>;
  /** GET routes besides /graphql and /metrics, e.g. `/health`. */
  routes?: Record<string, Route>;
  /** Routes by path prefix (e.g. `/export/`) that stream their answer. */
  streams?: Record<string, StreamRoute>;
  host: string;
  /** 0 picks a free port. */
  port: number;
  log: Logger;
  /** Largest request body accepted, in bytes. Default 1 MiB. */
  maxBodyBytes?: number;
  /**
   * Screens an operation's text before GraphQL sees it (the gateway's operation limits): a refusal
   * is answered 400 with its code, and nothing is parsed.
   */
  screenOperation?: (query: string) => OperationRefusal | undefined;
  /**
   * The service's traces: each GraphQL request gets a server span continuing the caller's
   * `traceparent` (lib/telemetry/tracingPlugin.ts names it). Default: none.
   */
  tracing?: Tracing;
}

/** Why an operation's text was refused before parsing, as a GraphQL error. */
export interface OperationRefusal {
  message: string;
  extensions: Record<string, unknown> & { code: string };
}

export interface RunningHttpServer {
  url: string;
  port: number;
  metrics: Registry;
  close(): Promise<void>;
}

export const REQUEST_ID_HEADER = 'x-request-id';
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Keeps a caller's request id when it is safe to log, so one id follows a request across services. */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
}

class BodyTooLargeError extends Error {}

async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
}

/** The code of an answer given before (or without) GraphQL, on the request's span. */
function recordAnswerCode(code: string): void {
  const span = trace.getActiveSpan();
  if (span) recordErrorCodes(span, [code]);
}

/**
 * One request inside a server span: the route, never the URL (a GET carries the operation and its
 * variables in the query string), the method and the final status.
 */
async function inServerSpan(
  tracing: Tracing,
  request: IncomingMessage,
  response: ServerResponse,
  route: string,
  work: () => Promise<void>,
): Promise<void> {
  const method = request.method ?? 'GET';
  const parent = tracing.extract(request.headers);
  const span = tracing.tracer.startSpan(
    `${method} ${route}`,
    { kind: SpanKind.SERVER, attributes: { [ATTR_HTTP_REQUEST_METHOD]: method, [ATTR_HTTP_ROUTE]: route } },
    parent,
  );
  try {
    await context.with(trace.setSpan(parent, span), work);
  } finally {
    span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, response.statusCode);
    span.end();
  }
}

/** A GraphQL response body carrying one error and no data. */
function errorBody(error: GraphQLError): unknown {
  return { errors: [error.toJSON()] };
}

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/** The operation a request carries: a POST's body, or a GET's parameters (a batch carries none as a whole). */
function operationOf(body: unknown, url: URL): OperationPayload {
  if (Array.isArray(body)) return {};
  if (body !== undefined) return body !== null && typeof body === 'object' ? (body as OperationPayload) : {};
  let variables: unknown;
  try {
    variables = JSON.parse(url.searchParams.get('variables') ?? 'null') ?? undefined;
  } catch {
    variables = url.searchParams.get('variables');
  }
  return {
    query: url.searchParams.get('query') ?? undefined,
    variables,
    operationName: url.searchParams.get('operationName') ?? undefined,
  };
}

/** The operation texts of a request: a GET's `query` parameter, a POST's `query`, or each of a batch's. */
function operationTexts(body: unknown, url: URL): string[] {
  const query = (item: unknown) =>
    item !== null && typeof item === 'object' && typeof (item as { query?: unknown }).query === 'string'
      ? [(item as { query: string }).query]
      : [];
  if (Array.isArray(body)) return body.flatMap(query);
  if (body !== undefined) return query(body);
  const fromUrl = url.searchParams.get('query');
  return fromUrl === null ? [] : [fromUrl];
}

export async function startHttpServer<TContext extends BaseContext>(
  options: HttpServerOptions<TContext>,
): Promise<RunningHttpServer> {
  const { apollo, log } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const metrics = new Registry();
  collectDefaultMetrics({ register: metrics });
  const duration = new Histogram({
    name: 'custos_http_request_duration_seconds',
    help: 'HTTP requests by route and status',
    labelNames: ['route', 'status'],
    registers: [metrics],
  });
  const routes: Record<string, Route> = {
    ...options.routes,
    '/metrics': async () => ({ status: 200, body: await metrics.metrics() }),
  };

  async function handleGraphQL(request: IncomingMessage, response: ServerResponse, requestId: string, url: URL) {
    let body: unknown;
    if (request.method === 'POST') {
      const text = await readBody(request, maxBodyBytes);
      const type = request.headers['content-type'] ?? '';
      if (type.includes('application/json')) {
        try {
          body = text === '' ? undefined : JSON.parse(text);
        } catch {
          recordAnswerCode(ErrorCode.BAD_REQUEST);
          return sendJson(response, 400, errorBody(badRequest('The request body is not valid JSON')));
        }
      } else {
        body = text;
      }
    }
    const refusal = options.screenOperation && operationTexts(body, url).map(options.screenOperation).find(Boolean);
    if (refusal) {
      recordAnswerCode(refusal.extensions.code);
      // GraphQL over HTTP: a client that accepts graphql-response+json gets it, everyone else JSON.
      const accept = request.headers.accept ?? '';
      response.statusCode = 400;
      response.setHeader(
        'content-type',
        `${accept.includes(GRAPHQL_RESPONSE_JSON) ? GRAPHQL_RESPONSE_JSON : 'application/json'}; charset=utf-8`,
      );
      response.end(JSON.stringify({ errors: [refusal] }));
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context: () => options.context(request, requestId, operationOf(body, url)),
    });
    for (const [key, value] of result.headers) response.setHeader(key, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  async function handle(request: IncomingMessage, response: ServerResponse, url: URL, route: string, stream?: string) {
    const started = process.hrtime.bigint();
    const requestId = requestIdOf(request);
    response.setHeader(REQUEST_ID_HEADER, requestId);
    try {
      if (url.pathname === '/graphql') {
        await handleGraphQL(request, response, requestId, url);
      } else if (stream && options.streams) {
        await options.streams[stream](request, response, requestId, url);
      } else if (routes[url.pathname] && request.method === 'GET') {
        const result = await routes[url.pathname]();
        if (typeof result.body === 'string') {
          response.statusCode = result.status;
          response.setHeader('content-type', metrics.contentType);
          response.end(result.body);
        } else {
          sendJson(response, result.status, result.body);
        }
      } else {
        sendJson(response, 404, { error: 'not found' });
      }
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        recordAnswerCode(ErrorCode.BAD_REQUEST);
        // The rest of the body is never read, so this connection cannot carry another request.
        response.setHeader('connection', 'close');
        sendJson(response, 413, errorBody(badRequest(`The request body is larger than ${maxBodyBytes} bytes`)));
      } else {
        log.error({ err: error, requestId }, 'request failed');
        recordAnswerCode(ErrorCode.INTERNAL_SERVER_ERROR);
        if (!response.headersSent) sendJson(response, 500, errorBody(internalServerError()));
        else response.end();
      }
    } finally {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      duration.labels(route, String(response.statusCode)).observe(seconds);
      log.debug(
        {
          requestId,
          method: request.method,
          path: url.pathname,
          status: response.statusCode,
          ms: Math.round(seconds * 1000),
        },
        'http',
      );
    }
  }

  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const stream = Object.keys(options.streams ?? {}).find((prefix) => url.pathname.startsWith(prefix));
    const route = url.pathname === '/graphql' ? '/graphql' : routes[url.pathname] ? url.pathname : (stream ?? 'other');
    const work = () => handle(request, response, url, route, stream);
    // A GraphQL request is one trace. Health checks and scrapes are not worth one, and a stream
    // (an export, a change feed held open for hours) would be a single span as long as it lasts.
    if (options.tracing?.enabled && route === '/graphql') {
      await inServerSpan(options.tracing, request, response, route, work);
    } else {
      await work();
    }
  });
  server.keepAliveTimeout = 5000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${options.host}:${port}/graphql`,
    port,
    metrics,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
