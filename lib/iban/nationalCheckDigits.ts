/**
 * Check digits that some countries put inside the BBAN, on top of the IBAN's own MOD 97-10. Each
 * rule returns the BBAN with its check characters set, so one function both validates (is the
 * BBAN unchanged?) and completes a generated BBAN. Countries without a rule here pass as they are.
 * Callers have already checked the BBAN against the country's layout.
 */

type Rule = (bban: string) => string;

function mod(value: number, modulus: number): number {
  return ((value % modulus) + modulus) % modulus;
}

/** Belgium: the last two digits are the first ten mod 97, with 97 for 0. */
const belgium: Rule = (bban) =>
  `${bban.slice(0, 10)}${String(mod(Number(bban.slice(0, 10)), 97) || 97).padStart(2, '0')}`;

/** Spain: two "dígitos de control", one over 00 + bank + branch, one over the account number. */
const SPANISH_WEIGHTS = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
function spanishDigit(digits10: string): string {
  const sum = SPANISH_WEIGHTS.reduce((total, weight, i) => total + weight * Number(digits10[i]), 0);
  const digit = 11 - (sum % 11);
  return String(digit === 11 ? 0 : digit === 10 ? 1 : digit);
}
const spain: Rule = (bban) => {
  const bankBranch = bban.slice(0, 8);
  const account = bban.slice(10);
  return `${bankBranch}${spanishDigit(`00${bankBranch}`)}${spanishDigit(account)}${account}`;
};

/** France and Monaco: the RIB key, 97 − (89·bank + 15·branch + 3·account) mod 97, letters read as digits. */
function ribDigits(text: string): string {
  // A, J → 1; B, K, S → 2; ... I, R, Z → 9 (the letters' positions within their group of nine).
  return text.replace(/[A-Z]/g, (letter) => String(((letter.charCodeAt(0) - 65 + (letter >= 'S' ? 1 : 0)) % 9) + 1));
}
const rib: Rule = (bban) => {
  const bank = Number(ribDigits(bban.slice(0, 5)));
  const branch = Number(ribDigits(bban.slice(5, 10)));
  const account = Number(ribDigits(bban.slice(10, 21)));
  const key = 97 - mod(89 * bank + 15 * branch + 3 * account, 97);
  return `${bban.slice(0, 21)}${String(key).padStart(2, '0')}`;
};

/** Italy and San Marino: the CIN letter over bank, branch and account, odd positions through a table. */
const CIN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const cin: Rule = (bban) => {
  const rest = bban.slice(1);
  let sum = 0;
  for (let i = 0; i < rest.length; i += 1) {
    // Digits and letters alike count from 0: '0'..'9' and 'A'..'Z'.
    const value = /\d/.test(rest[i]) ? Number(rest[i]) : rest.charCodeAt(i) - 65;
    sum += i % 2 === 0 ? CIN_ODD[value] : value;
  }
  return `${String.fromCharCode(65 + (sum % 26))}${rest}`;
};

const RULES: Readonly<Record<string, Rule>> = { BE: belgium, ES: spain, FR: rib, MC: rib, IT: cin, SM: cin };

/** The BBAN with its national check characters set (unchanged where the country has no rule here). */
export function withNationalCheckDigits(country: string, bban: string): string {
  return Object.hasOwn(RULES, country) ? RULES[country](bban) : bban;
}
