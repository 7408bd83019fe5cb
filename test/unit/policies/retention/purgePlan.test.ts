import { holdCovers, holdReaches, type HoldScope } from '../../../../policies/holdCoverage';
import { planPurge } from '../../../../policies/purgePlan';

const hold = (scope: Partial<HoldScope>): HoldScope => ({
  id: 'hold_1',
  matter: 'Acme v. Custos',
  customerIds: [],
  recordClasses: [],
  from: null,
  to: null,
  ...scope,
});

const COUNTRIES: Record<string, string> = { cus_de: 'DE', cus_us: 'US', cus_gb: 'GB' };
const countryOf = (customerId: string | null) => (customerId ? COUNTRIES[customerId] : undefined);

describe('legal hold coverage', () => {
  const record = { customerId: 'cus_de', recordClass: 'INVOICE_HISTORY' as const, date: '2014-05-01' };

  it('covers a record only where every part of its scope given matches', () => {
    expect(holdCovers(hold({ customerIds: ['cus_de'] }), record)).toBe(true);
    expect(holdCovers(hold({ customerIds: ['cus_us'] }), record)).toBe(false);
    expect(holdCovers(hold({ recordClasses: ['CUSTOMER_CHANGE_LOG'] }), record)).toBe(false);
    expect(holdCovers(hold({ recordClasses: ['INVOICE_HISTORY'], from: '2014-01-01', to: '2014-12-31' }), record)).toBe(
      true,
    );
    expect(holdCovers(hold({ from: '2014-05-02' }), record)).toBe(false);
    expect(holdCovers(hold({ to: '2014-04-30' }), record)).toBe(false);
    expect(holdCovers(hold({ customerIds: ['cus_de'] }), { ...record, customerId: null })).toBe(false);
  });

  it('reaches customers and classes whatever the dates, for destructive changes', () => {
    expect(holdReaches(hold({ customerIds: ['cus_de'], from: '2001-01-01', to: '2001-12-31' }), ['cus_de'], [])).toBe(
      true,
    );
    expect(holdReaches(hold({ customerIds: ['cus_us'] }), ['cus_de'], ['SOURCE_RECORD'])).toBe(false);
    expect(holdReaches(hold({ recordClasses: ['INVOICE_HISTORY'] }), ['cus_de'], ['SOURCE_RECORD'])).toBe(false);
    expect(holdReaches(hold({ recordClasses: ['SOURCE_RECORD'] }), ['cus_de'], ['SOURCE_RECORD'])).toBe(true);
  });

  it('reaches records of no customer and no class only by a hold naming neither, within its dates', () => {
    const day = { from: '1999-12-31', to: '1999-12-31' };
    expect(holdReaches(hold({ from: '1999-01-01', to: '1999-12-31' }), [], [], day)).toBe(true);
    expect(holdReaches(hold({ from: '2000-01-01' }), [], [], day)).toBe(false);
    expect(holdReaches(hold({ to: '1999-12-30' }), [], [], day)).toBe(false);
    expect(holdReaches(hold({ customerIds: ['cus_de'] }), [], [], day)).toBe(false);
    expect(holdReaches(hold({ recordClasses: ['INVOICE_HISTORY'] }), [], [], day)).toBe(false);
  });
});

describe('the purge plan', () => {
  const candidates = [
    { id: 'inv_de_old', customerId: 'cus_de', date: '2014-05-01' },
    { id: 'inv_de_young', customerId: 'cus_de', date: '2016-05-01' },
    { id: 'inv_us_old', customerId: 'cus_us', date: '2018-05-01' },
    { id: 'inv_gb_old', customerId: 'cus_gb', date: '2019-05-01' },
    { id: 'inv_unknown', customerId: 'cus_gone', date: '2015-05-01' },
  ];

  it('removes what is past its jurisdiction rule and keeps the rest', () => {
    const plan = planPurge('INVOICE_HISTORY', candidates, countryOf, [], '2026-12-05');
    expect(plan.remove.flatMap((batch) => batch.ids)).toEqual([
      'inv_de_old',
      'inv_unknown',
      'inv_us_old',
      'inv_gb_old',
    ]);
    expect(plan.remove[0]).toEqual({ rule: plan.lines[0].rule, ids: ['inv_de_old'] });
    expect(plan.lines.map((line) => [line.jurisdiction, line.by, line.expired, line.removed])).toEqual([
      ['DE', 'RULE', 1, 1],
      ['DEFAULT', 'DEFAULT', 1, 1],
      ['GB', 'RULE', 1, 1],
      ['US', 'RULE', 1, 1],
    ]);
    expect(plan.lines[0]).toMatchObject({ firstIds: ['inv_de_old'], latestKeptUntil: '2024-12-31' });
    expect(plan.lines[0].rule).toMatch(/^INVOICE_HISTORY DE: 10 years from the end of the calendar year \(HGB/);
  });

  it('holds back what a hold covers, naming the matter, and removes nothing for it', () => {
    const holds = [hold({ id: 'hold_us', matter: 'US tax audit 2018', customerIds: ['cus_us'] })];
    const plan = planPurge('INVOICE_HISTORY', candidates, countryOf, holds, '2026-12-05');
    expect(plan.remove.flatMap((batch) => batch.ids)).not.toContain('inv_us_old');
    expect(plan.lines.find((line) => line.jurisdiction === 'US')).toMatchObject({
      expired: 1,
      removed: 0,
      firstIds: [],
      heldBack: [{ holdId: 'hold_us', matter: 'US tax audit 2018', records: 1 }],
    });
  });

  it('reports nothing when nothing is past retention', () => {
    expect(planPurge('INVOICE_HISTORY', candidates, countryOf, [], '2020-01-01')).toEqual({ remove: [], lines: [] });
  });
});
