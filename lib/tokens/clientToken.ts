import { SignJWT, createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { AuthConfig } from '../config';
import type { Principal } from '../principal';
import { claimsOfPrincipal, principalFromClaims } from './claims';
import { hmacKey } from './hmacKey';

/**
 * Client tokens: what a user or tool presents to the gateway. Development tokens are HS256 with
 * JWT_SECRET; production can verify an identity provider's tokens through JWKS_URL instead.
 */

export class InvalidTokenError extends Error {}

export type ClientTokenVerifier = (token: string) => Promise<Principal>;

const ASYMMETRIC_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];

export function createClientTokenVerifier(auth: AuthConfig): ClientTokenVerifier {
  const options = { issuer: auth.jwtIssuer, audience: auth.jwtAudience, requiredClaims: ['exp', 'sub'] };
  const jwks: JWTVerifyGetKey | undefined = auth.jwksUrl ? createRemoteJWKSet(new URL(auth.jwksUrl)) : undefined;

  return async (token) => {
    let payload;
    try {
      // The algorithm list is fixed per key type, so `alg: none` and algorithm confusion are refused.
      if (jwks) ({ payload } = await jwtVerify(token, jwks, { ...options, algorithms: ASYMMETRIC_ALGORITHMS }));
      else if (auth.jwtSecret)
        ({ payload } = await jwtVerify(token, await hmacKey(auth.jwtSecret), { ...options, algorithms: ['HS256'] }));
      else throw new InvalidTokenError('no key is configured to verify client tokens');
    } catch (error) {
      if (error instanceof InvalidTokenError) throw error;
      throw new InvalidTokenError(`invalid token: ${(error as { code?: string }).code ?? 'ERR_JWT_INVALID'}`);
    }
    const principal = principalFromClaims(payload);
    if (!principal) throw new InvalidTokenError('invalid token: no subject');
    return principal;
  };
}

export interface DevTokenOptions {
  expiresIn?: string;
}

/** Signs a development token with the HS256 secret; `npm run token` prints one. */
export async function mintDevToken(
  auth: AuthConfig,
  principal: Principal,
  options: DevTokenOptions = {},
): Promise<string> {
  if (!auth.jwtSecret) throw new Error('JWT_SECRET is not set');
  return new SignJWT(claimsOfPrincipal(principal))
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(principal.sub)
    .setIssuer(auth.jwtIssuer)
    .setAudience(auth.jwtAudience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(await hmacKey(auth.jwtSecret));
}
