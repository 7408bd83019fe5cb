import { legalHold } from '../../lib/errors';
import type { RecordClass } from '../../policies/retention';
import { LegalHoldsCoveringDocument } from './generated/legalHolds';
import type { ServiceClient } from './serviceClient';

/**
 * Before a destructive change (an unmerge, a synthetic purge), a subgraph asks the audit subgraph,
 * as its own service, whether a legal hold covers the customers' records of the classes the change
 * touches (dated within `dates`, when the change knows them). A hold refuses the change with
 * LEGAL_HOLD naming it; an audit subgraph that cannot be asked refuses it too (SERVICE_UNAVAILABLE):
 * fail closed.
 */
export async function refuseUnderLegalHold(
  peers: ServiceClient,
  change: string,
  customerIds: readonly string[],
  recordClasses: readonly RecordClass[],
  dates?: { from: string; to: string },
): Promise<void> {
  const { legalHoldsCovering: holds } = await peers.query('audit', LegalHoldsCoveringDocument, {
    customerIds: [...customerIds],
    recordClasses: [...recordClasses],
    from: dates?.from ?? null,
    to: dates?.to ?? null,
  });
  if (holds.length === 0) return;
  const named = holds.map((hold) => `${hold.id} (${hold.matter})`).join(', ');
  throw legalHold(`${change} is refused: legal hold ${named} covers what it would change`, holds);
}
