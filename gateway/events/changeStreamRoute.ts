import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { ErrorCode } from '../../lib/errors';
import type { Logger } from '../../lib/logger';
import type { Principal } from '../../lib/principal';
import { PrincipalSlots } from '../admission/principalSlots';
import type { GatewayContext } from '../context';
import { inProcessExecutor } from '../operationExecutor';
import type { ChangeFeedHead } from './changeFeedHead';
import {
  CHANGE_FEED_QUERY,
  ChangeFeedRefused,
  LATEST_CHANGE_QUERY,
  changePageOf,
  type ChangePage,
} from './customerChanges';

/**
 * GET /events/customer-changes: customer changes as a server-sent event stream, for a system that
 * keeps in sync without running a webhook receiver. Every read is customerChanges run as the
 * caller (so the policy, masks and audit trail apply as to the same query), and only when the feed
 * has moved past where the stream stands. Each event's id is its cursor: a client that reconnects
 * with Last-Event-ID (EventSource does) carries on after the last change it received; without one
 * it starts from now. The caller's token is checked again every minute: the stream ends when it
 * expires, and on any error, with an `error` event naming the code, for the client to reconnect.
 */

export interface ChangeStreamOptions {
  apollo: ApolloServer<GatewayContext>;
  /** Authenticates the request and takes it from the caller's rate budget; throws the client's error. */
  principalOf: (request: IncomingMessage) => Promise<Principal>;
  head: ChangeFeedHead;
  pollMs: number;
  batch: number;
  streamsPerPrincipal: number;
  log: Logger;
}

export const CHANGE_STREAM_PATH = '/events/customer-changes';

const STATUS_BY_CODE: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.RATE_LIMITED]: 429,
};
const HEARTBEAT_MS = 15_000;
const REAUTHENTICATE_MS = 60_000;
const RECONNECT_MS = 5000;

function refuse(response: ServerResponse, status: number, code: string, message: string): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

function refuseError(response: ServerResponse, error: GraphQLError): void {
  const extensions = (error.extensions ?? {}) as {
    code?: string;
    http?: { status?: number; headers?: Map<string, string> };
  };
  for (const [name, value] of extensions.http?.headers ?? []) response.setHeader(name, value);
  const code = extensions.code ?? ErrorCode.INTERNAL_SERVER_ERROR;
  refuse(response, extensions.http?.status ?? STATUS_BY_CODE[code] ?? 500, code, error.message);
}

const event = (page: ChangePage) =>
  page.events
    .map((change) => `id: ${change.cursor}\nevent: ${change.type}\ndata: ${JSON.stringify(change)}\n\n`)
    .join('');

export function changeStreamRoute(options: ChangeStreamOptions) {
  const { log } = options;
  const slots = new PrincipalSlots(options.streamsPerPrincipal);

  return async (request: IncomingMessage, response: ServerResponse, requestId: string, url: URL): Promise<void> => {
    if (url.pathname !== CHANGE_STREAM_PATH)
      return refuse(
        response,
        404,
        ErrorCode.NOT_FOUND,
        `No event stream at ${url.pathname.slice(0, 80)}; try ${CHANGE_STREAM_PATH}`,
      );
    if (request.method !== 'GET') {
      response.setHeader('allow', 'GET');
      return refuse(response, 405, ErrorCode.BAD_REQUEST, 'The change stream is read with GET');
    }
    let principal: Principal;
    try {
      principal = await options.principalOf(request);
    } catch (error) {
      return refuseError(response, error as GraphQLError);
    }
    if (!slots.take(principal.sub))
      return refuse(
        response,
        429,
        ErrorCode.RATE_LIMITED,
        `At most ${options.streamsPerPrincipal} change streams at once`,
      );
    try {
      await stream(request, response, requestId, url, principal);
    } finally {
      slots.release(principal.sub);
    }
  };

  async function stream(
    request: IncomingMessage,
    response: ServerResponse,
    requestId: string,
    url: URL,
    principal: Principal,
  ) {
    const execute = inProcessExecutor(options.apollo, principal, log.child({ requestId, stream: 'customer-changes' }));
    const read = async (after: string | null) =>
      changePageOf(await execute(CHANGE_FEED_QUERY, { after, first: options.batch }));
    const given = request.headers['last-event-id'];
    let after = (typeof given === 'string' && given !== '' ? given : url.searchParams.get('after')) || null;
    let page: ChangePage;
    try {
      if (after === null) {
        const head = await execute(LATEST_CHANGE_QUERY);
        if (head.errors?.length) throw new ChangeFeedRefused(String(head.errors[0].extensions?.code ?? 'ERROR'));
        after = (head.data as { customerChanges: { latestCursor: string | null } }).customerChanges.latestCursor;
      }
      page = await read(after);
    } catch (error) {
      const code = error instanceof ChangeFeedRefused ? error.code : ErrorCode.SERVICE_UNAVAILABLE;
      return refuse(response, STATUS_BY_CODE[code] ?? 503, code, 'The change stream could not start');
    }

    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
    });
    let closed = false;
    const wake = new AbortController();
    response.once('close', () => {
      closed = true;
      wake.abort();
    });
    const sleep = (ms: number) =>
      new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          wake.signal.removeEventListener('abort', done);
          resolve();
        };
        const timer = setTimeout(done, ms);
        wake.signal.addEventListener('abort', done);
      });
    const drained = () =>
      new Promise<void>((resolve) => {
        const done = () => {
          response.off('drain', done);
          wake.signal.removeEventListener('abort', done);
          resolve();
        };
        response.on('drain', done);
        wake.signal.addEventListener('abort', done);
      });
    response.write(`retry: ${RECONNECT_MS}\n\n`);
    let lastWrite = Date.now();
    let lastAuthenticated = Date.now();
    let sent = 0;
    try {
      for (;;) {
        // A reader that does not keep up is waited for, not buffered for: the next read waits with it.
        if (page.events.length > 0 && !response.write(event(page))) await drained();
        // Past changes it may not see: the id alone moves a reconnecting client past them too.
        else if (page.endCursor && page.endCursor !== after) response.write(`id: ${page.endCursor}\n\n`);
        if (page.events.length > 0 || page.endCursor !== after) lastWrite = Date.now();
        sent += page.events.length;
        after = page.endCursor ?? after;
        if (!page.hasNextPage)
          for (;;) {
            if (closed) return;
            if (Date.now() - lastAuthenticated >= REAUTHENTICATE_MS) {
              await options.principalOf(request);
              lastAuthenticated = Date.now();
            }
            if ((await options.head.current()) !== after) break;
            if (Date.now() - lastWrite >= HEARTBEAT_MS) {
              response.write(': still here\n\n');
              lastWrite = Date.now();
            }
            await sleep(options.pollMs);
          }
        if (closed) return;
        page = await read(after);
      }
    } catch (error) {
      const code =
        error instanceof ChangeFeedRefused
          ? error.code
          : String((error as GraphQLError).extensions?.code ?? ErrorCode.SERVICE_UNAVAILABLE);
      if (!closed) response.write(`event: error\ndata: ${JSON.stringify({ code })}\n\n`);
      log.info({ requestId, code, sent }, 'change stream ended on an error');
    } finally {
      response.end();
    }
  }
}
