import { ApolloServer } from '@apollo/server';
import { DomainRefusal } from '../../../lib/domainRefusal';
import { createErrorFormatter } from '../../../lib/formatError';
import { createLogger } from '../../../lib/logger';

/** What of an error a client sees, through a real Apollo Server with Custos's formatter. */

const server = new ApolloServer({
  typeDefs: 'type Query { refused: Int, failed: Int }',
  resolvers: {
    Query: {
      refused: () => {
        throw new DomainRefusal('"1.234" has more decimal places than EUR allows', 'amount');
      },
      failed: () => {
        throw new Error('SQLITE_ERROR near "secret": syntax error');
      },
    },
  },
  formatError: createErrorFormatter(createLogger('test', 'silent')),
  includeStacktraceInErrorResponses: false,
});

beforeAll(() => server.start());
afterAll(() => server.stop());

async function errorsOf(query: string) {
  const response = await server.executeOperation({ query });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult.errors;
}

it("reports a pure core's refusal as BAD_USER_INPUT with its message and argument", async () => {
  expect(await errorsOf('{ refused }')).toEqual([
    {
      message: '"1.234" has more decimal places than EUR allows',
      path: ['refused'],
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'amount' },
    },
  ]);
});

it('reports anything unexpected as a bare INTERNAL_SERVER_ERROR', async () => {
  expect(await errorsOf('{ failed }')).toEqual([
    {
      message: 'Internal server error',
      path: ['failed'],
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    },
  ]);
});
