import { badUserInput } from '../../../lib/errors';
import { pageSize } from '../../../lib/pagination';
import { optionalText, requiredText } from '../../../lib/textInput';
import { playbookOf } from '../../../policies/incidentPlaybooks';
import { SecurityIncidentEntity } from '../entities/SecurityIncident';
import { SecurityIncidentEntryEntity } from '../entities/SecurityIncidentEntry';
import type { Resolvers } from '../generated/resolvers';
import { checkedSecurityEvents } from './securityEventInput';

/**
 * Security incidents through the graph: the gateway and the subgraphs report events (as services),
 * auditors and admins read the incidents, admins acknowledge and resolve them.
 */

const MAX_ID = 64;
const MAX_NOTE = 2000;

function checkedId(id: string): string {
  if (id.length === 0 || id.length > MAX_ID) throw badUserInput(`id must be 1 to ${MAX_ID} characters`, 'id');
  return id;
}

export const incidentResolvers: Resolvers = {
  Query: {
    incidents: (_root, args, { em, config }) =>
      em.find(
        SecurityIncidentEntity,
        { ...(args.status ? { status: args.status } : {}), ...(args.kind ? { kind: args.kind } : {}) },
        { orderBy: { lastSeenAt: 'desc', id: 'desc' }, limit: pageSize(args.first, config.maxPageSize) },
      ),
    incident: (_root, args, { em }) => em.findOne(SecurityIncidentEntity, { id: checkedId(args.id) }),
  },

  Mutation: {
    reportSecurityEvent: async (_root, args, { em, principal, shared }) => {
      const reporter = principal.service ?? principal.sub;
      const events = checkedSecurityEvents(args.events, reporter, new Date());
      const incidents = await shared.incidents.record(em, events, reporter);
      return incidents.length;
    },
    acknowledgeIncident: (_root, args, { em, principal, shared }) =>
      shared.incidents.respond(em, checkedId(args.id), {
        kind: 'ACKNOWLEDGED',
        by: principal.sub,
        note: optionalText(args.note, 'note', MAX_NOTE),
      }),
    resolveIncident: (_root, args, { em, principal, shared }) =>
      shared.incidents.respond(em, checkedId(args.id), {
        kind: 'RESOLVED',
        by: principal.sub,
        note: requiredText(args.note, 'note', MAX_NOTE),
      }),
  },

  Incident: {
    playbook: (incident) => ({ ...playbookOf(incident.kind).playbook, id: incident.playbookId }),
    timeline: (incident, _args, { em }) =>
      em.find(SecurityIncidentEntryEntity, { incidentId: incident.id }, { orderBy: { position: 'asc' } }),
  },
};
