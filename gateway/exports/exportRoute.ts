import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { GraphQLError, parse, type DocumentNode, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { AuditEvent } from '../../lib/auditEvent';
import type { AuditTrailClient } from '../../lib/auditTrailClient';
import { today } from '../../lib/calendar';
import { ErrorCode, forbidden, notFound, rateLimited, serviceUnavailable } from '../../lib/errors';
import type { Logger } from '../../lib/logger';
import type { Principal } from '../../lib/principal';
import type { PolicyPlan } from '../../policies/compile';
import { mayExport } from '../../policies/decide';
import { alertEvent, operationEvent } from '../audit/auditEvents';
import type { BulkExportMonitor } from '../audit/bulkExportMonitor';
import { RequestAccess } from '../audit/requestAccess';
import type { GatewayContext } from '../context';
import { analyseOperation, type OperationAnalysis } from '../governance';
import { EXPORTS } from './catalogue';
import type { ExportDefinition, ExportPage } from './exportDefinition';
import { PrincipalSlots } from '../admission/principalSlots';
import { CONTENT_TYPES, isExportFormat, rowWriter, type ExportFormat } from './rowFormats';

/**
 * GET /export/<name>.csv|.ndjson: a reviewed export (gateway/exports/catalogue.ts) streamed page
 * by page. Each page is an ordinary operation of the graph run under the caller's own principal,
 * so every row is scoped, masked and refused exactly as the same query would be; the pages follow
 * the customers' keyset cursor, so memory stays one page deep whatever the size of the book.
 *
 * Fail closed: the export's one audit event (naming the export, its operation and parameters) is
 * written after the first page is fetched and before its first byte is sent; if it cannot be
 * written, the caller gets 503 and no row. The bulk-export monitor counts every page's records;
 * an alert it raises is written before the page that raised it leaves. A failure after rows have
 * left (a subgraph dying mid-export) cuts the connection, so no tool takes a truncated file for a
 * whole one.
 */

export interface ExportGovernance {
  plan: PolicyPlan;
  trail: AuditTrailClient;
  bulkExport: BulkExportMonitor;
}

export interface ExportRouteOptions {
  apollo: ApolloServer<GatewayContext>;
  /** The schema clients see, which the operations are analysed against. */
  schema: GraphQLSchema;
  /** Authenticates the request and takes it from the caller's rate budget; throws the client's error. */
  principalOf: (request: IncomingMessage) => Promise<Principal>;
  /** Absent with GOVERNANCE=off: no grant is checked and nothing is audited, as for every other request. */
  governance?: ExportGovernance;
  /** Customers per page: MAX_PAGE_SIZE. */
  pageSize: number;
  /** Exports one principal may run at once. */
  concurrentPerPrincipal: number;
  log: Logger;
}

const AUDIT_UNAVAILABLE = 'The audit trail is unavailable, so no sensitive data can be served. Try again later.';

const EXPORT_PATH = /^\/export\/([a-z0-9-]{1,60})\.([a-z]{1,10})$/;

const STATUS_BY_CODE: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

/** An error the export answers before any row, with the status its code calls for. */
class ExportRefusal extends Error {
  constructor(
    readonly error: GraphQLFormattedError,
    readonly status: number,
    readonly headers: Record<string, string> = {},
  ) {
    super(error.message);
  }
}

function refusalOf(error: GraphQLError | GraphQLFormattedError): ExportRefusal {
  const extensions = (error.extensions ?? {}) as {
    code?: string;
    http?: { status?: number; headers?: Map<string, string> };
  };
  const status = extensions.http?.status ?? STATUS_BY_CODE[extensions.code ?? ''] ?? 502;
  const headers = Object.fromEntries(extensions.http?.headers ?? []);
  const { http: _http, ...shown } = extensions;
  return new ExportRefusal({ message: error.message, extensions: shown }, status, headers);
}

/** A value withheld from some rows by policy: the cell is empty, the rest of the export stands. */
function isWithheld(error: GraphQLFormattedError): boolean {
  return error.extensions?.code === ErrorCode.FORBIDDEN && (error.path?.length ?? 0) > 1;
}

interface ExportRequest {
  definition: ExportDefinition;
  format: ExportFormat;
  parameters: Record<string, unknown>;
  document: DocumentNode;
  text: string;
  variables: Record<string, unknown>;
}

function exportRequestOf(url: URL, day: string): ExportRequest {
  const match = EXPORT_PATH.exec(url.pathname);
  const definition = match ? EXPORTS.get(match[1]) : undefined;
  if (!match || !definition)
    throw refusalOf(notFound(`No export at ${url.pathname.slice(0, 80)}; exports: ${[...EXPORTS.keys()].join(', ')}`));
  if (!isExportFormat(match[2]))
    throw refusalOf(notFound(`Exports are written as .${Object.keys(CONTENT_TYPES).join(' or .')}`));
  const parameters = definition.parameters(url.searchParams, day);
  const text = definition.document(parameters);
  return {
    definition,
    format: match[2],
    parameters,
    document: parse(text),
    text,
    variables: definition.variables(parameters),
  };
}

export function exportRoute(options: ExportRouteOptions) {
  const { apollo, governance, log } = options;
  const slots = new PrincipalSlots(options.concurrentPerPrincipal);

  async function fetchPage(
    request: ExportRequest,
    principal: Principal,
    requestId: string,
    after: string | null,
  ): Promise<ExportPage & { records: Record<string, number> }> {
    const contextValue: GatewayContext = {
      principal,
      requestId,
      log: log.child({ requestId }),
      access: new RequestAccess(),
      exportPage: true,
    };
    const response = await apollo.executeOperation(
      { query: request.text, variables: { ...request.variables, first: options.pageSize, after } },
      { contextValue },
    );
    if (response.body.kind !== 'single') throw refusalOf(serviceUnavailable('The export could not be read'));
    const { data, errors = [] } = response.body.singleResult;
    const fatal = errors.find((error) => !isWithheld(error));
    if (fatal || !data) throw refusalOf(fatal ?? serviceUnavailable('The export could not be read'));
    return { ...request.definition.page(data, request.parameters), records: contextValue.access.summary(0).records };
  }

  /** Counts a page's records; an alert is on the trail before the page leaves. */
  async function observe(
    principal: Principal,
    requestId: string,
    records: Record<string, number>,
    readBefore: number,
  ): Promise<number> {
    const total = Object.values(records).reduce((sum, count) => sum + count, 0);
    const alert = governance?.bulkExport.observe(principal.sub, total, Date.now(), readBefore);
    if (governance && alert) {
      log.warn({ sub: principal.sub, requestId, alert }, 'bulk export alert');
      await governance.trail.append([alertEvent(principal, requestId, alert, records)], requestId);
    }
    return readBefore + total;
  }

  function auditEvent(
    request: ExportRequest,
    http: IncomingMessage,
    principal: Principal,
    requestId: string,
    analysis: OperationAnalysis,
    outcome: 'SERVED' | 'DENIED' | 'FAILED',
    durationMs: number,
  ): AuditEvent {
    const header = (name: string) => {
      const value = http.headers[name];
      return typeof value === 'string' && value !== '' ? value : null;
    };
    const event = operationEvent({
      principal,
      requestId,
      client: { name: header('apollographql-client-name'), version: header('apollographql-client-version') },
      schema: options.schema,
      document: request.document,
      operationName: undefined,
      variables: request.variables,
      analysis,
      outcome,
      durationMs,
    });
    return { ...event, body: { ...event.body, export: { name: request.definition.name, format: request.format } } };
  }

  /** GET /export/: the exports this caller may run, with what each takes and gives, for a BI tool to discover. */
  function listExports(response: ServerResponse, principal: Principal): void {
    const runnable = [...EXPORTS.values()].filter(
      (definition) => !governance || mayExport(governance.plan, principal, definition.name),
    );
    response.statusCode = 200;
    response.setHeader('content-type', 'application/json; charset=utf-8');
    response.end(
      JSON.stringify({
        exports: runnable.map((definition) => ({
          name: definition.name,
          description: definition.description,
          formats: Object.keys(CONTENT_TYPES),
          parameters: definition.parameterNames,
          columns: definition.columns,
        })),
      }),
    );
  }

  async function write(response: ServerResponse, text: string): Promise<void> {
    if (text === '' || response.write(text)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        response.off('drain', done);
        response.off('close', done);
        resolve();
      };
      response.on('drain', done);
      response.on('close', done);
    });
  }

  async function stream(
    http: IncomingMessage,
    response: ServerResponse,
    requestId: string,
    request: ExportRequest,
    principal: Principal,
    analysis: OperationAnalysis | undefined,
  ): Promise<void> {
    const started = Date.now();
    const audit = async (outcome: 'SERVED' | 'FAILED') => {
      if (governance && analysis)
        await governance.trail.append(
          [auditEvent(request, http, principal, requestId, analysis, outcome, Date.now() - started)],
          requestId,
        );
    };
    let page: Awaited<ReturnType<typeof fetchPage>>;
    try {
      page = await fetchPage(request, principal, requestId, null);
    } catch (error) {
      await audit('FAILED').catch((failure: Error) =>
        log.error({ err: failure.message, requestId }, 'could not audit a failed export'),
      );
      throw error;
    }
    let read = 0;
    try {
      await audit('SERVED');
      read = await observe(principal, requestId, page.records, read);
    } catch (error) {
      log.error({ err: (error as Error).message, requestId }, 'audit append failed: export withheld');
      throw refusalOf(serviceUnavailable(AUDIT_UNAVAILABLE));
    }

    const writer = rowWriter(request.format, request.definition.columns);
    response.statusCode = 200;
    response.setHeader('content-type', CONTENT_TYPES[request.format]);
    response.setHeader(
      'content-disposition',
      `attachment; filename="${request.definition.name}-${today()}.${request.format}"`,
    );
    response.setHeader('cache-control', 'no-store');
    let closed = false;
    response.once('close', () => {
      closed = true;
    });
    let rows = page.rows.length;
    let pages = 1;
    // The next page is asked for before this one is written, so the subgraphs work while the gateway writes.
    const after = (current: ExportPage) =>
      current.next === null ? null : fetchPage(request, principal, requestId, current.next);
    let pending = after(page);
    try {
      await write(response, writer.header() + writer.rows(page.rows));
      while (pending !== null && !closed) {
        page = await pending;
        read = await observe(principal, requestId, page.records, read);
        pending = after(page);
        if (closed) break;
        await write(response, writer.rows(page.rows));
        rows += page.rows.length;
        pages += 1;
      }
      // A reader that left mid-export leaves a page in flight; its outcome no longer matters.
      pending?.catch(() => undefined);
    } catch (error) {
      pending?.catch(() => undefined);
      log.error(
        { err: (error as Error).message, requestId, export: request.definition.name, rows, pages },
        'export failed after rows were sent: connection cut',
      );
      response.destroy();
      return;
    }
    response.end();
    log.info(
      {
        requestId,
        export: request.definition.name,
        format: request.format,
        rows,
        pages,
        ms: Date.now() - started,
        closed,
      },
      'export',
    );
  }

  return async (http: IncomingMessage, response: ServerResponse, requestId: string, url: URL): Promise<void> => {
    try {
      if (http.method !== 'GET') {
        response.setHeader('allow', 'GET');
        throw new ExportRefusal(
          { message: 'Exports are read with GET', extensions: { code: ErrorCode.BAD_REQUEST } },
          405,
        );
      }
      const principal = await options.principalOf(http).catch((error: GraphQLError) => {
        throw refusalOf(error);
      });
      if (url.pathname === '/export/') return void listExports(response, principal);
      const request = (() => {
        try {
          return exportRequestOf(url, today());
        } catch (error) {
          throw error instanceof GraphQLError ? refusalOf(error) : error;
        }
      })();
      const analysis = governance
        ? analyseOperation({
            schema: options.schema,
            document: request.document,
            operationName: undefined,
            variables: request.variables,
            plan: governance.plan,
            principal,
            copies: request.definition.columns.flatMap((column) => (column.governedBy ? [column.governedBy] : [])),
          })
        : undefined;
      if (governance && analysis && !mayExport(governance.plan, principal, request.definition.name)) {
        await governance.trail
          .append([auditEvent(request, http, principal, requestId, analysis, 'DENIED', 0)], requestId)
          .catch((error: Error) => log.error({ err: error.message, requestId }, 'could not audit a denied export'));
        throw refusalOf(forbidden(`Not authorised to run the export ${request.definition.name}`));
      }
      const { sub } = principal;
      if (!slots.take(sub)) throw refusalOf(rateLimited(10, 'principal (exports running at once)'));
      try {
        await stream(http, response, requestId, request, principal, analysis);
      } finally {
        slots.release(sub);
      }
    } catch (error) {
      if (!(error instanceof ExportRefusal)) throw error;
      if (response.headersSent) return void response.destroy();
      response.statusCode = error.status;
      for (const [name, value] of Object.entries(error.headers)) response.setHeader(name, value);
      response.setHeader('content-type', 'application/json; charset=utf-8');
      response.end(JSON.stringify({ errors: [error.error] }));
    }
  };
}
