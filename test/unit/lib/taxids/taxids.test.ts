import { createRng, type Rng } from '../../../../lib/rng';
import { DEMO_COUNTRIES } from '../../../../lib/demo/types';
import { cnpjCheckDigits } from '../../../../lib/taxids/checksums';
import { generateTaxId } from '../../../../lib/taxids/generate';
import { EU_MEMBER_STATES } from '../../../../lib/euMemberStates';
import { TAX_ID_KINDS, taxIdKindForCountry, type TaxIdKind } from '../../../../lib/taxids/kinds';
import { EU_VAT_PREFIXES, isValidTaxId, normalizeTaxId } from '../../../../lib/taxids/validate';
import { readTaxIdReference, REFERENCE_TAX_ID_KINDS, type ReferenceRow } from '../../../support/referenceTaxIds';

const SAMPLES = 200;
const EU_DEMO_COUNTRIES = [
  ...DEMO_COUNTRIES.filter((country) => taxIdKindForCountry(country) === 'EU_VAT'),
  // Also generated for the source-record generator's customers (lib/demo/sourceRecordGenerator.ts).
  'GR',
  'SE',
  'DK',
  'FI',
];
/** Kinds without a check digit: a changed digit goes unnoticed unless it hits the prefix. */
const WITHOUT_CHECK_DIGIT: readonly TaxIdKind[] = ['US_EIN', 'SA_VAT'];

/** Each kind once, EU VAT once per EU demo country. */
interface Case {
  kind: TaxIdKind;
  country?: string;
}
const CASES: readonly Case[] = TAX_ID_KINDS.flatMap((kind): Case[] =>
  kind === 'EU_VAT' ? EU_DEMO_COUNTRIES.map((country) => ({ kind, country })) : [{ kind }],
);

function sample(kind: TaxIdKind, country: string | undefined, seed: number): string[] {
  const rng = createRng(seed);
  return Array.from({ length: SAMPLES }, () => generateTaxId(kind, rng, country));
}

/** Replaces one randomly chosen digit with a different digit. */
function changeOneDigit(id: string, rng: Rng): string {
  const positions = [...id].flatMap((char, index) => (/\d/.test(char) ? [index] : []));
  const at = rng.pick(positions);
  return id.slice(0, at) + String((Number(id[at]) + rng.int(1, 9)) % 10) + id.slice(at + 1);
}

describe('generated tax ids', () => {
  describe.each(
    CASES.map((c, index) => ({ ...c, seed: 1000 + index, name: c.country ? `${c.kind} ${c.country}` : c.kind })),
  )('$name', ({ kind, country, seed }) => {
    it(`${SAMPLES} generated ids are valid and already normalised`, () => {
      for (const id of sample(kind, country, seed)) {
        expect(isValidTaxId(kind, id, country)).toBe(true);
        expect(normalizeTaxId(kind, id, country)).toBe(id);
      }
    });

    if (!WITHOUT_CHECK_DIGIT.includes(kind)) {
      // Not all: some rules map two remainders to one digit, and NL's B01 branch suffix has no check.
      it('changing one digit makes at least 80% of them invalid', () => {
        const rng = createRng(seed + 1);
        const ids = sample(kind, country, seed);
        const caught = ids.filter((id) => !isValidTaxId(kind, changeOneDigit(id, rng), country)).length;
        expect(caught).toBeGreaterThanOrEqual(0.8 * SAMPLES);
      });
    }
  });

  it.each([...DEMO_COUNTRIES])('%s: the kind for the country generates valid ids for it', (country) => {
    const kind = taxIdKindForCountry(country);
    for (const id of sample(kind, country, 7)) expect(isValidTaxId(kind, id, country)).toBe(true);
  });

  it('is deterministic for a seed', () => {
    expect(sample('EU_VAT', 'NL', 99)).toEqual(sample('EU_VAT', 'NL', 99));
    expect(sample('IN_GSTIN', undefined, 1)).not.toEqual(sample('IN_GSTIN', undefined, 2));
  });

  it('refuses EU VAT without a country it can generate for', () => {
    expect(() => generateTaxId('EU_VAT', createRng(1))).toThrow(/EU_VAT/);
    expect(() => generateTaxId('EU_VAT', createRng(1), 'US')).toThrow(/EU_VAT/);
  });
});

describe('tax id rules', () => {
  it('adds the EU VAT prefix from the country, EL for Greece, and keeps one that is there', () => {
    expect(normalizeTaxId('EU_VAT', ' de 136-695.976 ')).toBe('DE136695976');
    expect(normalizeTaxId('EU_VAT', '136 695 976', 'DE')).toBe('DE136695976');
    expect(normalizeTaxId('EU_VAT', '123456783', 'GR')).toBe('EL123456783');
    expect(isValidTaxId('EU_VAT', '123456783', 'GR')).toBe(true);
    expect(isValidTaxId('EU_VAT', '136695976', 'DE')).toBe(true);
    expect(isValidTaxId('EU_VAT', '136695976')).toBe(false);
  });

  it("rejects another member state's number when a country is given", () => {
    expect(isValidTaxId('EU_VAT', 'DE136695976', 'FR')).toBe(false);
    expect(isValidTaxId('EU_VAT', 'QQ123456789')).toBe(false);
  });

  it('accepts full-width digits and Unicode dashes', () => {
    // The National Tax Agency's own corporate number, as typed with a Japanese keyboard.
    expect(isValidTaxId('JP_CORPORATE_NUMBER', '７０００－０１－２０５０００２')).toBe(true);
    expect(isValidTaxId('RU_INN', '7707083893')).toBe(true);
  });

  it('knows the alphanumeric CNPJ: letters count as ASCII code − 48, check digits stay numeric', () => {
    const base = 'AB1CD2EF0001';
    const id = base + cnpjCheckDigits(base);
    expect(isValidTaxId('BR_CNPJ', id)).toBe(true);
    expect(isValidTaxId('BR_CNPJ', `${base}A${id[13]}`)).toBe(false);
    expect(isValidTaxId('BR_CNPJ', '00000000000000')).toBe(false);
  });

  it('checks only the layout and prefix of ids without a check digit', () => {
    expect(isValidTaxId('US_EIN', '07-1234567')).toBe(false); // 07 is not an assigned prefix
    expect(isValidTaxId('US_EIN', '123-45-6789')).toBe(false); // laid out as an SSN
    expect(isValidTaxId('SA_VAT', '300000000000003')).toBe(true);
    expect(isValidTaxId('SA_VAT', '300000000000001')).toBe(false);
  });

  it('throws for a country without a known kind', () => {
    expect(() => taxIdKindForCountry('ZZ')).toThrow(/ZZ/);
  });
});

// ---- agreement with the shared reference file -----------------------------------------------------

const KIND_OF: Readonly<Record<string, TaxIdKind>> = REFERENCE_TAX_ID_KINDS;

function byKind(rows: ReferenceRow[]): Map<string, ReferenceRow[]> {
  const grouped = new Map<string, ReferenceRow[]>();
  for (const row of rows) grouped.set(row.kind, [...(grouped.get(row.kind) ?? []), row]);
  return grouped;
}

/** EU VAT rows of a member state this module does not validate are skipped (and counted). */
const MEMBER_STATE_PREFIXES = EU_MEMBER_STATES.map((state) => (state === 'GR' ? 'EL' : state));
function isUnsupportedMemberState(number: string): boolean {
  const prefix = normalizeTaxId('EU_VAT', number).slice(0, 2);
  return MEMBER_STATE_PREFIXES.includes(prefix) && !EU_VAT_PREFIXES.includes(prefix);
}

const loaded = readTaxIdReference();
const present = loaded !== null;
const reference = byKind(loaded ?? []);
const notTaxIds = [...reference.keys()].filter((kind) => !(kind in KIND_OF));
const notTaxIdCount = notTaxIds.reduce((sum, kind) => sum + (reference.get(kind)?.length ?? 0), 0);

const maybe = present ? describe : describe.skip;
const title = present
  ? `reference tax ids (../shared/reference/tax-ids.csv; ${notTaxIdCount} rows of ${notTaxIds.join(', ') || 'no other kind'} are not tax ids)`
  : 'reference tax ids (skipped: ../shared/reference absent)';

maybe(title, () => {
  it('has rows for the tax id kinds', () => {
    expect(Object.keys(KIND_OF).filter((kind) => !reference.has(kind))).toEqual([]);
  });

  for (const [name, kind] of Object.entries(KIND_OF)) {
    const rows = reference.get(name) ?? [];
    const skipped = kind === 'EU_VAT' ? rows.filter((row) => isUnsupportedMemberState(row.number)) : [];
    const checked = rows.filter((row) => !skipped.includes(row));
    it(`${name}: isValidTaxId agrees on all ${checked.length} rows (${skipped.length} skipped: member state not supported)`, () => {
      const disagreements = checked.filter((row) => isValidTaxId(kind, row.number) !== row.valid);
      expect(disagreements).toEqual([]);
    });
  }
});
