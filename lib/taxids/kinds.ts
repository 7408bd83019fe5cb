/** The kinds of tax identifier Custos knows, and which kind a customer's country uses. */
import { EU_MEMBER_STATES } from '../euMemberStates';

export const TAX_ID_KINDS = [
  'EU_VAT',
  'GB_VAT',
  'CH_UID',
  'US_EIN',
  'BR_CNPJ',
  'BR_CPF',
  'IN_GSTIN',
  'JP_CORPORATE_NUMBER',
  'CN_USCC',
  'RU_INN',
  'SA_VAT',
  'AU_ABN',
] as const;
export type TaxIdKind = (typeof TAX_ID_KINDS)[number];

/** The identifier a company in each country is asked for: companies, not people (RU: 10 digits). */
const KIND_BY_COUNTRY: Readonly<Record<string, TaxIdKind>> = {
  ...Object.fromEntries(EU_MEMBER_STATES.map((country) => [country, 'EU_VAT' as const])),
  GB: 'GB_VAT',
  CH: 'CH_UID',
  US: 'US_EIN',
  BR: 'BR_CNPJ',
  IN: 'IN_GSTIN',
  JP: 'JP_CORPORATE_NUMBER',
  CN: 'CN_USCC',
  RU: 'RU_INN',
  SA: 'SA_VAT',
  AU: 'AU_ABN',
};

/** The kind of company tax id Custos validates for `country` (ISO 3166-1 alpha-2); undefined where it knows none. */
export function companyTaxIdKind(country: string): TaxIdKind | undefined {
  return KIND_BY_COUNTRY[country.toUpperCase()];
}

/** The kind of company tax id used in `country`; throws for a country whose kind Custos does not know. */
export function taxIdKindForCountry(country: string): TaxIdKind {
  const kind = companyTaxIdKind(country);
  if (kind === undefined) throw new Error(`no company tax id kind is known for country "${country}"`);
  return kind;
}
