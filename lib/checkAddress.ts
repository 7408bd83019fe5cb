import type { Address } from './address';
import { addressRuleOf, type RequiredAddressPart } from './addressRules';
import type { CountryCode } from './countries';
import { normalisePostalCode } from './postalCode';

/**
 * Whether an address holds what its country's rule (lib/addressRules.ts) asks for, the same for
 * every path an address comes in by: a source record's address and a steward's AddressInput.
 */

/** An address as sent: each part trimmed text, or absent; the country already an ISO code. */
export interface AddressSent {
  line1?: string | null;
  line2?: string | null;
  city?: string | null;
  region?: string | null;
  postalCode?: string | null;
  country: CountryCode;
}

export interface AddressFinding {
  part: keyof Address;
  /** Names the part and the country, never the value sent. */
  message: string;
}

export type AddressCheck =
  { address: Address; warnings: AddressFinding[] } | { problems: AddressFinding[]; warnings: AddressFinding[] };

const PART_NAMES: Readonly<Record<RequiredAddressPart | 'city', string>> = {
  line1: 'a street line (line1)',
  city: 'a city',
  postalCode: 'a postal code',
};

const REGION_NAMES = new Intl.DisplayNames(['en'], { type: 'region' });

/** "Japan (JP)": the country as people read it, with the code they send. */
export function countryLabel(country: CountryCode): string {
  return `${REGION_NAMES.of(country) ?? country} (${country})`;
}

/** `path` names the address in messages: "address" for a source record, "billingAddress" for an input. */
export function checkAddress(sent: AddressSent, path: string): AddressCheck {
  const rule = addressRuleOf(sent.country);
  const where = countryLabel(sent.country);
  const problems: AddressFinding[] = [];
  const warnings: AddressFinding[] = [];
  const { city } = sent;
  for (const part of ['city', ...rule.required] as const) {
    if (!sent[part]) problems.push({ part, message: `${path} in ${where} needs ${PART_NAMES[part]}` });
  }
  const format = rule.postalCode;
  let postalCode = sent.postalCode || undefined;
  if (postalCode && typeof format === 'object') {
    postalCode = normalisePostalCode(postalCode, format);
    if (!postalCode)
      problems.push({
        part: 'postalCode',
        message: `${path}.postalCode does not fit ${where}: expected ${format.shape}`,
      });
  } else if (postalCode && format === 'NONE') {
    warnings.push({ part: 'postalCode', message: `${path}.postalCode sent, but ${where} has no postal codes` });
    postalCode = undefined;
  }
  // A missing city is among the problems already; testing it again tells the compiler it is there.
  if (problems.length > 0 || !city) return { problems, warnings };
  return {
    address: {
      ...(sent.line1 ? { line1: sent.line1 } : {}),
      ...(sent.line2 ? { line2: sent.line2 } : {}),
      city,
      ...(sent.region ? { region: sent.region } : {}),
      ...(postalCode ? { postalCode } : {}),
      country: sent.country,
    },
    warnings,
  };
}
