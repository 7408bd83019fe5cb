import { RepeatedDenials } from '../../../../gateway/incidents/repeatedDenials';

describe('repeated denials', () => {
  const denials = () => new RepeatedDenials({ count: 3, windowSeconds: 60 });

  it('alerts when a principal is refused the limit within the window, then counts afresh', () => {
    const tally = denials();
    expect(tally.observe('eve', 0)).toBeUndefined();
    expect(tally.observe('eve', 1000)).toBeUndefined();
    expect(tally.observe('eve', 2000)).toBe('3 requests refused within 60 s (limit 3)');
    expect(tally.observe('eve', 3000)).toBeUndefined();
    expect(tally.observe('eve', 4000)).toBeUndefined();
    expect(tally.observe('eve', 5000)).toMatch(/^3 requests refused/);
  });

  it('forgets refusals older than the window', () => {
    const tally = denials();
    tally.observe('eve', 0);
    tally.observe('eve', 1000);
    expect(tally.observe('eve', 61_500)).toBeUndefined();
  });

  it('counts each principal alone', () => {
    const tally = denials();
    tally.observe('eve', 0);
    tally.observe('bob', 0);
    tally.observe('eve', 1);
    expect(tally.observe('bob', 2)).toBeUndefined();
    expect(tally.observe('eve', 3)).toMatch(/refused/);
  });
});
