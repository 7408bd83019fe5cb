import type { IncomingMessage } from 'node:http';
import { unauthenticated } from '../lib/errors';
import type { Principal } from '../lib/principal';
import { InvalidTokenError, type ClientTokenVerifier } from '../lib/tokens/clientToken';

/**
 * Authentication at the gateway: every request must carry `Authorization: Bearer <JWT>`. Anything
 * else is UNAUTHENTICATED with HTTP 401, before any planning or subgraph call happens.
 */
export async function authenticate(request: IncomingMessage, verify: ClientTokenVerifier): Promise<Principal> {
  const header = request.headers.authorization;
  if (!header) throw unauthenticated('Authentication required: send Authorization: Bearer <token>');
  const match = /^Bearer\s+([A-Za-z0-9_\-.]+)$/.exec(header);
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>"');
  try {
    return await verify(match[1]);
  } catch (error) {
    if (error instanceof InvalidTokenError)
      throw unauthenticated('The token is invalid, expired or not meant for Custos');
    throw error;
  }
}
