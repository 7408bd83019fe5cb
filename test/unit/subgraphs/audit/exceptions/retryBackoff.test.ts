import { AUTOMATIC_RETRIES, automaticRetryAt } from '../../../../../subgraphs/audit/exceptions/retryBackoff';

describe('the exception queue backoff', () => {
  const failedAt = new Date('2026-12-05T10:00:00.000Z');
  const after = (ms: number) => new Date(failedAt.getTime() + ms);

  it('retries after the base wait, then twice and four times as long, then waits for an operator', () => {
    expect(AUTOMATIC_RETRIES).toBe(3);
    expect(automaticRetryAt(1, failedAt, 1000)).toEqual(after(1000));
    expect(automaticRetryAt(2, failedAt, 1000)).toEqual(after(2000));
    expect(automaticRetryAt(3, failedAt, 1000)).toEqual(after(4000));
    expect(automaticRetryAt(4, failedAt, 1000)).toBeNull();
  });

  it('makes no retry by itself without a base wait', () => {
    expect(automaticRetryAt(1, failedAt, null)).toBeNull();
  });
});
