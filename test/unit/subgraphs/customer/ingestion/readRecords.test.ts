import { parseCsv } from '../../../../../lib/csv';
import { readCsv, readJsonLines } from '../../../../../subgraphs/customer/ingestion/readRecords';

describe('reading bulk-load files', () => {
  it('reads JSON Lines with attributes inline or nested, and reports bad lines', () => {
    const text = [
      '{"sourceId":"A1","version":3,"verifiedAt":"2026-11-01T00:00:00Z","attributes":{"name":"Acme Inc","country":"US"}}',
      '{"sourceId":"A2","name":"Beta GmbH","country":"DE"}',
      'not json',
      '{"version":1}',
      '',
    ].join('\n');
    const { records, problems } = readJsonLines(text);
    expect(records).toEqual([
      {
        sourceId: 'A1',
        version: 3,
        verifiedAt: new Date('2026-11-01T00:00:00Z'),
        attributes: { name: 'Acme Inc', country: 'US' },
      },
      { sourceId: 'A2', version: 1, verifiedAt: null, attributes: { name: 'Beta GmbH', country: 'DE' } },
    ]);
    expect(problems).toEqual([
      { line: 3, reason: 'not valid JSON' },
      { line: 4, reason: 'sourceId is missing' },
    ]);
  });

  it('reads CSV with quoted commas and dotted nested columns', () => {
    const text =
      'sourceId,version,name,country,address.city\nB1,2,"Gamma, S.A.",ES,Madrid\nB2,x,Delta,ES,\nB3,1,Epsilon\n';
    const { records, problems } = readCsv(text);
    expect(records).toEqual([
      {
        sourceId: 'B1',
        version: 2,
        verifiedAt: null,
        attributes: { name: 'Gamma, S.A.', country: 'ES', address: { city: 'Madrid' } },
      },
    ]);
    expect(problems).toEqual([
      { line: 3, reason: 'version must be a non-negative integer' },
      { line: 4, reason: 'has 3 columns, the header has 5' },
    ]);
  });

  it('parses quoted cells, including one that spans lines', () => {
    expect(parseCsv('a,"b ""quoted"", c",d\n"two\nlines",x,y\r\n')).toEqual([
      ['a', 'b "quoted", c', 'd'],
      ['two\nlines', 'x', 'y'],
    ]);
  });
});
