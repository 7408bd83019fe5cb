import { SignJWT, generateKeyPair } from 'jose';
import { loadConfig } from '../../lib/config';
import { InvalidTokenError, createClientTokenVerifier, mintDevToken } from '../../lib/tokens/clientToken';
import { mintInternalToken, verifyInternalToken } from '../../lib/tokens/internalToken';

const config = loadConfig({});
const verify = createClientTokenVerifier(config.auth);

describe('client tokens', () => {
  it('round-trips a development token into a principal', async () => {
    const token = await mintDevToken(config.auth, { sub: 'ana', roles: ['finance_analyst'], regions: ['EU'], purpose: 'month-end' });
    expect(await verify(token)).toEqual({ sub: 'ana', roles: ['finance_analyst'], regions: ['EU'], purpose: 'month-end' });
  });

  it('drops roles and regions Custos does not know instead of guessing', async () => {
    const token = await new SignJWT({ roles: ['admin', 'superuser'], regions: 'eu, mars' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('bob')
      .setIssuer(config.auth.jwtIssuer)
      .setAudience(config.auth.jwtAudience)
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(config.auth.jwtSecret));
    expect(await verify(token)).toEqual({ sub: 'bob', roles: ['admin'], regions: ['EU'] });
  });

  it('refuses a token without an expiry', async () => {
    const token = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('eve')
      .setIssuer(config.auth.jwtIssuer)
      .setAudience(config.auth.jwtAudience)
      .sign(new TextEncoder().encode(config.auth.jwtSecret));
    await expect(verify(token)).rejects.toThrow(InvalidTokenError);
  });

  it('refuses an asymmetric token when only the shared secret is configured (no algorithm confusion)', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const token = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('eve')
      .setIssuer(config.auth.jwtIssuer)
      .setAudience(config.auth.jwtAudience)
      .setExpirationTime('5m')
      .sign(privateKey);
    await expect(verify(token)).rejects.toThrow(InvalidTokenError);
  });

  it('refuses garbage', async () => {
    await expect(verify('not.a.token')).rejects.toThrow(InvalidTokenError);
  });
});

describe('internal tokens', () => {
  const principal = { sub: 'ana', roles: ['auditor' as const], regions: ['US' as const] };

  it('carry the principal and request id to the subgraph', async () => {
    const token = await mintInternalToken(config.internalToken, { principal, requestId: 'req-1' });
    expect(await verifyInternalToken(config.internalToken, token)).toEqual({ principal, requestId: 'req-1' });
  });

  it('are not accepted once expired', async () => {
    const token = await mintInternalToken({ ...config.internalToken, ttlSeconds: -1 }, { principal });
    expect(await verifyInternalToken(config.internalToken, token)).toBeUndefined();
  });

  it('are not interchangeable with client tokens', async () => {
    const client = await mintDevToken(config.auth, principal);
    expect(await verifyInternalToken(config.internalToken, client)).toBeUndefined();
    const internal = await mintInternalToken(config.internalToken, { principal });
    await expect(verify(internal)).rejects.toThrow(InvalidTokenError);
  });
});
