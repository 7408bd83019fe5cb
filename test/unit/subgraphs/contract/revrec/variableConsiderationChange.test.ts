import type { ExistingObligation } from '../../../../../subgraphs/contract/revrec/modifyContract';
import { recognizedThrough } from '../../../../../subgraphs/contract/revrec/revenueSchedule';
import {
  VariableConsiderationChangeError,
  changeVariableConsideration,
} from '../../../../../subgraphs/contract/revrec/variableConsiderationChange';

const support: ExistingObligation = {
  id: 'support',
  pattern: 'RATABLE',
  startDate: '2024-01-01',
  endDate: '2024-12-31',
  standaloneSellingPriceMinor: 50_000,
  revisions: [{ effectiveDate: '2024-01-01', allocatedMinor: 50_000, treatment: 'INITIAL' }],
};
const licence: ExistingObligation = {
  id: 'licence',
  pattern: 'POINT_IN_TIME',
  transferDate: '2024-01-15',
  standaloneSellingPriceMinor: 50_000,
  revisions: [{ effectiveDate: '2024-01-01', allocatedMinor: 50_000, treatment: 'INITIAL' }],
};

describe('re-estimating variable consideration (ASC 606-10-32-42 to 32-45)', () => {
  it('releases a constrained bonus on a yearly subscription with a cumulative catch-up on the reporting date', () => {
    // Hand-computed: 12,000.00 for 2024 (366 days), a 1,200.00 bonus constrained to 0 at inception
    // and released on 30 June. Through 30 June (182 days) the old allocation recognised
    // trunc(1,200,000 × 182/366) = 596,721 cents, the new one trunc(1,320,000 × 182/366) = 656,393:
    // a catch-up of 596.72.
    const year: ExistingObligation = {
      ...support,
      standaloneSellingPriceMinor: 1_200_000,
      revisions: [{ effectiveDate: '2024-01-01', allocatedMinor: 1_200_000, treatment: 'INITIAL' }],
    };
    const result = changeVariableConsideration([year], {
      effectiveDate: '2024-06-30',
      changeMinor: 120_000,
      allocateTo: [],
    });
    expect(result).toEqual({
      revisions: [
        {
          obligationId: 'support',
          revision: { effectiveDate: '2024-06-30', allocatedMinor: 1_320_000, treatment: 'CUMULATIVE_CATCH_UP' },
        },
      ],
      transactionPriceBeforeMinor: 1_200_000,
      transactionPriceAfterMinor: 1_320_000,
      recognizedOnEffectiveDateMinor: 59_672,
      remainingBeforeMinor: 603_279,
      remainingAfterMinor: 663_607,
    });
    const after = { ...year, revisions: [...year.revisions, result.revisions[0].revision] };
    expect(recognizedThrough(after, '2024-12-31')).toBe(1_320_000);
  });

  it('spreads a change across the obligations by SSP: a transferred licence takes its share at once', () => {
    // Hand-computed: +10,000 on 31 March split 5,000 / 5,000. The licence (transferred in January)
    // recognises its 5,000 at once; support recognised trunc(50,000 × 91/366) = 12,431 and now
    // trunc(55,000 × 91/366) = 13,674: 1,243 more. Catch-up 6,243.
    const result = changeVariableConsideration([licence, support], {
      effectiveDate: '2024-03-31',
      changeMinor: 10_000,
      allocateTo: [],
    });
    expect(result.revisions.map((r) => [r.obligationId, r.revision.allocatedMinor])).toEqual([
      ['licence', 55_000],
      ['support', 55_000],
    ]);
    expect(result.recognizedOnEffectiveDateMinor).toBe(6_243);
  });

  it('tightens the constraint: a reduction to the one obligation the component belongs to (32-44), reversed on the date', () => {
    const result = changeVariableConsideration([licence, support], {
      effectiveDate: '2024-03-31',
      changeMinor: -6000,
      allocateTo: ['licence'],
    });
    expect(result.revisions).toEqual([
      {
        obligationId: 'licence',
        revision: { effectiveDate: '2024-03-31', allocatedMinor: 44_000, treatment: 'CUMULATIVE_CATCH_UP' },
      },
    ]);
    expect(result.recognizedOnEffectiveDateMinor).toBe(-6_000);
    expect(result.transactionPriceAfterMinor).toBe(94_000);
  });

  it('after a prospective modification, recognises what that basis would have had the share been there from its start', () => {
    // Prospective from 1 April: 20,000 carried, 50,000 allocated. A 9,000 release on 30 September.
    const prospective: ExistingObligation = {
      ...support,
      revisions: [
        ...support.revisions,
        { effectiveDate: '2024-04-01', allocatedMinor: 50_000, treatment: 'PROSPECTIVE', carriedMinor: 20_000 },
      ],
    };
    const result = changeVariableConsideration([prospective], {
      effectiveDate: '2024-09-30',
      changeMinor: 9000,
      allocateTo: [],
    });
    const changed = { ...prospective, revisions: [...prospective.revisions, result.revisions[0].revision] };
    const asIfFromTheStart: ExistingObligation = {
      ...support,
      revisions: [
        ...support.revisions,
        { effectiveDate: '2024-04-01', allocatedMinor: 59_000, treatment: 'PROSPECTIVE', carriedMinor: 20_000 },
      ],
    };
    for (const date of ['2024-09-30', '2024-10-31', '2024-11-15', '2024-12-31']) {
      const difference = recognizedThrough(changed, date) - recognizedThrough(asIfFromTheStart, date);
      expect(Math.abs(difference)).toBeLessThanOrEqual(1);
    }
    expect(recognizedThrough(changed, '2024-09-29')).toBe(recognizedThrough(prospective, '2024-09-29'));
    expect(recognizedThrough(changed, '2024-12-31')).toBe(59_000);
  });

  it('refuses a date before a revision already made, a removed target and a reduction below nothing', () => {
    const later = {
      ...support,
      revisions: [
        ...support.revisions,
        { effectiveDate: '2024-05-01', allocatedMinor: 1, treatment: 'CUMULATIVE_CATCH_UP' as const },
      ],
    };
    const change = { effectiveDate: '2024-03-31', changeMinor: 1000, allocateTo: [] };
    expect(() => changeVariableConsideration([later], change)).toThrow(/revision effective 2024-05-01/);
    expect(() => changeVariableConsideration([support], { ...change, allocateTo: ['gone'] })).toThrow(
      /obligation gone, which no longer remains/,
    );
    expect(() => changeVariableConsideration([support], { ...change, changeMinor: -60_000 })).toThrow(
      VariableConsiderationChangeError,
    );
  });
});
