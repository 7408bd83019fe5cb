import { createHash } from 'node:crypto';
import { ConfigError } from './configError';
import { KeyRingError, deriveDevelopmentKeyRing, parseKeyRing, type KeyRing } from './crypto';

/**
 * The keys that protect bank and card data, part of the configuration (lib/config.ts): secrets
 * from the environment, published development defaults only outside production. Error messages
 * name variables, never key material.
 *
 *   CUSTOS_MASTER_KEYS         id:base64key,...  envelope encryption master keys (32 bytes each)
 *   CUSTOS_ACTIVE_MASTER_KEY   id                 the key new values are encrypted with (default: the last listed)
 *   CUSTOS_BLIND_INDEX_KEY     base64, 32 bytes   secret the blind-index keys derive from
 *   CUSTOS_CARD_TOKEN_KEY      base64, 32 bytes   HMAC key of card tokens
 */

export interface PciConfig {
  masterKeys: KeyRing;
  /** Kept apart from the master keys: rotating those must not invalidate every stored index. */
  blindIndexSecret: Buffer;
  cardTokenKey: Buffer;
}

type Env = Record<string, string | undefined>;

const SECRET_BYTES = 32;

function developmentKey(label: string): Buffer {
  return createHash('sha256').update(label).digest();
}

/** Development defaults: public, so anything they protect is readable by anyone with this source. */
const DEV_BLIND_INDEX_KEY = developmentKey('custos development blind index key v1 - public, never use in production');
const DEV_CARD_TOKEN_KEY = developmentKey('custos development card token key v1 - public, never use in production');
const DEV_MASTER_KEY = deriveDevelopmentKeyRing().active.key;

function secretKey(env: Env, name: string): Buffer | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const key = Buffer.from(raw, 'base64');
  // The round trip refuses anything but canonical base64, which Buffer.from would half-read.
  if (key.toString('base64') !== raw || key.length !== SECRET_BYTES) {
    throw new ConfigError(`${name} must be ${SECRET_BYTES} bytes of base64 (openssl rand -base64 ${SECRET_BYTES})`);
  }
  return key;
}

function masterKeys(env: Env): KeyRing | undefined {
  const spec = env.CUSTOS_MASTER_KEYS;
  const activeId = env.CUSTOS_ACTIVE_MASTER_KEY || undefined;
  if (!spec) {
    if (activeId) throw new ConfigError('CUSTOS_ACTIVE_MASTER_KEY is set but CUSTOS_MASTER_KEYS is not');
    return undefined;
  }
  try {
    return parseKeyRing(spec, activeId);
  } catch (error) {
    // KeyRingError messages name ids and positions only, so they can be passed on.
    if (error instanceof KeyRingError) throw new ConfigError(`CUSTOS_MASTER_KEYS: ${error.message}`);
    throw error;
  }
}

export function loadPciConfig(env: Env = process.env): PciConfig {
  const production = env.NODE_ENV === 'production';
  const orDevelopment = <T>(value: T | undefined, name: string, development: () => T): T => {
    if (value !== undefined) return value;
    if (production) throw new ConfigError(`production needs ${name}`);
    return development();
  };
  const config: PciConfig = {
    masterKeys: orDevelopment(masterKeys(env), 'CUSTOS_MASTER_KEYS', deriveDevelopmentKeyRing),
    blindIndexSecret: orDevelopment(
      secretKey(env, 'CUSTOS_BLIND_INDEX_KEY'),
      'CUSTOS_BLIND_INDEX_KEY',
      () => DEV_BLIND_INDEX_KEY,
    ),
    cardTokenKey: orDevelopment(
      secretKey(env, 'CUSTOS_CARD_TOKEN_KEY'),
      'CUSTOS_CARD_TOKEN_KEY',
      () => DEV_CARD_TOKEN_KEY,
    ),
  };
  // One secret for two purposes would let a leak of one expose both.
  if (config.blindIndexSecret.equals(config.cardTokenKey))
    throw new ConfigError('CUSTOS_BLIND_INDEX_KEY and CUSTOS_CARD_TOKEN_KEY must differ');
  if (production) {
    const development = [DEV_MASTER_KEY, DEV_BLIND_INDEX_KEY, DEV_CARD_TOKEN_KEY];
    const inUse = [
      ...[...config.masterKeys.byId.values()].map((master) => master.key),
      config.blindIndexSecret,
      config.cardTokenKey,
    ];
    if (inUse.some((key) => development.some((dev) => dev.equals(key))))
      throw new ConfigError('production refuses the development PCI keys');
  }
  return config;
}
