import { sourceLinkageRecord } from '../../../../../subgraphs/customer/ingestion/linkageRecords';
import type { MappedAttributes } from '../../../../../subgraphs/customer/ingestion/mapRecord';
import { MATCH_CONFIGURATION } from '../../../../../subgraphs/customer/ingestion/matchConfiguration';
import {
  blockingKeys,
  candidatePairs,
  decide,
  linkRecords,
  nameSoundPairs,
  nameTokens,
  nameWordPairs,
  scorePair,
  validateConfiguration,
  type MatchConfiguration,
} from '../../../../../subgraphs/customer/matching/engine';

/** The customer configuration in force, as the engine runs it for ingestion, findMatches and bulk loads. */

const record = (id: string, attributes: MappedAttributes) => sourceLinkageRecord(id, attributes);
const company = (id: string, legalName: string, country: string, extra: Partial<MappedAttributes> = {}) =>
  record(id, { legalName, country, ...extra });
const sharedKeys = (a: ReturnType<typeof record>, b: ReturnType<typeof record>) =>
  MATCH_CONFIGURATION.blocking.flatMap((rule) => {
    const theirs = new Set(blockingKeys(b, rule));
    return blockingKeys(a, rule).filter((key) => theirs.has(key));
  });
const decision = (a: ReturnType<typeof record>, b: ReturnType<typeof record>) => {
  const pair = scorePair(a, b, MATCH_CONFIGURATION);
  return { ...pair, decision: decide(pair.score, MATCH_CONFIGURATION.thresholds, pair.ceiling) };
};

describe('the customer linkage configuration', () => {
  it('is valid engine data and survives a JSON round trip', () => {
    expect(validateConfiguration(MATCH_CONFIGURATION)).toEqual([]);
    const copy = JSON.parse(JSON.stringify(MATCH_CONFIGURATION)) as MatchConfiguration;
    const a = company('a', 'Siemens AG', 'DE');
    const b = company('b', 'SIEMENS Aktiengesellschaft', 'DE');
    expect(scorePair(a, b, copy)).toEqual(scorePair(a, b, MATCH_CONFIGURATION));
  });

  // Pairs a steward would call the same company, whatever the first letters or the script.
  it.each([
    ['Cyrillic and its transliteration', 'ООО «Газпром Нефть»', 'Gazprom Neft LLC', 'RU'],
    ['Latin with umlauts and spelled out', 'Müller Maschinenbau GmbH', 'Mueller Maschinenbau GmbH', 'DE'],
    ['ß and ss', 'Großhandel Weiß KG', 'Grosshandel Weiss KG', 'DE'],
    ['ø and oe, å and aa', 'Bjørn Ålesund Fisk AS', 'Bjoern Aalesund Fisk AS', 'NO'],
    ['accents dropped', 'Société Générale Électrique SA', 'Societe Generale Electrique SA', 'FR'],
    ['traditional and simplified Han', '廣州海源醫藥有限公司', '广州海源医药有限公司', 'CN'],
    ['Han and its pinyin', '深圳华为技术有限公司', 'Shenzhen Huawei Jishu Youxian Gongsi', 'CN'],
    [
      'pinyin and its translation',
      'Suzhou Bosheng Huanbao Keji Youxian Gongsi',
      'Suzhou Bosheng Environmental Technology Co., Ltd.',
      'CN',
    ],
    [
      'Han and the translated name',
      '苏州博盛环保科技有限公司',
      'Suzhou Bosheng Environmental Technology Co., Ltd.',
      'CN',
    ],
    ['kana and kanji against romaji', 'トヨタ自動車株式会社', 'Toyota Jidosha K.K.', 'JP'],
    ['Greek and its transliteration', 'Κρητική Τεχνική Α.Ε.', 'Kritiki Techniki AE', 'GR'],
    ['a typo in the first letter', 'Xiemens Energy AG', 'Siemens Energy AG', 'DE'],
    ['abbreviated words', 'Eagle Sol. Inc.', 'Eagle Solutions Inc.', 'US'],
  ])('finds and scores %s as the same name', (_kind, a, b, country) => {
    const x = company('x', a, country);
    const y = company('y', b, country);
    expect(sharedKeys(x, y).length).toBeGreaterThan(0);
    const pair = decision(x, y);
    expect(pair.score).toBeGreaterThanOrEqual(0.85);
    expect(pair.rule).toBe('NAME');
  });

  it('finds an Arabic name and its Latin spelling by the words they share', () => {
    const x = company('x', 'شركة المراعي', 'SA');
    const y = company('y', 'Almarai Company', 'SA');
    expect(nameTokens('شركة المراعي').length).toBeGreaterThan(0);
    expect(sharedKeys(x, y).length + sharedKeys(y, x).length).toBeGreaterThan(0);
  });

  it('keys every two words, exactly and by sound, so one misspelt word keeps a pair', () => {
    expect(nameWordPairs('Kaiser Neumann Logistik GmbH')).toEqual([
      'kaiser logistik',
      'kaiser neumann',
      'logistik neumann',
    ]);
    expect(nameWordPairs('Acme Ltd')).toEqual(['acme']);
    const typo = nameSoundPairs('Kaiser Nuemann Logistik');
    expect(nameSoundPairs('Kaiser Neumann Logistik').some((key) => typo.includes(key))).toBe(true);
  });

  it('finds a long name made only of common words by the whole name, when every word and pair is too common', () => {
    // Each word and each two words of the name are shared by more parties than their blocks allow.
    const others = Array.from({ length: 45 }, (_, i) =>
      company(`o${i}`, `Cetin Kimya Sanayi ve Ticaret ${String.fromCharCode(97 + (i % 26))}${'x'.repeat(2 + i)}`, 'TR'),
    );
    const a = company('a', 'Çetin Kimya Sanayi ve Ticaret Ltd. Şti.', 'TR');
    const b = company('b', 'CETIN KIMYA SANAYI VE TICARET LTD STI', 'TR');
    const result = candidatePairs([...others, a, b], undefined, MATCH_CONFIGURATION.blocking);
    expect([...result].some(([x, y]) => x.id === 'a' && y.id === 'b')).toBe(true);
    expect(result.stats.skippedBlocks).toBeGreaterThan(0);
    expect(decision(a, b).decision).toBe('MATCH');
  });

  it('merges on a shared tax id or D-U-N-S whatever the names, and says by which rule', () => {
    const taxId = { kind: 'EU_VAT' as const, value: 'DE129273398', country: 'DE' };
    const merged = decision(company('a', 'Alpha GmbH', 'DE', { taxId }), company('b', 'Beta KG', 'DE', { taxId }));
    expect(merged).toMatchObject({ decision: 'MATCH', rule: 'TAX_ID' });
    const duns = decision(
      company('a', 'Alpha', 'US', { duns: '150483782' }),
      company('b', 'Beta', 'US', { duns: '150483782' }),
    );
    expect(duns).toMatchObject({ decision: 'MATCH', rule: 'DUNS' });
  });

  it('never merges the same name with a conflicting tax id of one kind and country: a review', () => {
    const a = company('a', 'Nord Transport B.V.', 'NL', {
      taxId: { kind: 'EU_VAT', value: 'NL536458868B01', country: 'NL' },
    });
    const b = company('b', 'Nord Transport B.V.', 'NL', {
      taxId: { kind: 'EU_VAT', value: 'NL564198018B01', country: 'NL' },
    });
    expect(decision(a, b)).toMatchObject({ decision: 'REVIEW', rule: 'NAME_CONFLICTING_TAX_ID', ceiling: 'REVIEW' });
  });

  it('lets the address move a name score: another town sends even the same name to a steward', () => {
    const address = (city: string, postalCode: string) => ({ billingAddress: { city, postalCode, country: 'DE' } });
    const bonn = company('a', 'Fuchs & Weber Werkzeugbau GmbH', 'DE', address('Bonn', '53111'));
    expect(decision(bonn, company('b', 'Fuchs & Weber Werkzeugbau', 'DE', address('BONN', '53111'))).decision).toBe(
      'MATCH',
    );
    expect(
      decision(bonn, company('c', 'Fuchs & Weber Werkzeugbau', 'DE', address('Bielefeld', '33602'))).decision,
    ).toBe('REVIEW');
    // Two misspelt words at the same postcode: the address carries it.
    expect(
      decision(bonn, company('d', 'Fuchs & Webber Werkzeugbauu GmbH', 'DE', address('Bonn', '53111'))).decision,
    ).toBe('MATCH');
  });

  it('finds a one-word name whose typo changes every name key through its postcode', () => {
    const at = { billingAddress: { city: 'Frankfurt am Main', postalCode: '60333', country: 'DE' } };
    const a = company('a', 'Ruhrdata', 'DE', at);
    const b = company('b', 'Ruhrata KG', 'DE', at);
    const rules = MATCH_CONFIGURATION.blocking.filter((rule) => rule.name !== 'country + postcode + name initial');
    expect([...candidatePairs([a, b], undefined, rules)]).toEqual([]);
    expect([...candidatePairs([a, b], undefined, MATCH_CONFIGURATION.blocking)]).toHaveLength(1);
    expect(decision(a, b).decision).toBe('MATCH');
    const elsewhere = company('c', 'Ruhrata KG', 'DE', {
      billingAddress: { ...at.billingAddress, postalCode: '60334' },
    });
    expect(sharedKeys(a, elsewhere)).toEqual([]);
  });

  it('never pairs different countries by name alone', () => {
    expect(decision(company('a', 'Nord A/S', 'DK'), company('b', 'Nord AS', 'NO')).decision).toBe('NO_MATCH');
  });

  it('skips a key shared by more records than its rule allows, and counts it', () => {
    const rule = { name: 'word', keys: [{ field: 'name', transform: 'nameTokens' as const }], maxBlockSize: 3 };
    const records = ['Trading Alpha', 'Trading Beta', 'Trading Gamma', 'Trading Delta', 'Alpha Services'].map(
      (name, i) => company(`r${i}`, name, 'DE'),
    );
    const result = candidatePairs(records, undefined, [rule]);
    expect([...result].map(([a, b]) => `${a.id}-${b.id}`)).toEqual(['r0-r4']);
    expect(result.stats).toMatchObject({ skippedBlocks: 1, skippedPairs: 6 });
  });

  it('links a book of records with the reasons and rules of each pair', () => {
    const taxId = { kind: 'EU_VAT' as const, value: 'FR40303265045', country: 'FR' };
    const { pairs } = linkRecords(
      [
        company('1', 'Société Générale Électrique SA', 'FR', { taxId }),
        company('2', 'SOCIETE GENERALE ELECTRIQUE', 'FR'),
        company('3', 'Generale Electrique Societe', 'FR', { taxId }),
        company('4', 'Boulangerie Martin', 'FR'),
      ],
      undefined,
      MATCH_CONFIGURATION,
    );
    // The same words in another order are the same tax id's company here, but by name alone a steward decides.
    expect(pairs.map((p) => `${p.left}-${p.right}:${p.decision}:${p.rule}`)).toEqual([
      '1-3:MATCH:TAX_ID',
      '1-2:MATCH:NAME',
      '2-3:REVIEW:NAME',
    ]);
    expect(pairs[1].levels.find((level) => level.comparison === 'name')?.level).toBe('same name');
  });
});
