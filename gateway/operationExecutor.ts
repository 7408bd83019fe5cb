import { randomUUID } from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import type { Logger } from '../lib/logger';
import type { Principal } from '../lib/principal';
import { RequestAccess } from './audit/requestAccess';
import type { GatewayContext } from './context';

/**
 * Running a GraphQL operation as some principal, for Custos' own clients of the graph: the
 * synthetic probe and the scheduled jobs. Over HTTP with a client token (`npm run synthetic`
 * against a running gateway), or inside the gateway as a principal it already knows (a job): both
 * go through the same plugins, policy and audit as any client's request.
 */

export interface OperationAnswer {
  data?: unknown;
  errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: { code?: unknown } }[];
  /** The HTTP status, where the operation went over HTTP. */
  httpStatus?: number;
}

export type OperationExecutor = (query: string, variables?: Record<string, unknown>) => Promise<OperationAnswer>;

/** One line per error, `CODE: message`, for a report or a failed job's outcome. */
export function describeErrors(answer: OperationAnswer): string {
  if (answer.errors?.length)
    return answer.errors.map((error) => `${String(error.extensions?.code ?? 'ERROR')}: ${error.message}`).join('; ');
  return answer.httpStatus !== undefined ? `HTTP ${answer.httpStatus}` : 'no data';
}

/**
 * The executor with the messages of its errors left out, codes and paths kept: for a job, whose
 * record is read by roles other than its own. A message may quote what the job's principal may see
 * (a credit refusal names the limit) and its readers may not.
 */
export function withoutErrorMessages(executor: OperationExecutor): OperationExecutor {
  return async (query, variables) => {
    const answer = await executor(query, variables);
    return {
      ...answer,
      errors: answer.errors?.map(({ path, extensions }) => ({
        message: path?.length ? `at ${path.join('.')}` : 'message not kept',
        extensions: { code: extensions?.code },
      })),
    };
  };
}

export function httpExecutor(gatewayUrl: string, token: string): OperationExecutor {
  return async (query, variables = {}) => {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json().catch(() => ({}))) as OperationAnswer;
    return { data: body.data, errors: body.errors, httpStatus: response.status };
  };
}

/** In this gateway, as `principal`: no token to mint or verify, every plugin as for a client. */
export function inProcessExecutor(
  apollo: ApolloServer<GatewayContext>,
  principal: Principal,
  log: Logger,
): OperationExecutor {
  return async (query, variables = {}) => {
    const requestId = randomUUID();
    const response = await apollo.executeOperation(
      { query, variables },
      { contextValue: { principal, requestId, log: log.child({ requestId }), access: new RequestAccess() } },
    );
    if (response.body.kind !== 'single') return { errors: [{ message: 'an incremental answer was not expected' }] };
    const { data, errors } = response.body.singleResult;
    return { data: data ?? undefined, errors, httpStatus: response.http.status };
  };
}
