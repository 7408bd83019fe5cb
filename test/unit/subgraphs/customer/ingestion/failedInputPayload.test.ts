import {
  failedEventPayload,
  failedRecordPayload,
  retryBatchOf,
  retryEventOf,
} from '../../../../../subgraphs/customer/ingestion/failedInputPayload';
import { readChangeEvent } from '../../../../../subgraphs/customer/ingestion/changeEvents';

describe('a failed input kept and sent again', () => {
  it('sends a record again exactly as received, as a batch of its own per attempt', () => {
    const verifiedAt = new Date('2026-11-27T09:00:00.000Z');
    const text = '{"name": "Müller GmbH", "country": "DE"}';
    const payload = failedRecordPayload('crm-1', 'CRM', {
      sourceId: 'A-1',
      version: 7,
      verifiedAt,
      attributes: JSON.parse(text),
      attributesText: text,
    });
    expect(payload).toEqual({
      batchId: 'crm-1',
      sourceSystem: 'CRM',
      record: { sourceId: 'A-1', version: 7, verifiedAt: '2026-11-27T09:00:00.000Z', attributes: text },
    });
    const retry = retryBatchOf('INGESTION:CRM/A-1', 2, JSON.parse(JSON.stringify(payload)));
    expect(retry).toEqual({
      batchId: 'retry:INGESTION:CRM/A-1:2',
      sourceSystem: 'CRM',
      records: [{ sourceId: 'A-1', version: 7, verifiedAt, attributes: text }],
    });
  });

  it('keeps text that is not JSON as it came, and a bulk load record as JSON', () => {
    const notJson = failedRecordPayload('b', 'ERP', {
      sourceId: 'E',
      version: 1,
      attributes: undefined,
      attributesText: '{oops',
    });
    expect(notJson.record).toEqual({ sourceId: 'E', version: 1, verifiedAt: null, attributes: '{oops' });
    const bulk = failedRecordPayload('b', 'ERP', {
      sourceId: 'E',
      version: 1,
      verifiedAt: null,
      attributes: { name: 'X' },
    });
    expect(bulk.record.attributes).toBe('{"name":"X"}');
  });

  it('sends an event again as received, so it is checked as it was', () => {
    const received = {
      source: 'RISK' as const,
      customerId: 'cus_1',
      attribute: 'creditLimit',
      value: '{"minor": 100, "currency": "EUR"}',
      sequence: 3,
      at: new Date('2026-12-01T10:00:00.000Z'),
    };
    const again = retryEventOf(JSON.parse(JSON.stringify(failedEventPayload(received))));
    expect(again).toEqual(received);
    expect(readChangeEvent(again)).toEqual({ ...received, value: { minor: 100, currency: 'EUR' } });
    expect(readChangeEvent({ ...received, attribute: 'taxId' })).toMatch(/^attribute must be one of/);
    expect(readChangeEvent({ ...received, sequence: -1 })).toBe('sequence must be a non-negative integer');
    expect(readChangeEvent({ ...received, value: '{' })).toBe('value is not JSON');
  });
});
