import { badUserInput } from '../../../lib/errors';
import type { Principal } from '../../../lib/principal';

/**
 * What a webhook subscription may read: the roles and regions asked for, each one its owner holds
 * (all of the owner's when none are named). A subscription never reads more than the person who
 * made it could, so no one widens their own access by pointing a receiver at the feed.
 */
export function subscriberRights(
  owner: Pick<Principal, 'roles' | 'regions'>,
  asked: { roles?: readonly string[] | null; regions?: readonly string[] | null },
): { roles: string[]; regions: string[] } {
  const within = (wanted: readonly string[] | null | undefined, held: readonly string[], what: 'roles' | 'regions') => {
    if (wanted == null) return [...held];
    if (wanted.length === 0) throw badUserInput(`name at least one of your ${what}, or leave ${what} out`, what);
    const foreign = wanted.filter((value) => !held.includes(value));
    if (foreign.length > 0)
      throw badUserInput(`a subscription reads with your own ${what} at most; not yours: ${foreign.join(', ')}`, what);
    return [...new Set(wanted)];
  };
  return { roles: within(asked.roles, owner.roles, 'roles'), regions: within(asked.regions, owner.regions, 'regions') };
}
