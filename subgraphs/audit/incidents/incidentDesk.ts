import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Logger } from '../../../lib/logger';
import type { SecurityIncident } from '../entities/SecurityIncident';
import type { Database } from '../../kit/database';
import type { BackgroundWork } from '../../kit/backgroundWork';
import { recordSecurityEvents, respondToIncident, type Response, type SecurityEvent } from './incidentLedger';
import type { IncidentNotifier } from './incidentNotifier';

/**
 * Where the audit subgraph takes security events and responses: recorded, then the incident webhook
 * woken for what became due. The audit subgraph's own findings (a broken chain) are recorded in the
 * background, so that the request which found them is neither failed nor slowed by the recording.
 */
export class IncidentDesk {
  constructor(
    private readonly database: Database,
    readonly notifier: IncidentNotifier,
    private readonly background: BackgroundWork,
    private readonly log: Logger,
  ) {}

  async record(
    em: SqlEntityManager,
    events: readonly SecurityEvent[],
    reportedBy: string,
  ): Promise<SecurityIncident[]> {
    const incidents = await recordSecurityEvents(em, events, reportedBy, this.notifier.enabled);
    this.notifier.wake();
    return incidents;
  }

  async respond(em: SqlEntityManager, id: string, response: Response): Promise<SecurityIncident> {
    const incident = await respondToIncident(em, id, response, this.notifier.enabled, new Date());
    this.notifier.wake();
    return incident;
  }

  /** Records this service's own finding without the caller waiting; a failure is logged, never thrown. */
  recordInBackground(event: SecurityEvent, reportedBy: string): void {
    this.background.track(
      this.record(this.database.fork(), [event], reportedBy).catch((error: Error) =>
        this.log.error({ err: error.message, kind: event.kind }, 'could not record a security incident'),
      ),
    );
  }
}
