import type { Logger } from '../../lib/logger';
import type { Principal } from '../../lib/principal';
import { gatePurpose, type GatedPrincipal } from '../../policies/purposeGating';
import { callAuditAsGateway, type AuditServiceOptions } from '../auditServiceCall';
import { ApprovedPurposesDocument } from './generated/approvedPurposes';

/**
 * The purposes an approved DPIA covers, asked of the audit subgraph's register as the gateway and
 * kept for `maxAgeMs`, however many requests ask at once. Fail closed: while the register cannot be
 * read, no purpose is honoured (and nothing is kept, so the next request asks again).
 */
export class ApprovedPurposes {
  private known: { purposes: ReadonlySet<string>; at: number } | undefined;
  private asking: Promise<ReadonlySet<string>> | undefined;

  constructor(private readonly options: AuditServiceOptions & { maxAgeMs: number; log: Logger }) {}

  /** The principal as the policy is to see it: its purpose only if an approved DPIA covers it. */
  async gate(principal: Principal): Promise<GatedPrincipal> {
    if (principal.purpose === undefined) return { principal };
    return gatePurpose(principal, await this.current());
  }

  async current(): Promise<ReadonlySet<string>> {
    if (this.known && Date.now() - this.known.at < this.options.maxAgeMs) return this.known.purposes;
    this.asking ??= this.ask().finally(() => {
      this.asking = undefined;
    });
    return this.asking;
  }

  private async ask(): Promise<ReadonlySet<string>> {
    try {
      const answer = await callAuditAsGateway(this.options, 'the DPIA register', ApprovedPurposesDocument, {});
      const purposes = new Set(answer.approvedPurposes);
      this.known = { purposes, at: Date.now() };
      return purposes;
    } catch (error) {
      this.options.log.warn(
        { err: error instanceof Error ? error.message : String(error) },
        'the DPIA register cannot be read: no purpose is honoured until it can',
      );
      return new Set();
    }
  }
}
