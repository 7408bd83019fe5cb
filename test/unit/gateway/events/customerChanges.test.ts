import { ChangeFeedRefused, changePageOf } from '../../../../gateway/events/customerChanges';

const node = (id: string, field: string, oldValue: string | null, newValue: string | null) => ({
  id,
  entityId: 'cus_1',
  field,
  oldValue,
  newValue,
  actor: 'credit.carla',
  at: '2026-12-05T10:00:00.000Z',
  reason: 'review',
});

describe('a page of the change feed as events', () => {
  it('parses the values, and names those withheld from the reader', () => {
    const page = changePageOf({
      data: {
        customerChanges: {
          edges: [
            { cursor: 'c1', node: node('chg_1', 'paymentTermsCode', '"NET30"', '"NET60"') },
            { cursor: 'c2', node: node('chg_2', 'creditLimit', null, null) },
          ],
          pageInfo: { hasNextPage: true, endCursor: 'c3' },
        },
      },
      errors: [
        {
          message: 'Not authorised',
          path: ['customerChanges', 'edges', 1, 'node', 'newValue'],
          extensions: { code: 'FORBIDDEN' },
        },
        {
          message: 'Not authorised',
          path: ['customerChanges', 'edges', 1, 'node', 'oldValue'],
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });
    expect(page.endCursor).toBe('c3');
    expect(page.hasNextPage).toBe(true);
    expect(page.events[0]).toMatchObject({
      id: 'chg_1',
      cursor: 'c1',
      type: 'customer.changed',
      oldValue: 'NET30',
      newValue: 'NET60',
      withheld: [],
    });
    expect(page.events[1]).toMatchObject({ oldValue: null, newValue: null, withheld: ['newValue', 'oldValue'] });
  });

  it.each([
    [
      'a refusal of the whole read',
      { errors: [{ message: 'no', path: ['customerChanges'], extensions: { code: 'FORBIDDEN' } }] },
      'FORBIDDEN',
    ],
    [
      'the audit trail down',
      { errors: [{ message: 'down', extensions: { code: 'SERVICE_UNAVAILABLE' } }], httpStatus: 503 },
      'SERVICE_UNAVAILABLE',
    ],
    ['no data', { httpStatus: 502 }, 'HTTP 502'],
    [
      'another error at a value',
      {
        data: { customerChanges: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } },
        errors: [
          {
            message: 'x',
            path: ['customerChanges', 'edges', 0, 'node', 'newValue'],
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          },
        ],
      },
      'INTERNAL_SERVER_ERROR',
    ],
  ])('refuses %s', (_label, answer, code) => {
    let refused: unknown;
    try {
      changePageOf(answer);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(ChangeFeedRefused);
    expect((refused as ChangeFeedRefused).code).toBe(code);
  });
});
