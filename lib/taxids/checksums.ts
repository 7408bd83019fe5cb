/**
 * Check-digit rules of tax identifiers, one pure function per published algorithm.
 *
 * Terms: a *payload* is the part of a number that a check digit is computed over; a function named
 * `...CheckDigit(s)` returns the check character(s) for a payload, or `undefined` when the rule
 * allows no number with that payload (such payloads are never issued). Callers check the layout
 * (length, which positions are digits) first: these functions assume it.
 */

const DIGITS = '0123456789';

/** Σ weight·digit over the first `weights.length` digits. */
function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i += 1) sum += weights[i] * Number(digits[i]);
  return sum;
}

/** Remainder that is never negative, like Python's `%`. */
function mod(value: number, modulus: number): number {
  return ((value % modulus) + modulus) % modulus;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/** A proleptic Gregorian calendar date check, for the personal codes that embed a birth date. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}

// ---- generic algorithms -------------------------------------------------------------------------

/** Luhn (ISO/IEC 7812-1), generalised to Luhn mod N over `alphabet`; 0 means the value is valid. */
export function luhnChecksum(value: string, alphabet: string = DIGITS): number {
  const n = alphabet.length;
  let sum = 0;
  for (let i = 0; i < value.length; i += 1) {
    const code = alphabet.indexOf(value[value.length - 1 - i]);
    const addend = i % 2 === 0 ? code : code * 2;
    sum += Math.floor(addend / n) + (addend % n);
  }
  return sum % n;
}

/** Luhn mod N check character that makes `payload + character` valid. */
export function luhnCheckCharacter(payload: string, alphabet: string = DIGITS): string {
  return alphabet[mod(-luhnChecksum(payload + alphabet[0], alphabet), alphabet.length)];
}

/** ISO 7064 MOD 11,10 (hybrid system) check digit: German USt-IdNr, Croatian OIB. */
export function iso7064Mod11_10CheckDigit(payload: string): string {
  let product = 10;
  for (const digit of payload) {
    const sum = (Number(digit) + product) % 10 || 10;
    product = (sum * 2) % 11;
  }
  return String((11 - product) % 10);
}

/** ISO 7064 MOD 97-10 remainder with letters as 10–35 (as in IBAN); a valid value leaves 1. */
export function iso7064Mod97_10(value: string): number {
  let remainder = 0;
  for (const char of value) {
    // Folding one character at a time keeps every intermediate value a safe integer.
    const code = Number.parseInt(char, 36);
    remainder = (remainder * (code < 10 ? 10 : 100) + code) % 97;
  }
  return remainder;
}

/** ISO 7064 MOD 97-10 check digits that make `payload + digits` leave 1 (newer Dutch btw-id). */
export function iso7064Mod97_10CheckDigits(payload: string): string {
  return pad2(98 - iso7064Mod97_10(`${payload}00`));
}

// ---- EU member states (VIES formats) ------------------------------------------------------------

/** Austria UID (U + 8 digits): Luhn-style sum of digits 2–8 plus 4, check = 10 − sum mod 10. */
export function austrianUidCheckDigit(payload7: string): string {
  return String(mod(6 - luhnChecksum(payload7), 10));
}

/** Belgium enterprise number: the last two digits are 97 − (first eight mod 97). */
export function belgianCheckDigits(payload8: string): string {
  return pad2(97 - (Number(payload8) % 97));
}

/** Bulgaria, 9-digit legal entity (BULSTAT): weights 1–8, or 3–10 when the remainder is 10. */
export function bulgarianLegalCheckDigit(payload8: string): string {
  let check = weightedSum(payload8, [1, 2, 3, 4, 5, 6, 7, 8]) % 11;
  if (check === 10) check = weightedSum(payload8, [3, 4, 5, 6, 7, 8, 9, 10]) % 11;
  return String(check % 10);
}

/** Bulgaria EGN (personal number): weights 2,4,8,5,10,9,7,3,6 mod 11 mod 10. */
export function bulgarianEgnCheckDigit(payload9: string): string {
  return String((weightedSum(payload9, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11) % 10);
}

/** Bulgaria LNCh/PNF (foreigner's number): weights 21,19,17,13,11,9,7,3,1 mod 10. */
export function bulgarianForeignerCheckDigit(payload9: string): string {
  return String(weightedSum(payload9, [21, 19, 17, 13, 11, 9, 7, 3, 1]) % 10);
}

/** Bulgaria, 10-digit numbers of other taxpayers: 11 − (weights 4,3,2,7,6,5,4,3,2 mod 11). */
export function bulgarianOtherCheckDigit(payload9: string): string | undefined {
  const check = mod(11 - weightedSum(payload9, [4, 3, 2, 7, 6, 5, 4, 3, 2]), 11);
  return check === 10 ? undefined : String(check);
}

/** Cyprus: even positions recoded (0→1, 1→0, 2→5 … 9→21), odd ones as is, sum mod 26 as a letter. */
export function cypriotCheckLetter(payload8: string): string {
  const recoded = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += i % 2 === 0 ? recoded[Number(payload8[i])] : Number(payload8[i]);
  return String.fromCharCode(65 + (sum % 26));
}

/** Czechia, 8-digit legal entity DIČ: 11 − (weights 8…2 mod 11), with 10 → 0 and 11 → 1. */
export function czechLegalCheckDigit(payload7: string): string {
  const check = mod(11 - weightedSum(payload7, [8, 7, 6, 5, 4, 3, 2]), 11);
  return String((check || 1) % 10);
}

/** Czechia, 9-digit "special" DIČ starting with 6: weights 8…2 over digits 2–8, recoded per MF. */
export function czechSpecialCheckDigit(payload7: string): string {
  const remainder = weightedSum(payload7, [8, 7, 6, 5, 4, 3, 2]) % 11;
  return String(mod(8 - mod(10 - remainder, 11), 10));
}

/** Czech/Slovak birth number (rodné číslo): a real birth date and, for 10 digits, divisible by 11. */
export function isValidBirthNumber(digits: string): boolean {
  let year = 1900 + Number(digits.slice(0, 2));
  // Women have 50 added to the month; 20 is added when a day's serials run out (since 2004).
  const month = (Number(digits.slice(2, 4)) % 50) % 20;
  const day = Number(digits.slice(4, 6));
  if (digits.length === 9) {
    // Nine-digit numbers were issued until the end of 1953 only.
    if (year >= 1980) year -= 100;
    if (year > 1953) return false;
  } else if (year < 1954) {
    year += 100;
  }
  if (!isCalendarDate(year, month, day)) return false;
  if (digits.length === 9) return true;
  const check = Number(digits.slice(0, 9)) % 11;
  // Before 1985 a remainder of 10 was written as 0.
  return String(year < 1985 ? check % 10 : check) === digits[9];
}

/** Denmark CVR: weights 2,7,6,5,4,3,2,1, the sum divisible by 11. */
export function isValidDanishCvr(digits8: string): boolean {
  return weightedSum(digits8, [2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0;
}

/** Estonia KMKR: weights 3,7,1 repeated, the sum divisible by 10. */
export function isValidEstonianKmkr(digits9: string): boolean {
  return weightedSum(digits9, [3, 7, 1, 3, 7, 1, 3, 7, 1]) % 10 === 0;
}

/** Finland Y-tunnus: weights 7,9,10,5,8,4,2; check = 11 − remainder, remainder 1 is never issued. */
export function finnishBusinessIdCheckDigit(payload7: string): string | undefined {
  const check = mod(-weightedSum(payload7, [7, 9, 10, 5, 8, 4, 2]), 11);
  return check === 10 ? undefined : String(check);
}

/** France TVA key (numeric form): (12 + 3 × (SIREN mod 97)) mod 97. */
export function frenchVatKey(siren: string): string {
  return pad2((Number(siren) * 100 + 12) % 97);
}

/** France TVA key (alphanumeric "new style" form, letters without I and O). */
export function isValidFrenchAlphanumericKey(key: string, siren: string): boolean {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  const first = alphabet.indexOf(key[0]);
  const second = alphabet.indexOf(key[1]);
  const check = first < 10 ? first * 24 + second - 10 : first * 34 + second - 100;
  return (Number(siren) + 1 + Math.floor(check / 11)) % 11 === check % 11;
}

/** Greece AFM: digits weighted by powers of two (256…2), mod 11 mod 10. */
export function greekCheckDigit(payload8: string): string {
  return String((weightedSum(payload8, [256, 128, 64, 32, 16, 8, 4, 2]) % 11) % 10);
}

/** Hungary ANUM: weights 9,7,3,1,9,7,3; check = 10 − sum mod 10. */
export function hungarianCheckDigit(payload7: string): string {
  return String(mod(-weightedSum(payload7, [9, 7, 3, 1, 9, 7, 3]), 10));
}

/** Ireland: weights 8…2 (+ 9 × the second letter, W = 0, A = 1 …) mod 23 as a letter, W = 0. */
export function irishCheckLetter(payload7: string, secondLetter = ''): string {
  const alphabet = 'WABCDEFGHIJKLMNOPQRSTUV';
  const extra = secondLetter === '' ? 0 : 9 * alphabet.indexOf(secondLetter);
  return alphabet[(weightedSum(payload7, [8, 7, 6, 5, 4, 3, 2]) + extra) % 23];
}

/** Lithuania PVM: weights 1…9,1,2 mod 11; when that gives 10, weights 3…9,1…4 instead. */
export function lithuanianCheckDigit(payload: string): string {
  const weights = (shift: number): number[] => Array.from(payload, (_, i) => 1 + ((i + shift) % 9));
  let check = weightedSum(payload, weights(0)) % 11;
  if (check === 10) check = weightedSum(payload, weights(2)) % 11;
  return String(check % 10);
}

/** Luxembourg: the last two digits are the first six mod 89. */
export function luxembourgCheckDigits(payload6: string): string {
  return pad2(Number(payload6) % 89);
}

/** Latvia, legal entity PVN: weights 9,1,4,8,3,10,2,5,7,6,1 with a sum ≡ 3 (mod 11). */
export function isValidLatvianLegalPvn(digits11: string): boolean {
  return weightedSum(digits11, [9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1]) % 11 === 3;
}

/** Latvia personal code: (1 + weights 10,5,8,4,2,1,6,3,7,9) mod 11 mod 10. */
export function latvianPersonalCheckDigit(payload10: string): string {
  return String(((1 + weightedSum(payload10, [10, 5, 8, 4, 2, 1, 6, 3, 7, 9])) % 11) % 10);
}

/** Malta: the last two digits are 37 − (weights 3,4,6,7,8,9 mod 37). */
export function malteseCheckDigits(payload6: string): string {
  return pad2(37 - (weightedSum(payload6, [3, 4, 6, 7, 8, 9]) % 37));
}

/** Netherlands BSN-style "elfproef": weights 9…2 mod 11 is the ninth digit (10 is never issued). */
export function dutchElevenTestCheckDigit(payload8: string): string | undefined {
  const check = weightedSum(payload8, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
  return check === 10 ? undefined : String(check);
}

/** Poland NIP: weights 6,5,7,2,3,4,5,6,7 mod 11 (10 is never issued). */
export function polishNipCheckDigit(payload9: string): string | undefined {
  const check = weightedSum(payload9, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11;
  return check === 10 ? undefined : String(check);
}

/** Portugal NIF: 11 − (weights 9…2 mod 11), 10 and 11 written as 0. */
export function portugueseCheckDigit(payload8: string): string {
  return String(mod(11 - weightedSum(payload8, [9, 8, 7, 6, 5, 4, 3, 2]), 11) % 10);
}

/** Romania CUI/CIF: payload left-padded to 9, weights 7,5,3,2,1,7,5,3,2, × 10 mod 11 mod 10. */
export function romanianCuiCheckDigit(payload: string): string {
  return String(((10 * weightedSum(payload.padStart(9, '0'), [7, 5, 3, 2, 1, 7, 5, 3, 2])) % 11) % 10);
}

/** Romania CNP (personal number): weights 2,7,9,1,4,6,3,5,8,2,7,9 mod 11, 10 written as 1. */
export function romanianCnpCheckDigit(payload12: string): string {
  const check = weightedSum(payload12, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
  return check === 10 ? '1' : String(check);
}

/** Slovenia DDV: 11 − (weights 8…2 mod 11), 10 written as 0, 11 never issued. */
export function slovenianCheckDigit(payload7: string): string | undefined {
  const check = 11 - (weightedSum(payload7, [8, 7, 6, 5, 4, 3, 2]) % 11);
  if (check === 11) return undefined;
  return check === 10 ? '0' : String(check);
}

/** Slovakia IČ DPH: no leading 0, third digit 2,3,4,7,8 or 9, and the number divisible by 11. */
export function isValidSlovakDph(digits10: string): boolean {
  return digits10[0] !== '0' && '234789'.includes(digits10[2]) && Number(digits10) % 11 === 0;
}

/** Spain DNI/NIE letter: the number mod 23 mapped through TRWAGMYFPDXBNJZSQVHLCKE. */
export function spanishDniLetter(digits: string): string {
  return 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(digits) % 23];
}

/** Spain CIF control (letter + 7 digits + control): Luhn over the 7 digits, as a digit or J,A…I. */
export function spanishCifControl(payload7: string): { digit: string; letter: string } {
  const digit = luhnCheckCharacter(payload7);
  return { digit, letter: 'JABCDEFGHI'[Number(digit)] };
}

// ---- other countries ----------------------------------------------------------------------------

/** Australia ABN: ATO rule (first digit − 1, weights 10,1,3,5,…,19, total divisible by 89). */
export function abnCheckDigits(payload9: string): string {
  // Solving the ATO rule for the leading pair; issued ABNs use the pair in 11–99.
  const total = weightedSum(payload9, [3, 5, 7, 9, 11, 13, 15, 17, 19]);
  return String(11 + mod(-total - 1, 89));
}

/** Brazil CNPJ: two mod-11 digits, weights 2–9 from the right; characters count as ASCII − 48. */
export function cnpjCheckDigits(base12: string): string {
  const digit = (payload: string): number => {
    let sum = 0;
    for (let i = 0; i < payload.length; i += 1) {
      // Right to left the weights run 2,3,…,9,2,3,…; A = 17, B = 18 … keeps digits as they were.
      sum += (payload.charCodeAt(payload.length - 1 - i) - 48) * (2 + (i % 8));
    }
    const remainder = sum % 11;
    return remainder < 2 ? 0 : 11 - remainder;
  };
  const first = digit(base12);
  return `${first}${digit(base12 + first)}`;
}

/** Brazil CPF: two mod-11 digits with weights 10…2 and 11…2. */
export function cpfCheckDigits(base9: string): string {
  const digit = (payload: string): number => {
    const remainder =
      weightedSum(
        payload,
        Array.from(payload, (_, i) => payload.length + 1 - i),
      ) % 11;
    return remainder < 2 ? 0 : 11 - remainder;
  };
  const first = digit(base9);
  return `${first}${digit(base9 + first)}`;
}

/** Switzerland UID (CHE): weights 5,4,3,2,7,6,5,4; 11 − sum mod 11, 10 never issued. */
export function swissUidCheckDigit(payload8: string): string | undefined {
  const check = mod(11 - weightedSum(payload8, [5, 4, 3, 2, 7, 6, 5, 4]), 11);
  return check === 10 ? undefined : String(check);
}

/** The 31 characters of a unified social credit code: digits and capitals without I, O, S, V, Z. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** China USCC (GB 32100-2015): weights 3^i mod 31, check = 31 − sum mod 31 over the code alphabet. */
export function usccCheckCharacter(base17: string): string {
  let sum = 0;
  let weight = 1;
  for (const char of base17) {
    sum += USCC_ALPHABET.indexOf(char) * weight;
    weight = (weight * 3) % 31;
  }
  return USCC_ALPHABET[mod(-sum, 31)];
}

/** United Kingdom VAT: weights 8…2,10,1 mod 97; 0 (old series) or 42/55 (9755 series, since 2010). */
export function gbVatRemainder(digits9: string): number {
  return weightedSum(digits9, [8, 7, 6, 5, 4, 3, 2, 10, 1]) % 97;
}

/** India GSTIN: Luhn mod 36 over the first 14 characters (0–9, A–Z). */
export function gstinCheckCharacter(payload14: string): string {
  return luhnCheckCharacter(payload14, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ');
}

/** Japan corporate number: the leading digit is 9 − (weights 1,2,1,2… from the right, mod 9). */
export function japaneseCorporateCheckDigit(base12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += Number(base12[11 - i]) * (i % 2 === 0 ? 1 : 2);
  return String(9 - (sum % 9));
}

/** Russia INN, 10-digit legal entity: weights 2,4,10,3,5,9,4,6,8 mod 11 mod 10. */
export function innLegalCheckDigit(payload9: string): string {
  return String((weightedSum(payload9, [2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10);
}

/** Russia INN, 12-digit individual: two digits, weights 7,2,4,10,3,5,9,4,6,8 then 3,7,2,…,8. */
export function innPersonalCheckDigits(payload10: string): string {
  const first = String((weightedSum(payload10, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10);
  const second = String((weightedSum(payload10 + first, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10);
  return first + second;
}

/** Saudi Arabia VAT (ZATCA): 15 digits, first and last 3; no published check digit. */
export function isSaudiVatLayout(digits: string): boolean {
  return /^3\d{13}3$/.test(digits);
}

/** United States EIN prefixes the IRS assigns (campus and internet codes); EINs have no check digit. */
export const US_EIN_PREFIXES: readonly string[] = [
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
  '10',
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '20',
  '21',
  '22',
  '23',
  '24',
  '25',
  '26',
  '27',
  '30',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '38',
  '39',
  '40',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '47',
  '48',
  '50',
  '51',
  '52',
  '53',
  '54',
  '55',
  '56',
  '57',
  '58',
  '59',
  '60',
  '61',
  '62',
  '63',
  '64',
  '65',
  '66',
  '67',
  '68',
  '71',
  '72',
  '73',
  '74',
  '75',
  '76',
  '77',
  '80',
  '81',
  '82',
  '83',
  '84',
  '85',
  '86',
  '87',
  '88',
  '90',
  '91',
  '92',
  '93',
  '94',
  '95',
  '98',
  '99',
];
