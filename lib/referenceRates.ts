/**
 * Approximate euro values of the currencies Custos sees, for RANKING only (which offender puts more
 * money at stake): never for an amount shown or booked. Roughly the ECB reference rates of late 2026.
 */
const UNITS_PER_EURO: Readonly<Record<string, number>> = {
  EUR: 1,
  USD: 1.08,
  GBP: 0.85,
  CHF: 0.94,
  PLN: 4.3,
  BRL: 6.2,
  INR: 90,
  JPY: 165,
  CNY: 7.8,
  RUB: 100,
  SAR: 4.05,
  AUD: 1.65,
};

/** `minor` units of `currency` in euro-equivalent major units; an unknown currency counts at par. */
export function euroEquivalent(minor: number, currency: string, exponent: number): number {
  return minor / 10 ** exponent / (UNITS_PER_EURO[currency] ?? 1);
}
