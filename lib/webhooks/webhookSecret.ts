import { createHmac } from 'node:crypto';

/**
 * A subscription's signing secret, derived from the deployment's WEBHOOK_SIGNING_KEY and the
 * subscription's id instead of stored: no database holds it, and every gateway can sign for every
 * subscription. Changing the key changes every secret, so it is rotated with the receivers.
 * The form is Standard Webhooks': `whsec_` and the base64 of the key bytes.
 */
export function webhookSecret(signingKey: string, subscriptionId: string): string {
  const bytes = createHmac('sha256', signingKey).update(`custos-webhook:${subscriptionId}`).digest();
  return `whsec_${bytes.toString('base64')}`;
}
