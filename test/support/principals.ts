import type { Principal } from '../../lib/principal';

/** A principal named 'someone' holding `roles`, working for `regions` (the EU unless said), with a purpose if given. */
export function who(roles: Principal['roles'], regions: Principal['regions'] = ['EU'], purpose?: string): Principal {
  return { sub: 'someone', roles, regions, ...(purpose ? { purpose } : {}) };
}
