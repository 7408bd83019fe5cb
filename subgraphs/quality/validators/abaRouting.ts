/**
 * US ABA routing transit numbers: nine digits, XXXXYYYYC, where XXXX is the Federal Reserve routing
 * symbol, YYYY the institution and C a check digit.
 */
import type { InvalidReason } from '../../../lib/taxids/validate';

/**
 * The first two digits are a Federal Reserve district, per the ABA's Key to Routing Numbers (the
 * registrar's publication; summarised in Wikipedia's "ABA routing transit number"): 00 the US
 * government, 01–12 the twelve Federal Reserve Banks, 21–32 the same + 20 (thrift institutions),
 * 61–72 the same + 60 (electronic transaction identifiers), 80 traveller's cheques.
 */
function isFederalReservePrefix(prefix: number): boolean {
  return prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix === 80;
}

/** 3(d1 + d4 + d7) + 7(d2 + d5 + d8) + (d3 + d6 + d9) mod 10; a valid routing number leaves 0. */
function abaChecksum(digits9: string): number {
  const weights = [3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += weights[i % 3] * Number(digits9[i]);
  return sum % 10;
}

/** What is wrong with a routing number whose separators are removed, or null when nothing is. */
export function abaRoutingFault(digits: string): InvalidReason | null {
  if (!/^\d*$/.test(digits))
    return { code: 'FORMAT', message: 'ABA routing numbers have 9 digits; got other characters' };
  if (digits.length !== 9)
    return { code: 'LENGTH', message: `ABA routing numbers have 9 digits; got ${digits.length}` };
  if (!isFederalReservePrefix(Number(digits.slice(0, 2)))) {
    return {
      code: 'FORMAT',
      message: 'ABA routing numbers start with a Federal Reserve prefix: 00 to 12, 21 to 32, 61 to 72 or 80',
    };
  }
  if (abaChecksum(digits) !== 0) {
    return { code: 'CHECK_DIGIT', message: 'ABA routing number: the check digit does not match (weights 3, 7, 1)' };
  }
  return null;
}
