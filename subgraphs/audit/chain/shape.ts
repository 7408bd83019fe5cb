/**
 * What well-formed stored values look like. Stored events and checkpoints are read back from a
 * database that an attacker may have written to, so the verifier checks shapes before using them.
 */

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Lowercase only, so that equal hashes are always equal strings. */
export function isSha256Hex(value: unknown): value is string {
  return typeof value === 'string' && SHA256_HEX.test(value);
}

export function isSequenceNumber(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 1;
}

export function isText(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
