import {
  checkBatch,
  checkCertificate,
  type CERTIFICATE_FIELDS,
} from '../../../../../subgraphs/contract/taxExemptions/certificateRecords';

const NUMBER = 'TX-EXM-99887766';

const fields = (overrides: Partial<Record<(typeof CERTIFICATE_FIELDS)[number], string>> = {}) => ({
  customerId: 'cus_000042',
  jurisdiction: 'US-TX',
  certificateNumber: NUMBER,
  scope: 'ALL',
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
  status: 'VERIFIED',
  documentReference: 'dms://certificates/4711.pdf',
  ...overrides,
});

const problemsOf = (overrides: Parameters<typeof fields>[0]) => {
  const checked = checkCertificate({ line: 2, fields: fields(overrides) });
  return 'problems' in checked ? checked.problems : [];
};

describe('a delivered certificate', () => {
  it('is read into its terms, normalised', () => {
    const checked = checkCertificate({
      line: 2,
      fields: fields({ jurisdiction: ' us-tx ', scope: 'TRAIN; PLAT;PLAT', status: 'verified', validTo: '' }),
    });
    expect(checked).toEqual({
      terms: {
        customerId: 'cus_000042',
        jurisdiction: { code: 'US-TX', country: 'US', subdivision: 'TX' },
        certificateNumber: NUMBER,
        allProducts: false,
        productCodes: ['PLAT', 'TRAIN'],
        validFrom: '2026-01-01',
        validTo: null,
        status: 'VERIFIED',
        documentReference: 'dms://certificates/4711.pdf',
      },
    });
  });

  it('names every problem by its field', () => {
    expect(problemsOf({ customerId: '' })).toEqual(['customerId is not a customer id']);
    expect(problemsOf({ jurisdiction: 'Texas' })).toEqual([expect.stringMatching(/^jurisdiction is not an ISO 3166/)]);
    expect(problemsOf({ certificateNumber: ' ' })).toEqual(['certificateNumber is empty']);
    expect(problemsOf({ certificateNumber: 'A'.repeat(65) })).toEqual([
      expect.stringMatching(/^certificateNumber is not a certificate number/),
    ]);
    expect(problemsOf({ scope: '' })).toEqual([expect.stringMatching(/^scope is neither ALL nor product codes/)]);
    expect(problemsOf({ scope: 'PLAT;;TRAIN' })).toHaveLength(1);
    expect(problemsOf({ validFrom: '2026-02-30' })).toEqual(['validFrom is not a date (YYYY-MM-DD)']);
    expect(problemsOf({ validTo: '31/12/2026' })).toEqual([expect.stringMatching(/^validTo is not a date/)]);
    expect(problemsOf({ validFrom: '2026-06-01', validTo: '2026-05-31' })).toEqual(['validTo is before validFrom']);
    expect(problemsOf({ validFrom: '2026-06-01', validTo: '2026-06-01' })).toEqual([]);
    expect(problemsOf({ status: 'OK' })).toEqual(['status is not one of PENDING, VERIFIED, REJECTED, REVOKED']);
    expect(problemsOf({ documentReference: 'x\u0007y' })).toHaveLength(1);
    expect(problemsOf({ jurisdiction: 'UK', status: '', validFrom: '' })).toHaveLength(3);
  });

  it('never quotes a value, so a certificate number in the wrong column travels nowhere', () => {
    for (const column of ['customerId', 'jurisdiction', 'scope', 'validFrom', 'validTo', 'status'] as const) {
      const problems = problemsOf({ [column]: `${NUMBER}/${NUMBER}` });
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.join(' ')).not.toContain('99887766');
    }
  });
});

describe('a batch of certificates', () => {
  it('checks every record and refuses a certificate delivered twice, naming lines only', () => {
    const result = checkBatch({
      source: 'certificates-2026-12-05.csv',
      problems: [],
      records: [
        { line: 2, fields: fields() },
        { line: 3, fields: fields({ status: 'NOPE' }) },
        { line: 4, fields: fields({ validTo: '2027-12-31' }) },
        { line: 5, fields: fields({ jurisdiction: 'US' }) },
      ],
    });
    expect(result.certificates.map((c) => c.line)).toEqual([2, 5]);
    expect(result.violations).toEqual([
      { source: 'certificates-2026-12-05.csv', line: 3, problem: expect.stringMatching(/^status is not/) },
      {
        source: 'certificates-2026-12-05.csv',
        line: 4,
        problem: 'repeats the certificate of line 2 (same customer, jurisdiction and number)',
      },
    ]);
  });

  it("carries the adapter's problems with the batch's", () => {
    const result = checkBatch({ source: 'a.csv', problems: [{ line: 1, problem: 'header' }], records: [] });
    expect(result).toEqual({ certificates: [], violations: [{ source: 'a.csv', line: 1, problem: 'header' }] });
  });
});
