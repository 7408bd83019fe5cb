import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../lib/errors';
import { mayLookUp } from '../../policies/decide';
import type { SubgraphContext } from './context';

/**
 * Using a classified value to find records (a lookup, filter or match by it) is reading it. Each
 * use is decided before anything is looked up, so a refusal says nothing about whether the value
 * exists, and each is reported for the audit trail, allowed or refused.
 */
export function assertMayLookUp(context: SubgraphContext, coordinate: string): void {
  if (mayLookUp(context.plan, context.principal, coordinate)) {
    context.access.lookedUp(coordinate, 'ALLOWED');
    return;
  }
  context.access.lookedUp(coordinate, 'REFUSED');
  throw new GraphQLError(`Finding records by ${coordinate} needs the right to read it`, { extensions: { code: ErrorCode.FORBIDDEN } });
}
