import type { Raci } from '../../../../../policies/dataDomains';
import type { EscalationLevel } from '../../../../../policies/escalation';
import { assigneesAt, escalationsDue, levelAt, openingLevel } from '../../../../../subgraphs/audit/disputes/escalation';

const LEVELS: EscalationLevel[] = [
  { level: 1, who: { raci: 'accountable' }, withinHours: 24 },
  { level: 2, who: { body: 'board' }, withinHours: 48 },
  { level: 3, who: { body: 'chief' }, withinHours: null },
];
const OPENED = new Date('2026-12-01T09:00:00.000Z');
const at = (hours: number) => new Date(OPENED.getTime() + hours * 3_600_000);

describe('escalation timing', () => {
  const opened = openingLevel(OPENED, LEVELS);

  it('starts at the first level, due after its time limit', () => {
    expect(opened).toEqual({ level: 1, levelSince: OPENED, dueAt: at(24) });
  });

  it('does not escalate before the time has passed', () => {
    expect(escalationsDue(opened, at(23.99), LEVELS)).toEqual([]);
  });

  it('escalates once the time has passed, the next level counted from when the last ran out', () => {
    expect(escalationsDue(opened, at(24), LEVELS)).toEqual([{ level: 2, levelSince: at(24), dueAt: at(72) }]);
    expect(escalationsDue(opened, at(30), LEVELS)).toEqual([{ level: 2, levelSince: at(24), dueAt: at(72) }]);
  });

  it('catches up over every level whose time passed, as if it had been looked at in time', () => {
    expect(escalationsDue(opened, at(100), LEVELS)).toEqual([
      { level: 2, levelSince: at(24), dueAt: at(72) },
      { level: 3, levelSince: at(72), dueAt: null },
    ]);
  });

  it('never escalates past the last level', () => {
    expect(escalationsDue({ level: 3, levelSince: OPENED, dueAt: null }, at(10_000), LEVELS)).toEqual([]);
  });

  it('follows the levels of the policy, the first routed to the accountable of the field', () => {
    expect(levelAt(1)).toMatchObject({ level: 1, who: { raci: 'accountable' } });
    expect(levelAt(1).withinHours).toBeGreaterThan(0);
    expect(() => levelAt(99)).toThrow(/not in policies/);
  });
});

describe('escalation assignees', () => {
  const raci: Raci = {
    responsible: { teams: ['billing'], people: [] },
    accountable: { teams: ['pricing-governance'], people: ['pricing.steward'] },
    consulted: { teams: [], people: [] },
    informed: { teams: [], people: [] },
  };

  it('are the RACI role of the field, or a named body’s members', () => {
    expect(assigneesAt(LEVELS[0], raci, {})).toEqual({ parties: raci.accountable, body: null });
    expect(assigneesAt(LEVELS[1], raci, { board: { teams: [], people: ['chair'] } })).toEqual({
      parties: { teams: [], people: ['chair'] },
      body: 'board',
    });
    expect(assigneesAt(LEVELS[2], raci, {})).toEqual({ parties: { teams: [], people: [] }, body: 'chief' });
  });
});
