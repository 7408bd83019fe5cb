import { randomUUID } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import type { InternalTokenConfig } from '../config';
import type { Principal } from '../principal';
import { claimsOfPrincipal, principalFromClaims } from './claims';
import { operationDigest, type OperationPayload } from './operationDigest';
import type { ReplayGuard } from './replayGuard';
import { hmacKey } from './hmacKey';

/**
 * Internal tokens: what the gateway (or a service calling another on its own behalf) puts on every
 * request to a subgraph. A token proves who asks and for whom, and is good for exactly one request:
 * it names the subgraph it is for, carries the digest of the request's query and variables, has an
 * id the subgraph refuses to see twice, and lives seconds. A subgraph answers nothing without one,
 * so a request that skips the gateway gets nothing, and a captured one buys nothing.
 */

export const INTERNAL_TOKEN_HEADER = 'x-custos-internal-token';
const ISSUER = 'custos-gateway';
const AUDIENCE_PREFIX = 'custos-subgraph:';

export interface InternalIdentity {
  principal: Principal;
  /** The id of the client request this call serves, for log correlation. */
  requestId?: string;
}

/** The one request a token is for: the subgraph it goes to, and what it asks. */
export interface InternalCall {
  target: string;
  payload: OperationPayload;
}

export async function mintInternalToken(
  config: InternalTokenConfig,
  identity: InternalIdentity,
  call: InternalCall,
): Promise<string> {
  return new SignJWT({
    ...claimsOfPrincipal(identity.principal),
    ...(identity.requestId ? { rid: identity.requestId } : {}),
    bdy: operationDigest(call.payload),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(identity.principal.sub)
    .setIssuer(ISSUER)
    .setAudience(`${AUDIENCE_PREFIX}${call.target}`)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime(`${config.ttlSeconds}s`)
    .sign(await hmacKey(config.secret));
}

/** Why a token was refused, for the refused-call record (never shown to the caller). */
export type InternalTokenVerdict = { ok: true; identity: InternalIdentity } | { ok: false; reason: string };

/**
 * Checks a token against the request it came with: signature, issuer, lifetime, that it names
 * this subgraph, that it was minted for this very query and these variables, and that it has not
 * been used before.
 */
export async function verifyInternalToken(
  config: InternalTokenConfig,
  token: string,
  call: InternalCall,
  replays: ReplayGuard,
): Promise<InternalTokenVerdict> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, await hmacKey(config.secret), {
      issuer: ISSUER,
      algorithms: ['HS256'],
      requiredClaims: ['exp', 'sub', 'jti', 'aud'],
      maxTokenAge: `${config.ttlSeconds}s`,
    }));
  } catch {
    return { ok: false, reason: 'not a valid internal token (signature, issuer or lifetime)' };
  }
  if (payload.aud !== `${AUDIENCE_PREFIX}${call.target}`)
    return {
      ok: false,
      reason: `minted for ${String(payload.aud).replace(AUDIENCE_PREFIX, '')}, not for ${call.target}`,
    };
  if (payload.bdy !== operationDigest(call.payload)) return { ok: false, reason: 'minted for another request' };
  if (!replays.accept(payload.jti as string, (payload.exp as number) * 1000))
    return { ok: false, reason: 'used before (a replay)' };
  const principal = principalFromClaims(payload, true);
  if (!principal) return { ok: false, reason: 'names no principal' };
  return { ok: true, identity: { principal, ...(typeof payload.rid === 'string' ? { requestId: payload.rid } : {}) } };
}
