import { forbidden } from '../../lib/errors';
import { decide, mayLookUp } from '../../policies/decide';
import type { SubgraphContext } from './context';

/** Using a classified value is reading it: to find records by it, or to check something against it. */

/**
 * Finding records by a classified value (a lookup, filter or match by it) is decided before
 * anything is looked up, so a refusal says nothing about whether the value exists, and each is
 * reported for the audit trail, allowed or refused.
 */
export function assertMayLookUp(context: SubgraphContext, coordinate: string): void {
  if (!context.config.governance) return;
  if (mayLookUp(context.plan, context.principal, coordinate)) {
    context.access.lookedUp(coordinate, 'ALLOWED');
    return;
  }
  context.access.lookedUp(coordinate, 'REFUSED');
  throw forbidden(`Finding records by ${coordinate} needs the right to read it`);
}

/**
 * Work that compares against or decides on a classified value (a write-off against the open
 * balance, an approval of a discount) uses the value: the caller must be allowed to read it raw
 * for the record's jurisdiction.
 */
export function assertMayReadRaw(context: SubgraphContext, coordinate: string, region: string, what: string): void {
  if (decide(context.plan, context.principal, coordinate, region)?.effect === 'ALLOW') return;
  throw forbidden(`${what} belongs to a region whose ${coordinate} you may not read; someone who can must handle it`);
}
