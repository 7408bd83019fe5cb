import { badUserInput } from '../../../lib/errors';
import { pageSize } from '../../../lib/pagination';
import { optionalText, requiredReason, requiredText } from '../../../lib/textInput';
import type { FilterQuery } from '@mikro-orm/core';
import { StewardshipAssignmentEntity, type StewardshipAssignment } from '../entities/StewardshipAssignment';
import type { Resolvers } from '../generated/resolvers';
import { checkedCoordinate, checkedRaci, checkedSubject } from './raci';
import { decideAssignment, proposeAssignment, stewardshipOf } from './stewardshipLedger';

/** Ownership through the graph: the RACI in force per attribute, its history, and changes with review. */

const MAX_SUBJECT_CHARS = 160;

export const stewardshipResolvers: Resolvers = {
  Query: {
    stewardship: async (_root, args, context) => {
      const owned = await stewardshipOf(context, context.em, checkedCoordinate(args.coordinate));
      if (owned.source === 'NONE' && !owned.domain)
        throw badUserInput(`${owned.coordinate} belongs to no data domain and has no RACI of its own`, 'coordinate');
      return owned;
    },
    // For routing: an attribute nobody owns routes to nobody, so whatever asks fails closed.
    stewardshipRoute: (_root, args, context) => stewardshipOf(context, context.em, checkedCoordinate(args.coordinate)),
    stewardshipAssignments: (_root, args, { em, config }) => {
      if (args.subject != null && (args.subject.length === 0 || args.subject.length > MAX_SUBJECT_CHARS))
        throw badUserInput(`subject has 1 to ${MAX_SUBJECT_CHARS} characters`, 'subject');
      const where: FilterQuery<StewardshipAssignment> = {
        ...(args.subject != null ? { subject: args.subject } : {}),
        ...(args.status ? { status: args.status } : {}),
      };
      return em.find(StewardshipAssignmentEntity, where, {
        orderBy: { proposedAt: 'desc', version: 'desc' },
        limit: pageSize(args.first, config.maxPageSize),
      });
    },
  },

  Mutation: {
    proposeStewardship: (_root, { input }, context) =>
      proposeAssignment(
        context.em,
        checkedSubject(input),
        checkedRaci(input),
        requiredReason(input.reason),
        context.principal.sub,
      ),
    approveStewardship: (_root, args, context) =>
      decideAssignment(context.em, args.id, true, optionalText(args.note, 'note', 1000), context.principal),
    rejectStewardship: (_root, args, context) =>
      decideAssignment(context.em, args.id, false, requiredText(args.note, 'note', 1000), context.principal),
  },

  Stewardship: {
    __resolveReference: (reference, context) => stewardshipOf(context, context.em, reference.coordinate),
    responsibleTeams: (owned) => owned.raci.responsible.teams,
    responsiblePeople: (owned) => owned.raci.responsible.people,
    accountableTeams: (owned) => owned.raci.accountable.teams,
    accountablePeople: (owned) => owned.raci.accountable.people,
    consultedTeams: (owned) => owned.raci.consulted.teams,
    consultedPeople: (owned) => owned.raci.consulted.people,
    informedTeams: (owned) => owned.raci.informed.teams,
    informedPeople: (owned) => owned.raci.informed.people,
    assignment: (owned, _args, { em }) =>
      owned.assignmentId ? em.findOne(StewardshipAssignmentEntity, { id: owned.assignmentId }) : null,
  },
};
