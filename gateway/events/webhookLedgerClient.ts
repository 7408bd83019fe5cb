import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { callAuditAsGateway, type AuditServiceOptions } from '../auditServiceCall';
import {
  ClaimWebhookDeliveriesDocument,
  SettleWebhookDeliveryDocument,
  type ClaimWebhookDeliveriesMutation,
} from './generated/webhookLedger';

/** A subscription a dispatcher took, with the changes after `after` to deliver. */
export type ClaimedDelivery = ClaimWebhookDeliveriesMutation['claimWebhookDeliveries'][number];

export type SettledDelivery = { deliveredThrough: string } | { error: string };

/** What a dispatcher needs of the webhook subscriptions (the audit subgraph's, or a test's). */
export interface WebhookLedger {
  claim(runner: string, leaseMs: number, max: number): Promise<ClaimedDelivery[]>;
  settle(runner: string, subscriptionId: string, outcome: SettledDelivery, retryBaseMs: number): Promise<boolean>;
}

/** The subscriptions in the audit subgraph. */
export class WebhookLedgerClient implements WebhookLedger {
  constructor(private readonly options: AuditServiceOptions) {}

  async claim(runner: string, leaseMs: number, max: number) {
    return (await this.call(ClaimWebhookDeliveriesDocument, { runner, leaseMs, max })).claimWebhookDeliveries;
  }

  async settle(runner: string, subscriptionId: string, outcome: SettledDelivery, retryBaseMs: number) {
    const variables = { runner, subscriptionId, retryBaseMs, deliveredThrough: null, error: null, ...outcome };
    return (await this.call(SettleWebhookDeliveryDocument, variables)).settleWebhookDelivery;
  }

  private call<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables) {
    return callAuditAsGateway(this.options, 'the webhook subscriptions', document, variables);
  }
}
