/** Plain data shapes of the demo-data generator. */

/** ISO 3166-1 alpha-2 codes of the countries the demo book of business covers. */
export const DEMO_COUNTRIES = [
  'DE',
  'FR',
  'IT',
  'ES',
  'NL',
  'PL',
  'US',
  'BR',
  'IN',
  'JP',
  'CN',
  'RU',
  'SA',
  'AU',
] as const;
export type CountryCode = (typeof DEMO_COUNTRIES)[number];

/** Countries only the generated source records cover (sourceRecordGenerator.ts), for their scripts and letters. */
export const EXTRA_COUNTRIES = ['GR', 'UA', 'TR', 'SE', 'DK', 'NO', 'FI'] as const;
export type ExtraCountryCode = (typeof EXTRA_COUNTRIES)[number];

/** ISO 15924 script codes for names written in their original script. */
export type ScriptCode = 'Latn' | 'Jpan' | 'Hans' | 'Cyrl' | 'Arab' | 'Deva' | 'Grek';

export interface CompanyName {
  /** Short trading name in Latin script, e.g. "Sakura Logistics". */
  name: string;
  /** Registered legal name in Latin script, with its legal form, e.g. "Sakura Logistics K.K.". */
  legalName: string;
  /** Registered name in the original script where that is not Latin, e.g. "さくら物流株式会社". */
  nativeName?: string;
  nativeScript: ScriptCode;
}
