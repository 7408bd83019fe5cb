import { badUserInput } from '../../../lib/errors';
import {
  domainOf,
  isDataDomain,
  isTeam,
  subjectKey,
  type DataDomain,
  type Parties,
  type Raci,
  type RaciRole,
  type StewardshipSubject,
} from '../../../policies/dataDomains';

/**
 * Who owns an attribute: the RACI entry in force for the attribute itself, or else its domain's.
 * An entry is in force from its approval until a later approved entry for the same subject.
 */

/** A stored RACI entry as these rules need it. */
export interface AssignmentFacts {
  id: string;
  subject: string;
  status: string;
  raci: Raci;
  decidedAt?: Date | null;
}

export type StewardshipSource = 'ATTRIBUTE' | 'DOMAIN' | 'NONE';

export interface EffectiveStewardship {
  coordinate: string;
  domain: DataDomain | null;
  /** ATTRIBUTE: its own entry; DOMAIN: inherited from its domain; NONE: nobody owns it yet. */
  source: StewardshipSource;
  raci: Raci;
  /** The entry in force that says so. */
  assignmentId: string | null;
}

const NOBODY: Parties = { teams: [], people: [] };
export const NO_RACI: Raci = { responsible: NOBODY, accountable: NOBODY, consulted: NOBODY, informed: NOBODY };

/** The approved entry in force per subject: the one approved last. */
export function assignmentsInForce<T extends AssignmentFacts>(rows: readonly T[]): Map<string, T> {
  const inForce = new Map<string, T>();
  for (const row of rows) {
    if (row.status !== 'APPROVED' || !row.decidedAt) continue;
    const current = inForce.get(row.subject);
    if (!current?.decidedAt || current.decidedAt.getTime() <= row.decidedAt.getTime()) inForce.set(row.subject, row);
  }
  return inForce;
}

export function effectiveStewardship(
  coordinate: string,
  inForce: ReadonlyMap<string, AssignmentFacts>,
): EffectiveStewardship {
  const domain = domainOf(coordinate) ?? null;
  const own = inForce.get(coordinate);
  if (own) return { coordinate, domain, source: 'ATTRIBUTE', raci: own.raci, assignmentId: own.id };
  const inherited = domain ? inForce.get(subjectKey({ domain })) : undefined;
  if (inherited) return { coordinate, domain, source: 'DOMAIN', raci: inherited.raci, assignmentId: inherited.id };
  return { coordinate, domain, source: 'NONE', raci: NO_RACI, assignmentId: null };
}

/** The domain whose accountable reviews changes to the entry stored under `key` (subjectKey). */
export function domainOfSubjectKey(key: string): DataDomain | undefined {
  const name = key.startsWith('domain:') ? key.slice('domain:'.length) : undefined;
  if (name === undefined) return domainOf(key);
  return isDataDomain(name) ? name : undefined;
}

const COORDINATE = /^[A-Z][A-Za-z0-9]{0,63}\.[a-z][A-Za-z0-9]{0,63}$/;
const PERSON = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/;
const MAX_PARTIES = 50;

/** A field coordinate as written in the graph, e.g. Customer.creditLimit. */
export function checkedCoordinate(value: string, argument = 'coordinate'): string {
  if (!COORDINATE.test(value))
    throw badUserInput(`${argument} must be a field coordinate like Customer.creditLimit`, argument);
  return value;
}

/** Exactly one of a domain or an attribute that belongs to one. */
export function checkedSubject(input: { domain?: string | null; coordinate?: string | null }): StewardshipSubject {
  const { domain, coordinate } = input;
  if ((domain == null) === (coordinate == null)) throw badUserInput('give either a domain or a coordinate', 'subject');
  if (domain != null) {
    if (!isDataDomain(domain)) throw badUserInput(`${domain} is not a data domain`, 'domain');
    return { domain };
  }
  const checked = checkedCoordinate(coordinate ?? '');
  // An attribute outside every domain would have nobody to review its entry.
  if (!domainOf(checked)) throw badUserInput(`${checked} belongs to no data domain`, 'coordinate');
  return { coordinate: checked };
}

/** Parties as given: either list may be left out. */
export interface GivenParties {
  teams?: readonly string[];
  people?: readonly string[];
}

function checkedParties(role: RaciRole, given: GivenParties): Parties {
  const teams = [...new Set((given.teams ?? []).map((team) => team.trim()))];
  const people = [...new Set((given.people ?? []).map((person) => person.trim()))];
  if (teams.length + people.length > MAX_PARTIES) throw badUserInput(`${role} names at most ${MAX_PARTIES}`, role);
  const unknownTeam = teams.find((team) => !isTeam(team));
  if (unknownTeam !== undefined) throw badUserInput(`${role}: ${unknownTeam} is not a team`, role);
  const badPerson = people.find((person) => !PERSON.test(person));
  if (badPerson !== undefined) throw badUserInput(`${role}: a person is named by their principal's sub`, role);
  return { teams, people };
}

/** A proposed RACI: known teams, well-formed people, and someone accountable. */
export function checkedRaci(given: Record<RaciRole, GivenParties>): Raci {
  const raci: Raci = {
    responsible: checkedParties('responsible', given.responsible),
    accountable: checkedParties('accountable', given.accountable),
    consulted: checkedParties('consulted', given.consulted),
    informed: checkedParties('informed', given.informed),
  };
  if (raci.accountable.teams.length + raci.accountable.people.length === 0)
    throw badUserInput('someone must be accountable', 'accountable');
  return raci;
}
