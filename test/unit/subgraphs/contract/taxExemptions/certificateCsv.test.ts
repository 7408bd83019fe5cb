import { certificateCsv } from '../../../../../subgraphs/contract/taxExemptions/certificateCsv';

const HEADER = 'customerId,jurisdiction,certificateNumber,scope,validFrom,validTo,status,documentReference';

describe('a file-drop CSV', () => {
  it('becomes records by header name, each with its line in the file', () => {
    const text = `\uFEFF${HEADER}\r\ncus_1,US-TX,TX-1,ALL,2026-01-01,,VERIFIED,\r\n\r\n"cus_2",DE,"DE, 2",PLAT;TRAIN,2026-01-01,2026-12-31,PENDING,ref\r\n`;
    expect(certificateCsv('a.csv', text)).toEqual({
      source: 'a.csv',
      problems: [],
      records: [
        {
          line: 2,
          fields: {
            customerId: 'cus_1',
            jurisdiction: 'US-TX',
            certificateNumber: 'TX-1',
            scope: 'ALL',
            validFrom: '2026-01-01',
            validTo: '',
            status: 'VERIFIED',
            documentReference: '',
          },
        },
        expect.objectContaining({ line: 4, fields: expect.objectContaining({ certificateNumber: 'DE, 2' }) }),
      ],
    });
  });

  it('takes the columns in any order', () => {
    const columns = HEADER.split(',').reverse();
    const batch = certificateCsv('a.csv', `${columns.join(',')}\nref,VERIFIED,,2026-01-01,ALL,TX-1,US-TX,cus_1\n`);
    expect(batch.records[0].fields).toMatchObject({ customerId: 'cus_1', certificateNumber: 'TX-1' });
  });

  it('refuses a header that does not name the columns, quoting no cell of it', () => {
    const noHeader = certificateCsv('a.csv', 'cus_1,US-TX,TX-99887766,ALL,2026-01-01,,VERIFIED,\n');
    expect(noHeader.records).toEqual([]);
    expect(noHeader.problems).toHaveLength(1);
    expect(noHeader.problems[0].line).toBe(1);
    expect(noHeader.problems[0].problem).toContain('missing: customerId, jurisdiction');
    expect(noHeader.problems[0].problem).toContain('not known: column 1, 2, 3, 4, 5, 6, 7');
    expect(noHeader.problems[0].problem).not.toContain('99887766');
    const twice = certificateCsv('a.csv', `${HEADER},status\n`);
    expect(twice.problems[0].problem).toContain('named twice: status');
  });

  it('refuses a line of another width, and stops at a field spanning lines', () => {
    const batch = certificateCsv(
      'a.csv',
      `${HEADER}\ncus_1,US-TX,TX-1,ALL\ncus_1,US-TX,TX-1,ALL,2026-01-01,,VERIFIED,\ncus_2,US-TX,"TX\n2",ALL,2026-01-01,,VERIFIED,\ncus_3\n`,
    );
    expect(batch.problems).toEqual([
      { line: 2, problem: 'has 4 fields, the header 8' },
      { line: 4, problem: 'a field holds a line break' },
    ]);
    expect(batch.records.map((record) => record.line)).toEqual([3]);
  });

  it('reads a header alone as an empty batch', () => {
    expect(certificateCsv('a.csv', `${HEADER}\n`)).toEqual({ source: 'a.csv', records: [], problems: [] });
  });
});
