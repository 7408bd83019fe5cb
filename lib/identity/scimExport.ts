import type { DirectoryUser, ExportProblem } from './directory';

/**
 * Reading an identity provider's export of users in the shape of a SCIM 2.0 ListResponse (RFC 7644
 * section 3.4.2): `{ "totalResults": n, "Resources": [User, ...] }`, each User (RFC 7643 section 4.1)
 * with `userName`, `displayName`, `active` and `groups: [{ "value", "display" }]`. The export is
 * checked whole: every problem is named, and one is enough to refuse it, because a partial export
 * read as complete would end the assignments of everyone it left out.
 */

export const MAX_USERS = 100_000;
const MAX_TEXT = 256;

export interface ParsedExport {
  users: DirectoryUser[];
  problems: ExportProblem[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '' && value.length <= MAX_TEXT;

function readUser(resource: unknown, at: string, problems: ExportProblem[]): DirectoryUser | null {
  if (!isObject(resource)) {
    problems.push({ at, problem: 'is not a User object' });
    return null;
  }
  const { userName, displayName, active, groups } = resource;
  const before = problems.length;
  if (!isText(userName))
    problems.push({ at: `${at}.userName`, problem: `must be text of 1 to ${MAX_TEXT} characters` });
  if (displayName !== undefined && displayName !== null && !isText(displayName))
    problems.push({ at: `${at}.displayName`, problem: `must be text of 1 to ${MAX_TEXT} characters when given` });
  if (active !== undefined && typeof active !== 'boolean')
    problems.push({ at: `${at}.active`, problem: 'must be true or false when given' });
  const groupNames: string[] = [];
  if (groups !== undefined && !Array.isArray(groups))
    problems.push({ at: `${at}.groups`, problem: 'must be a list when given' });
  else
    ((groups ?? []) as unknown[]).forEach((group: unknown, g: number) => {
      if (isObject(group) && isText(group.display)) groupNames.push(group.display);
      else problems.push({ at: `${at}.groups[${g}]`, problem: 'must be a group with a display name' });
    });
  if (problems.length > before) return null;
  return {
    sub: userName as string,
    displayName: (displayName as string | undefined) ?? null,
    active: active !== false,
    groups: groupNames,
  };
}

export function parseScimExport(text: string): ParsedExport {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return { users: [], problems: [{ at: 'export', problem: 'is not JSON' }] };
  }
  if (!isObject(document) || !Array.isArray(document.Resources))
    return { users: [], problems: [{ at: 'export', problem: 'is not a SCIM ListResponse with a Resources list' }] };
  const resources: unknown[] = document.Resources;
  const problems: ExportProblem[] = [];
  if (resources.length === 0)
    problems.push({ at: 'Resources', problem: 'is empty: an export without users would end every assignment' });
  if (resources.length > MAX_USERS) problems.push({ at: 'Resources', problem: `holds more than ${MAX_USERS} users` });
  if (document.totalResults !== undefined && document.totalResults !== resources.length)
    problems.push({
      at: 'totalResults',
      problem: `says ${String(document.totalResults)} users but Resources holds ${resources.length}: the export is incomplete`,
    });
  const users: DirectoryUser[] = [];
  const seen = new Set<string>();
  resources.slice(0, MAX_USERS).forEach((resource, i) => {
    const user = readUser(resource, `Resources[${i}]`, problems);
    if (!user) return;
    // SCIM compares userName case-insensitively: two spellings are one user exported twice.
    const key = user.sub.toLowerCase();
    if (seen.has(key)) problems.push({ at: `Resources[${i}].userName`, problem: 'names a user already exported' });
    seen.add(key);
    users.push(user);
  });
  return problems.length > 0 ? { users: [], problems } : { users, problems };
}
