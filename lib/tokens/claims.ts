import type { JWTPayload } from 'jose';
import { isRole } from '../roles';
import { isRegion } from '../regions';
import type { Principal } from '../principal';

/**
 * Reads a principal out of verified token claims; unknown roles and regions are dropped, never
 * guessed. The service claim counts only in internal tokens (`trustService`), so a client cannot
 * claim to be a Custos service.
 */
export function principalFromClaims(payload: JWTPayload, trustService = false): Principal | undefined {
  if (typeof payload.sub !== 'string' || payload.sub === '') return undefined;
  const list = (claim: unknown): unknown[] =>
    Array.isArray(claim) ? claim : typeof claim === 'string' ? claim.split(',') : [];
  return {
    sub: payload.sub,
    roles: list(payload.roles).filter(isRole),
    regions: list(payload.regions)
      .map((r) => (typeof r === 'string' ? r.trim().toUpperCase() : r))
      .filter(isRegion),
    ...(typeof payload.purpose === 'string' && payload.purpose !== '' ? { purpose: payload.purpose } : {}),
    ...(trustService && typeof payload.svc === 'string' && payload.svc !== '' ? { service: payload.svc } : {}),
  };
}

export function claimsOfPrincipal(principal: Principal): JWTPayload {
  return {
    roles: principal.roles,
    regions: principal.regions,
    ...(principal.purpose ? { purpose: principal.purpose } : {}),
    ...(principal.service ? { svc: principal.service } : {}),
  };
}
