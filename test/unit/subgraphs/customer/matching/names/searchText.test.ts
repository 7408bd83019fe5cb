import { nameSearchNeedles, nameSearchText } from '../../../../../../subgraphs/customer/matching/names/searchText';

/** A needle finds a name when one of its folded forms is inside the name's search text, as LIKE '%needle%' does. */
const finds = (term: string, ...names: string[]) =>
  nameSearchNeedles(term).some((needle) =>
    nameSearchText(names)
      .split('\n')
      .some((variant) => variant.includes(needle)),
  );

describe('name search text', () => {
  it.each([
    ['ГАЗПРОМ', 'Газпром нефть'],
    ['gazprom neft', 'ГАЗПРОМ НЕФТЬ'],
    ['ЁЛКА', 'ёлка трейд'],
    ['elka', 'Ёлка Трейд'],
    ['muller', 'MÜLLER GmbH'],
    ['mueller', 'Müller GmbH'],
    ['Müller', 'Mueller GmbH'],
    ['strasse', 'Bahnstraße AG'],
    ['ecole', 'ÉCOLE SUPÉRIEURE'],
    ['ＡＢＣ', 'abc trading'],
    ['toyota', 'トヨタ自動車'],
    ['トヨタ', 'トヨタ自動車'],
    ['tokyo', '東京電力'],
    ['al rajhi', 'شركة الراجحي'],
    ['ΑΘΗΝΑ', 'Αθηνα Shipping'],
    ['a and b', 'A&B Logistics'],
  ])('"%s" finds "%s"', (term, name) => {
    expect(finds(term, name)).toBe(true);
  });

  it.each([
    ['gazprom', 'Lukoil'],
    ['muller', 'Miller GmbH'],
    ['gmbh mueller', 'Müller GmbH'],
  ])('"%s" does not find "%s"', (term, name) => {
    expect(finds(term, name)).toBe(false);
  });

  it('keeps each variant once, and nothing for missing names', () => {
    expect(nameSearchText(['Acme', null, undefined, 'ACME'])).toBe('acme');
    expect(nameSearchText([])).toBe('');
  });

  it('has no needle for a term without letters or digits', () => {
    expect(nameSearchNeedles('-- // --')).toEqual([]);
  });
});
