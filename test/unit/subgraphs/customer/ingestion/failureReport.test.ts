import type { FailedInput } from '../../../../../subgraphs/customer/entities/FailedInput';
import {
  MAX_REPORTED_ERROR,
  failureReportOf,
  withoutQuotedValues,
} from '../../../../../subgraphs/customer/ingestion/failureReport';

describe('what leaves the customer subgraph of a failed input', () => {
  it('cuts every quoted fragment out of a reason', () => {
    expect(withoutQuotedValues('unknown payment terms "DE89370400440532013000"')).toBe('unknown payment terms "…"');
    expect(withoutQuotedValues('country "Deutschland" is not an ISO 3166-1 alpha-2 code; send "DE"')).toBe(
      'country "…" is not an ISO 3166-1 alpha-2 code; send "…"',
    );
    expect(withoutQuotedValues('a “curly DE136695976” value')).toBe('a "…" value');
    expect(withoutQuotedValues('name is missing; country is missing')).toBe('name is missing; country is missing');
  });

  it('cuts off everything after a quote left open', () => {
    expect(withoutQuotedValues('unknown payment terms "DE89 3704; name is missing')).toBe('unknown payment terms "…');
  });

  it('reports the reference, source system, times and reasons, never the payload', () => {
    const input: FailedInput = {
      id: 'INGESTION:CRM/A-1',
      source: 'INGESTION',
      subject: 'CRM',
      matchKey: 'CRM/A-1',
      sequence: null,
      payload: {
        batchId: 'b1',
        sourceSystem: 'CRM',
        record: { sourceId: 'A-1', version: 1, verifiedAt: null, attributes: '{"taxId":"DE136695976"}' },
      },
      lastError: `unknown payment terms "DE136695976"; ${'x'.repeat(3000)}`,
      attempts: 2,
      firstFailedAt: new Date('2026-12-01T00:00:00.000Z'),
      lastFailedAt: new Date('2026-12-02T00:00:00.000Z'),
      resolvedAt: null,
      resolution: null,
      reported: false,
    };
    const report = failureReportOf(input);
    expect(report).toMatchObject({
      source: 'INGESTION',
      subject: 'CRM',
      reference: 'INGESTION:CRM/A-1',
      failedAt: '2026-12-02T00:00:00.000Z',
      resolvedAt: null,
      resolution: null,
    });
    expect(report.error.startsWith('unknown payment terms "…"; x')).toBe(true);
    expect(report.error).toHaveLength(MAX_REPORTED_ERROR);
    expect(JSON.stringify(report)).not.toContain('DE136695976');
    const resolved = failureReportOf({
      ...input,
      resolvedAt: new Date('2026-12-03T00:00:00.000Z'),
      resolution: 'accepted in CRM batch b2',
    });
    expect(resolved).toMatchObject({ resolvedAt: '2026-12-03T00:00:00.000Z', resolution: 'accepted in CRM batch b2' });
  });
});
