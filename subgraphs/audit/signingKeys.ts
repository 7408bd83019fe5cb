import { createPublicKey, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CustosConfig } from '../../lib/config';
import { ed25519KeyId, generateEd25519KeyPair, loadSigningKey, loadVerifyingKey } from '../../lib/crypto/ed25519';
import type { CheckpointSigningKey } from './chain';

/**
 * The Ed25519 keys of the audit checkpoints. Production brings its own (AUDIT_SIGNING_KEY); a
 * development machine makes one on first use and keeps it beside its databases, so checkpoints
 * still verify after a restart.
 */

export const DEV_KEY_FILE = 'audit-signing-key.pem';

function signingKeyText(config: CustosConfig): string {
  if (config.audit.signingKey) return config.audit.signingKey;
  const file = path.join(config.dataDir, DEV_KEY_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    fs.writeFileSync(file, generateEd25519KeyPair().privateKeyPem, { mode: 0o600, flag: 'wx' });
  }
  return fs.readFileSync(file, 'utf8');
}

export function loadCheckpointSigner(config: CustosConfig): CheckpointSigningKey {
  const privateKey = loadSigningKey(signingKeyText(config));
  return { keyId: ed25519KeyId(createPublicKey(privateKey)), privateKey };
}

/** Every key a checkpoint may have been signed with: today's, and the retired ones still trusted. */
export function loadVerifyingKeys(config: CustosConfig): Map<string, KeyObject> {
  const keys = [
    createPublicKey(loadSigningKey(signingKeyText(config))),
    ...config.audit.verifyKeys.map(loadVerifyingKey),
  ];
  return new Map(keys.map((key) => [ed25519KeyId(key), key]));
}
