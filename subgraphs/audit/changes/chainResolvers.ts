import type { Resolvers } from '../generated/resolvers';
import { changeLogFailureEvent } from '../incidents/chainFailure';
import { verifyStoredChangeLog } from './changeLogVerification';

/** changeLogChain: the change log's verification through the graph, as auditChain is the trail's. */
export const changeLogChainResolvers: Resolvers = {
  Query: {
    changeLogChain: async (_root, _args, { em, shared }) => {
      const verdict = await verifyStoredChangeLog(em, shared.publicKeys);
      // A broken change log opens an incident as a broken trail does, without holding the answer back.
      const failure = changeLogFailureEvent(verdict, new Date());
      if (failure) shared.incidents.recordInBackground(failure, 'audit');
      return verdict;
    },
  },
};
