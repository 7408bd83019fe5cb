import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { refusedBeforePlanning } from '../../lib/errors';
import type { GatewayContext } from '../context';
import { checkScalarArguments } from '../input/scalarArguments';

/**
 * Date and DateTime arguments are read at the gateway, before anything is planned, by the same
 * functions the subgraphs' scalars use: a bad one refuses the operation with HTTP 400 and
 * BAD_USER_INPUT naming the argument. (Left to a subgraph, it would fail validation there, and the
 * client would see only that part of the plan fail, as an internal error.)
 *
 * Comes after the limits plugin, whose hook starts first and marks an operation it refuses: this
 * one walks only operations known to be bounded, and marks the ones it refuses in turn, so the
 * governance analysis skips them.
 */
export function scalarInputPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation, request, schema }) {
          if (contextValue.refusal || !operation) return;
          try {
            checkScalarArguments(schema, document, operation, request.variables ?? {});
          } catch (error) {
            contextValue.refusal = 'INPUT';
            if (!(error instanceof GraphQLError)) throw error;
            throw refusedBeforePlanning(error);
          }
        },
      };
    },
  };
}
