import { SignJWT, jwtVerify } from 'jose';
import type { InternalTokenConfig } from '../config';
import type { Principal } from '../principal';
import { claimsOfPrincipal, principalFromClaims } from './claims';

/**
 * Internal tokens: short-lived HS256 tokens that the gateway (or a subgraph calling another on a
 * caller's behalf) puts on every subgraph request. A subgraph answers nothing without one, so a
 * request that skips the gateway gets nothing.
 */

export const INTERNAL_TOKEN_HEADER = 'x-custos-internal-token';
const ISSUER = 'custos-gateway';
const AUDIENCE = 'custos-subgraph';

export interface InternalIdentity {
  principal: Principal;
  /** The id of the client request this call serves, for log correlation. */
  requestId?: string;
}

export async function mintInternalToken(config: InternalTokenConfig, identity: InternalIdentity): Promise<string> {
  return new SignJWT({ ...claimsOfPrincipal(identity.principal), ...(identity.requestId ? { rid: identity.requestId } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(identity.principal.sub)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${config.ttlSeconds}s`)
    .sign(new TextEncoder().encode(config.secret));
}

/** Returns the identity in a valid internal token, or undefined for anything else. */
export async function verifyInternalToken(config: InternalTokenConfig, token: string): Promise<InternalIdentity | undefined> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(config.secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
      requiredClaims: ['exp', 'sub'],
      maxTokenAge: `${config.ttlSeconds}s`,
    });
    const principal = principalFromClaims(payload, true);
    if (!principal) return undefined;
    return { principal, ...(typeof payload.rid === 'string' ? { requestId: payload.rid } : {}) };
  } catch {
    return undefined;
  }
}
