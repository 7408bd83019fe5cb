/**
 * Seeded generators of valid, normalised tax ids for demo data. The numbers are random payloads with
 * correct check digits: well formed, not the ids of real companies (except by coincidence).
 */
import type { Rng } from '../rng';
import {
  abnCheckDigits,
  cnpjCheckDigits,
  cpfCheckDigits,
  dutchElevenTestCheckDigit,
  finnishBusinessIdCheckDigit,
  frenchVatKey,
  gbVatRemainder,
  greekCheckDigit,
  gstinCheckCharacter,
  innLegalCheckDigit,
  iso7064Mod11_10CheckDigit,
  isValidDanishCvr,
  iso7064Mod97_10CheckDigits,
  japaneseCorporateCheckDigit,
  luhnCheckCharacter,
  polishNipCheckDigit,
  spanishCifControl,
  swissUidCheckDigit,
  US_EIN_PREFIXES,
  USCC_ALPHABET,
  usccCheckCharacter,
} from './checksums';
import type { TaxIdKind } from './kinds';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function digits(rng: Rng, count: number): string {
  let out = '';
  for (let i = 0; i < count; i += 1) out += String(rng.int(0, 9));
  return out;
}

/** A number in [min, max] written with `width` digits. */
function padded(rng: Rng, min: number, max: number, width: number): string {
  return String(rng.int(min, max)).padStart(width, '0');
}

function letters(rng: Rng, count: number, alphabet: string = LETTERS): string {
  let out = '';
  for (let i = 0; i < count; i += 1) out += rng.pick([...alphabet]);
  return out;
}

/** Draws payloads until the rule allows a check digit for one (a few payloads have none), then appends it. */
function withCheck(draw: () => string, check: (payload: string) => string | undefined): string {
  for (;;) {
    const payload = draw();
    const digit = check(payload);
    if (digit !== undefined) return payload + digit;
  }
}

/** The last digit that makes a Danish CVR valid, if any (the weights leave some payloads without one). */
function danishCvrCheckDigit(payload7: string): string | undefined {
  return [...'0123456789'].find((digit) => isValidDanishCvr(payload7 + digit));
}

/** EU VAT bodies (without the prefix) of the member states in the demo book and the generated source records. */
const EU_VAT_BODIES: ReadonlyMap<string, (rng: Rng) => string> = new Map([
  ['DE', (rng: Rng) => withCheck(() => padded(rng, 10_000_000, 99_999_999, 8), iso7064Mod11_10CheckDigit)],
  [
    'FR',
    (rng: Rng) => {
      const siren = withCheck(() => padded(rng, 10_000_000, 99_999_999, 8), luhnCheckCharacter);
      return frenchVatKey(siren) + siren;
    },
  ],
  // Company number, the issuing province office (001–100), Luhn digit.
  ['IT', (rng: Rng) => withCheck(() => padded(rng, 1, 9_999_999, 7) + padded(rng, 1, 100, 3), luhnCheckCharacter)],
  [
    'ES',
    (rng: Rng) => {
      // CIF: the company type letter; associations, public bodies and foreign entities use a control letter.
      const type = rng.pick([...'ABCDEFGHJNPQRSUVW']);
      const payload = digits(rng, 7);
      const control = spanishCifControl(payload);
      return type + payload + ('NPQRSW'.includes(type) ? control.letter : control.digit);
    },
  ],
  [
    'NL',
    (rng: Rng) => {
      // Half the old elfproef series, half the MOD 97-10 series issued since 2020.
      if (rng.chance(0.5)) return `${withCheck(() => padded(rng, 1, 99_999_999, 8), dutchElevenTestCheckDigit)}B01`;
      const body = `${padded(rng, 1, 999_999_999, 9)}B`;
      return body + iso7064Mod97_10CheckDigits(`NL${body}`);
    },
  ],
  // The first three digits are the issuing tax office.
  ['PL', (rng: Rng) => withCheck(() => padded(rng, 101_000_000, 999_999_999, 9), polishNipCheckDigit)],
  // Greece (prefix EL): the AFM, eight digits and a check digit.
  ['GR', (rng: Rng) => withCheck(() => digits(rng, 8), greekCheckDigit)],
  // Sweden: the organisation number (limited companies start with 55) with its Luhn digit, then 01.
  ['SE', (rng: Rng) => `${withCheck(() => `55${digits(rng, 7)}`, luhnCheckCharacter)}01`],
  ['DK', (rng: Rng) => withCheck(() => padded(rng, 1_000_000, 9_999_999, 7), danishCvrCheckDigit)],
  ['FI', (rng: Rng) => withCheck(() => padded(rng, 100_000, 3_299_999, 7), finnishBusinessIdCheckDigit)],
]);

/** The VAT prefix of a member state: its country code, except EL for Greece. */
const VAT_PREFIX: Readonly<Record<string, string>> = { GR: 'EL' };

function euVat(rng: Rng, country: string | undefined): string {
  const code = country?.toUpperCase();
  const body = code === undefined ? undefined : EU_VAT_BODIES.get(code);
  if (code === undefined || body === undefined) {
    throw new Error(`EU_VAT ids can be generated for ${[...EU_VAT_BODIES.keys()].join(', ')}; got "${country}"`);
  }
  return (VAT_PREFIX[code] ?? code) + body(rng);
}

const GENERATORS: Readonly<Record<Exclude<TaxIdKind, 'EU_VAT'>, (rng: Rng) => string>> = {
  GB_VAT: (rng) => {
    // The standard series: the last two digits bring the weighted sum to a multiple of 97.
    const payload = padded(rng, 1_000_000, 9_999_999, 7);
    return `GB${payload}${String((97 - gbVatRemainder(`${payload}00`)) % 97).padStart(2, '0')}`;
  },
  CH_UID: (rng) => `CHE${withCheck(() => padded(rng, 10_000_000, 99_999_999, 8), swissUidCheckDigit)}`,
  US_EIN: (rng) => rng.pick(US_EIN_PREFIXES) + digits(rng, 7),
  BR_CNPJ: (rng) => {
    // Company root, then establishment 0001 (head office) or a branch.
    const base = padded(rng, 1, 99_999_999, 8) + (rng.chance(0.8) ? '0001' : padded(rng, 2, 30, 4));
    return base + cnpjCheckDigits(base);
  },
  BR_CPF: (rng) => {
    let base = digits(rng, 9);
    while (/^(\d)\1+$/.test(base)) base = digits(rng, 9);
    return base + cpfCheckDigits(base);
  },
  IN_GSTIN: (rng) => {
    // State code, the PAN of a company (C) or firm (F), entity number, Z, check character.
    const pan = letters(rng, 3) + rng.pick(['C', 'F']) + letters(rng, 1) + padded(rng, 1, 9999, 4) + letters(rng, 1);
    const payload = `${padded(rng, 1, 37, 2)}${pan}${rng.int(1, 9)}Z`;
    return payload + gstinCheckCharacter(payload);
  },
  JP_CORPORATE_NUMBER: (rng) => {
    const base = digits(rng, 12);
    return japaneseCorporateCheckDigit(base) + base;
  },
  CN_USCC: (rng) => {
    // 9 (registered with market regulation) 1 (enterprise), the division code, the organisation code.
    const base = `91${padded(rng, 110_000, 659_999, 6)}${letters(rng, 9, USCC_ALPHABET)}`;
    return base + usccCheckCharacter(base);
  },
  RU_INN: (rng) => {
    // Region code, tax office and serial, check digit.
    const payload = padded(rng, 1, 99, 2) + digits(rng, 7);
    return payload + innLegalCheckDigit(payload);
  },
  SA_VAT: (rng) => `3${digits(rng, 13)}3`,
  AU_ABN: (rng) => {
    const payload = padded(rng, 1, 999_999_999, 9);
    return abnCheckDigits(payload) + payload;
  },
};

/**
 * A valid, normalised `kind` id drawn from `rng` (deterministic for a given rng state). EU_VAT ids
 * carry the member-state prefix of `country` (EL for GR), which must be one of DE, FR, IT, ES, NL, PL, GR, SE, DK, FI.
 */
export function generateTaxId(kind: TaxIdKind, rng: Rng, country?: string): string {
  return kind === 'EU_VAT' ? euVat(rng, country) : GENERATORS[kind](rng);
}
