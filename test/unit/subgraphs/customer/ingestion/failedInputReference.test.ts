import {
  MAX_MATCH_KEY,
  MAX_REFERENCE,
  bounded,
  changeEventName,
  ingestionName,
} from '../../../../../subgraphs/customer/ingestion/failedInputReference';
import { positionKey } from '../../../../../subgraphs/customer/ingestion/changeEvents';

describe('the names of failed inputs', () => {
  it('names a source record by its system and id, whatever batch it came in', () => {
    expect(ingestionName('CRM', '0015g00000ABC')).toEqual({
      id: 'INGESTION:CRM/0015g00000ABC',
      matchKey: 'CRM/0015g00000ABC',
    });
  });

  it('names a change event by source, customer, attribute and sequence, and keys it by its position', () => {
    const event = { source: 'RISK', customerId: 'cus_000042', attribute: 'creditLimit', sequence: 7 };
    expect(changeEventName(event)).toEqual({
      id: 'CDC:RISK/cus_000042/creditLimit/7',
      matchKey: positionKey(event),
    });
  });

  it('keeps long names within bounds, one name per input', () => {
    const longId = 'x'.repeat(128);
    const name = ingestionName('COLLECTIONS', longId);
    expect(name.id.length).toBeLessThanOrEqual(MAX_REFERENCE);
    expect(name.matchKey).toBe(`COLLECTIONS/${longId}`);
    expect(`retry:${name.id}:999999`.length).toBeLessThanOrEqual(128);
    expect(ingestionName('COLLECTIONS', longId)).toEqual(name);
    expect(ingestionName('COLLECTIONS', `${'x'.repeat(127)}y`).id).not.toBe(name.id);
    const event = { source: 'RISK', customerId: 'c'.repeat(500), attribute: 'status', sequence: 1 };
    expect(changeEventName(event).matchKey.length).toBeLessThanOrEqual(MAX_MATCH_KEY);
  });

  it('leaves a name that fits as it is', () => {
    expect(bounded('abc', 3)).toBe('abc');
    expect(bounded('abcd', 20)).toBe('abcd');
    expect(bounded('a'.repeat(30), 20)).toMatch(/^a{3}#[0-9a-f]{16}$/);
  });
});
