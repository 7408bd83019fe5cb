import { generateAddress } from '../../../../lib/demo/addresses';
import { generateCompanyName } from '../../../../lib/demo/companyNames';
import { createRng } from '../../../../lib/rng';
import { sourceVariantOfAddress, sourceVariantOfName } from '../../../../lib/demo/sourceVariants';
import { DEMO_COUNTRIES, type CountryCode, type ScriptCode } from '../../../../lib/demo/types';

const LATIN_ONLY = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]+$/u;
const ANY_LATIN_LETTER = /\p{Script=Latin}/u;

const NATIVE_SCRIPT: Partial<Record<CountryCode, { script: ScriptCode; pattern: RegExp }>> = {
  JP: { script: 'Jpan', pattern: /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u },
  CN: { script: 'Hans', pattern: /\p{Script=Han}/u },
  RU: { script: 'Cyrl', pattern: /\p{Script=Cyrillic}/u },
  SA: { script: 'Arab', pattern: /\p{Script=Arabic}/u },
  IN: { script: 'Deva', pattern: /\p{Script=Devanagari}/u },
};

/** Native and Latin legal forms, and a marker (the rarer form, or 集团 = Group) that must agree across scripts. */
const REGISTERED: Record<string, { native: RegExp; legal: RegExp; nativeMarker: RegExp; latinMarker: RegExp }> = {
  JP: {
    native: /^(株式会社|合同会社).+|.+(株式会社|合同会社)$/,
    legal: / (K\.K\.|G\.K\.)$/,
    nativeMarker: /合同会社/,
    latinMarker: / G\.K\.$/,
  },
  CN: {
    native: /^\p{Script=Han}+有限公司$/u,
    legal: / Co\., Ltd\.$/,
    nativeMarker: /集团/,
    latinMarker: / Group Co\./,
  },
  RU: { native: /^(ООО|АО) «[^»]+»$/, legal: /^(OOO|AO) /, nativeMarker: /^АО/, latinMarker: /^AO/ },
  SA: { native: /^شركة /, legal: / (Co\.|LLC)$/, nativeMarker: /ذات مسؤولية محدودة$/, latinMarker: / LLC$/ },
  IN: { native: / (प्राइवेट )?लिमिटेड$/, legal: / (Pvt Ltd|Ltd)$/, nativeMarker: /प्राइवेट/, latinMarker: / Pvt Ltd$/ },
};

const POSTAL_CODE: Record<CountryCode, RegExp> = {
  DE: /^\d{5}$/,
  FR: /^\d{5}$/,
  IT: /^\d{5}$/,
  ES: /^\d{5}$/,
  NL: /^[1-9]\d{3} [A-Z]{2}$/,
  PL: /^\d{2}-\d{3}$/,
  US: /^\d{5}$/,
  BR: /^\d{5}-\d{3}$/,
  IN: /^[1-9]\d{5}$/,
  JP: /^\d{3}-\d{4}$/,
  CN: /^\d{6}$/,
  RU: /^\d{6}$/,
  SA: /^\d{5}$/,
  AU: /^\d{4}$/,
};

const AU_STATES = ['NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS', 'NT', 'ACT'];

/** Draws per country, enough to hit every word list many times. */
const DRAWS = 300;

function namesFor(country: CountryCode, seed: number, count = DRAWS) {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => generateCompanyName(country, rng));
}

function addressesFor(country: CountryCode, seed: number, count = DRAWS) {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => generateAddress(country, rng));
}

describe('demo content is deterministic', () => {
  it('gives the same names, addresses and variants for the same seed', () => {
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return DEMO_COUNTRIES.map((country) => {
        const company = generateCompanyName(country, rng);
        const address = generateAddress(country, rng);
        return {
          company,
          address,
          nameVariant: sourceVariantOfName(company.legalName, rng),
          addressVariant: sourceVariantOfAddress(address, rng),
        };
      });
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });
});

describe('generateCompanyName', () => {
  it.each(DEMO_COUNTRIES)('produces Latin names with a legal form for %s', (country) => {
    for (const company of namesFor(country, 11)) {
      expect(company.name.trim()).toBe(company.name);
      expect(company.name.length).toBeGreaterThan(2);
      expect(company.name).toMatch(LATIN_ONLY);
      expect(company.legalName).toMatch(LATIN_ONLY);
      expect(company.legalName).not.toBe(company.name);
      expect(company.legalName).toContain(company.name);
    }
  });

  it.each(DEMO_COUNTRIES.filter((c) => NATIVE_SCRIPT[c] === undefined))(
    'has no native name for Latin-script %s',
    (country) => {
      for (const company of namesFor(country, 12)) {
        expect(company.nativeScript).toBe('Latn');
        expect(company.nativeName).toBeUndefined();
      }
    },
  );

  it.each(DEMO_COUNTRIES.filter((c) => NATIVE_SCRIPT[c] !== undefined))(
    'writes the native name of %s in its claimed script',
    (country) => {
      const expected = NATIVE_SCRIPT[country]!;
      for (const company of namesFor(country, 13)) {
        expect(company.nativeScript).toBe(expected.script);
        expect(company.nativeName).toMatch(expected.pattern);
        expect(company.nativeName).not.toMatch(ANY_LATIN_LETTER);
      }
    },
  );

  it('keeps native and Latin forms of the same name together', () => {
    // The same native name must always come with the same Latin name.
    const latinOf = new Map<string, string>();
    for (const country of ['JP', 'CN', 'RU', 'SA', 'IN'] as const) {
      for (const company of namesFor(country, 14, 2000)) {
        const native = company.nativeName!;
        expect(latinOf.get(native) ?? company.legalName).toBe(company.legalName);
        latinOf.set(native, company.legalName);
      }
    }
  });

  it.each(Object.entries(REGISTERED))(
    'writes the legal form of %s as it is registered, in both scripts',
    (country, registered) => {
      for (const company of namesFor(country as CountryCode, 15)) {
        expect(company.nativeName).toMatch(registered.native);
        expect(company.legalName).toMatch(registered.legal);
        expect(registered.nativeMarker.test(company.nativeName!)).toBe(registered.latinMarker.test(company.legalName));
      }
    },
  );

  it('rarely repeats a legal name across 5,000 customers spread over the countries', () => {
    const rng = createRng(2026);
    const legalNames = Array.from(
      { length: 5000 },
      (_, i) => generateCompanyName(DEMO_COUNTRIES[i % DEMO_COUNTRIES.length], rng).legalName,
    );
    const duplicateRate = 1 - new Set(legalNames).size / legalNames.length;
    expect(duplicateRate).toBeLessThan(0.05);
  });
});

describe('generateAddress', () => {
  it.each(DEMO_COUNTRIES)('writes postal codes in the format of %s', (country) => {
    for (const address of addressesFor(country, 21)) {
      expect(address.country).toBe(country);
      expect(address.postalCode).toMatch(POSTAL_CODE[country]);
      expect(address.line1.length).toBeGreaterThan(3);
      expect(address.city.length).toBeGreaterThan(1);
      expect(`${address.line1} ${address.line2 ?? ''} ${address.city} ${address.region ?? ''}`).toMatch(LATIN_ONLY);
    }
  });

  it.each([
    ['DE', /^\D+ \d+a?$/],
    ['US', /^\d+ \D+$/],
    ['JP', /^\d-\d{1,2}-\d{1,2} [A-Za-z-]+$/],
    ['RU', /, d\. \d+/],
    ['BR', /^\D+, \d+$/],
  ] as const)('writes line 1 of %s in the local order', (country, pattern) => {
    for (const address of addressesFor(country, 25)) expect(address.line1).toMatch(pattern);
  });

  it('gives US states, Australian states and Dutch letter pairs as the post uses them', () => {
    for (const address of addressesFor('US', 22)) expect(address.region).toMatch(/^[A-Z]{2}$/);
    for (const address of addressesFor('AU', 23)) expect(AU_STATES).toContain(address.region);
    for (const address of addressesFor('NL', 24))
      expect(address.postalCode).not.toMatch(/ (S[ADS]|[FIOQUY].|.[FIOQUY])$/);
  });
});

describe('source variants', () => {
  it('changes most names but leaves some exactly as registered', () => {
    const rng = createRng(31);
    const names = DEMO_COUNTRIES.flatMap((country) => namesFor(country, 32, 100).map((c) => c.legalName));
    const variants = names.map((name) => sourceVariantOfName(name, rng));
    const changed = variants.filter((variant, i) => variant !== names[i]).length / names.length;
    expect(changed).toBeGreaterThan(0.7);
    expect(changed).toBeLessThan(0.95);
  });

  it('produces the kinds of variation source systems show', () => {
    const rng = createRng(33);
    const variantsOf = (legalName: string) =>
      new Set(Array.from({ length: 400 }, () => sourceVariantOfName(legalName, rng)));
    const us = variantsOf('Apex International Logistics Inc.');
    expect(us).toContain('Apex International Logistics');
    expect(us).toContain('Apex International Logistics Incorporated');
    expect(us).toContain('Apex Intl Log. Inc.');
    expect(us).toContain('APEX INTERNATIONAL LOGISTICS INC.');
    expect(variantsOf('Sharma Engineering Pvt Ltd')).toContain('Sharma Engineering Private Limited');
    expect(variantsOf('Shanghai Huafeng Trading Co., Ltd.')).toContain('Shanghai Huafeng Trading Co Ltd');
    expect(variantsOf('OOO Severstal Logistika')).toContain('OOO "Severstal Logistika"');
  });

  it('makes single-character typos: swapped, missing, doubled and neighbouring letters', () => {
    const rng = createRng(34);
    const original = 'Becker Maschinenbau GmbH';
    const variants = [...new Set(Array.from({ length: 2000 }, () => sourceVariantOfName(original, rng)))];
    const positions = (text: string) => Array.from({ length: text.length }, (_, i) => i);
    const swapped = (v: string) =>
      v.length === original.length &&
      positions(v).some(
        (i) => v[i] !== v[i + 1] && v === original.slice(0, i) + original[i + 1] + original[i] + original.slice(i + 2),
      );
    const missing = (v: string) => positions(original).some((i) => v === original.slice(0, i) + original.slice(i + 1));
    const doubled = (v: string) =>
      positions(original).some((i) => v === original.slice(0, i) + original[i] + original.slice(i));
    const neighbour = (v: string) =>
      v.length === original.length &&
      positions(v).filter((i) => v[i] !== original[i]).length === 1 &&
      v.toLowerCase() !== original.toLowerCase();
    expect(variants.some(swapped)).toBe(true);
    expect(variants.some(missing)).toBe(true);
    expect(variants.some(doubled)).toBe(true);
    expect(variants.some(neighbour)).toBe(true);
  });

  it('abbreviates streets, blanks fields and upper-cases cities, and sometimes changes nothing', () => {
    const rng = createRng(41);
    const address = {
      line1: '120 George Street',
      line2: 'Level 5',
      city: 'Sydney',
      region: 'NSW',
      postalCode: '2000',
      country: 'AU' as const,
    };
    const patches = Array.from({ length: 400 }, () => sourceVariantOfAddress(address, rng));
    expect(patches).toContainEqual({ line1: '120 George St.' });
    expect(patches).toContainEqual({ line2: '' });
    expect(patches).toContainEqual({ postalCode: '' });
    expect(patches).toContainEqual({ city: 'SYDNEY' });
    expect(patches).toContainEqual({});
    const unchanged = patches.filter((p) => Object.keys(p).length === 0).length / patches.length;
    expect(unchanged).toBeGreaterThan(0.05);
    expect(unchanged).toBeLessThan(0.3);
  });

  it('shortens German, Italian and Spanish street types', () => {
    const rng = createRng(42);
    const line1Variants = (line1: string) =>
      new Set(
        Array.from(
          { length: 300 },
          () => sourceVariantOfAddress({ line1, city: 'X', postalCode: '1', country: 'DE' }, rng).line1,
        ),
      );
    expect(line1Variants('Max-Planck-Straße 7')).toContain('Max-Planck-Str. 7');
    expect(line1Variants('Hauptstraße 12')).toContain('Hauptstr. 12');
    expect(line1Variants('Hauptstraße 12')).toContain('HAUPTSTRASSE 12');
    expect(line1Variants("Viale dell'Industria, 5")).toContain("V.le dell'Industria, 5");
    expect(line1Variants('Avenida de Europa, 12')).toContain('Av. de Europa, 12');
  });
});
