import { SignJWT, generateKeyPair } from 'jose';
import { loadConfig } from '../../../../lib/config';
import { InvalidTokenError, createClientTokenVerifier, mintDevToken } from '../../../../lib/tokens/clientToken';
import { mintInternalToken, verifyInternalToken, type InternalCall } from '../../../../lib/tokens/internalToken';
import { ReplayGuard } from '../../../../lib/tokens/replayGuard';

const config = loadConfig({});
const verifyClient = createClientTokenVerifier(config.auth);

describe('client tokens', () => {
  it('round-trips a development token into a principal', async () => {
    const token = await mintDevToken(config.auth, {
      sub: 'ana',
      roles: ['finance_analyst'],
      regions: ['EU'],
      purpose: 'month-end',
    });
    expect(await verifyClient(token)).toEqual({
      sub: 'ana',
      roles: ['finance_analyst'],
      regions: ['EU'],
      purpose: 'month-end',
    });
  });

  it('drops roles and regions Custos does not know instead of guessing', async () => {
    const token = await new SignJWT({ roles: ['admin', 'superuser'], regions: 'eu, mars' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('bob')
      .setIssuer(config.auth.jwtIssuer)
      .setAudience(config.auth.jwtAudience)
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(config.auth.jwtSecret));
    expect(await verifyClient(token)).toEqual({ sub: 'bob', roles: ['admin'], regions: ['EU'] });
  });

  it('refuses a token without an expiry', async () => {
    const token = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('eve')
      .setIssuer(config.auth.jwtIssuer)
      .setAudience(config.auth.jwtAudience)
      .sign(new TextEncoder().encode(config.auth.jwtSecret));
    await expect(verifyClient(token)).rejects.toThrow(InvalidTokenError);
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
    await expect(verifyClient(token)).rejects.toThrow(InvalidTokenError);
  });

  it('refuses garbage', async () => {
    await expect(verifyClient('not.a.token')).rejects.toThrow(InvalidTokenError);
  });
});

describe('internal tokens', () => {
  const principal = { sub: 'ana', roles: ['auditor' as const], regions: ['US' as const] };

  const call: InternalCall = {
    target: 'customer',
    payload: { query: 'query($id: ID!) { customer(id: $id) { name } }', variables: { id: 'cus_1' } },
  };
  const verify = (token: string, asked = call, replays = new ReplayGuard()) =>
    verifyInternalToken(config.internalToken, token, asked, replays);

  it('carry the principal and request id to the subgraph', async () => {
    const token = await mintInternalToken(config.internalToken, { principal, requestId: 'req-1' }, call);
    expect(await verify(token)).toEqual({ ok: true, identity: { principal, requestId: 'req-1' } });
  });

  it('are good for one request: refused for another subgraph, another query or other variables, and a second time', async () => {
    const token = await mintInternalToken(config.internalToken, { principal }, call);
    expect(await verify(token, { ...call, target: 'contract' })).toEqual({
      ok: false,
      reason: 'minted for customer, not for contract',
    });
    expect(
      await verify(token, { ...call, payload: { ...call.payload, query: '{ customers(first: 100) { totalCount } }' } }),
    ).toEqual({ ok: false, reason: 'minted for another request' });
    expect(await verify(token, { ...call, payload: { ...call.payload, variables: { id: 'cus_2' } } })).toEqual({
      ok: false,
      reason: 'minted for another request',
    });
    const replays = new ReplayGuard();
    expect((await verify(token, call, replays)).ok).toBe(true);
    expect(await verify(token, call, replays)).toEqual({ ok: false, reason: 'used before (a replay)' });
  });

  it('read absent variables and operation name as empty, on both sides', async () => {
    const token = await mintInternalToken(
      config.internalToken,
      { principal },
      { target: 'audit', payload: { query: '{ __typename }' } },
    );
    expect(
      (
        await verify(token, {
          target: 'audit',
          payload: { query: '{ __typename }', variables: {}, operationName: null },
        })
      ).ok,
    ).toBe(true);
  });

  it('are not accepted once expired', async () => {
    const token = await mintInternalToken({ ...config.internalToken, ttlSeconds: -1 }, { principal }, call);
    expect((await verify(token)).ok).toBe(false);
  });

  it('are not interchangeable with client tokens', async () => {
    const client = await mintDevToken(config.auth, principal);
    expect((await verify(client)).ok).toBe(false);
    const internal = await mintInternalToken(config.internalToken, { principal }, call);
    await expect(verifyClient(internal)).rejects.toThrow(InvalidTokenError);
  });
});
