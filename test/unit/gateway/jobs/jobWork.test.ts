import { JobStepFailure, quarterOf, strictExecute } from '../../../../gateway/jobs/jobWork';
import { withoutErrorMessages } from '../../../../gateway/operationExecutor';

describe('job work', () => {
  it('seeds the quarterly audit by the quarter the run is due in, in UTC', () => {
    expect(quarterOf(new Date('2027-01-01T03:00:00Z'))).toBe('2027-Q1');
    expect(quarterOf(new Date('2026-12-31T23:59:59Z'))).toBe('2026-Q4');
    expect(quarterOf(new Date('2026-07-01T00:00:00Z'))).toBe('2026-Q3');
    expect(quarterOf(new Date('2026-06-30T23:59:59.999Z'))).toBe('2026-Q2');
  });

  it('fails a step whose answer has errors or no data, naming each error by its code', async () => {
    const refused = strictExecute(async () => ({
      data: { partial: true },
      errors: [
        { message: 'Not allowed', extensions: { code: 'FORBIDDEN' } },
        { message: 'Gone', extensions: {} },
      ],
    }));
    await expect(refused('{ x }')).rejects.toThrow(new JobStepFailure('FORBIDDEN: Not allowed; ERROR: Gone'));
    await expect(strictExecute(async () => ({ httpStatus: 503 }))('{ x }')).rejects.toThrow('HTTP 503');
    expect(await strictExecute(async () => ({ data: { x: 1 } }))('{ x }')).toEqual({ x: 1 });
  });

  it("keeps the codes and paths of a job's errors, never their messages", async () => {
    const executor = withoutErrorMessages(async () => ({
      data: null,
      errors: [
        {
          message: 'no invoice: customer cus_1 would owe 12000.00 EUR, above its credit limit of 11500.00 EUR',
          path: ['issueInvoice'],
          extensions: { code: 'CREDIT_REFUSED' },
        },
        { message: 'Gone 11500.00', extensions: { code: 'SERVICE_UNAVAILABLE' } },
      ],
    }));
    await expect(strictExecute(executor)('{ x }')).rejects.toThrow(
      new JobStepFailure('CREDIT_REFUSED: at issueInvoice; SERVICE_UNAVAILABLE: message not kept'),
    );
  });
});
