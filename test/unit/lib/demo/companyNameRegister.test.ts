import { pinyinName } from '../../../../lib/demo/chineseSpellings';
import { CompanyNameRegister, nearTwinKey } from '../../../../lib/demo/companyNameRegister';
import { generateCompanyName } from '../../../../lib/demo/companyNames';
import { generateExtraCompanyName } from '../../../../lib/demo/extraCountryNames';
import { distinguishedName } from '../../../../lib/demo/nameDistinguishers';
import type { CompanyName, CountryCode, ExtraCountryCode } from '../../../../lib/demo/types';
import { createRng } from '../../../../lib/rng';
import { nameSimilarity, normaliseName, toLatin } from '../../../../subgraphs/customer/matching/names';

type Country = CountryCode | ExtraCountryCode;

function drawn(country: Country, seed: number): CompanyName {
  const rng = createRng(seed);
  return country === 'GR' || country === 'UA' || country === 'TR' || ['SE', 'DK', 'NO', 'FI'].includes(country)
    ? generateExtraCompanyName(country as ExtraCountryCode, rng)
    : generateCompanyName(country as CountryCode, rng);
}

/** A name lengthened `times` times over, as the register does to a name taken again and again. */
function lengthened(country: Country, company: CompanyName, times: number, seed: number): CompanyName {
  const rng = createRng(seed);
  let out = company;
  for (let i = 0; i < times; i += 1) out = distinguishedName(country, out, rng);
  return out;
}

const legalForm = (company: CompanyName): string => company.legalName.replace(company.name, '');

describe('nearTwinKey', () => {
  it.each([
    ['Meier Bau', 'Maier Bau'],
    ['Nord Byg', 'Nordbyg'],
    ['Anderssons Bygg', 'Andersson Bygg'],
    ['Müller Logistik', 'MULLER LOGISTIK'],
    ['Nielsen Transport', 'Nilsen Transport'],
  ])('makes near twins alike: %s, %s', (a, b) => expect(nearTwinKey(a)).toBe(nearTwinKey(b)));

  it.each([
    ['Nord Byg', 'Nord Kolding Byg'],
    ['Schmidt Bau', 'Schneider Bau'],
    ['Kritiki Techniki', 'Kritiki Techniki Papadopoulos'],
  ])('keeps other names apart: %s, %s', (a, b) => expect(nearTwinKey(a)).not.toBe(nearTwinKey(b)));
});

describe('CompanyNameRegister', () => {
  it('keeps a free name, and lengthens a taken one or its near twin, per country', () => {
    const register = new CompanyNameRegister();
    const rng = createRng(1);
    const nord: CompanyName = { name: 'Nord', legalName: 'Nord A/S', nativeScript: 'Latn' };
    expect(register.register('DK', nord, rng)).toEqual(nord);
    expect(register.isTaken('DK', { ...nord, legalName: 'Nord ApS' })).toBe(true);
    expect(register.isTaken('NO', nord)).toBe(false);
    const second = register.register('DK', { ...nord, legalName: 'Nord ApS' }, rng);
    expect(second.name).toMatch(/^Nord \S/);
    expect(second.legalName).toBe(`${second.name} ApS`);
    const twin = register.register('DK', { name: 'Noord', legalName: 'Noord A/S', nativeScript: 'Latn' }, rng);
    expect(twin.name).not.toBe('Noord');
    expect(register.register('NO', nord, rng)).toEqual(nord);
  });

  it('finds a free name even when a tiny pool is drawn many times over', () => {
    const register = new CompanyNameRegister();
    const rng = createRng(2);
    const greek = drawn('GR', 3);
    const names = Array.from({ length: 2000 }, () => register.register('GR', greek, rng));
    expect(new Set(names.map((c) => nearTwinKey(c.name))).size).toBe(2000);
    expect(new Set(names.map((c) => c.nativeName)).size).toBe(2000);
  });
});

describe('distinguishedName', () => {
  it.each(['GR', 'RU', 'UA'] as const)(
    '%s: adds the word in its script and its transliteration, so both names still match',
    (country) => {
      for (let seed = 1; seed <= 40; seed += 1) {
        const base = drawn(country, seed);
        const longer = lengthened(country, base, 3, seed);
        expect(longer.name.split(' ').length).toBe(base.name.split(' ').length + 3);
        expect(legalForm(longer)).toBe(legalForm(base));
        const native = longer.nativeName as string;
        expect(native.split(/\s+/).length).toBe((base.nativeName as string).split(/\s+/).length + 3);
        const score = nameSimilarity(normaliseName(native), normaliseName(longer.legalName)).score;
        expect([native, longer.legalName, score >= 0.85]).toEqual([native, longer.legalName, true]);
      }
    },
  );

  it('CN: a third character in the trade name, read in pinyin the same as the Latin name', () => {
    const squeeze = (text: string): string => text.toLowerCase().replace(/[^a-z]/g, '');
    for (let seed = 1; seed <= 40; seed += 1) {
      const base = drawn('CN', seed);
      const longer = lengthened('CN', base, 1, seed);
      const native = longer.nativeName as string;
      expect([...native].length).toBe([...(base.nativeName as string)].length + 1);
      expect(legalForm(longer)).toBe(legalForm(base));
      expect(native.endsWith('有限公司')).toBe(true);
      if (!/\p{Script=Han}/u.test(toLatin(native)))
        expect(squeeze(pinyinName(longer.legalName))).toBe(squeeze(toLatin(native)));
    }
  });

  it.each([
    ['JP', /^(株式会社|合同会社)|(株式会社|合同会社)$/u],
    ['SA', /^شركة /u],
    ['IN', /(प्राइवेट लिमिटेड|लिमिटेड)$/u],
  ] as const)('%s: the word goes into the native name and the Latin name, the legal forms stay', (country, form) => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const base = drawn(country, seed);
      const longer = lengthened(country, base, 2, seed);
      const native = longer.nativeName as string;
      expect(native).toMatch(form);
      expect(native.length).toBeGreaterThan((base.nativeName as string).length);
      expect(legalForm(longer)).toBe(legalForm(base));
      expect(longer.name.length).toBeGreaterThan(base.name.length);
      // The base name's native words all survive, in their order.
      const words = (base.nativeName as string).split(' ');
      expect(
        words.every((word) => native.includes(word.replace(/^(株式会社|合同会社)|(株式会社|合同会社)$/u, ''))),
      ).toBe(true);
    }
  });

  it.each(['DE', 'US', 'FR', 'TR', 'SE', 'DK', 'NO', 'FI'] as const)(
    '%s: a Latin word before the legal form, none of the name’s own',
    (country) => {
      for (let seed = 1; seed <= 40; seed += 1) {
        const base = drawn(country, seed);
        const longer = lengthened(country, base, 1, seed);
        expect(longer.name.startsWith(`${base.name} `)).toBe(true);
        expect(longer.legalName).toBe(`${longer.name}${legalForm(base)}`);
        expect(base.name.split(' ')).not.toContain(longer.name.slice(base.name.length + 1));
        expect(longer.nativeName).toBeUndefined();
      }
    },
  );
});
