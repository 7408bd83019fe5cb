import { isCountryCode, type CountryCode } from './countries';

/**
 * Jurisdictions. A customer record belongs to one region, derived from its country by the table
 * below; a principal carries the regions it works for in the `regions` claim of its token, and the
 * policy's in-region and out-of-region grants (policies/policy.ts) apply to every region alike.
 *
 * A region is a data-protection regime a compliance reviewer signs access off for, not a continent:
 * the EU with the EEA (the GDPR), the United Kingdom, Switzerland, and each country with a law of its
 * own that Custos' customers are served under. ROW holds every other country, each named.
 */
export const REGIONS = ['EU', 'UK', 'CH', 'US', 'CA', 'MX', 'BR', 'IN', 'JP', 'CN', 'RU', 'SA', 'AU', 'ROW'] as const;
export type Region = (typeof REGIONS)[number];

/** Every ISO 3166-1 country in exactly one region: the type leaves no country out and names none twice. */
// prettier-ignore
export const REGION_OF_COUNTRY: Readonly<Record<CountryCode, Region>> = Object.freeze({
  // EU member states, with the parts of them inside the EU (Åland, the French outermost regions).
  AT: 'EU', BE: 'EU', BG: 'EU', CY: 'EU', CZ: 'EU', DE: 'EU', DK: 'EU', EE: 'EU', ES: 'EU', FI: 'EU',
  FR: 'EU', GR: 'EU', HR: 'EU', HU: 'EU', IE: 'EU', IT: 'EU', LT: 'EU', LU: 'EU', LV: 'EU', MT: 'EU',
  NL: 'EU', PL: 'EU', PT: 'EU', RO: 'EU', SE: 'EU', SI: 'EU', SK: 'EU', AX: 'EU', GF: 'EU', GP: 'EU',
  MQ: 'EU', RE: 'EU', YT: 'EU', MF: 'EU',
  // The EEA states outside the EU, where the GDPR applies through the EEA agreement; Svalbard and Jan Mayen are governed by Norway.
  IS: 'EU', LI: 'EU', NO: 'EU', SJ: 'EU',
  // The United Kingdom (UK GDPR), with the Crown Dependencies and Gibraltar, whose data protection follows it.
  GB: 'UK', GG: 'UK', JE: 'UK', IM: 'UK', GI: 'UK',
  // Switzerland (revised FADP).
  CH: 'CH',
  // The United States, with its territories.
  US: 'US', PR: 'US', GU: 'US', VI: 'US', AS: 'US', MP: 'US', UM: 'US',
  // Canada (PIPEDA).
  CA: 'CA',
  // Mexico (LFPDPPP).
  MX: 'MX',
  BR: 'BR',
  IN: 'IN',
  JP: 'JP',
  // Mainland China (PIPL); Hong Kong, Macao and Taiwan have laws of their own and are in ROW.
  CN: 'CN',
  RU: 'RU',
  SA: 'SA',
  // Australia, with its external territories.
  AU: 'AU', CX: 'AU', CC: 'AU', NF: 'AU', HM: 'AU',
  // The rest of the world, each country named: no country falls into a region by default.
  AD: 'ROW', AE: 'ROW', AF: 'ROW', AG: 'ROW', AI: 'ROW', AL: 'ROW', AM: 'ROW', AO: 'ROW', AQ: 'ROW', AR: 'ROW',
  AW: 'ROW', AZ: 'ROW', BA: 'ROW', BB: 'ROW', BD: 'ROW', BF: 'ROW', BH: 'ROW', BI: 'ROW', BJ: 'ROW', BL: 'ROW',
  BM: 'ROW', BN: 'ROW', BO: 'ROW', BQ: 'ROW', BS: 'ROW', BT: 'ROW', BV: 'ROW', BW: 'ROW', BY: 'ROW', BZ: 'ROW',
  CD: 'ROW', CF: 'ROW', CG: 'ROW', CI: 'ROW', CK: 'ROW', CL: 'ROW', CM: 'ROW', CO: 'ROW', CR: 'ROW', CU: 'ROW',
  CV: 'ROW', CW: 'ROW', DJ: 'ROW', DM: 'ROW', DO: 'ROW', DZ: 'ROW', EC: 'ROW', EG: 'ROW', EH: 'ROW', ER: 'ROW',
  ET: 'ROW', FJ: 'ROW', FK: 'ROW', FM: 'ROW', FO: 'ROW', GA: 'ROW', GD: 'ROW', GE: 'ROW', GH: 'ROW', GL: 'ROW',
  GM: 'ROW', GN: 'ROW', GQ: 'ROW', GS: 'ROW', GT: 'ROW', GW: 'ROW', GY: 'ROW', HK: 'ROW', HN: 'ROW', HT: 'ROW',
  ID: 'ROW', IL: 'ROW', IO: 'ROW', IQ: 'ROW', IR: 'ROW', JM: 'ROW', JO: 'ROW', KE: 'ROW', KG: 'ROW', KH: 'ROW',
  KI: 'ROW', KM: 'ROW', KN: 'ROW', KP: 'ROW', KR: 'ROW', KW: 'ROW', KY: 'ROW', KZ: 'ROW', LA: 'ROW', LB: 'ROW',
  LC: 'ROW', LK: 'ROW', LR: 'ROW', LS: 'ROW', LY: 'ROW', MA: 'ROW', MC: 'ROW', MD: 'ROW', ME: 'ROW', MG: 'ROW',
  MH: 'ROW', MK: 'ROW', ML: 'ROW', MM: 'ROW', MN: 'ROW', MO: 'ROW', MR: 'ROW', MS: 'ROW', MU: 'ROW', MV: 'ROW',
  MW: 'ROW', MY: 'ROW', MZ: 'ROW', NA: 'ROW', NC: 'ROW', NE: 'ROW', NG: 'ROW', NI: 'ROW', NP: 'ROW', NR: 'ROW',
  NU: 'ROW', NZ: 'ROW', OM: 'ROW', PA: 'ROW', PE: 'ROW', PF: 'ROW', PG: 'ROW', PH: 'ROW', PK: 'ROW', PM: 'ROW',
  PN: 'ROW', PS: 'ROW', PW: 'ROW', PY: 'ROW', QA: 'ROW', RS: 'ROW', RW: 'ROW', SB: 'ROW', SC: 'ROW', SD: 'ROW',
  SG: 'ROW', SH: 'ROW', SL: 'ROW', SM: 'ROW', SN: 'ROW', SO: 'ROW', SR: 'ROW', SS: 'ROW', ST: 'ROW', SV: 'ROW',
  SX: 'ROW', SY: 'ROW', SZ: 'ROW', TC: 'ROW', TD: 'ROW', TF: 'ROW', TG: 'ROW', TH: 'ROW', TJ: 'ROW', TK: 'ROW',
  TL: 'ROW', TM: 'ROW', TN: 'ROW', TO: 'ROW', TR: 'ROW', TT: 'ROW', TV: 'ROW', TW: 'ROW', TZ: 'ROW', UA: 'ROW',
  UG: 'ROW', UY: 'ROW', UZ: 'ROW', VA: 'ROW', VC: 'ROW', VE: 'ROW', VG: 'ROW', VN: 'ROW', VU: 'ROW', WF: 'ROW',
  WS: 'ROW', YE: 'ROW', ZA: 'ROW', ZM: 'ROW', ZW: 'ROW',
});

export function isRegion(value: unknown): value is Region {
  return typeof value === 'string' && (REGIONS as readonly string[]).includes(value);
}

/** The region whose rules govern a customer in `country` (ISO 3166-1 alpha-2, any case); undefined for a code that is no country. */
export function regionOfCountry(country: string): Region | undefined {
  const code = country.trim().toUpperCase();
  return isCountryCode(code) ? REGION_OF_COUNTRY[code] : undefined;
}
