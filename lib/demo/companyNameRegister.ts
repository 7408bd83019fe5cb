import type { Rng } from '../rng';
import { asciiFold } from './asciiSpelling';
import { distinguishedName } from './nameDistinguishers';
import type { CompanyName, CountryCode, ExtraCountryCode } from './types';

/**
 * The names already taken in each country, as a company register keeps them: a new company whose
 * name is taken, or differs from a taken one by a vowel, a doubled letter, a blank or a trailing s
 * ("Meier Bau", "Maier Bau"; "Nord Byg", "Nordbyg"), is registered under a longer name instead.
 * One short key per company, so memory grows by a few dozen bytes a customer.
 */

type RegisteredCountry = CountryCode | ExtraCountryCode;

/** Distinguishing words tried on a taken name before a word is added to the longest of them. */
const TRIES_PER_WORD = 6;

/** The name as near twins share it: ASCII, lower case, no trailing s, blanks, vowels or doubled letters. */
export function nearTwinKey(latinName: string): string {
  return asciiFold(latinName)
    .toLowerCase()
    .replace(/s\b/g, '')
    .replace(/[^a-z0-9]/g, '')
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');
}

export class CompanyNameRegister {
  private readonly taken = new Map<RegisteredCountry, Set<string>>();

  private keysOf(country: RegisteredCountry): Set<string> {
    let keys = this.taken.get(country);
    if (!keys) {
      keys = new Set();
      this.taken.set(country, keys);
    }
    return keys;
  }

  /** Whether a company of this name, or of a near twin of it, is registered in the country. */
  isTaken(country: RegisteredCountry, company: CompanyName): boolean {
    return this.keysOf(country).has(nearTwinKey(company.name));
  }

  /**
   * Registers the company under its name or, when that is taken, under the name with distinguishing
   * words added until it is free; returns the name it got. Each added word makes the name longer, so a
   * free one is always found.
   */
  register(country: RegisteredCountry, company: CompanyName, rng: Rng): CompanyName {
    const keys = this.keysOf(country);
    let base = company;
    let candidate = company;
    while (keys.has(nearTwinKey(candidate.name))) {
      for (let attempt = 0; attempt < TRIES_PER_WORD; attempt += 1) {
        candidate = distinguishedName(country, base, rng);
        if (!keys.has(nearTwinKey(candidate.name))) break;
      }
      base = candidate;
    }
    keys.add(nearTwinKey(candidate.name));
    return candidate;
  }
}
