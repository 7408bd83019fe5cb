import { readScoreCsv } from '../../../../../subgraphs/customer/credit/scoreCsv';

describe('a credit score CSV', () => {
  it('reads columns by name, in any order, case and separators, and skips blank lines', () => {
    const text =
      '\uFEFFScore,as_of,Customer ID,vendor-reference\r\n' +
      '87,2026-12-01,cus_000001,"R-1, revised"\r\n' +
      '\r\n' +
      '12,2026-12-01,cus_000002,R-2\r\n';
    expect(readScoreCsv('scores.csv', text)).toEqual({
      reference: 'scores.csv',
      problems: [],
      records: [
        {
          line: 2,
          customerId: 'cus_000001',
          sourceSystem: '',
          sourceId: '',
          score: '87',
          asOf: '2026-12-01',
          vendorReference: 'R-1, revised',
        },
        {
          line: 4,
          customerId: 'cus_000002',
          sourceSystem: '',
          sourceId: '',
          score: '12',
          asOf: '2026-12-01',
          vendorReference: 'R-2',
        },
      ],
    });
  });

  it('names a customer by its record in a source system', () => {
    const { records } = readScoreCsv(
      'x.csv',
      'sourceSystem,sourceId,score,asOf,vendorReference\nRISK,RSK-1,50,2026-12-01,R\n',
    );
    expect(records[0]).toMatchObject({ sourceSystem: 'RISK', sourceId: 'RSK-1', customerId: '' });
  });

  it('refuses a header it cannot read, naming columns by position and never quoting a cell', () => {
    const { problems, records } = readScoreCsv('x.csv', 'customerId,score,score,creditLimit\ncus_1,5,6,999999\n');
    expect(records).toEqual([]);
    expect(problems).toEqual([
      { line: 1, reason: 'column 4 is not a credit score column' },
      { line: 1, reason: 'the header names score twice' },
      { line: 1, reason: 'the header names no asOf column' },
      { line: 1, reason: 'the header names no vendorReference column' },
    ]);
    expect(JSON.stringify(problems)).not.toContain('999999');
  });

  it('asks for a customer column, and refuses an empty file', () => {
    expect(readScoreCsv('x.csv', 'score,asOf,vendorReference\n').problems).toEqual([
      { line: 1, reason: 'the header names neither a customerId nor a sourceId column' },
    ]);
    expect(readScoreCsv('x.csv', '').problems).toEqual([
      { line: 1, reason: 'the file is empty: a header line is needed' },
    ]);
  });

  it('reports a line with the wrong number of fields', () => {
    const { problems, records } = readScoreCsv('x.csv', 'customerId,score,asOf,vendorReference\ncus_1,77,2026-12-01\n');
    expect(records).toEqual([]);
    expect(problems).toEqual([{ line: 2, reason: '3 fields where the header has 4' }]);
  });
});
