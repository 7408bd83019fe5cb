import type { Parties, Raci } from '../../../policies/dataDomains';
import { ESCALATION_BODIES, ESCALATION_LEVELS, type EscalationLevel } from '../../../policies/escalation';

/**
 * Escalation timing: a dispute waits at a level for that level's time limit, counted from when it
 * reached the level; once the limit passes it moves up a level. A dispute whose escalation was not
 * looked at for a while moves up as often as its levels' limits passed, each level counted from
 * when the one before it ran out, as if the job had run on time.
 */

const HOUR_MS = 3_600_000;

/** Where a dispute stands on the escalation ladder. */
export interface LevelState {
  level: number;
  levelSince: Date;
  /** When it escalates unless resolved; null at the last level. */
  dueAt: Date | null;
}

export function levelAt(level: number, levels: readonly EscalationLevel[] = ESCALATION_LEVELS): EscalationLevel {
  const found = levels.find((candidate) => candidate.level === level);
  if (!found) throw new Error(`escalation level ${level} is not in policies/escalation.ts`);
  return found;
}

export function reachLevel(level: EscalationLevel, since: Date): LevelState {
  const dueAt = level.withinHours === null ? null : new Date(since.getTime() + level.withinHours * HOUR_MS);
  return { level: level.level, levelSince: since, dueAt };
}

/** The first level, reached when the dispute is opened. */
export function openingLevel(openedAt: Date, levels: readonly EscalationLevel[] = ESCALATION_LEVELS): LevelState {
  return reachLevel(levels[0], openedAt);
}

/** The levels a dispute moves through as of `asOf`, in order; none when its time at its level has not passed. */
export function escalationsDue(
  state: LevelState,
  asOf: Date,
  levels: readonly EscalationLevel[] = ESCALATION_LEVELS,
): LevelState[] {
  const reached: LevelState[] = [];
  let current = state;
  while (current.dueAt !== null && current.dueAt.getTime() <= asOf.getTime()) {
    const next = levels.find((candidate) => candidate.level > current.level);
    if (!next) break;
    current = reachLevel(next, current.dueAt);
    reached.push(current);
  }
  return reached;
}

/** Whom a level assigns the dispute to: a RACI role of the disputed attribute, or a named body's members. */
export function assigneesAt(
  level: EscalationLevel,
  raci: Raci,
  bodies: Readonly<Record<string, Parties>> = ESCALATION_BODIES,
): { parties: Parties; body: string | null } {
  if ('raci' in level.who) return { parties: raci[level.who.raci], body: null };
  const { body } = level.who;
  return { parties: bodies[body] ?? { teams: [], people: [] }, body };
}
