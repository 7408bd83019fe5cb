import { alertsDue, daysUntil, type AlertSubject } from '../../../../../subgraphs/audit/registers/expiryAlerts';

const agreement = (id: string, dueOn: string): AlertSubject => ({
  kind: 'AGREEMENT_EXPIRY',
  id,
  name: `partner ${id}`,
  dueOn,
});

describe('expiry alerts', () => {
  it('counts days until a date, negative once it has passed', () => {
    expect(daysUntil('2026-12-31', '2026-12-01')).toBe(30);
    expect(daysUntil('2026-12-01', '2026-12-01')).toBe(0);
    expect(daysUntil('2026-11-30', '2026-12-01')).toBe(-1);
  });

  it('is due within the threshold, on its last day, and after the date has passed; not a day earlier', () => {
    const subjects = [
      agreement('inside', '2027-01-15'),
      agreement('edge', '2027-01-30'),
      agreement('outside', '2027-01-31'),
      agreement('expired', '2026-11-01'),
    ];
    expect(alertsDue(subjects, [], '2026-12-01', 60).map((s) => s.id)).toEqual(['inside', 'edge', 'expired']);
  });

  it('is raised once per subject, date and threshold', () => {
    const subjects = [agreement('a', '2027-01-15')];
    const raised = [{ subjectId: 'a', dueOn: '2027-01-15', thresholdDays: 60 }];
    expect(alertsDue(subjects, raised, '2026-12-02', 60)).toEqual([]);
    // A renewal moves the date: its next window raises a new alert.
    expect(alertsDue([agreement('a', '2027-02-20')], raised, '2027-01-01', 60).map((s) => s.id)).toEqual(['a']);
    // So does a wider threshold.
    expect(alertsDue(subjects, raised, '2026-12-02', 90).map((s) => s.id)).toEqual(['a']);
  });

  it('treats DPIA reviews like expiries', () => {
    const review: AlertSubject = { kind: 'DPIA_REVIEW', id: 'd', name: 'churn model', dueOn: '2027-01-10' };
    expect(alertsDue([review], [], '2026-12-01', 60)).toEqual([review]);
  });
});
