import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Webhook signatures as Standard Webhooks (standardwebhooks.com) defines them, so receivers can
 * use its libraries: `webhook-signature: v1,<base64 HMAC-SHA256>` over `<webhook-id>.<webhook-timestamp>.<body>`,
 * keyed by the base64 bytes after the secret's `whsec_`.
 */

export interface SignedHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

function keyOf(secret: string): Buffer {
  return Buffer.from(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret, 'base64');
}

function signature(secret: string, id: string, timestamp: string, body: string): string {
  return createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest('base64');
}

export function signWebhook(secret: string, id: string, at: Date, body: string): SignedHeaders {
  const timestamp = String(Math.floor(at.getTime() / 1000));
  return {
    'webhook-id': id,
    'webhook-timestamp': timestamp,
    'webhook-signature': `v1,${signature(secret, id, timestamp, body)}`,
  };
}

/**
 * What a receiver checks: one of the signatures matches, and the timestamp is within `toleranceSeconds`
 * of now (a captured delivery replayed later is refused).
 */
export function verifyWebhook(
  secret: string,
  headers: Partial<Record<keyof SignedHeaders, string>>,
  body: string,
  now: Date,
  toleranceSeconds = 300,
): boolean {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const given = headers['webhook-signature'];
  if (!id || !timestamp || !given || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > toleranceSeconds) return false;
  const expected = Buffer.from(signature(secret, id, timestamp, body));
  return given.split(' ').some((entry) => {
    const [version, value] = entry.split(',', 2);
    const candidate = Buffer.from(value ?? '');
    return version === 'v1' && candidate.length === expected.length && timingSafeEqual(candidate, expected);
  });
}
