import { GraphQLError } from 'graphql';
import { subscriberRights } from '../../../../../subgraphs/audit/webhooks/subscriberRights';

const owner = { roles: ['billing_ops', 'collections'] as const, regions: ['EU', 'UK'] as const };

describe('what a webhook subscription may read', () => {
  it("is its owner's roles and regions when none are named", () => {
    expect(subscriberRights({ roles: [...owner.roles], regions: [...owner.regions] }, {})).toEqual({
      roles: ['billing_ops', 'collections'],
      regions: ['EU', 'UK'],
    });
  });

  it('may be narrower, never wider', () => {
    const held = { roles: [...owner.roles], regions: [...owner.regions] };
    expect(subscriberRights(held, { roles: ['collections', 'collections'], regions: ['UK'] })).toEqual({
      roles: ['collections'],
      regions: ['UK'],
    });
    for (const asked of [{ roles: ['admin'] }, { regions: ['US'] }, { roles: [] }, { regions: ['EU', 'ROW'] }]) {
      let refused: unknown;
      try {
        subscriberRights(held, asked);
      } catch (error) {
        refused = error;
      }
      expect(refused).toBeInstanceOf(GraphQLError);
      expect((refused as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});
