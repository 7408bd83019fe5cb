import { GraphQLError } from 'graphql';
import { assertRoutedTo, describeParties, isRoutedTo } from '../../../policies/stewardRouting';

const route = { teams: ['pricing-governance'], people: ['pricing.steward'] };
const who = (sub: string, roles: string[] = ['data_steward']) =>
  ({ sub, roles, regions: ['EU'] }) as Parameters<typeof isRoutedTo>[0];

describe('routing by ownership', () => {
  it('lets the people named decide, and the roles the policy data names', () => {
    expect(isRoutedTo(who('pricing.steward'), route)).toBe(true);
    expect(isRoutedTo(who('another.steward'), route)).toBe(false);
    expect(isRoutedTo(who('an.admin', ['admin']), route)).toBe(false);
    expect(isRoutedTo(who('an.admin', ['admin']), route, ['admin'])).toBe(true);
  });

  it('refuses anyone else with FORBIDDEN, naming whom it is routed to', () => {
    let refusal: unknown;
    try {
      assertRoutedTo(who('another.steward'), route, 'Pricing tier change tc_1');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(GraphQLError);
    expect((refusal as GraphQLError).extensions.code).toBe('FORBIDDEN');
    expect((refusal as GraphQLError).message).toBe(
      'Pricing tier change tc_1 is routed to pricing.steward, team pricing-governance; you are not one of them',
    );
  });

  it('says so when nobody is assigned', () => {
    expect(describeParties({ teams: [], people: [] })).toBe('nobody yet (no one is assigned)');
  });
});
