import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { checkScalarArguments } from '../../../../gateway/input/scalarArguments';

const schema = buildSchema(`
  scalar Date
  scalar DateTime
  input Obligation { key: ID! startDate: Date }
  input ContractInput { startDate: Date! obligations: [Obligation!]! }
  type Query { revenue(asOf: Date): Int  events(from: DateTime, to: DateTime): Int }
  type Mutation { createContract(input: ContractInput!): Int }
`);

/** The refusal's extensions and message, or undefined when the operation's values read well. */
function refusal(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source);
  const operation = document.definitions[0] as OperationDefinitionNode;
  try {
    checkScalarArguments(schema, document, operation, variables);
  } catch (error) {
    return { ...(error as { extensions: object }).extensions, message: (error as Error).message };
  }
  return undefined;
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

  it('reads only the operation that runs', () => {
    const document = parse('query Good { revenue(asOf: "2026-01-01") } query Bad { revenue(asOf: "2026-02-30") }');
    const good = document.definitions[0] as OperationDefinitionNode;
    expect(() => checkScalarArguments(schema, document, good, {})).not.toThrow();
  });
});
