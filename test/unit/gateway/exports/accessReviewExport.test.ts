import { parseCsv } from '../../../../lib/csv';
import { accessReviewExport } from '../../../../gateway/exports/accessReviewExport';
import { rowWriter } from '../../../../gateway/exports/rowFormats';

/** The access-review export's rows, written as CSV: a reviewer's note cannot break a row or run as a formula. */

const review = {
  accessReview: {
    period: '2026-Q3',
    status: 'OPEN',
    dueOn: '2026-10-30',
    principals: [
      {
        principal: 'ana@example.com',
        displayName: 'Ana, "the admin"',
        roles: ['admin', 'credit_analyst'],
        operations: 12,
        deniedOperations: 1,
        mutations: [
          { mutation: 'Mutation.approveCreditLimitChange', count: 1 },
          { mutation: 'Mutation.updateCustomer', count: 3 },
        ],
        changes: 2,
        changeIds: ['chg_1', 'chg_2'],
        decision: {
          decision: 'REVOKE',
          reviewer: 'rita@example.com',
          decidedAt: '2026-10-02T09:00:00.000Z',
          note: '=HYPERLINK("http://x")\nleft the team',
        },
      },
      {
        principal: 'ben@example.com',
        displayName: null,
        roles: ['data_steward'],
        operations: 0,
        deniedOperations: 0,
        mutations: [],
        changes: 0,
        changeIds: [],
        decision: null,
      },
    ],
  },
};

describe('the access-review export', () => {
  it('reviews the quarter just ended unless told which, and refuses what names no quarter', () => {
    expect(accessReviewExport.parameters(new URLSearchParams(''), '2026-12-05')).toEqual({ period: '2026-Q3' });
    expect(accessReviewExport.parameters(new URLSearchParams('period=2026-Q4'), '2026-12-05')).toEqual({
      period: '2026-Q4',
    });
    expect(() => accessReviewExport.parameters(new URLSearchParams('period=2026-13'), '2026-12-05')).toThrow(
      'period must be a quarter like 2026-Q3',
    );
  });

  it('writes a row per principal that reads back as it was, with the note defused', () => {
    const { rows, next } = accessReviewExport.page(review, { period: '2026-Q3' });
    expect(next).toBeNull();
    const writer = rowWriter('csv', accessReviewExport.columns);
    const text = writer.header() + writer.rows(rows);
    const [header, ana, ben] = parseCsv(text.replace(/^\uFEFF/, '').trimEnd());
    expect(header).toEqual(accessReviewExport.columns.map((column) => column.name));
    expect(ana).toEqual([
      '2026-Q3',
      'OPEN',
      '2026-10-30',
      'ana@example.com',
      'Ana, "the admin"',
      'admin;credit_analyst',
      '12',
      '1',
      'Mutation.approveCreditLimitChange=1;Mutation.updateCustomer=3',
      '2',
      'chg_1;chg_2',
      'REVOKE',
      'rita@example.com',
      '2026-10-02T09:00:00.000Z',
      '\'=HYPERLINK("http://x")\nleft the team',
    ]);
    expect(ben).toEqual([
      '2026-Q3',
      'OPEN',
      '2026-10-30',
      'ben@example.com',
      '',
      'data_steward',
      '0',
      '0',
      '',
      '0',
      '',
      '',
      '',
      '',
      '',
    ]);
  });
});
