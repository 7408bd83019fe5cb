import type { Role } from '../lib/roles';
import type { Parties, RaciRole } from './dataDomains';

/**
 * How a dispute between teams about a record's field escalates, as data: an ordered list of levels,
 * each naming whom the dispute is assigned to (a RACI role of the disputed attribute, or a named
 * body) and how long it may stay there before the dispute-escalation job moves it up. The last
 * level has no time limit: it decides.
 */

export type EscalationTarget = { raci: RaciRole } | { body: string };

export interface EscalationLevel {
  level: number;
  who: EscalationTarget;
  /** How long the dispute may wait at this level, in hours; null at the last level. */
  withinHours: number | null;
}

export const ESCALATION_LEVELS: readonly EscalationLevel[] = [
  { level: 1, who: { raci: 'accountable' }, withinHours: 72 },
  { level: 2, who: { body: 'data-governance-board' }, withinHours: 120 },
  { level: 3, who: { body: 'chief-data-officer' }, withinHours: null },
];

/** The named bodies disputes escalate to, and who sits on each. */
export const ESCALATION_BODIES: Readonly<Record<string, Parties>> = {
  'data-governance-board': { teams: ['compliance', 'data-stewardship'], people: ['dg.board.chair', 'head.of.data'] },
  'chief-data-officer': { teams: [], people: ['chief.data.officer'] },
};

/** Who may resolve a dispute at any level besides its assignees (an operator correcting a stuck one). */
export const DISPUTE_RESOLVER_ROLES: readonly Role[] = ['admin'];
