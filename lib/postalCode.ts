import type { PostalCodeFormat } from './addressRules';

/** Spaces, hyphens and dashes people type inside a postal code, and the Japanese postal mark 〒. */
const SEPARATORS = /[\s\-‐‑‒–—−〒]/gu;

/**
 * A postal code written the way its country's post writes it ("sw1a1aa" -> "SW1A 1AA",
 * "１００－０００１" -> "100-0001"), or undefined when it does not fit the country's shape: only
 * spacing, case and character width are corrected, never a digit or a letter.
 */
export function normalisePostalCode(sent: string, format: PostalCodeFormat): string | undefined {
  const compact = sent.normalize('NFKC').toUpperCase().replace(SEPARATORS, '');
  if (!format.compact.test(compact)) return undefined;
  if (!format.separator) return compact;
  const { at, text } = format.separator;
  const split = at < 0 ? compact.length + at : at;
  return split > 0 && split < compact.length ? `${compact.slice(0, split)}${text}${compact.slice(split)}` : compact;
}
