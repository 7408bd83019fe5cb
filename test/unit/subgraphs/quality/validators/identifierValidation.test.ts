import { cnpjCheckDigits } from '../../../../../lib/taxids/checksums';
import { TAX_ID_KINDS } from '../../../../../lib/taxids/kinds';
import { checkTaxId, isValidTaxId, type InvalidReasonCode } from '../../../../../lib/taxids/validate';
import {
  IDENTIFIER_KINDS,
  validateIdentifier,
  type IdentifierKind,
} from '../../../../../subgraphs/quality/validators/validateIdentifier';
import { readTaxIdReference, REFERENCE_KINDS } from '../../../../support/referenceTaxIds';

type Case = [kind: IdentifierKind, value: string, code: InvalidReasonCode];

describe('validateIdentifier', () => {
  it('knows every tax id kind and IBAN, ABA routing and DUNS numbers', () => {
    expect(IDENTIFIER_KINDS).toEqual([...TAX_ID_KINDS, 'IBAN', 'US_ABA_ROUTING', 'DUNS']);
  });

  it.each<[IdentifierKind, string]>([
    ['EU_VAT', 'DE136695976'],
    ['EU_VAT', 'EL123456783'],
    ['EU_VAT', 'XI980780684'],
    ['EU_VAT', 'XIGD001'],
    ['GB_VAT', 'GB980780684'],
    ['GB_VAT', '980780684'],
    ['CH_UID', 'CHE100155212MWST'],
    ['BR_CNPJ', '11222333000181'],
    ['BR_CNPJ', 'CRZQ110956UK77'],
    ['BR_CNPJ', `AB1CD2EF0001${cnpjCheckDigits('AB1CD2EF0001')}`],
    ['BR_CPF', '52998224725'],
    ['IN_GSTIN', '27AAPFU0939F1ZV'],
    ['JP_CORPORATE_NUMBER', '7000012050002'],
    ['CN_USCC', '91110000600037341L'],
    ['RU_INN', '7707083893'],
    ['SA_VAT', '300000000000003'],
    ['AU_ABN', '51824753556'],
    ['US_EIN', '123456789'],
    ['IBAN', 'DE89370400440532013000'],
    ['IBAN', 'GB82WEST12345698765432'],
    ['US_ABA_ROUTING', '011000015'],
    ['US_ABA_ROUTING', '021000021'],
    ['US_ABA_ROUTING', '026009593'],
    ['DUNS', '150483782'],
  ])('%s %s is valid and already normalised', (kind, value) => {
    expect(validateIdentifier(kind, value)).toEqual({ valid: true, normalized: value, reason: null });
  });

  describe('says why a value is invalid', () => {
    const cases: Case[] = [
      // EU VAT
      ['EU_VAT', 'US123', 'UNKNOWN_PREFIX'],
      ['EU_VAT', 'XX123456789', 'UNKNOWN_PREFIX'],
      ['EU_VAT', '136695976', 'UNKNOWN_PREFIX'],
      ['EU_VAT', 'GR123456783', 'UNKNOWN_PREFIX'], // Greece is EL in VAT numbers
      ['EU_VAT', 'DE 1366 9597', 'LENGTH'],
      ['EU_VAT', 'DE13669597A', 'FORMAT'],
      ['EU_VAT', 'DE036695976', 'FORMAT'],
      ['EU_VAT', 'BE 0220,764.971', 'FORMAT'],
      ['EU_VAT', 'DE136695977', 'CHECK_DIGIT'],
      ['EU_VAT', 'EL 1234 567 830', 'LENGTH'],
      ['EU_VAT', 'EL12345678X', 'FORMAT'],
      ['EU_VAT', 'EL123456784', 'CHECK_DIGIT'],
      ['EU_VAT', 'XI98078068', 'LENGTH'],
      ['EU_VAT', 'XI98078068X', 'FORMAT'],
      ['EU_VAT', 'XI980780685', 'CHECK_DIGIT'],
      // GB
      ['GB_VAT', 'GB98078068', 'LENGTH'],
      ['GB_VAT', 'GB98078068X', 'FORMAT'],
      ['GB_VAT', 'GBHA001', 'FORMAT'], // health authorities are HA500 to HA999
      ['GB_VAT', 'GB980780685', 'CHECK_DIGIT'],
      // CH
      ['CH_UID', 'CHE-100.155.21', 'LENGTH'],
      ['CH_UID', 'CHE-107.787.577 ZZZ', 'FORMAT'],
      ['CH_UID', 'CHE-100.155.213', 'CHECK_DIGIT'],
      // BR CNPJ, numeric and alphanumeric
      ['BR_CNPJ', '11.222.333/0001-8', 'LENGTH'],
      ['BR_CNPJ', '11.222.333/0001-8A', 'FORMAT'],
      ['BR_CNPJ', '00.000.000/0000-00', 'FORMAT'],
      ['BR_CNPJ', '11.222.333/0001-82', 'CHECK_DIGIT'],
      ['BR_CNPJ', 'CR.ZQ1.109/56UK-7', 'LENGTH'],
      ['BR_CNPJ', 'CR.ZQ1.109/56UK-7A', 'FORMAT'], // the check digits stay numeric
      ['BR_CNPJ', 'CR.ZQ1.109/56UK-78', 'CHECK_DIGIT'],
      // BR CPF
      ['BR_CPF', '529.982.247-2', 'LENGTH'],
      ['BR_CPF', '529.982.247-2X', 'FORMAT'],
      ['BR_CPF', '111.111.111-11', 'FORMAT'],
      ['BR_CPF', '529.982.247-26', 'CHECK_DIGIT'],
      // IN GSTIN
      ['IN_GSTIN', '27AAPFU0939F1Z', 'LENGTH'],
      ['IN_GSTIN', '99AAPFU0939F1ZV', 'FORMAT'], // no state 99
      ['IN_GSTIN', '27AAPFU0939F1ZW', 'CHECK_DIGIT'],
      // JP corporate number
      ['JP_CORPORATE_NUMBER', '700001205000', 'LENGTH'],
      ['JP_CORPORATE_NUMBER', '700001205000A', 'FORMAT'],
      ['JP_CORPORATE_NUMBER', '8000012050002', 'CHECK_DIGIT'],
      // AU ABN
      ['AU_ABN', '51 824 753 55', 'LENGTH'],
      ['AU_ABN', '51 824 753 55X', 'FORMAT'],
      ['AU_ABN', '52 824 753 556', 'CHECK_DIGIT'],
      // US EIN: no check digit
      ['US_EIN', '12-345678', 'LENGTH'],
      ['US_EIN', '123-45-6789', 'FORMAT'], // laid out as a social security number
      ['US_EIN', '07-1234567', 'FORMAT'], // 07 is not an assigned prefix
      ['US_EIN', '12-34567A9', 'FORMAT'],
      // the other tax ids
      ['CN_USCC', '91110000600037341', 'LENGTH'],
      ['CN_USCC', '9111000060003734IL', 'FORMAT'], // no I in the code alphabet
      ['CN_USCC', '91110000600037341M', 'CHECK_DIGIT'],
      ['RU_INN', '77070838930', 'LENGTH'],
      ['RU_INN', '7707083894', 'CHECK_DIGIT'],
      ['SA_VAT', '300000000000001', 'FORMAT'],
      // IBAN
      ['IBAN', 'DE89 3704 0044 0532 0130 0', 'LENGTH'],
      ['IBAN', 'GB82 WEST 1234 5698 7654 3', 'LENGTH'],
      ['IBAN', 'DE88 3704 0044 0532 0130 00', 'CHECK_DIGIT'],
      ['IBAN', 'DE99 3704 0044 0532 0130 00', 'CHECK_DIGIT'],
      ['IBAN', 'ES21 2100 0418 4502 0005 1331', 'CHECK_DIGIT'], // the Spanish dígitos de control
      ['IBAN', 'XX89 3704 0044 0532 0130 00', 'UNKNOWN_PREFIX'],
      ['IBAN', 'QQ93 1234 5678', 'UNKNOWN_PREFIX'],
      ['IBAN', 'DE89 3704 0044 0532 0130 0A', 'FORMAT'],
      ['IBAN', 'DEAB 3704 0044 0532 0130 00', 'FORMAT'],
      ['IBAN', 'DE89!3704', 'FORMAT'],
      // ABA routing numbers
      ['US_ABA_ROUTING', '02100002', 'LENGTH'],
      ['US_ABA_ROUTING', '0210000210', 'LENGTH'],
      ['US_ABA_ROUTING', '02100002A', 'FORMAT'],
      ['US_ABA_ROUTING', '131000028', 'FORMAT'], // 13 is no Federal Reserve prefix, though the checksum holds
      ['US_ABA_ROUTING', '021000022', 'CHECK_DIGIT'],
      ['US_ABA_ROUTING', '026009539', 'CHECK_DIGIT'],
      // DUNS
      ['DUNS', '15048378', 'LENGTH'],
      ['DUNS', '15048378A', 'FORMAT'],
      ['DUNS', '15.048.3782', 'FORMAT'], // only spaces and dashes separate groups
    ];

    it.each(cases)('%s %j: %s', (kind, value, code) => {
      const result = validateIdentifier(kind, value);
      expect(result.valid).toBe(false);
      expect(result.reason?.code).toBe(code);
      expect(result.reason?.message).toMatch(/\w{3}/);
    });

    it('names the kind and what is expected', () => {
      expect(validateIdentifier('EU_VAT', 'DE 1366 9597').reason?.message).toBe(
        'DE VAT numbers have 9 digits after DE, the first not 0; got 8',
      );
      expect(validateIdentifier('EU_VAT', 'EL12345678X').reason?.message).toMatch(
        /^EL VAT numbers have 9 digits after EL/,
      );
      expect(validateIdentifier('IBAN', 'DE89 3704 0044 0532 0130 0').reason?.message).toBe(
        'IBANs of DE have 22 characters; got 21',
      );
      expect(validateIdentifier('US_ABA_ROUTING', '02100002').reason?.message).toBe(
        'ABA routing numbers have 9 digits; got 8',
      );
      expect(validateIdentifier('US_EIN', '123-45-6789').reason?.message).toMatch(/NN-NNNNNNN/);
    });

    it('never repeats an IBAN, or its account number, in a message', () => {
      for (const [kind, value] of cases.filter(([kind]) => kind === 'IBAN')) {
        const message = validateIdentifier(kind, value).reason?.message ?? '';
        expect(message).not.toContain(value.replace(/\s/g, '').slice(4, 10));
      }
    });
  });

  it.each<[IdentifierKind, string, string]>([
    ['EU_VAT', ' de 136.695-976 ', 'DE136695976'],
    ['EU_VAT', 'el: 094 259 216', 'EL094259216'],
    ['EU_VAT', 'xi 980 7806 84', 'XI980780684'],
    ['CH_UID', 'che-100.155.212 mwst', 'CHE100155212MWST'],
    ['BR_CNPJ', 'cr.zq1.109/56uk-77', 'CRZQ110956UK77'],
    ['BR_CPF', '529.982.247-25', '52998224725'],
    ['IN_GSTIN', '27aapfu0939f1zv', '27AAPFU0939F1ZV'],
    ['JP_CORPORATE_NUMBER', '７０００－０１－２０５０００２', '7000012050002'],
    ['EU_VAT', 'ＤＥ１３６６９５９７６', 'DE136695976'],
    ['AU_ABN', '51 824 753 556', '51824753556'],
    ['US_EIN', '12-3456789', '123456789'],
    ['IBAN', 'gb82-west.1234 5698 7654 32', 'GB82WEST12345698765432'],
    ['US_ABA_ROUTING', '0210-0002 1', '021000021'],
    ['DUNS', '15-048-3782', '150483782'],
  ])('%s %j normalises to %s', (kind, value, normalized) => {
    expect(validateIdentifier(kind, value)).toEqual({ valid: true, normalized, reason: null });
  });

  it('keeps the compact form of an invalid value, and has none for a value that cannot be parsed', () => {
    expect(validateIdentifier('EU_VAT', 'de 136.695-977').normalized).toBe('DE136695977');
    expect(validateIdentifier('IBAN', 'de88 3704 0044 0532 0130 00').normalized).toBe('DE88370400440532013000');
    expect(validateIdentifier('EU_VAT', 'BE 0220,764.971').normalized).toBeNull();
    expect(validateIdentifier('IBAN', 'DE89!3704').normalized).toBeNull();
    expect(validateIdentifier('DUNS', '15048378A').normalized).toBeNull();
    expect(validateIdentifier('US_ABA_ROUTING', ' - ').normalized).toBeNull();
  });

  it('refuses a value longer than 64 characters as FORMAT, whatever it holds', () => {
    const long = `DE136695976${' '.repeat(60)}`;
    expect(checkTaxId('EU_VAT', long).valid).toBe(true);
    expect(validateIdentifier('EU_VAT', long)).toEqual({
      valid: false,
      normalized: null,
      reason: { code: 'FORMAT', message: 'identifiers have at most 64 characters; got 71' },
    });
  });

  const ODD_INPUTS = [
    '',
    ' ',
    '-./: \t\n\u2013\u2212',
    'x'.repeat(200),
    '9'.repeat(200),
    '9'.repeat(64),
    `DE${'9'.repeat(62)}`,
    '😀',
    '😀'.repeat(40),
    '\ud800',
    '\u0000',
    '١٢٣٤٥٦٧٨٩',
    'ＤＥ１３６６９５９７',
    '__proto__',
    'constructor',
    'hasOwnProperty',
    'NaN',
    '-1',
    '1e308',
    'DE',
    'EL',
    'XIGD',
    'GD8888',
    'CHE',
  ];

  it.each([...IDENTIFIER_KINDS])('%s never throws, and refuses each odd input with a reason', (kind) => {
    for (const value of ODD_INPUTS) {
      const result = validateIdentifier(kind, value);
      expect(result.valid).toBe(false);
      expect(result.reason).not.toBeNull();
      expect(['FORMAT', 'LENGTH', 'CHECK_DIGIT', 'UNKNOWN_PREFIX']).toContain(result.reason?.code);
      if (value.length > 64) expect(result.reason?.code).toBe('FORMAT');
    }
  });
});

describe('checkTaxId', () => {
  it('is what isValidTaxId answers, with the reason', () => {
    expect(checkTaxId('EU_VAT', '136 695 976', 'DE')).toEqual({ valid: true, normalized: 'DE136695976', reason: null });
    expect(checkTaxId('EU_VAT', '123456783', 'GR')).toEqual({ valid: true, normalized: 'EL123456783', reason: null });
    expect(isValidTaxId('EU_VAT', '136 695 976', 'DE')).toBe(true);
  });

  it("refuses another member state's number for a country as UNKNOWN_PREFIX", () => {
    expect(checkTaxId('EU_VAT', 'DE136695976', 'FR').reason).toEqual({
      code: 'UNKNOWN_PREFIX',
      message: 'EU VAT numbers of FR start with FR; got DE',
    });
    expect(checkTaxId('EU_VAT', 'DE136695976', 'US').reason?.code).toBe('UNKNOWN_PREFIX');
  });
});

// ---- agreement with the shared reference file -----------------------------------------------------

const KIND_OF: Readonly<Record<string, IdentifierKind>> = REFERENCE_KINDS;

const loaded = readTaxIdReference();
const present = loaded !== null;
const reference = loaded ?? [];
const maybe = present ? describe : describe.skip;
const title = present
  ? `reference identifiers (../shared/reference/tax-ids.csv): agrees with all ${reference.length} rows of the reference file`
  : 'reference identifiers (skipped: ../shared/reference absent)';

maybe(title, () => {
  it('has only rows of known kinds, valid or not', () => {
    expect(reference.filter((row) => !(row.kind in KIND_OF))).toEqual([]);
    expect(reference.length).toBeGreaterThan(0);
  });

  for (const [name, kind] of Object.entries(KIND_OF)) {
    const rows = reference.filter((row) => row.kind === name);
    const valid = rows.filter((row) => row.valid).length;
    const counts = `${valid} valid with a normalized form, ${rows.length - valid} invalid with a reason`;
    it(`${name} (${kind}): all ${rows.length} rows agree (${counts})`, () => {
      const disagreements = rows.filter((row) => {
        const result = validateIdentifier(kind, row.number);
        const consistent = (result.reason === null) === result.valid;
        return !consistent || result.valid !== row.valid || (row.valid && result.normalized === null);
      });
      expect(disagreements).toEqual([]);
    });
  }
});
