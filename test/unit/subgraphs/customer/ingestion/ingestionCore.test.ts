import { mapRecord } from '../../../../../subgraphs/customer/ingestion/mapRecord';
import { survive, type SourceContribution } from '../../../../../subgraphs/customer/ingestion/survivorship';

describe('mapping a source record', () => {
  it('maps and normalises through the source mapping', () => {
    const result = mapRecord('ERP', {
      name: '  Müller   Maschinenbau GmbH ',
      country: 'de',
      taxId: 'DE 136 695 976',
      duns: '31-543-7891',
      address: { line1: 'Hauptstr. 1', city: 'Berlin', postalCode: '10115', country: 'de' },
    });
    expect(result.problems).toEqual([]);
    expect(result.mappingVersion).toBe('erp-2026.1');
    expect(result.attributes).toEqual({
      legalName: 'Müller Maschinenbau GmbH',
      country: 'DE',
      taxId: { kind: 'EU_VAT', value: 'DE136695976', country: 'DE' },
      duns: '315437891',
      billingAddress: { line1: 'Hauptstr. 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
    });
  });

  it('gives every problem as a reason instead of failing', () => {
    const result = mapRecord('BILLING', {
      name: '',
      country: 'XX',
      taxId: 'DE123',
      paymentTerms: 'NET7000',
      address: { city: 'Berlin' },
    });
    expect(result.problems).toEqual(
      expect.arrayContaining([
        'name is missing',
        'country "XX" is not an ISO 3166-1 alpha-2 country code',
        'unknown payment terms "NET7000"',
        'address needs a country',
      ]),
    );
  });

  it('takes a customer of any country, and names the ISO code for a common misspelling', () => {
    for (const country of ['GB', 'CH', 'NO', 'CA', 'MX', 'NZ', 'ZA', 'KR', 'AE', 'SG'])
      expect(mapRecord('CRM', { name: 'Acme', country: country.toLowerCase() })).toMatchObject({
        problems: [],
        attributes: { country },
      });
    expect(mapRecord('CRM', { name: 'Acme', country: 'UK' }).problems).toEqual([
      'country "UK" is not an ISO 3166-1 alpha-2 code; send "GB"',
    ]);
  });

  it('validates GB VAT and CH UID numbers like any other tax id', () => {
    expect(mapRecord('CRM', { name: 'Acme', country: 'GB', taxId: 'GB 980 7806 84' }).attributes.taxId).toEqual({
      kind: 'GB_VAT',
      value: 'GB980780684',
      country: 'GB',
    });
    expect(mapRecord('CRM', { name: 'Acme', country: 'CH', taxId: 'CHE-116.281.710' }).attributes.taxId).toMatchObject({
      kind: 'CH_UID',
      country: 'CH',
    });
    expect(mapRecord('CRM', { name: 'Acme', country: 'GB', taxId: 'GB980780685' }).problems).toEqual([
      'tax id is not a valid GB_VAT (format or check digit)',
    ]);
  });

  it('accepts a record whose country has no tax id kind Custos validates, and says the tax id was not used', () => {
    const result = mapRecord('CRM', { name: 'Acme AS', country: 'NO', taxId: '923609016' });
    expect(result.problems).toEqual([]);
    expect(result.attributes.taxId).toBeUndefined();
    expect(result.warnings).toEqual([
      'tax id not used for matching: Custos validates no company tax id of NO; it stays in the source record',
    ]);
  });

  it("takes a tax id as { kind, value }, of the country's kind or another Custos knows", () => {
    expect(
      mapRecord('CRM', { name: 'Acme', country: 'DE', taxId: { kind: 'eu_vat', value: 'DE 136 695 976' } }),
    ).toMatchObject({ problems: [], attributes: { taxId: { kind: 'EU_VAT', value: 'DE136695976', country: 'DE' } } });
    expect(
      mapRecord('CRM', { name: 'Acme', country: 'DE', taxId: { kind: 'DE_STEUERNUMMER', value: '1' } }).problems,
    ).toEqual([expect.stringMatching(/^tax id kind "DE_STEUERNUMMER" is not one of EU_VAT, GB_VAT/)]);
    for (const taxId of [{ value: 5 }, { kind: 7, value: 'DE136695976' }, ['DE136695976'], 42])
      expect(mapRecord('CRM', { name: 'Acme', country: 'DE', taxId }).problems).toEqual([
        'tax id must be a string, or { kind, value } with both strings',
      ]);
  });

  it('says where an address part sent at the wrong place belongs, instead of dropping it', () => {
    expect(mapRecord('CRM', { name: 'Acme', country: 'DE', city: 'Berlin', zip: '10115' }).problems).toEqual([
      '"city" belongs in the address: send it as address.city',
      '"zip" belongs in the address: send it as address.postalCode',
    ]);
    expect(
      mapRecord('ERP', {
        name: 'Acme',
        country: 'DE',
        address: { street: 'Hauptstr. 1', city: 'Berlin', zip: '10115', country: 'DE', floor: '3' },
      }).problems,
    ).toEqual([
      'address.street is not read: send it as address.line1',
      'address.zip is not read: send it as address.postalCode',
      'address.floor is not an address part (line1, line2, city, region, postalCode, country)',
      'address in Germany (DE) needs a street line (line1)',
    ]);
    expect(mapRecord('CRM', { name: 'Acme', country: 'DE', address: 'Hauptstr. 1, Berlin' }).problems).toEqual([
      'address must be an object: { line1, city, postalCode, country, ... }',
    ]);
  });

  it("checks an address by its country's rule: a street where the country needs one, a postal code of its shape", () => {
    const gulf = mapRecord('CRM', {
      name: 'Gulf Trading LLC',
      country: 'AE',
      address: { line2: 'Office 1203, Tower B', city: 'Dubai', country: 'ae' },
    });
    expect(gulf).toMatchObject({ problems: [], warnings: [] });
    expect(gulf.attributes.billingAddress).toEqual({ line2: 'Office 1203, Tower B', city: 'Dubai', country: 'AE' });
    const london = mapRecord('ERP', {
      name: 'Acme Ltd',
      country: 'GB',
      address: { line1: '10 Downing Street', city: 'London', postalCode: 'sw1a2aa', country: 'GB' },
    });
    expect(london.attributes.billingAddress).toMatchObject({ postalCode: 'SW1A 2AA' });
    expect(
      mapRecord('ERP', {
        name: 'Acme Inc',
        country: 'US',
        address: { line1: '1 Market St', city: 'San Francisco', postalCode: '9410', country: 'US' },
      }).problems,
    ).toEqual([
      'address.postalCode does not fit United States (US): expected a ZIP code of 5 digits or a ZIP+4, e.g. 94105 or 94105-1234',
    ]);
    expect(
      mapRecord('ERP', { name: 'Acme GmbH', country: 'DE', address: { city: 'Berlin', country: 'DE' } }).problems,
    ).toEqual(['address in Germany (DE) needs a street line (line1)']);
  });

  it('keeps a record whose address sends a postal code its country does not have, without the code', () => {
    const result = mapRecord('ERP', {
      name: '香港貿易有限公司',
      country: 'HK',
      address: { line1: '皇后大道中99號', city: '香港', postalCode: '999077', country: 'HK' },
    });
    expect(result.problems).toEqual([]);
    expect(result.attributes.billingAddress).toEqual({ line1: '皇后大道中99號', city: '香港', country: 'HK' });
    expect(result.warnings).toEqual([
      'address.postalCode sent, but Hong Kong SAR China (HK) has no postal codes: not kept in the address, it stays in the source record',
    ]);
  });

  it('refuses an address of no ISO country, as it refuses such a customer country', () => {
    expect(
      mapRecord('ERP', { name: 'Acme', country: 'GB', address: { line1: '1 High St', city: 'Leeds', country: 'UK' } })
        .problems,
    ).toEqual(['address country "UK" is not an ISO 3166-1 alpha-2 code; send "GB"']);
    expect(
      mapRecord('ERP', { name: 'Acme', country: 'XK', address: { city: 'Prishtina', country: 'XK' } }).problems,
    ).toEqual([
      'country "XK" is not an ISO 3166-1 alpha-2 country code',
      'address country "XK" is not an ISO 3166-1 alpha-2 country code',
    ]);
  });

  it('keeps a key its mapping does not read, and says so', () => {
    const result = mapRecord('CRM', { name: 'Acme', country: 'DE', accountOwner: 'j.doe', parentId: 'CRM-1' });
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([
      '"accountOwner" is not read by the crm-2026.1 mapping; it stays in the source record',
    ]);
  });

  it('refuses a tax id that fails its check digit', () => {
    expect(mapRecord('CRM', { name: 'Acme', country: 'DE', taxId: 'DE136695977' }).problems).toEqual([
      'tax id is not a valid EU_VAT (format or check digit)',
    ]);
  });

  it('ignores fields its source does not map (risk sets credit limits, CRM does not)', () => {
    const crm = mapRecord('CRM', { name: 'Acme', country: 'US', creditLimit: { minor: 100, currency: 'USD' } });
    expect(crm.attributes.creditLimit).toBeUndefined();
    const risk = mapRecord('RISK', { name: 'Acme', country: 'US', creditLimit: { minor: 100, currency: 'usd' } });
    expect(risk.attributes.creditLimit).toEqual({ minor: 100, currency: 'USD' });
  });
});

describe('survivorship', () => {
  const at = (day: number) => new Date(Date.UTC(2026, 10, day));
  const source = (
    sourceSystem: SourceContribution['sourceSystem'],
    verifiedAt: Date | null,
    attributes: SourceContribution['attributes'],
  ): SourceContribution => ({
    sourceSystem,
    sourceRecordId: `src_${sourceSystem}`,
    batchId: `batch_${sourceSystem}`,
    verifiedAt,
    attributes,
  });

  it('keeps the most recently verified value, with its provenance', () => {
    const golden = survive([
      source('CRM', at(1), { legalName: 'Acme Inc' }),
      source('ERP', at(5), { legalName: 'ACME INC.' }),
    ]);
    expect(golden.legalName).toEqual({
      value: 'ACME INC.',
      lineage: {
        field: 'legalName',
        value: 'ACME INC.',
        sourceSystem: 'ERP',
        sourceRecordId: 'src_ERP',
        batchId: 'batch_ERP',
        verifiedAt: at(5),
        actor: null,
        rule: 'MOST_RECENTLY_VERIFIED',
      },
    });
  });

  it('breaks ties by the attribute’s source priority', () => {
    const golden = survive([
      source('ERP', at(3), { creditLimit: { minor: 1, currency: 'EUR' } }),
      source('RISK', at(3), { creditLimit: { minor: 2, currency: 'EUR' } }),
    ]);
    expect(golden.creditLimit?.value).toEqual({ minor: 2, currency: 'EUR' });
    expect(golden.creditLimit?.lineage.rule).toBe('SOURCE_PRIORITY');
  });

  it('counts an unknown verification time as oldest, and a lone value as the only source', () => {
    const golden = survive([
      source('BILLING', null, { legalName: 'Old' }),
      source('CRM', at(1), { legalName: 'New', duns: '123456789' }),
    ]);
    expect(golden.legalName?.value).toBe('New');
    expect(golden.duns?.lineage.rule).toBe('ONLY_SOURCE');
  });

  describe('with a steward’s edit', () => {
    const edit = (verifiedAt: Date, attributes: SourceContribution['attributes']): SourceContribution => ({
      sourceSystem: 'STEWARD',
      sourceRecordId: null,
      verifiedAt,
      assertedBy: 'STEWARD_EDIT',
      actor: 'steward.sam',
      attributes,
    });

    it('wins over older source values, and its lineage names the steward, when and how', () => {
      const golden = survive([
        source('ERP', at(5), { legalName: 'ACME INC.', duns: '123456789' }),
        edit(at(6), { legalName: 'Acme Incorporated' }),
      ]);
      expect(golden.legalName).toEqual({
        value: 'Acme Incorporated',
        lineage: {
          field: 'legalName',
          value: 'Acme Incorporated',
          sourceSystem: 'STEWARD',
          sourceRecordId: null,
          batchId: null,
          verifiedAt: at(6),
          actor: 'steward.sam',
          rule: 'STEWARD_EDIT',
        },
      });
      // Attributes the steward did not edit keep their source.
      expect(golden.duns?.lineage).toMatchObject({ sourceSystem: 'ERP', rule: 'ONLY_SOURCE', actor: null });
    });

    it('gives way to a source that verified a value later', () => {
      const golden = survive([
        edit(at(6), { billingAddress: { line1: 'Hauptstraße 1', city: 'Köln', country: 'DE' } }),
        source('BILLING', at(7), { billingAddress: { line1: 'Ringstraße 2', city: 'Köln', country: 'DE' } }),
      ]);
      expect(golden.billingAddress?.value.line1).toBe('Ringstraße 2');
      expect(golden.billingAddress?.lineage).toMatchObject({ sourceSystem: 'BILLING', rule: 'MOST_RECENTLY_VERIFIED' });
    });

    it('wins at the same verification time even over the attribute’s preferred source', () => {
      const golden = survive([
        source('RISK', at(6), { creditLimit: { minor: 5, currency: 'JPY' } }),
        edit(at(6), { creditLimit: { minor: 7, currency: 'JPY' } }),
      ]);
      expect(golden.creditLimit?.value).toEqual({ minor: 7, currency: 'JPY' });
      expect(golden.creditLimit?.lineage.rule).toBe('STEWARD_EDIT');
    });

    it('names a change event by its source system and rule, with no source record', () => {
      const golden = survive([
        source('RISK', at(2), { creditLimit: { minor: 1, currency: 'EUR' } }),
        {
          sourceSystem: 'RISK',
          sourceRecordId: null,
          verifiedAt: at(3),
          assertedBy: 'CHANGE_EVENT',
          attributes: { creditLimit: { minor: 2, currency: 'EUR' } },
        },
      ]);
      expect(golden.creditLimit?.lineage).toMatchObject({
        value: { minor: 2, currency: 'EUR' },
        sourceSystem: 'RISK',
        sourceRecordId: null,
        verifiedAt: at(3),
        actor: null,
        rule: 'CHANGE_EVENT',
      });
    });
  });
});
