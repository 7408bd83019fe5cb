import { hasBegun, isOverdue, quarterEndedBefore, quarterOfDay, reviewPeriod } from '../../../lib/reviewPeriod';

describe('review periods', () => {
  it('are quarters, from their first day to the next quarter’s, due 30 days after they end', () => {
    expect(reviewPeriod('2026-Q3')).toEqual({
      period: '2026-Q3',
      from: '2026-07-01',
      until: '2026-10-01',
      dueOn: '2026-10-30',
    });
    expect(reviewPeriod('2026-Q4')).toMatchObject({ from: '2026-10-01', until: '2027-01-01', dueOn: '2027-01-30' });
    expect(reviewPeriod('2024-Q1')).toMatchObject({ from: '2024-01-01', until: '2024-04-01', dueOn: '2024-04-30' });
  });

  it.each(['2026-Q5', '2026-Q0', '2026Q3', '26-Q3', '2026-q3', '2026-Q3 ', '2026-07', ''])('%j names none', (text) => {
    expect(reviewPeriod(text)).toBeNull();
  });

  it('knows the quarter a day is in and the one ended before an instant', () => {
    expect(quarterOfDay('2026-12-05')).toBe('2026-Q4');
    expect(quarterEndedBefore(new Date('2027-01-01T05:00:00Z'))).toBe('2026-Q4');
    expect(quarterEndedBefore(new Date('2026-07-01T00:00:00Z'))).toBe('2026-Q2');
    expect(quarterEndedBefore(new Date('2026-06-30T23:59:59Z'))).toBe('2026-Q1');
  });

  it('is overdue only when incomplete after its due day, and begun from its first day', () => {
    const q3 = reviewPeriod('2026-Q3')!;
    expect(isOverdue(q3, false, '2026-10-30')).toBe(false);
    expect(isOverdue(q3, false, '2026-10-31')).toBe(true);
    expect(isOverdue(q3, true, '2026-12-31')).toBe(false);
    expect(hasBegun(q3, '2026-06-30')).toBe(false);
    expect(hasBegun(q3, '2026-07-01')).toBe(true);
  });
});
