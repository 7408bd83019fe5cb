import { randomBytes } from 'node:crypto';
import { ConfigError } from '../../../lib/config';
import { deriveDevelopmentKeyRing } from '../../../lib/crypto';
import { loadPciConfig } from '../../../lib/pciConfig';

const key = () => randomBytes(32).toString('base64');

describe('PCI configuration', () => {
  it('runs in development on published development keys', () => {
    const config = loadPciConfig({});
    expect(config.masterKeys.active.id).toBe(deriveDevelopmentKeyRing().active.id);
    expect(config.blindIndexSecret).toHaveLength(32);
    expect(config.cardTokenKey).toHaveLength(32);
    expect(config.blindIndexSecret.equals(config.cardTokenKey)).toBe(false);
  });

  it('reads the key ring, the active key and both secrets', () => {
    const [blind, card] = [key(), key()];
    const config = loadPciConfig({
      CUSTOS_MASTER_KEYS: `old:${key()},new:${key()}`,
      CUSTOS_ACTIVE_MASTER_KEY: 'old',
      CUSTOS_BLIND_INDEX_KEY: blind,
      CUSTOS_CARD_TOKEN_KEY: card,
    });
    expect([...config.masterKeys.byId.keys()]).toEqual(['old', 'new']);
    expect(config.masterKeys.active.id).toBe('old');
    expect(config.blindIndexSecret.toString('base64')).toBe(blind);
    expect(config.cardTokenKey.toString('base64')).toBe(card);
    expect(loadPciConfig({ CUSTOS_MASTER_KEYS: `old:${key()},new:${key()}` }).masterKeys.active.id).toBe('new');
  });

  it('refuses production without its own keys, or with the development ones', () => {
    const production = {
      NODE_ENV: 'production',
      CUSTOS_MASTER_KEYS: `k1:${key()}`,
      CUSTOS_BLIND_INDEX_KEY: key(),
      CUSTOS_CARD_TOKEN_KEY: key(),
    };
    expect(loadPciConfig(production).masterKeys.active.id).toBe('k1');
    expect(() => loadPciConfig({ ...production, CUSTOS_MASTER_KEYS: '' })).toThrow(
      /production needs CUSTOS_MASTER_KEYS/,
    );
    expect(() => loadPciConfig({ ...production, CUSTOS_BLIND_INDEX_KEY: '' })).toThrow(
      /production needs CUSTOS_BLIND_INDEX_KEY/,
    );
    expect(() => loadPciConfig({ ...production, CUSTOS_CARD_TOKEN_KEY: '' })).toThrow(
      /production needs CUSTOS_CARD_TOKEN_KEY/,
    );
    const devMaster = deriveDevelopmentKeyRing().active.key.toString('base64');
    expect(() => loadPciConfig({ ...production, CUSTOS_MASTER_KEYS: `k1:${key()},dev:${devMaster}` })).toThrow(
      /development PCI keys/,
    );
    const devBlind = loadPciConfig({}).blindIndexSecret.toString('base64');
    expect(() => loadPciConfig({ ...production, CUSTOS_BLIND_INDEX_KEY: devBlind })).toThrow(/development PCI keys/);
  });

  it('names the variable at fault and never the key material', () => {
    const short = randomBytes(16).toString('base64');
    const cases: [Record<string, string>, RegExp][] = [
      [{ CUSTOS_BLIND_INDEX_KEY: short }, /CUSTOS_BLIND_INDEX_KEY must be 32 bytes of base64/],
      [{ CUSTOS_CARD_TOKEN_KEY: `${key()} ` }, /CUSTOS_CARD_TOKEN_KEY must be 32 bytes of base64/],
      [{ CUSTOS_MASTER_KEYS: `k1:${short}` }, /CUSTOS_MASTER_KEYS: key "k1" is not 32 bytes/],
      [
        { CUSTOS_MASTER_KEYS: `k1:${key()}`, CUSTOS_ACTIVE_MASTER_KEY: 'k2' },
        /CUSTOS_MASTER_KEYS: active key id "k2" is not in the key ring/,
      ],
      [{ CUSTOS_ACTIVE_MASTER_KEY: 'k2' }, /CUSTOS_ACTIVE_MASTER_KEY is set but CUSTOS_MASTER_KEYS is not/],
    ];
    for (const [env, message] of cases) {
      expect(() => loadPciConfig(env)).toThrow(ConfigError);
      expect(() => loadPciConfig(env)).toThrow(message);
      const keyMaterial = Object.values(env)
        .flatMap((value) => value.split(/[,:]/))
        .map((part) => part.trim())
        .filter((part) => part.length >= 16);
      for (const secret of keyMaterial) expect(() => loadPciConfig(env)).not.toThrow(secret);
    }
  });

  it('refuses one secret for both the blind index and the card tokens', () => {
    const same = key();
    expect(() => loadPciConfig({ CUSTOS_BLIND_INDEX_KEY: same, CUSTOS_CARD_TOKEN_KEY: same })).toThrow(/must differ/);
  });
});
