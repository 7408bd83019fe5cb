import { dueSlot, nextSlot, scheduleProblem } from '../../../../lib/jobs/schedule';

const at = (iso: string) => new Date(iso);

describe('which slot of a schedule is due', () => {
  const nightly = '0 2 * * *';

  it('is the latest slot after the last one claimed, once, however many were missed', () => {
    expect(dueSlot(nightly, at('2026-12-01T02:00:00Z'), at('2026-12-05T10:00:00Z'))).toEqual(
      at('2026-12-05T02:00:00Z'),
    );
  });

  it('is none when the latest slot was already claimed, or none has come since', () => {
    expect(dueSlot(nightly, at('2026-12-05T02:00:00Z'), at('2026-12-05T10:00:00Z'))).toBeNull();
    expect(dueSlot(nightly, at('2026-12-05T02:00:00Z'), at('2026-12-06T01:59:59.999Z'))).toBeNull();
    expect(dueSlot(nightly, at('2026-12-05T10:00:00Z'), at('2026-12-05T09:00:00Z'))).toBeNull();
  });

  it('is a slot at exactly now', () => {
    expect(dueSlot(nightly, at('2026-12-04T02:00:00Z'), at('2026-12-05T02:00:00Z'))).toEqual(
      at('2026-12-05T02:00:00Z'),
    );
  });

  it('reads patterns in UTC, with seconds when six fields are given', () => {
    expect(dueSlot('*/10 * * * * *', at('2026-12-05T10:00:00Z'), at('2026-12-05T10:00:25.5Z'))).toEqual(
      at('2026-12-05T10:00:20Z'),
    );
    expect(nextSlot('0 3 1 1,4,7,10 *', at('2026-12-05T10:00:00Z'))).toEqual(at('2027-01-01T03:00:00Z'));
    expect(nextSlot('30 6 * * *', at('2026-12-05T06:30:00Z'))).toEqual(at('2026-12-06T06:30:00Z'));
  });

  it('says why a pattern cannot be read', () => {
    expect(scheduleProblem('0 2 * * *')).toBeNull();
    expect(scheduleProblem('61 * * * *')).toMatch(/minute/);
    expect(scheduleProblem('every night')).not.toBeNull();
    expect(scheduleProblem('')).not.toBeNull();
  });
});
