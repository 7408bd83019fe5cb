import { type ContractToValidate, validateContract } from '../../../../../subgraphs/contract/revrec/validateContract';

/** A licence delivered in January, a year of support, an implementation measured by hours, billed and posted correctly. */
function cleanContract(): ContractToValidate {
  return {
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    obligations: [
      { id: 'licence', pattern: 'POINT_IN_TIME', transferDate: '2026-01-15' },
      { id: 'support', pattern: 'RATABLE', startDate: '2026-01-01', endDate: '2026-12-31' },
      {
        id: 'implementation',
        pattern: 'INPUT_METHOD',
        startDate: '2026-02-01',
        endDate: '2026-06-30',
        // In any order; the second measurement revises the total upwards, which lowers the ratio legitimately.
        progress: [
          { asOf: '2026-03-31', completedUnits: 50, totalUnits: 400 },
          { asOf: '2026-02-28', completedUnits: 40, totalUnits: 200 },
        ],
      },
    ],
    billings: [
      { date: '2026-01-01', amountMinor: 1_200_000 },
      { date: '2026-12-31', amountMinor: 600_000 },
    ],
    postedRevenue: [
      { obligationId: 'licence', month: '2026-01', amountMinor: 500_000 },
      { obligationId: 'support', month: '2026-01', amountMinor: 50_000 },
      { obligationId: 'implementation', month: '2026-02', amountMinor: 100_000 },
    ],
  };
}

/** The clean contract with one change applied. */
function changed(change: (contract: ContractToValidate) => void): ContractToValidate {
  const contract = cleanContract();
  change(contract);
  return contract;
}

const obligation = (contract: ContractToValidate, id: string) =>
  contract.obligations.find((o) => o.id === id) as ContractToValidate['obligations'][number];
const brief = (contract: ContractToValidate) => validateContract(contract).map(({ rule, path }) => `${rule} ${path}`);

describe('validating a contract against premature recognition', () => {
  it('finds nothing wrong with a clean contract, or with an open-ended one', () => {
    expect(validateContract(cleanContract())).toEqual([]);
    expect(validateContract(changed((c) => (c.endDate = null)))).toEqual([]);
    expect(validateContract(changed((c) => delete c.postedRevenue))).toEqual([]);
  });

  it('NO_OBLIGATIONS: a contract needs at least one performance obligation', () => {
    expect(validateContract(changed((c) => ((c.obligations = []), (c.postedRevenue = []))))).toEqual([
      { rule: 'NO_OBLIGATIONS', path: 'obligations', message: 'a contract needs at least one performance obligation' },
    ]);
  });

  describe('CONTRACT_DATES', () => {
    it('an end before the start', () => {
      expect(validateContract(changed((c) => (c.endDate = '2025-12-31')))).toEqual([
        {
          rule: 'CONTRACT_DATES',
          path: 'endDate',
          message: 'the contract ends on 2025-12-31, before it starts on 2026-01-01',
        },
      ]);
    });

    it('dates that are not real, each reported once and not again by the checks that compare with them', () => {
      expect(validateContract(changed((c) => (c.startDate = '2026-02-30')))).toEqual([
        {
          rule: 'CONTRACT_DATES',
          path: 'startDate',
          message: 'the contract start "2026-02-30" is not a real date (YYYY-MM-DD)',
        },
      ]);
      expect(brief(changed((c) => (c.endDate = '31/12/2026')))).toEqual(['CONTRACT_DATES endDate']);
      expect(brief(changed((c) => ((c.startDate = ''), (c.endDate = '2026-13-01'))))).toEqual([
        'CONTRACT_DATES startDate',
        'CONTRACT_DATES endDate',
      ]);
    });
  });

  describe('BILLING_OUTSIDE_CONTRACT', () => {
    it('billings before the start or after the end, in input order', () => {
      const contract = changed(
        (c) =>
          (c.billings = [
            { date: '2027-01-01', amountMinor: 100 },
            { date: '2026-06-01', amountMinor: 100 },
            { date: '2025-12-31', amountMinor: 100 },
          ]),
      );
      expect(validateContract(contract)).toEqual([
        {
          rule: 'BILLING_OUTSIDE_CONTRACT',
          path: 'billings[0].date',
          message: 'billed on 2027-01-01, after the contract ends on 2026-12-31',
        },
        {
          rule: 'BILLING_OUTSIDE_CONTRACT',
          path: 'billings[2].date',
          message: 'billed on 2025-12-31, before the contract starts on 2026-01-01',
        },
      ]);
    });

    it('a billing date that is not real; an open-ended contract has no end to bill after', () => {
      expect(brief(changed((c) => ((c.billings[1].date = '2026-04-31'), (c.billings[0].date = '2026-00-10'))))).toEqual(
        ['BILLING_OUTSIDE_CONTRACT billings[0].date', 'BILLING_OUTSIDE_CONTRACT billings[1].date'],
      );
      expect(validateContract(changed((c) => ((c.endDate = undefined), (c.billings[1].date = '2030-01-01'))))).toEqual(
        [],
      );
    });
  });

  it('BILLING_NOT_POSITIVE: zero, negative or fractional billing amounts', () => {
    const contract = changed(
      (c) =>
        (c.billings = [
          { date: '2026-01-01', amountMinor: 0 },
          { date: '2026-02-01', amountMinor: -500 },
          { date: '2026-03-01', amountMinor: 10.5 },
          { date: '2026-04-01', amountMinor: 1 },
        ]),
    );
    expect(validateContract(contract)).toEqual([
      {
        rule: 'BILLING_NOT_POSITIVE',
        path: 'billings[0].amountMinor',
        message: 'the billing of 2026-01-01 is not an amount above zero',
      },
      {
        rule: 'BILLING_NOT_POSITIVE',
        path: 'billings[1].amountMinor',
        message: 'the billing of 2026-02-01 is not an amount above zero',
      },
      {
        rule: 'BILLING_NOT_POSITIVE',
        path: 'billings[2].amountMinor',
        message: 'the billing of 2026-03-01 is not an amount above zero',
      },
    ]);
  });

  describe('OBLIGATION_OUTSIDE_CONTRACT', () => {
    it('a service period starting before the contract or ending after it', () => {
      const contract = changed((c) => {
        obligation(c, 'support').startDate = '2025-12-01';
        obligation(c, 'implementation').endDate = '2027-01-31';
      });
      expect(validateContract(contract)).toEqual([
        {
          rule: 'OBLIGATION_OUTSIDE_CONTRACT',
          path: 'obligations[1].startDate',
          message: 'obligation "support" starts 2025-12-01, before the contract starts on 2026-01-01',
        },
        {
          rule: 'OBLIGATION_OUTSIDE_CONTRACT',
          path: 'obligations[2].endDate',
          message: 'obligation "implementation" ends 2027-01-31, after the contract ends on 2026-12-31',
        },
      ]);
    });

    it('does not apply to point-in-time obligations, nor an end to an open-ended contract', () => {
      expect(validateContract(changed((c) => (obligation(c, 'licence').startDate = '2025-01-01')))).toEqual([]);
      expect(
        validateContract(changed((c) => ((c.endDate = null), (obligation(c, 'support').endDate = '2028-12-31')))),
      ).toEqual([]);
    });
  });

  describe('MISSING_SERVICE_PERIOD', () => {
    it('a ratable obligation without a start or an end', () => {
      expect(validateContract(changed((c) => (obligation(c, 'support').startDate = null)))).toEqual([
        {
          rule: 'MISSING_SERVICE_PERIOD',
          path: 'obligations[1].startDate',
          message: 'obligation "support" is recognised ratably but its service period has no start date',
        },
      ]);
      expect(brief(changed((c) => delete obligation(c, 'support').endDate))).toEqual([
        'MISSING_SERVICE_PERIOD obligations[1].endDate',
      ]);
    });

    it('a start after the end, or a date that is not real', () => {
      expect(
        validateContract(
          changed((c) => Object.assign(obligation(c, 'support'), { startDate: '2026-01-20', endDate: '2026-01-10' })),
        ),
      ).toEqual([
        {
          rule: 'MISSING_SERVICE_PERIOD',
          path: 'obligations[1].endDate',
          message: 'obligation "support" ends 2026-01-10, before it starts on 2026-01-20',
        },
      ]);
      expect(validateContract(changed((c) => (obligation(c, 'support').endDate = '2026-02-29')))).toEqual([
        {
          rule: 'MISSING_SERVICE_PERIOD',
          path: 'obligations[1].endDate',
          message: 'obligation "support" has a service period end "2026-02-29" that is not a real date (YYYY-MM-DD)',
        },
      ]);
    });

    it('an input-method obligation may leave its planned dates out', () => {
      expect(
        validateContract(
          changed((c) => Object.assign(obligation(c, 'implementation'), { startDate: null, endDate: undefined })),
        ),
      ).toEqual([]);
    });
  });

  describe('TRANSFER_BEFORE_START', () => {
    it('control transferred before the contract starts', () => {
      expect(validateContract(changed((c) => (obligation(c, 'licence').transferDate = '2025-12-15')))).toEqual([
        {
          rule: 'TRANSFER_BEFORE_START',
          path: 'obligations[0].transferDate',
          message: 'obligation "licence" transfers control on 2025-12-15, before the contract starts on 2026-01-01',
        },
      ]);
    });

    it('control transferred after the contract ends, which also makes the posted revenue premature', () => {
      expect(validateContract(changed((c) => (obligation(c, 'licence').transferDate = '2027-01-05')))).toEqual([
        {
          rule: 'TRANSFER_BEFORE_START',
          path: 'obligations[0].transferDate',
          message: 'obligation "licence" transfers control on 2027-01-05, after the contract ends on 2026-12-31',
        },
        {
          rule: 'RECOGNITION_BEFORE_TRANSFER',
          path: 'postedRevenue[0].month',
          message: 'revenue for obligation "licence" is posted in 2026-01, before control transferred on 2027-01-05',
        },
      ]);
    });

    it('a transfer date that is not real, which leaves revenue posted for it unsupported; no transfer yet is fine while nothing is posted', () => {
      expect(validateContract(changed((c) => (obligation(c, 'licence').transferDate = '2026-1-15')))).toEqual([
        {
          rule: 'TRANSFER_BEFORE_START',
          path: 'obligations[0].transferDate',
          message: 'obligation "licence" has a transfer date "2026-1-15" that is not a real date (YYYY-MM-DD)',
        },
        {
          rule: 'RECOGNITION_BEFORE_TRANSFER',
          path: 'postedRevenue[0].month',
          message:
            'revenue for obligation "licence" is posted in 2026-01, but its transfer date "2026-1-15" is not a real date',
        },
      ]);
      expect(
        validateContract(changed((c) => ((obligation(c, 'licence').transferDate = null), (c.postedRevenue = [])))),
      ).toEqual([]);
    });
  });

  describe('PROGRESS_INVALID', () => {
    const withProgress = (progress: { asOf: string; completedUnits: number; totalUnits: number }[]) =>
      validateContract(changed((c) => ((obligation(c, 'implementation').progress = progress), (c.postedRevenue = []))));

    it('more completed than the total, a total of zero or less, negative completed units', () => {
      expect(
        withProgress([
          { asOf: '2026-02-10', completedUnits: 210, totalUnits: 200 },
          { asOf: '2026-02-11', completedUnits: 0, totalUnits: 0 },
          { asOf: '2026-02-12', completedUnits: -1, totalUnits: 200 },
        ]),
      ).toEqual([
        {
          rule: 'PROGRESS_INVALID',
          path: 'obligations[2].progress[0]',
          message:
            'progress of obligation "implementation": 210 units completed on 2026-02-10, more than the total of 200',
        },
        {
          rule: 'PROGRESS_INVALID',
          path: 'obligations[2].progress[1]',
          message: 'progress of obligation "implementation": total units on 2026-02-11 must be more than 0, got 0',
        },
        {
          rule: 'PROGRESS_INVALID',
          path: 'obligations[2].progress[2]',
          message: 'progress of obligation "implementation": completed units on 2026-02-12 cannot be negative, got -1',
        },
      ]);
    });

    it('completed units falling over time, found in date order and reported at the later measurement', () => {
      expect(
        withProgress([
          { asOf: '2026-04-30', completedUnits: 30, totalUnits: 200 },
          { asOf: '2026-03-31', completedUnits: 60, totalUnits: 200 },
          { asOf: '2026-02-28', completedUnits: 20, totalUnits: 200 },
        ]),
      ).toEqual([
        {
          rule: 'PROGRESS_INVALID',
          path: 'obligations[2].progress[0]',
          message:
            'progress of obligation "implementation": completed units fell from 60 on 2026-03-31 to 30 on 2026-04-30',
        },
      ]);
    });

    it('measured before the obligation starts, before the contract starts, or on a date that is not real', () => {
      expect(withProgress([{ asOf: '2026-01-31', completedUnits: 5, totalUnits: 200 }])).toEqual([
        {
          rule: 'PROGRESS_INVALID',
          path: 'obligations[2].progress[0]',
          message:
            'progress of obligation "implementation": measured on 2026-01-31, before obligation "implementation" starts on 2026-02-01',
        },
      ]);
      const undated = changed((c) => {
        Object.assign(obligation(c, 'implementation'), {
          startDate: null,
          progress: [{ asOf: '2025-12-31', completedUnits: 5, totalUnits: 200 }],
        });
        c.postedRevenue = [];
      });
      expect(validateContract(undated)).toEqual([
        {
          rule: 'PROGRESS_INVALID',
          path: 'obligations[2].progress[0]',
          message:
            'progress of obligation "implementation": measured on 2025-12-31, before the contract starts on 2026-01-01',
        },
      ]);
      expect(withProgress([{ asOf: '2026-13-31', completedUnits: 5, totalUnits: 200 }]).map((v) => v.message)).toEqual([
        'progress of obligation "implementation": measured on "2026-13-31", which is not a real date (YYYY-MM-DD)',
      ]);
    });

    it('reports each problem once: a bad measurement is not compared again for a fall', () => {
      const violations = withProgress([
        { asOf: '2026-02-28', completedUnits: 40, totalUnits: 200 },
        { asOf: '2026-03-31', completedUnits: -5, totalUnits: 200 },
        { asOf: '2026-04-30', completedUnits: 60, totalUnits: 200 },
      ]);
      expect(violations.map((v) => v.path)).toEqual(['obligations[2].progress[1]']);
    });
  });

  describe('RECOGNITION_BEFORE_START', () => {
    it('posted before the contract starts, or before the service period starts', () => {
      const contract = changed((c) => {
        c.postedRevenue = [
          { obligationId: 'support', month: '2025-12', amountMinor: 50_000 },
          { obligationId: 'implementation', month: '2026-01', amountMinor: 10_000 },
          { obligationId: 'implementation', month: '2026-02', amountMinor: 10_000 },
        ];
      });
      expect(validateContract(contract)).toEqual([
        {
          rule: 'RECOGNITION_BEFORE_START',
          path: 'postedRevenue[0].month',
          message: 'revenue for obligation "support" is posted in 2025-12, before the contract starts on 2026-01-01',
        },
        {
          rule: 'RECOGNITION_BEFORE_START',
          path: 'postedRevenue[1].month',
          message:
            'revenue for obligation "implementation" is posted in 2026-01, before obligation "implementation" starts on 2026-02-01',
        },
      ]);
    });

    it('a month that is not real; an unknown obligation is still held to the contract start; zero lines recognise nothing', () => {
      const contract = changed((c) => {
        c.postedRevenue = [
          { obligationId: 'support', month: '2026-13', amountMinor: 1 },
          { obligationId: 'training', month: '2025-11', amountMinor: 1 },
          { obligationId: 'support', month: '2025-11', amountMinor: 0 },
        ];
      });
      expect(validateContract(contract).map((v) => v.message)).toEqual([
        'revenue for obligation "support" is posted in "2026-13", which is not a real month (YYYY-MM)',
        'revenue for obligation "training" is posted in 2025-11, before the contract starts on 2026-01-01',
      ]);
    });
  });

  describe('RECOGNITION_BEFORE_TRANSFER', () => {
    it('posted for a point-in-time obligation before control transferred, or with no transfer yet', () => {
      const contract = changed((c) => {
        obligation(c, 'licence').transferDate = '2026-03-10';
        c.obligations.push({ id: 'hardware', pattern: 'POINT_IN_TIME' });
        c.postedRevenue = [
          { obligationId: 'licence', month: '2026-02', amountMinor: 500_000 },
          { obligationId: 'licence', month: '2026-03', amountMinor: 500_000 },
          { obligationId: 'hardware', month: '2026-04', amountMinor: 80_000 },
        ];
      });
      expect(validateContract(contract)).toEqual([
        {
          rule: 'RECOGNITION_BEFORE_TRANSFER',
          path: 'postedRevenue[0].month',
          message: 'revenue for obligation "licence" is posted in 2026-02, before control transferred on 2026-03-10',
        },
        {
          rule: 'RECOGNITION_BEFORE_TRANSFER',
          path: 'postedRevenue[2].month',
          message: 'revenue for obligation "hardware" is posted in 2026-04, but control has not transferred',
        },
      ]);
    });

    it('a posting before the contract starts is reported as such, once', () => {
      expect(
        brief(changed((c) => (c.postedRevenue = [{ obligationId: 'licence', month: '2025-12', amountMinor: 1 }]))),
      ).toEqual(['RECOGNITION_BEFORE_START postedRevenue[0].month']);
    });
  });

  it('a contract with 9 planted problems gives exactly 9 violations, in the order of the rules then of the input', () => {
    const contract = changed((c) => {
      c.endDate = '2026-12-32';
      c.billings[0].amountMinor = 0;
      c.billings[1].date = '2025-12-20';
      obligation(c, 'licence').transferDate = '2025-12-15';
      obligation(c, 'support').startDate = '2025-12-01';
      const implementation = obligation(c, 'implementation');
      implementation.progress = [
        ...(implementation.progress ?? []),
        { asOf: '2026-04-30', completedUnits: 30, totalUnits: 400 },
      ]; // down from 50
      c.obligations.push(
        { id: 'training', pattern: 'RATABLE', startDate: '2026-03-01' },
        { id: 'hardware', pattern: 'POINT_IN_TIME' },
      );
      c.postedRevenue = [
        ...(c.postedRevenue ?? []),
        { obligationId: 'support', month: '2025-12', amountMinor: 50_000 },
        { obligationId: 'hardware', month: '2026-02', amountMinor: 80_000 },
      ];
    });
    expect(brief(contract)).toEqual([
      'CONTRACT_DATES endDate',
      'BILLING_OUTSIDE_CONTRACT billings[1].date',
      'BILLING_NOT_POSITIVE billings[0].amountMinor',
      'OBLIGATION_OUTSIDE_CONTRACT obligations[1].startDate',
      'MISSING_SERVICE_PERIOD obligations[3].endDate',
      'TRANSFER_BEFORE_START obligations[0].transferDate',
      'PROGRESS_INVALID obligations[2].progress[2]',
      'RECOGNITION_BEFORE_START postedRevenue[3].month',
      'RECOGNITION_BEFORE_TRANSFER postedRevenue[4].month',
    ]);
  });
});
