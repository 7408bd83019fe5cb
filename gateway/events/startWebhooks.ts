import type { ApolloServer } from '@apollo/server';
import type { CustosConfig } from '../../lib/config';
import type { Logger } from '../../lib/logger';
import { isRegion } from '../../lib/regions';
import { isRole } from '../../lib/roles';
import type { GatewayContext } from '../context';
import type { GatewayMetrics } from '../metrics/gatewayMetrics';
import { inProcessExecutor, withoutErrorMessages } from '../operationExecutor';
import { WebhookDispatcher } from './webhookDispatcher';
import { WebhookLedgerClient } from './webhookLedgerClient';

/**
 * The webhook dispatcher, reading the change feed as each subscription's principal through this
 * gateway's own plugins, so what it sends is governed and audited under webhook:<id>. None without
 * a signing key: an unsigned delivery is never sent.
 */
export function startWebhooks(
  config: CustosConfig,
  apollo: ApolloServer<GatewayContext>,
  auditUrl: () => string,
  log: Logger,
  metrics: GatewayMetrics,
): WebhookDispatcher | undefined {
  const { changeEvents } = config;
  if (!changeEvents.webhooks || !changeEvents.signingKey) return undefined;
  const dispatcher = new WebhookDispatcher({
    ledger: new WebhookLedgerClient({
      url: auditUrl,
      internalToken: config.internalToken,
      timeoutMs: config.subgraphTimeoutMs,
    }),
    executorFor: (delivery) =>
      withoutErrorMessages(
        inProcessExecutor(
          apollo,
          {
            sub: `webhook:${delivery.subscriptionId}`,
            roles: delivery.roles.filter(isRole),
            regions: delivery.regions.filter(isRegion),
          },
          log,
        ),
      ),
    signingKey: changeEvents.signingKey,
    pollMs: changeEvents.pollMs,
    timeoutMs: changeEvents.timeoutMs,
    retryBaseMs: changeEvents.retryBaseMs,
    batch: changeEvents.batch,
    log: log.child({ component: 'webhooks' }),
    onDelivered: (outcome) => metrics.webhookDeliveries.inc({ outcome }),
  });
  dispatcher.start();
  return dispatcher;
}
