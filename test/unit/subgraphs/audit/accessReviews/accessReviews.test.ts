import { assignmentChanges } from '../../../../../subgraphs/audit/accessReviews/assignmentChanges';
import {
  countChanges,
  countOperations,
  MAX_CHANGE_IDS,
  mutationRootFields,
  noActivity,
} from '../../../../../subgraphs/audit/accessReviews/reviewActivity';
import { reviewScope } from '../../../../../subgraphs/audit/accessReviews/reviewScope';

/** The pure parts of access reviews: assignment history, who is in scope, what each did. */

describe('a refresh of the role assignments', () => {
  it('ends what the directory no longer grants, begins what is new, and leaves what still holds', () => {
    const changes = assignmentChanges(
      [
        { id: 'r1', principal: 'ana', role: 'admin' },
        { id: 'r2', principal: 'ana', role: 'auditor' },
        { id: 'r3', principal: 'ben', role: 'data_steward' },
      ],
      [
        { principal: 'ana', displayName: 'Ana', role: 'admin' },
        { principal: 'ben', displayName: 'Ben', role: 'credit_analyst' },
      ],
    );
    expect(changes).toEqual({
      end: ['r2', 'r3'],
      begin: [{ principal: 'ben', displayName: 'Ben', role: 'credit_analyst' }],
    });
  });
});

describe('the scope of a review', () => {
  const from = new Date('2026-07-01T00:00:00Z');
  const until = new Date('2026-10-01T00:00:00Z');
  const held = (
    principal: string,
    role: string,
    heldFrom: string,
    heldUntil: string | null,
    displayName = principal,
  ) => ({
    principal,
    displayName,
    role,
    heldFrom: new Date(heldFrom),
    heldUntil: heldUntil ? new Date(heldUntil) : null,
  });

  it('is everyone who held a reviewed role at some moment of the period, with those roles', () => {
    const scope = reviewScope(
      [
        held('ana', 'admin', '2026-01-01T00:00:00Z', null),
        held('ana', 'auditor', '2026-01-01T00:00:00Z', null),
        held('ben', 'credit_analyst', '2026-03-01T00:00:00Z', '2026-07-01T00:00:01Z'),
        held('cid', 'data_steward', '2026-03-01T00:00:00Z', '2026-07-01T00:00:00Z'),
        held('dan', 'data_steward', '2026-10-01T00:00:00Z', null),
        held('eve', 'data_steward', '2026-09-30T23:59:59Z', null, 'Eve Later'),
        held('eve', 'credit_analyst', '2026-08-01T00:00:00Z', null, 'Eve'),
      ],
      ['admin', 'credit_analyst', 'data_steward'],
      from,
      until,
    );
    expect(scope).toEqual([
      { principal: 'ana', displayName: 'ana', roles: ['admin'] },
      { principal: 'ben', displayName: 'ben', roles: ['credit_analyst'] },
      { principal: 'eve', displayName: 'Eve Later', roles: ['credit_analyst', 'data_steward'] },
    ]);
  });
});

describe('what a principal did', () => {
  const body = (outcome: string, type: string, text: string) => JSON.stringify({ outcome, operation: { type, text } });
  const reviewed = new Set(['Mutation.updateCustomer', 'Mutation.approveCreditLimitChange']);

  it('reads the root fields of a mutation from its redacted text', () => {
    expect(
      mutationRootFields({
        operation: {
          type: 'mutation',
          text: 'mutation M { a: updateCustomer(id: "<redacted>") { id } runJobNow(job: "x") { id } }',
        },
      }),
    ).toEqual(['Mutation.updateCustomer', 'Mutation.runJobNow']);
    expect(mutationRootFields({ operation: { type: 'query', text: '{ updateCustomer }' } })).toEqual([]);
    expect(mutationRootFields({ operation: { type: 'mutation', text: 'mutation {' } })).toEqual([]);
  });

  it('counts operations and refusals, and the reviewed mutations that were answered, by name', () => {
    const activity = new Map([
      ['ana', noActivity()],
      ['ben', noActivity()],
    ]);
    countOperations(
      activity,
      [
        { sub: 'ana', body: body('SERVED', 'query', '{ customers { edges { node { id } } } }') },
        { sub: 'ana', body: body('SERVED', 'mutation', 'mutation { updateCustomer(id: "1") { id } }') },
        { sub: 'ana', body: body('PARTIAL', 'mutation', 'mutation { updateCustomer(id: "2") { id } }') },
        { sub: 'ana', body: body('SERVED', 'mutation', 'mutation { approveCreditLimitChange(id: "3") { id } }') },
        { sub: 'ana', body: body('SERVED', 'mutation', 'mutation { runJobNow(job: "x") { id } }') },
        { sub: 'ben', body: body('DENIED', 'mutation', 'mutation { updateCustomer(id: "1") { id } }') },
        { sub: 'ben', body: body('FAILED', 'mutation', 'mutation { approveCreditLimitChange(id: "1") { id } }') },
        { sub: 'zed', body: body('SERVED', 'mutation', 'mutation { updateCustomer(id: "1") { id } }') },
      ],
      reviewed,
    );
    expect(activity.get('ana')).toEqual({
      operations: 5,
      denied: 0,
      mutations: [
        { mutation: 'Mutation.approveCreditLimitChange', count: 1 },
        { mutation: 'Mutation.updateCustomer', count: 2 },
      ],
      changes: 0,
      changeIds: [],
    });
    expect(activity.get('ben')).toMatchObject({ operations: 2, denied: 1, mutations: [] });
    expect(activity.has('zed')).toBe(false);
  });

  it('counts every change and names the first of them by id', () => {
    const activity = new Map([['ana', noActivity()]]);
    const changes = Array.from({ length: MAX_CHANGE_IDS + 5 }, (_, i) => ({ id: `chg_${i}`, actor: 'ana' }));
    countChanges(activity, [...changes, { id: 'chg_other', actor: 'ben' }]);
    expect(activity.get('ana')?.changes).toBe(MAX_CHANGE_IDS + 5);
    expect(activity.get('ana')?.changeIds).toHaveLength(MAX_CHANGE_IDS);
    expect(activity.get('ana')?.changeIds[0]).toBe('chg_0');
  });
});
