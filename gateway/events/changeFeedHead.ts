import { callAuditAsGateway, type AuditServiceOptions } from '../auditServiceCall';
import { CustomerChangeHeadDocument } from './generated/webhookLedger';

/**
 * Where the change feed ends now, asked of the audit subgraph as the gateway at most once per
 * `maxAgeMs` however many streams ask: a stream reads the feed (a governed, audited read as its
 * caller) only when there is something after where it stands, not on every tick.
 */
export class ChangeFeedHead {
  private known: { cursor: string | null; at: number } | undefined;
  private asking: Promise<string | null> | undefined;

  constructor(private readonly options: AuditServiceOptions & { maxAgeMs: number }) {}

  async current(): Promise<string | null> {
    if (this.known && Date.now() - this.known.at < this.options.maxAgeMs) return this.known.cursor;
    this.asking ??= this.ask().finally(() => {
      this.asking = undefined;
    });
    return this.asking;
  }

  private async ask(): Promise<string | null> {
    const answer = await callAuditAsGateway(this.options, 'the change feed', CustomerChangeHeadDocument, {});
    const cursor = answer.customerChangeHead ?? null;
    this.known = { cursor, at: Date.now() };
    return cursor;
  }
}
