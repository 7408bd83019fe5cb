import { createPublicKey, randomUUID, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SUBGRAPH_NAMES, type CustosConfig } from '../config';
import { ConfigError } from '../configError';
import { ed25519KeyId, generateEd25519KeyPair, loadSigningKey, loadVerifyingKey } from './ed25519';
import type { OriginKeys, OriginSigner } from './origin';

/**
 * Where origin keys come from. In production every process brings its own signing key
 * (ORIGIN_SIGNING_KEY) and the audit subgraph the public keys it trusts, by process
 * (ORIGIN_VERIFY_KEYS). A development machine makes one key on first use, kept beside its
 * databases, which every process there signs with and every name is trusted for.
 */

export const ORIGINS: readonly string[] = ['gateway', ...SUBGRAPH_NAMES];
const DEV_KEY_FILE = 'origin-signing-key.pem';

/** The development key; created once, atomically, however many processes start at the same time. */
function developmentKey(config: CustosConfig): string {
  const file = path.join(config.dataDir, DEV_KEY_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    const draft = `${file}.${randomUUID()}`;
    fs.writeFileSync(draft, generateEd25519KeyPair().privateKeyPem, { mode: 0o600 });
    try {
      fs.linkSync(draft, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      fs.rmSync(draft, { force: true });
    }
  }
  return fs.readFileSync(file, 'utf8');
}

export function loadOriginSigner(config: CustosConfig, by: string): OriginSigner {
  const privateKey = loadSigningKey(config.origin.signingKey ?? developmentKey(config));
  return { by, keyId: ed25519KeyId(createPublicKey(privateKey)), privateKey };
}

/** The public keys the audit trail trusts, by process. */
export function loadOriginKeys(config: CustosConfig): OriginKeys {
  const byOrigin = new Map<string, Map<string, KeyObject>>();
  const trust = (by: string, key: KeyObject) => {
    const keys = byOrigin.get(by) ?? new Map<string, KeyObject>();
    keys.set(ed25519KeyId(key), key);
    byOrigin.set(by, keys);
  };
  if (config.origin.verifyKeys.length > 0) {
    for (const { by, key } of config.origin.verifyKeys) trust(by, loadVerifyingKey(key));
    return byOrigin;
  }
  if (config.production)
    throw new ConfigError(
      'production needs ORIGIN_VERIFY_KEYS: the public key of the gateway and of each service, by name',
    );
  const key = createPublicKey(loadSigningKey(config.origin.signingKey ?? developmentKey(config)));
  for (const by of ORIGINS) trust(by, key);
  return byOrigin;
}
