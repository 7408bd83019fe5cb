import type { Principal } from '../lib/principal';

/**
 * Purpose gating: a token's `purpose` claim counts only while an approved DPIA covers that purpose.
 * The gateway decides it once, before it forwards the principal to the subgraphs in the internal
 * token, so the gateway's analysis and every subgraph's shield see the same principal. A purpose
 * not honoured is dropped: the grant's `withoutPurpose` decision applies, as for a token stating none.
 */

export interface GatedPrincipal {
  principal: Principal;
  /** The purpose the token stated that was not honoured, for the request's audit event. */
  purposeNotHonoured?: string;
}

/** `approved`: the purposes an APPROVED DPIA covers now (empty when the register cannot be read: fail closed). */
export function gatePurpose(principal: Principal, approved: ReadonlySet<string>): GatedPrincipal {
  if (principal.purpose === undefined || approved.has(principal.purpose)) return { principal };
  const { purpose, ...withoutPurpose } = principal;
  return { principal: withoutPurpose, purposeNotHonoured: purpose };
}
