import { buildSchema, parse } from 'graphql';
import { measureOperation } from '../../../../gateway/limits/measureOperation';

/** The scalar arguments are read on the walk that measures the operation: its `badArgument`. */

const schema = buildSchema(`
  scalar Date
  scalar DateTime
  input Obligation { key: ID! startDate: Date }
  input ContractInput { startDate: Date! obligations: [Obligation!]! }
  type Revenue { asOf: Date  at(day: Date): Int }
  type Customer { id: ID!  revenue(asOf: Date): Revenue }
  type Query { revenue(asOf: Date): Int  events(from: DateTime, to: DateTime): Int  customer: Customer }
  type Mutation { createContract(input: ContractInput!): Int }
`);

/** The refusal's extensions and message, or undefined when the operation's values read well. */
function refusal(source: string, variables: Record<string, unknown> = {}, operationName?: string) {
  const { badArgument } = measureOperation(schema, parse(source), operationName, {
    variables,
    pageSize: 100,
    assumedListSize: 5,
  });
  return badArgument && { ...badArgument.extensions, message: badArgument.message };
}

describe('Date and DateTime arguments at the gateway', () => {
  it('lets well-formed days and instants through, as literals, variables and defaults', () => {
    expect(refusal('{ revenue(asOf: "2024-02-29") }')).toBeUndefined();
    expect(refusal('query($d: Date = "2024-02-29") { revenue(asOf: $d) }')).toBeUndefined();
    expect(refusal('query($t: DateTime) { events(from: $t) }', { t: '2026-11-28T09:00:00+01:00' })).toBeUndefined();
    expect(refusal('query($t: DateTime) { events(from: $t, to: null) }', {})).toBeUndefined();
  });

  it('names the argument path of a bad value, through input objects, lists and variables', () => {
    expect(refusal('{ revenue(asOf: "2026-02-30") }')).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'asOf',
    });
    expect(
      refusal('mutation($o: [Obligation!]!) { createContract(input: { startDate: "2026-01-01", obligations: $o }) }', {
        o: [
          { key: 'a', startDate: '2026-01-01' },
          { key: 'b', startDate: 'soon' },
        ],
      }),
    ).toMatchObject({ argumentName: 'input.obligations[1].startDate', message: expect.stringMatching(/"soon"/) });
    expect(refusal('query($d: Date = "tomorrow") { revenue(asOf: $d) }')).toMatchObject({ argumentName: 'asOf' });
    expect(refusal('{ events(from: 20261128) }')).toMatchObject({ argumentName: 'from' });
  });

  it('reads a variable nested in an input list written in the document', () => {
    expect(
      refusal(
        'mutation($d: Date) { createContract(input: { startDate: "2026-01-01", obligations: [{ key: "a" }, { key: "b", startDate: $d }] }) }',
        { d: '2026-13-01' },
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.obligations[1].startDate' });
  });

  it('reads the arguments inside fragments, named and inline, and on leaf fields below them', () => {
    expect(
      refusal('{ customer { ...C } } fragment C on Customer { id revenue(asOf: "2026-02-30") { asOf } }'),
    ).toMatchObject({ argumentName: 'asOf' });
    expect(
      refusal(
        'query($d: Date) { customer { ... on Customer { revenue { ...R } } } } fragment R on Revenue { at(day: $d) }',
        {
          d: 'today',
        },
      ),
    ).toMatchObject({ argumentName: 'day' });
  });

  it('reads only the operation that runs', () => {
    const source = 'query Good { revenue(asOf: "2026-01-01") } query Bad { revenue(asOf: "2026-02-30") }';
    expect(refusal(source, {}, 'Good')).toBeUndefined();
    expect(refusal(source, {}, 'Bad')).toMatchObject({ argumentName: 'asOf' });
  });
});
