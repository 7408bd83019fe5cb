import fs from 'node:fs';
import path from 'node:path';
import { createRng } from '../../../../lib/rng';
import { iso7064Mod97_10 } from '../../../../lib/taxids/checksums';
import {
  InvalidIbanError,
  bbanLayout,
  ibanCheckDigits,
  ibanLength,
  isValidIban,
  normaliseIban,
  parseIban,
} from '../../../../lib/iban/iban';
import { withNationalCheckDigits } from '../../../../lib/iban/nationalCheckDigits';
import { generateIban } from '../../../../lib/demo/instruments';

/** What parseIban said about `input`, or undefined when it accepted it. */
function refusal(input: string): string | undefined {
  try {
    parseIban(input);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidIbanError);
    return (error as Error).message;
  }
}

describe('IBAN validation', () => {
  it('accepts IBANs however they are grouped and cased, and returns them normalised', () => {
    expect(parseIban('DE89 3704 0044 0532 0130 00')).toBe('DE89370400440532013000');
    expect(parseIban('de89-3704-0044-0532-0130-00')).toBe('DE89370400440532013000');
    expect(parseIban('NL91.ABNA.0417.1643.00')).toBe('NL91ABNA0417164300');
    expect(normaliseIban(' gb29 nwbk 6016 1331 9268 19 ')).toBe('GB29NWBK60161331926819');
  });

  it('knows the length of an IBAN in each demo country', () => {
    const lengths = Object.fromEntries(
      ['DE', 'FR', 'IT', 'ES', 'NL', 'PL', 'BR', 'SA'].map((country) => [country, ibanLength(country)]),
    );
    expect(lengths).toEqual({ DE: 22, FR: 27, IT: 27, ES: 24, NL: 18, PL: 28, BR: 29, SA: 24 });
    expect(ibanLength('US')).toBeUndefined();
    // Object.prototype is not a country.
    expect(bbanLayout('constructor')).toBeUndefined();
  });

  it('computes the check digits of a known IBAN', () => {
    expect(ibanCheckDigits('DE', '370400440532013000')).toBe('89');
    expect(ibanCheckDigits('GB', 'NWBK60161331926819')).toBe('29');
  });

  it('refuses each kind of mistake with its own reason', () => {
    expect(refusal('DE89 3704 0044 0532 0130 01')).toMatch(/check digits do not match/);
    expect(refusal('DE89 3704 0044 0532 0130 0')).toMatch(/of DE has 22 characters/);
    expect(refusal('US12 3456 7890 1234')).toMatch(/country that uses IBANs/);
    expect(refusal('DEXX370400440532013000')).toMatch(/check digits 02 to 98/);
    expect(refusal('NL91 ABNA 0417 1643 0A')).toMatch(/layout of an IBAN of NL/);
    expect(refusal('DE89_3704_0044_0532_0130_00')).toMatch(/only letters and digits/);
    expect(refusal('')).toMatch(/country that uses IBANs/);
    expect(refusal('D'.repeat(65))).toMatch(/at most 34/);
  });

  it('refuses the check digits that alias valid ones (00 ≡ 97, 01 ≡ 98, 99 ≡ 02)', () => {
    // For each pair, an account whose true check digits are the valid twin: the alias passes MOD 97 alone.
    const candidates = Array.from({ length: 1000 }, (_, n) => `NWBK601613319${String(n).padStart(5, '0')}`);
    for (const [alias, twin] of [
      ['00', '97'],
      ['01', '98'],
      ['99', '02'],
    ]) {
      const bban = candidates.find((candidate) => ibanCheckDigits('GB', candidate) === twin)!;
      expect(isValidIban(`GB${twin}${bban}`)).toBe(true);
      expect(iso7064Mod97_10(`${bban}GB${alias}`)).toBe(1);
      expect(refusal(`GB${alias}${bban}`)).toMatch(/02 to 98/);
    }
  });

  it('checks the national check digits of Belgium, Spain, France and Italy', () => {
    expect(refusal('BE54310100270000')).toMatch(/national check digits of BE/);
    expect(refusal('ES2121000418450200051331')).toMatch(/national check digits of ES/);
    expect(isValidIban('FR14 2004 1010 0505 0001 3M02 606')).toBe(true);
    expect(isValidIban('IT60 X054 2811 1010 0000 0123 456')).toBe(true);
    const frBban = '20041010050500013M02607';
    expect(withNationalCheckDigits('FR', frBban)).toBe('20041010050500013M02606');
    expect(withNationalCheckDigits('DE', '370400440532013000')).toBe('370400440532013000');
  });

  it('never repeats what it was given', () => {
    const inputs = [
      'DE89 3704 0044 0532 0130 01',
      'DE89370400440532013001',
      'NL91ABNA041716430A',
      'XX00123456789012345',
      'BE54310100270000',
    ];
    for (const input of inputs) {
      const message = refusal(input) ?? '';
      expect(message).not.toContain(input);
      expect(message).not.toContain(normaliseIban(input));
      expect(message).not.toMatch(/\d{6}/);
    }
  });

  it('generates valid IBANs for every layout it knows, from the demo banks or from no bank at all', () => {
    const rng = createRng(7);
    const countries = [
      'AD',
      'AL',
      'BR',
      'CH',
      'DE',
      'ES',
      'FR',
      'GB',
      'IT',
      'KZ',
      'MC',
      'MT',
      'MU',
      'NL',
      'PL',
      'SA',
      'SC',
      'SM',
      'TR',
      'BE',
    ];
    for (const country of countries) {
      for (let n = 0; n < 50; n += 1) {
        const iban = generateIban(country, { code: '', bic: 'TESTXXXX' }, rng);
        expect([country, iban, isValidIban(iban)]).toEqual([country, iban, true]);
      }
    }
    expect(() => generateIban('US', { code: '', bic: 'TESTXXXX' }, rng)).toThrow(/US does not use IBANs/);
  });

  it('ends the account number with a serial, so customers whose generators repeat still get different IBANs', () => {
    const banks: [string, string][] = [
      ['DE', '37040044'],
      ['FR', '30004'],
      ['IT', '03069'],
      ['ES', '2100'],
      ['NL', 'ABNA'],
      ['PL', '10201026'],
      ['BR', '00000000'],
      ['SA', '80'],
    ];
    for (const [country, code] of banks) {
      const ibans = new Set<string>();
      for (let n = 1; n <= 300; n += 1) {
        // The same seed every time: only the serial tells them apart.
        const iban = generateIban(country, { code, bic: 'TESTXXXX' }, createRng(7), String(n).padStart(7, '0'));
        expect([country, iban, isValidIban(iban)]).toEqual([country, iban, true]);
        ibans.add(iban);
      }
      expect([country, ibans.size]).toEqual([country, 300]);
    }
  });
});

// ---- agreement with the shared reference file -----------------------------------------------------

const REFERENCE = path.resolve(__dirname, '../../../../../shared/reference/tax-ids.csv');
const present = fs.existsSync(REFERENCE);
const maybe = present ? describe : describe.skip;

/** The `iban` rows; none of them holds a quoted field or a comma, so a line split is enough. */
function referenceIbans(): { number: string; valid: boolean }[] {
  return fs
    .readFileSync(REFERENCE, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.startsWith('iban,'))
    .map((line) => {
      const [, number, valid] = line.split(',');
      return { number, valid: valid === 'true' };
    });
}

maybe(
  present
    ? 'reference IBANs (../shared/reference/tax-ids.csv)'
    : 'reference IBANs (skipped: ../shared/reference absent)',
  () => {
    it('agrees with every iban row, valid and invalid', () => {
      const rows = referenceIbans();
      expect(rows.length).toBeGreaterThan(100);
      expect(rows.some((row) => !row.valid)).toBe(true);
      expect(rows.filter((row) => isValidIban(row.number) !== row.valid)).toEqual([]);
    });
  },
);
