import { EU_MEMBER_STATES } from './euMemberStates';

/**
 * Jurisdictions. A customer record belongs to one region (derived from its country); a principal
 * carries the regions it works for in the `regions` claim of its token.
 */
export const REGIONS = ['EU', 'US', 'BR', 'IN', 'JP', 'CN', 'RU', 'SA', 'AU'] as const;
export type Region = (typeof REGIONS)[number];

const EU = new Set(EU_MEMBER_STATES);

export function isRegion(value: unknown): value is Region {
  return typeof value === 'string' && (REGIONS as readonly string[]).includes(value);
}

/** The region whose rules govern a customer in `country` (ISO 3166-1 alpha-2), if Custos knows it. */
export function regionOfCountry(country: string): Region | undefined {
  const code = country.toUpperCase();
  if (EU.has(code)) return 'EU';
  return isRegion(code) ? code : undefined;
}
